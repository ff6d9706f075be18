package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.airkg.Version;
import org.airkg.export.sink.CytoscapeSink;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cytoscape JSON: the shape Cytoscape writes, read back with Jackson as a tree and as the records it was written from. */
class CytoscapeSinkTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.airkg.export.ExportedGraphs#both")
    void hasTheShapeCytoscapeWrites(String name, EntityGraph graph) throws Exception {
        Path out = tmp.resolve(name + ".cyjs");
        Exporter.write(graph, ExportFormat.CYJS, out);
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertEquals(List.of("format_version", "generated_by", "target_cytoscapejs_version", "data", "directed", "multigraph", "elements"),
                fieldNames(root));
        assertEquals("1.0", root.path("format_version").asText());
        assertEquals("AIR-KG " + Version.get(), root.path("generated_by").asText());
        assertEquals("~3", root.path("target_cytoscapejs_version").asText());
        JsonNode data = root.path("data");
        assertEquals(List.of("name", "description", "source", "version"), fieldNames(data));
        assertEquals("AIR-KG", data.path("name").asText());
        assertTrue(data.path("description").asText().startsWith("Entities of the AIR-KG knowledge graph"), data.toString());
        assertEquals(VoidDescription.DATASET, data.path("source").asText());
        assertEquals(Version.get(), data.path("version").asText());
        assertTrue(root.path("directed").asBoolean() && root.path("multigraph").asBoolean(), "directed multigraph");
        assertEquals(List.of("nodes", "edges"), fieldNames(root.path("elements")));
        Set<String> keys = new java.util.HashSet<>();
        for (JsonNode n : root.path("elements").path("nodes")) {
            assertEquals(List.of("data"), fieldNames(n));
            assertEquals(n.path("data").path("id").asText(), n.path("data").path("value").asText(), "NetworkX keys a node by value");
        }
        for (JsonNode e : root.path("elements").path("edges")) {
            assertEquals(List.of("data"), fieldNames(e));
            assertTrue(keys.add(e.path("data").path("key").asText()), "edge keys are unique: " + e.path("data").path("key"));
        }
        assertEquals(graph.edges().size(), keys.size());
    }

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

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(v -> list.add(v.asText()));
        return list;
    }
}
