package org.airkg.rdf;

import static org.airkg.rdf.ElementWriter.integer;

import org.airkg.document.Document;
import org.airkg.document.Origin;
import org.airkg.document.Span;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The Web Annotation selector that points a quote of an HTML, JATS or PDF document into the file itself: an
 * {@code oa:XPathSelector} (HTML, JATS) or an {@code oa:FragmentSelector} {@code page=N} (PDF, RFC 8118), refined
 * by an {@code oa:TextPositionSelector} counting code points of that element's {@code normalize-space()} text
 * or that page's extracted text; an {@code oa:RangeSelector} of two such when the quote runs over two elements
 * or pages. The selector is attributed (PROV-O) to the library that extracted the text, with its version.
 */
final class FileSelectors {
    private static final String OA = AssociationMapper.OA;
    private static final String PDF_FRAGMENTS = "http://tools.ietf.org/rfc/rfc8118";

    private FileSelectors() {}

    /** Adds the selector into the file for {@code span} to {@code target}, when the document has an origin. */
    static void add(Model model, Resource target, String iri, Document document, Span span) {
        if (document.origin().isEmpty()) {
            return;
        }
        Origin origin = document.origin().get();
        document.origin().get().locate(span).ifPresent(at -> {
            Resource extractor = model.createResource(Iris.id("agent", Iris.slug(origin.extractor())),
                    model.createResource(AssociationMapper.PROV + "SoftwareAgent")).addProperty(RDFS.label, origin.extractor());
            Resource selector;
            if (at.single()) {
                selector = selector(model, iri + "/file", origin.kind(), at.startSelector(), at.start(), at.end());
            } else {
                selector = model.createResource(iri + "/file", model.createResource(OA + "RangeSelector"))
                        .addProperty(model.createProperty(OA, "hasStartSelector"),
                                selector(model, iri + "/file-start", origin.kind(), at.startSelector(), at.start(), at.start()))
                        .addProperty(model.createProperty(OA, "hasEndSelector"),
                                selector(model, iri + "/file-end", origin.kind(), at.endSelector(), at.end(), at.end()));
            }
            selector.addProperty(model.createProperty(AssociationMapper.PROV, "wasAttributedTo"), extractor);
            target.addProperty(model.createProperty(OA, "hasSelector"), selector);
        });
    }

    private static Resource selector(Model model, String iri, Origin.Kind kind, String value, int start, int end) {
        Resource selector = model.createResource(iri,
                model.createResource(OA + (kind == Origin.Kind.XPATH ? "XPathSelector" : "FragmentSelector")))
                .addProperty(RDF.value, value);
        if (kind == Origin.Kind.PAGE) {
            selector.addProperty(DCTerms.conformsTo, model.createResource(PDF_FRAGMENTS));
        }
        Resource position = model.createResource(iri + "/position", model.createResource(OA + "TextPositionSelector"))
                .addLiteral(model.createProperty(OA, "start"), integer(start))
                .addLiteral(model.createProperty(OA, "end"), integer(end));
        return selector.addProperty(model.createProperty(OA, "refinedBy"), position);
    }
}
