package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.airkg.export.sink.CytoscapeSink;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cytoscape.js JSON: read back with Jackson, as a tree and as the records it was written from. */
class CytoscapeSinkTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.airkg.export.ExportedGraphs#both")
    void readsBackToTheModel(String name, EntityGraph graph) throws Exception {
        Path out = tmp.resolve(name + ".cyjs");
        Exporter.write(graph, ExportFormat.CYJS, out);
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        JsonNode nodes = root.path("elements").path("nodes");
        JsonNode edges = root.path("elements").path("edges");
        assertEquals(graph.nodes().size(), nodes.size());
        assertEquals(graph.edges().size(), edges.size());
        Set<String> nodeFacts = new TreeSet<>();
        for (JsonNode n : nodes) {
            JsonNode d = n.path("data");
            nodeFacts.add(ExportedGraphs.node(d.path("id").asText(), d.path("label").asText(), d.path("kind").asText(),
                    String.join(" ", strings(d.path("identifiers"))), d.path("mentions").asText(), d.path("documents").asText()));
            assertEquals(d.path("label").asText(), d.path("name").asText());
        }
        assertEquals(ExportedGraphs.nodeFacts(graph), nodeFacts);
        Set<String> edgeFacts = new TreeSet<>();
        for (JsonNode e : edges) {
            JsonNode d = e.path("data");
            List<String> quotes = new ArrayList<>();
            d.path("quotes").forEach(q -> quotes.add(q.path("text").asText()));
            edgeFacts.add(ExportedGraphs.edge(d.path("source").asText(), d.path("predicate").asText(), d.path("target").asText(),
                    d.path("polarity").asText(), d.path("evidenceCount").asText(), quotes.isEmpty() ? "" : quotes.get(0)));
            RelationEdge edge = graph.edges().stream().filter(x -> x.id().equals(d.path("id").asText())).findFirst().orElseThrow();
            assertEquals(edge.quoteTexts(), quotes, "every quote, in order");
        }
        assertEquals(ExportedGraphs.edgeFacts(graph), edgeFacts);

        CytoscapeSink.CyGraph records = CytoscapeSink.mapper().readValue(out.toFile(), CytoscapeSink.CyGraph.class);
        assertEquals(graph.nodes().size(), records.elements().nodes().size());
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(v -> list.add(v.asText()));
        return list;
    }
}
