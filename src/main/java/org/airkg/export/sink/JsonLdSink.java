package org.airkg.export.sink;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airkg.export.EntityGraph;
import org.airkg.export.EntityNode;
import org.airkg.export.RelationEdge;
import org.airkg.export.model.Biolink;
import org.airkg.export.model.ExternalSources;
import org.airkg.rdf.AIRKG;
import org.airkg.rdf.Iris;
import org.airkg.rdf.Namespaces;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes the entity graph as JSON-LD 1.1 with Jena's writer, its {@code @context} made of AIR-KG's prefixes:
 * each entity with its class, label and identifiers; each edge as the plain triple (when the documents support
 * it) and as an {@code airkg:Association} with its polarity, evidence count and kinds, documents
 * ({@code dcterms:source}) and one {@code airkg:Evidence} per quote; each mapped predicate
 * {@code skos:closeMatch} its Biolink predicate.
 */
public final class JsonLdSink implements GraphSink {
    @Override
    public List<Path> write(EntityGraph graph, Path out) throws IOException {
        Model model = model(graph);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            RDFDataMgr.write(stream, model, RDFFormat.JSONLD11_PRETTY);
        }
        return List.of(out);
    }

    /** The entity graph as RDF. */
    public static Model model(EntityGraph graph) {
        Model model = Namespaces.setPrefixes(ModelFactory.createDefaultModel());
        model.setNsPrefix("biolink", Biolink.NS);
        model.setNsPrefix("edge", Iris.ID + "edge/");
        for (EntityNode node : graph.nodes()) {
            Resource r = model.createResource(node.iri());
            if (!EntityNode.UNTYPED.equals(node.kind())) {
                r.addProperty(RDF.type, model.createResource(AIRKG.NS + node.kind()));
            }
            r.addProperty(RDFS.label, node.label());
            for (String id : node.identifiers()) {
                r.addProperty(SKOS.exactMatch, model.createResource(id));
                ExternalSources.known(id).ifPresent(s -> model.setNsPrefix(s.prefix(), s.uriSpace()));
            }
        }
        for (RelationEdge edge : graph.edges()) {
            Resource s = model.createResource(edge.subject());
            Resource o = model.createResource(edge.object());
            Resource p = model.createResource(edge.predicate());
            if (edge.polarity() == RelationEdge.Polarity.SUPPORTS) {
                s.addProperty(model.createProperty(edge.predicate()), o);
            }
            edge.biolinkPredicate().ifPresent(b -> p.addProperty(SKOS.closeMatch, model.createResource(b)));
            Resource a = model.createResource(edge.iri(), AIRKG.Association)
                    .addProperty(AIRKG.assocSubject, s).addProperty(AIRKG.assocPredicate, p).addProperty(AIRKG.assocObject, o)
                    .addProperty(AIRKG.polarity, edge.polarity().literal())
                    .addLiteral(AIRKG.evidenceCount, model.createTypedLiteral(String.valueOf(edge.evidenceCount()),
                            XSDDatatype.XSDnonNegativeInteger));
            edge.evidenceKinds().forEach(k -> a.addProperty(AIRKG.evidenceKind, k));
            edge.documents().forEach(d -> a.addProperty(DCTerms.source, model.createResource(d)));
            for (RelationEdge.Quote quote : edge.quotes()) {
                a.addProperty(AIRKG.hasEvidence, model.createResource(AIRKG.Evidence)
                        .addProperty(AIRKG.inDocument, model.createResource(quote.document()))
                        .addProperty(AIRKG.quote, quote.text())
                        .addLiteral(AIRKG.startOffset, model.createTypedLiteral(String.valueOf(quote.startOffset()),
                                XSDDatatype.XSDnonNegativeInteger)));
            }
        }
        return model;
    }
}
