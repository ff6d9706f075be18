package org.airkg.export.sink;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airkg.export.EntityGraph;
import org.airkg.export.EntityNode;
import org.airkg.export.RelationEdge;
import org.airkg.export.model.Biolink;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;

/**
 * The entity graph as a JGraphT graph, and the functions that give the JGraphT exporters each node's and each
 * edge's attributes. An edge's weight is its evidence count (at least 1), for viewers that draw weight.
 */
final class ViewerGraph {
    /** Node attributes: the label, IRI, AIR-KG class, Biolink category, identifiers (space-separated) and counts. */
    static final List<String> NODE_STRINGS = List.of("iri", "kind", "category", "identifiers");
    static final List<String> NODE_INTS = List.of("mention_count", "document_count");
    /** Edge attributes: the label (the predicate's name), predicate IRIs, polarity, evidence and supporting quote. */
    static final List<String> EDGE_STRINGS = List.of("predicate", "biolink_predicate", "polarity", "documents", "quote", "evidence_kinds");
    static final List<String> EDGE_INTS = List.of("evidence_count");
    /** The attribute viewers show as the name of a node or edge. */
    static final String LABEL = "label";

    private ViewerGraph() {}

    /** A directed multigraph (self-loops allowed) of the entity graph's nodes and edges, in their order. */
    static Graph<EntityNode, RelationEdge> of(EntityGraph entities) {
        Graph<EntityNode, RelationEdge> graph = new DirectedWeightedPseudograph<>(RelationEdge.class);
        entities.nodes().forEach(graph::addVertex);
        Map<String, EntityNode> byIri = entities.nodesByIri();
        for (RelationEdge edge : entities.edges()) {
            graph.addEdge(byIri.get(edge.subject()), byIri.get(edge.object()), edge);
            graph.setEdgeWeight(edge, Math.max(1, edge.evidenceCount()));
        }
        return graph;
    }

    static Map<String, Attribute> nodeAttributes(EntityNode node) {
        Map<String, Attribute> map = new LinkedHashMap<>();
        map.put(LABEL, DefaultAttribute.createAttribute(node.label()));
        map.put("iri", DefaultAttribute.createAttribute(node.iri()));
        map.put("kind", DefaultAttribute.createAttribute(node.kind()));
        map.put("category", DefaultAttribute.createAttribute(Biolink.curie(Biolink.category(node.kind()))));
        map.put("identifiers", DefaultAttribute.createAttribute(String.join(" ", node.identifiers())));
        map.put("mention_count", DefaultAttribute.createAttribute(node.mentions()));
        map.put("document_count", DefaultAttribute.createAttribute(node.documents()));
        return map;
    }

    static Map<String, Attribute> edgeAttributes(RelationEdge edge) {
        Map<String, Attribute> map = new LinkedHashMap<>();
        map.put(LABEL, DefaultAttribute.createAttribute(edge.predicateName()));
        map.put("predicate", DefaultAttribute.createAttribute(edge.predicate()));
        map.put("biolink_predicate", DefaultAttribute.createAttribute(edge.biolinkPredicate().orElse("")));
        map.put("polarity", DefaultAttribute.createAttribute(edge.polarity().literal()));
        map.put("evidence_count", DefaultAttribute.createAttribute(edge.evidenceCount()));
        map.put("documents", DefaultAttribute.createAttribute(String.join(" ", edge.documents())));
        map.put("quote", DefaultAttribute.createAttribute(edge.supportingQuote().map(RelationEdge.Quote::text).orElse("")));
        map.put("evidence_kinds", DefaultAttribute.createAttribute(String.join(" ", edge.evidenceKinds())));
        return map;
    }

    /** Opens {@code out} for writing UTF-8 text, creating its parent directories. */
    static Writer open(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }
}
