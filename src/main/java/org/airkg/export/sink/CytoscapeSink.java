package org.airkg.export.sink;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.airkg.Version;
import org.airkg.export.EntityGraph;
import org.airkg.export.EntityNode;
import org.airkg.export.RelationEdge;
import org.airkg.export.VoidDescription;
import org.airkg.export.model.Biolink;

/**
 * Writes Cytoscape JSON in the shape Cytoscape desktop writes it ({@code format_version}, {@code generated_by},
 * {@code target_cytoscapejs_version}, the network's {@code data} and its {@code elements}), with Jackson from
 * records. Cytoscape.js ({@code cy.json(file)}), Cytoscape's "Import Network from File" and NetworkX's
 * {@code cytoscape_graph} read it: nodes carry their id again as {@code value}, edges a {@code key} unique among
 * the edges, and the file says it is {@code directed} and a {@code multigraph} (two entities may be linked by
 * several predicates), as NetworkX's own {@code cytoscape_data} writes. {@code name} repeats the label for
 * Cytoscape desktop; edges carry every quote.
 */
public final class CytoscapeSink implements GraphSink {
    /** The version of Cytoscape's JSON file format written. */
    public static final String FORMAT_VERSION = "1.0";
    /** The Cytoscape.js releases the file is for (read by Cytoscape.js 3, checked with 3.34). */
    public static final String TARGET_CYTOSCAPEJS_VERSION = "~3";
    /** The network's name. */
    public static final String NAME = "AIR-KG";
    /** The network's description. */
    public static final String DESCRIPTION = "Entities of the AIR-KG knowledge graph of aromatase-inhibitor resistance and the relations"
            + " the documents state between them, each edge with its quotes.";

    /** The document. */
    public record CyGraph(@JsonProperty("format_version") String formatVersion, @JsonProperty("generated_by") String generatedBy,
            @JsonProperty("target_cytoscapejs_version") String targetCytoscapejsVersion, GraphData data, boolean directed,
            boolean multigraph, Elements elements) {}

    /**
     * The network's data: its name and description, the dataset it was exported from (the IRI its VoID
     * description names) and that dataset's version.
     */
    public record GraphData(String name, String description, String source, String version) {}

    /** Its nodes and edges. */
    public record Elements(List<CyNode> nodes, List<CyEdge> edges) {}

    /** A node. */
    public record CyNode(NodeData data) {}

    /** An edge. */
    public record CyEdge(EdgeData data) {}

    /** A node's data; {@code value} is the id again, the node's key for NetworkX. */
    public record NodeData(String id, String value, String label, String name, String kind, String category, List<String> identifiers,
            int mentions, int documents) {}

    /** An edge's data; {@code key} is the id again, the key of a multigraph edge for NetworkX. */
    public record EdgeData(String id, String key, String source, String target, String label, String predicate,
            @JsonInclude(JsonInclude.Include.NON_NULL) String biolinkPredicate, String polarity, int evidenceCount,
            List<String> documents, List<QuoteData> quotes, List<String> evidenceKinds) {}

    /** One quote with where it is. */
    public record QuoteData(String document, long startOffset, String text) {}

    /** The mapper this format is written and read with. */
    public static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Override
    public List<Path> write(EntityGraph graph, Path out) throws IOException {
        CyGraph document = new CyGraph(FORMAT_VERSION, "AIR-KG " + Version.get(), TARGET_CYTOSCAPEJS_VERSION,
                new GraphData(NAME, DESCRIPTION, VoidDescription.DATASET, Version.get()), true, true,
                new Elements(graph.nodes().stream().map(CytoscapeSink::node).toList(), graph.edges().stream().map(CytoscapeSink::edge).toList()));
        try (Writer writer = ViewerGraph.open(out)) {
            mapper().writeValue(writer, document);
        }
        return List.of(out);
    }

    private static CyNode node(EntityNode n) {
        return new CyNode(new NodeData(n.iri(), n.iri(), n.label(), n.label(), n.kind(), Biolink.curie(Biolink.category(n.kind())),
                n.identifiers(), n.mentions(), n.documents()));
    }

    private static CyEdge edge(RelationEdge e) {
        return new CyEdge(new EdgeData(e.id(), e.id(), e.subject(), e.object(), e.predicateName(), e.predicate(),
                e.biolinkPredicate().orElse(null), e.polarity().literal(), e.evidenceCount(), e.documents(),
                e.quotes().stream().map(q -> new QuoteData(q.document(), q.startOffset(), q.text())).toList(), e.evidenceKinds()));
    }
}
