package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** DOT: read back by JGraphT's DOT importer to the same graph, and rendered by Graphviz when it is installed. */
class DotSinkTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.airkg.export.ExportedGraphs#both")
    void readsBackToTheModel(String name, EntityGraph graph) throws Exception {
        Path out = tmp.resolve(name + ".dot");
        Exporter.write(graph, ExportFormat.DOT, out);
        Graph<String, DefaultEdge> read = GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(true).edgeSupplier(SupplierUtil.DEFAULT_EDGE_SUPPLIER).buildGraph();
        Map<String, Map<String, String>> nodes = new HashMap<>();
        Map<DefaultEdge, Map<String, String>> edges = new HashMap<>();
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        try (Reader reader = Files.newBufferedReader(out)) {
            importer.importGraph(read, reader);
        }
        assertEquals(graph.nodes().size(), read.vertexSet().size());
        assertEquals(graph.edges().size(), read.edgeSet().size());
        Set<String> labels = new TreeSet<>();
        for (String id : read.vertexSet()) {
            EntityNode node = graph.node(id).orElseThrow(() -> new AssertionError("no node " + id));
            assertEquals(node.label(), nodes.get(id).get("label"));
            assertEquals(node.kind(), nodes.get(id).get("kind"));
            labels.add(id);
        }
        Set<String> edgeFacts = new TreeSet<>();
        for (DefaultEdge e : read.edgeSet()) {
            Map<String, String> a = edges.get(e);
            String tooltip = a.get("tooltip");
            String quote = tooltip.equals(a.get("label")) ? "" : tooltip;
            edgeFacts.add(ExportedGraphs.edge(read.getEdgeSource(e), a.get("predicate"), read.getEdgeTarget(e), a.get("polarity"),
                    a.get("evidence_count"), quote));
        }
        assertEquals(ExportedGraphs.edgeFacts(graph).stream().map(DotSinkTest::oneLine).collect(java.util.stream.Collectors.toSet()),
                edgeFacts);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.airkg.export.ExportedGraphs#both")
    void graphvizRendersItToSvg(String name, EntityGraph graph) throws Exception {
        Assumptions.assumeTrue(graphvizInstalled(), "Graphviz's dot is not installed (apt-get install graphviz)");
        Path out = tmp.resolve(name + ".dot");
        Exporter.write(graph, ExportFormat.DOT, out);
        Path svg = tmp.resolve(name + ".svg");
        Process dot = new ProcessBuilder("dot", "-Tsvg", "-o", svg.toString(), out.toString()).redirectErrorStream(true).start();
        String messages = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(dot.waitFor(120, TimeUnit.SECONDS), "dot did not finish");
        assertEquals(0, dot.exitValue(), messages);
        String text = Files.readString(svg);
        assertEquals(graph.nodes().size(), count(text, "class=\"node\""));
        assertEquals(graph.edges().size(), count(text, "class=\"edge\""));
    }

    private static String oneLine(String fact) {
        return fact.replaceAll("[\\r\\n]+", " ");
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static boolean graphvizInstalled() {
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
