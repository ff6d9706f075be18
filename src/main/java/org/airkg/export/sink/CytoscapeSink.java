package org.airkg.export.sink;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.airkg.export.EntityGraph;
import org.airkg.export.EntityNode;
import org.airkg.export.RelationEdge;
import org.airkg.export.model.Biolink;

/**
 * Writes Cytoscape.js JSON ({@code {"elements": {"nodes": [{"data": ...}], "edges": [...]}}}) with Jackson from
 * records: Cytoscape.js and Cytoscape's "Import Network from File" read it; {@code name} repeats the label for
 * Cytoscape desktop, edges carry every quote.
 */
public final class CytoscapeSink implements GraphSink {
    /** The document. */
    public record CyGraph(Elements elements) {}

    /** Its nodes and edges. */
    public record Elements(List<CyNode> nodes, List<CyEdge> edges) {}

    /** A node. */
    public record CyNode(NodeData data) {}

    /** An edge. */
    public record CyEdge(EdgeData data) {}

    /** A node's data. */
    public record NodeData(String id, String label, String name, String kind, String category, List<String> identifiers,
            int mentions, int documents) {}

    /** An edge's data. */
    public record EdgeData(String id, String source, String target, String label, String predicate,
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
        CyGraph document = new CyGraph(new Elements(graph.nodes().stream().map(CytoscapeSink::node).toList(),
                graph.edges().stream().map(CytoscapeSink::edge).toList()));
        try (Writer writer = ViewerGraph.open(out)) {
            mapper().writeValue(writer, document);
        }
        return List.of(out);
    }

    private static CyNode node(EntityNode n) {
        return new CyNode(new NodeData(n.iri(), n.label(), n.label(), n.kind(), Biolink.curie(Biolink.category(n.kind())),
                n.identifiers(), n.mentions(), n.documents()));
    }

    private static CyEdge edge(RelationEdge e) {
        return new CyEdge(new EdgeData(e.id(), e.subject(), e.object(), e.predicateName(), e.predicate(),
                e.biolinkPredicate().orElse(null), e.polarity().literal(), e.evidenceCount(), e.documents(),
                e.quotes().stream().map(q -> new QuoteData(q.document(), q.startOffset(), q.text())).toList(), e.evidenceKinds()));
    }
}
