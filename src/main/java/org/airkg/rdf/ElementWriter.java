package org.airkg.rdf;

import java.math.BigInteger;
import java.util.Set;
import org.airkg.document.Citation;
import org.airkg.document.Passage;
import org.airkg.document.Sentence;
import org.airkg.document.Span;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Writes what every document element has: its span, and for text its sentences and citations, each
 * citation tied to the reference it cites when the document's reference list has that number.
 */
final class ElementWriter {
    private final Model model;
    private final String stem;
    private final Resource document;
    private final Set<Integer> referenceNumbers;

    ElementWriter(Model model, String stem, Resource document, Set<Integer> referenceNumbers) {
        this.model = model;
        this.stem = stem;
        this.document = document;
        this.referenceNumbers = referenceNumbers;
    }

    Model model() {
        return model;
    }

    String stem() {
        return stem;
    }

    Resource document() {
        return document;
    }

    /** A new element node of the document, typed, with its span. */
    Resource element(String iri, Resource type, Span span) {
        Resource node = model.createResource(iri, type).addProperty(AIRKG.inDocument, document);
        span(node, span);
        return node;
    }

    /** The text of a passage on {@code node}, with its sentences and citations. */
    void passage(Resource node, Passage passage) {
        node.addProperty(AIRKG.text, passage.text());
        sentences(node, passage);
        citations(node, passage);
    }

    void sentences(Resource node, Passage passage) {
        sentences(node, passage, 0);
    }

    /** Writes a passage's sentences numbered from {@code after + 1}; returns the last number used. */
    int sentences(Resource node, Passage passage, int after) {
        int n = after;
        for (Sentence sentence : passage.sentences()) {
            Resource s = element(node.getURI() + "/sentence/" + (++n), AIRKG.Sentence, sentence.span())
                    .addProperty(AIRKG.text, sentence.text())
                    .addLiteral(AIRKG.position, integer(n));
            node.addProperty(AIRKG.hasSentence, s);
        }
        return n;
    }

    void citations(Resource node, Passage passage) {
        for (Citation citation : passage.citations()) {
            citation(node, citation);
        }
    }

    void citation(Resource node, Citation citation) {
        Resource c = element(Iris.id("citation", Iris.slug(stem) + "/" + citation.span().start() + "/" + citation.number()),
                AIRKG.Citation, citation.span())
                .addLiteral(AIRKG.citedNumber, typed(citation.number(), XSDDatatype.XSDpositiveInteger));
        node.addProperty(AIRKG.hasCitation, c);
        if (referenceNumbers.contains(citation.number())) {
            Resource reference = model.createResource(Iris.reference(stem, citation.number()));
            c.addProperty(AIRKG.citesReference, reference);
            node.addProperty(AIRKG.cites, reference);
        }
    }

    static void span(Resource node, Span span) {
        node.addLiteral(AIRKG.startOffset, integer(span.start()))
                .addLiteral(AIRKG.endOffset, integer(span.end()))
                .addLiteral(AIRKG.startLine, integer(span.line()));
    }

    static Literal integer(long value) {
        return ResourceFactory.createTypedLiteral(BigInteger.valueOf(value));
    }

    static Literal typed(long value, XSDDatatype type) {
        return ResourceFactory.createTypedLiteral(Long.toString(value), type);
    }
}
