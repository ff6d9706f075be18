package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.airkg.SeedStore;
import org.airkg.Version;
import org.airkg.export.sink.CytoscapeSink;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Cytoscape JSON export loaded by Cytoscape.js itself, headless under Node ({@code src/test/node}, the
 * library from the npm registry at the version its lockfile pins): every node and edge arrives, each edge
 * between the nodes it names, the network's data intact, and Cytoscape.js prints no warning. Needs Node and
 * {@code npm ci} in {@code src/test/node} (which {@code .ci/run} does); skipped without them, except on CI
 * ({@code CI=true}), where it fails instead.
 */
class CytoscapeJsReadTest {
    private static final Path NODE_DIR = SeedStore.root().resolve("src/test/node");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.airkg.export.ExportedGraphs#both")
    void cytoscapeJsLoadsEveryNodeAndEdge(String name, EntityGraph graph) throws Exception {
        requireCytoscapeJs();
        Path out = tmp.resolve(name + ".cyjs");
        Exporter.write(graph, ExportFormat.CYJS, out);
        JsonNode read = new ObjectMapper().readTree(run("node", NODE_DIR.resolve("cytoscape-read.mjs").toString(), out.toString()));

        assertEquals(List.of(), strings(read.path("problems")), "Cytoscape.js warned while loading " + out);
        assertEquals(CytoscapeSink.NAME, read.path("data").path("name").asText());
        assertEquals(Version.get(), read.path("data").path("version").asText());
        assertEquals(VoidDescription.DATASET, read.path("data").path("source").asText());
        Set<String> nodes = new TreeSet<>();
        read.path("nodes").forEach(n -> nodes.add(n.path("id").asText() + " " + n.path("label").asText()));
        Set<String> expectedNodes = new TreeSet<>();
        graph.nodes().forEach(n -> expectedNodes.add(n.iri() + " " + n.label()));
        assertEquals(expectedNodes, nodes);
        Set<String> edges = new TreeSet<>();
        read.path("edges").forEach(e -> edges.add(String.join(" ", e.path("id").asText(), e.path("source").asText(),
                e.path("predicate").asText(), e.path("target").asText())));
        Set<String> expectedEdges = new TreeSet<>();
        graph.edges().forEach(e -> expectedEdges.add(String.join(" ", e.id(), e.subject(), e.predicate(), e.object())));
        assertEquals(expectedEdges, edges);
        assertEquals(graph.edges().size(), read.path("edges").size());
    }

    private static void requireCytoscapeJs() throws Exception {
        boolean ready = Files.isDirectory(NODE_DIR.resolve("node_modules/cytoscape")) && nodeRuns();
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(ready, "Node or Cytoscape.js is missing: run 'npm ci' in src/test/node");
        }
        assertTrue(ready, "Node or Cytoscape.js is missing on CI: .ci/run installs nodejs and npm and runs 'npm ci' in src/test/node");
    }

    private static boolean nodeRuns() {
        try {
            run("node", "--version");
            return true;
        } catch (IOException | AssertionError e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(NODE_DIR.toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + stderr);
        return new String(stdout, StandardCharsets.UTF_8);
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new java.util.ArrayList<>();
        array.forEach(v -> list.add(v.asText()));
        return list;
    }
}
