package org.airkg.rdf;

import static org.airkg.rdf.ElementWriter.integer;

import java.util.List;
import java.util.function.Function;
import org.airkg.document.Document;
import org.airkg.document.SourceText;
import org.airkg.document.Span;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.relation.Relation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Writes a document's relations as Biolink-style associations with their evidence. The association's IRI
 * is made of what it states (subject, predicate, object, polarity and its qualifiers), so the same
 * statement read from several documents is one association with several pieces of evidence in the union
 * graph. The plain triple {@code subject predicate object} is asserted too, for supported statements only.
 * Each piece of evidence carries the exact quote and its span as a W3C Web Annotation (TextQuoteSelector
 * with prefix and suffix, TextPositionSelector) on the document, which records its file's SHA-256, and is
 * generated (PROV-O) by an activity named after the rule that read it.
 */
public final class AssociationMapper {
    /** The W3C Web Annotation namespace. */
    public static final String OA = "http://www.w3.org/ns/oa#";
    /** The PROV-O namespace. */
    public static final String PROV = "http://www.w3.org/ns/prov#";
    private static final int CONTEXT = 32;

    private AssociationMapper() {}

    /**
     * Adds the relations of {@code document} to {@code model}.
     *
     * @param entityIri the IRI of a lexicon entry, by its id
     */
    public static void map(Model model, Document document, List<Relation> relations, Function<String, String> entityIri,
            String loaderVersion) {
        String stem = document.stem();
        Resource doc = model.createResource(Iris.document(stem));
        Resource agent = agent(model, loaderVersion);
        for (Relation r : relations) {
            Resource subject = model.createResource(entityIri.apply(r.subjectId()));
            Resource object = model.createResource(entityIri.apply(r.objectId()));
            Property predicate = model.createProperty(AIRKG.NS + r.predicate());
            Resource association = model.createResource(Iris.id("association", key(r)), AIRKG.Association)
                    .addProperty(AIRKG.assocSubject, subject)
                    .addProperty(AIRKG.assocPredicate, predicate)
                    .addProperty(AIRKG.assocObject, object)
                    .addProperty(AIRKG.polarity, r.polarity().label())
                    .addProperty(AIRKG.modality, r.modality().label());
            r.evidenceKind().ifPresent(k -> association.addProperty(AIRKG.evidenceKind, k.label()));
            r.modelId().ifPresent(m -> association.addProperty(AIRKG.inModel, model.createResource(entityIri.apply(m))));
            r.indicationId().ifPresent(i -> association.addProperty(AIRKG.inIndication, model.createResource(entityIri.apply(i))));
            if (r.polarity() == Relation.Polarity.SUPPORTS && r.modality() == Relation.Modality.ASSERTED) {
                subject.addProperty(predicate, object);
            }
            Resource evidence = evidence(model, document, r.span(), r.element(), r.sectionId(), r.rule(), agent);
            r.curationReason().ifPresent(reason -> evidence.addProperty(AIRKG.curationNote, reason));
            association.addProperty(AIRKG.hasEvidence, evidence);
        }
    }

    /** The loader as the PROV-O software agent of every extraction activity. */
    static Resource agent(Model model, String loaderVersion) {
        return model.createResource(Iris.id("agent", "airkg-loader/" + Iris.slug(loaderVersion)), model.createResource(PROV + "SoftwareAgent"))
                .addProperty(RDFS.label, "AIR-KG loader " + loaderVersion);
    }

    /** An evidence node for the passage at {@code span}: quote, span, section, Web Annotation selectors, PROV activity of {@code rule}. */
    static Resource evidence(Model model, Document document, Span span, ElementRef element, java.util.Optional<String> sectionId,
            String rule, Resource agent) {
        String stem = document.stem();
        Resource doc = model.createResource(Iris.document(stem));
        SourceText source = document.source();
        String iri = Iris.id("evidence", Iris.slug(stem) + "/" + span.start() + "-" + span.end() + "/" + rule);
        Resource activity = model.createResource(Iris.id("activity", "extraction/" + rule), model.createResource(PROV + "Activity"))
                .addProperty(RDFS.label, "rule " + rule)
                .addProperty(model.createProperty(PROV, "wasAssociatedWith"), agent);
        Resource evidence = model.createResource(iri, AIRKG.Evidence)
                .addProperty(AIRKG.inDocument, doc)
                .addProperty(AIRKG.quote, source.slice(span))
                .addProperty(AIRKG.method, rule)
                .addProperty(model.createProperty(PROV, "wasGeneratedBy"), activity)
                .addProperty(model.createProperty(PROV, "wasQuotedFrom"), model.createResource(elementIri(stem, element)));
        ElementWriter.span(evidence, span);
        sectionId.ifPresent(id -> evidence.addProperty(AIRKG.inSection, model.createResource(Iris.section(stem, id))));
        int start = source.charIndex(span.start());
        int end = source.charIndex(span.end());
        String text = source.text();
        Resource quote = model.createResource(iri + "/quote", model.createResource(OA + "TextQuoteSelector"))
                .addProperty(model.createProperty(OA, "exact"), text.substring(start, end))
                .addProperty(model.createProperty(OA, "prefix"), text.substring(Math.max(0, start - CONTEXT), start))
                .addProperty(model.createProperty(OA, "suffix"), text.substring(end, Math.min(text.length(), end + CONTEXT)));
        Resource position = model.createResource(iri + "/position", model.createResource(OA + "TextPositionSelector"))
                .addLiteral(model.createProperty(OA, "start"), integer(span.start()))
                .addLiteral(model.createProperty(OA, "end"), integer(span.end()));
        Resource target = model.createResource(iri + "/target")
                .addProperty(model.createProperty(OA, "hasSource"), doc)
                .addProperty(model.createProperty(OA, "hasSelector"), quote)
                .addProperty(model.createProperty(OA, "hasSelector"), position);
        FileSelectors.add(model, target, iri, document, span);
        evidence.addProperty(RDF.type, model.createResource(OA + "Annotation"))
                .addProperty(model.createProperty(OA, "hasTarget"), target)
                .addProperty(model.createProperty(OA, "motivatedBy"), model.createResource(OA + "describing"));
        return evidence;
    }

    /** The readable, stable key of what an association states. */
    static String key(Relation r) {
        StringBuilder key = new StringBuilder(r.subjectId()).append("--").append(r.predicate()).append("--").append(r.objectId());
        if (r.polarity() == Relation.Polarity.DOES_NOT_SUPPORT) {
            key.append("--not");
        }
        if (r.modality() == Relation.Modality.HYPOTHESISED) {
            key.append("--hypothesised");
        }
        r.evidenceKind().ifPresent(k -> key.append("--").append(k.label()));
        r.modelId().ifPresent(m -> key.append("--model-").append(m));
        r.indicationId().ifPresent(i -> key.append("--in-").append(i));
        return Iris.slug(key.toString());
    }

    private static String elementIri(String stem, ElementRef element) {
        return MentionMapper.elementIri(stem, element);
    }
}
