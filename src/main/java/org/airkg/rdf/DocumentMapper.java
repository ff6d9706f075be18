package org.airkg.rdf;

import java.math.BigInteger;
import java.util.Optional;
import java.util.function.Function;
import org.airkg.document.Block;
import org.airkg.document.Document;
import org.airkg.document.Metadata;
import org.airkg.document.Paragraph;
import org.airkg.document.Reference;
import org.airkg.document.Section;
import org.airkg.document.Span;
import org.airkg.document.TableBlock;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

/**
 * Writes a {@link Document} as the triples of its named graph: the document with its metadata and file
 * digest, its sections, paragraphs, tables and references, each with its span in the file.
 */
public final class DocumentMapper {
    private final String loaderVersion;
    private final Function<String, Optional<String>> entityByName;

    /**
     * A mapper that stamps each document graph with the loader version that produced it.
     *
     * @param entityByName the IRI of the lexicon entity a name denotes, if one does unambiguously
     */
    public DocumentMapper(String loaderVersion, Function<String, Optional<String>> entityByName) {
        this.loaderVersion = loaderVersion;
        this.entityByName = entityByName;
    }

    /** The document's graph as a new model. */
    public Model map(Document document) {
        Model model = ModelFactory.createDefaultModel();
        Namespaces.setPrefixes(model);
        String stem = document.stem();
        Resource doc = model.createResource(Iris.document(stem), AIRKG.Document);
        metadata(model, doc, document);
        for (Section section : document.sections()) {
            Resource node = model.createResource(Iris.section(stem, section.id()), AIRKG.Section)
                    .addProperty(DCTerms.title, section.title())
                    .addLiteral(AIRKG.headingLevel, integer(section.level()))
                    .addProperty(AIRKG.inDocument, doc);
            section.parentId().ifPresent(p -> node.addProperty(AIRKG.parentSection, model.createResource(Iris.section(stem, p))));
            span(node, section.span());
            doc.addProperty(AIRKG.hasSection, node);
        }
        for (Block block : document.blocks()) {
            block(model, doc, stem, block);
        }
        for (Reference reference : document.references()) {
            Resource node = model.createResource(Iris.reference(stem, reference.number()), AIRKG.Reference)
                    .addLiteral(AIRKG.referenceNumber, integer(reference.number()))
                    .addProperty(AIRKG.text, reference.text())
                    .addProperty(AIRKG.inDocument, doc);
            reference.title().ifPresent(t -> node.addProperty(DCTerms.title, t));
            reference.sourceName().ifPresent(s -> node.addProperty(DCTerms.publisher, s));
            reference.host().ifPresent(h -> node.addProperty(AIRKG.sourceHost, h));
            span(node, reference.span());
            doc.addProperty(AIRKG.hasReference, node);
        }
        model.createResource(Iris.documentGraph(stem))
                .addProperty(DCTerms.source, doc)
                .addProperty(AIRKG.loaderVersion, loaderVersion);
        return model;
    }

    private void metadata(Model model, Resource doc, Document document) {
        Metadata meta = document.metadata();
        doc.addProperty(DCTerms.title, meta.title())
                .addProperty(AIRKG.fileName, document.fileName())
                .addProperty(AIRKG.sha256, document.sha256())
                .addLiteral(AIRKG.byteSize, integer(document.byteSize()));
        meta.publisher().ifPresent(name -> doc.addProperty(DCTerms.publisher,
                model.createResource(Iris.publisher(name), AIRKG.Publisher).addProperty(RDFS.label, name)));
        meta.date().ifPresent(d -> doc.addLiteral(DCTerms.date, model.createTypedLiteral(d.toString(), XSDDatatype.XSDgYearMonth)));
        meta.compoundName().ifPresent(c -> doc.addProperty(AIRKG.compoundName, c));
        meta.compoundName().flatMap(entityByName)
                .ifPresent(iri -> doc.addProperty(AIRKG.compoundOfInterest, model.createResource(iri)));
        meta.catalogNumber().ifPresent(c -> doc.addProperty(AIRKG.catalogNumber, c));
        meta.casNumber().ifPresent(c -> doc.addProperty(AIRKG.casNumber, c));
        meta.sourceUrl().ifPresent(u -> doc.addProperty(DCTerms.source, model.createResource(u)));
        meta.howToCite().ifPresent(c -> doc.addProperty(AIRKG.howToCite, c));
    }

    private static void block(Model model, Resource doc, String stem, Block block) {
        Resource node;
        if (block instanceof Paragraph p) {
            node = model.createResource(Iris.block(stem, "paragraph", p.position()), AIRKG.Paragraph)
                    .addProperty(AIRKG.text, p.text())
                    .addProperty(AIRKG.blockKind, p.kind().name());
        } else if (block instanceof TableBlock t) {
            node = model.createResource(Iris.block(stem, "table", t.position()), AIRKG.Table)
                    .addProperty(AIRKG.text, t.rawText());
            t.title().ifPresent(title -> node.addProperty(DCTerms.title, title));
            t.source().ifPresent(s -> node.addProperty(DCTerms.bibliographicCitation, s));
        } else {
            throw new IllegalArgumentException("unknown block " + block.getClass());
        }
        node.addLiteral(AIRKG.position, integer(block.position())).addProperty(AIRKG.inDocument, doc);
        block.sectionId().ifPresent(id -> node.addProperty(AIRKG.inSection, model.createResource(Iris.section(stem, id))));
        span(node, block.span());
    }

    private static void span(Resource node, Span span) {
        node.addLiteral(AIRKG.startOffset, integer(span.start()))
                .addLiteral(AIRKG.endOffset, integer(span.end()))
                .addLiteral(AIRKG.startLine, integer(span.line()));
    }

    private static Literal integer(long value) {
        return ResourceFactory.createTypedLiteral(BigInteger.valueOf(value));
    }
}
