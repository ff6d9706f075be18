package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.xml.sax.SAXException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** GraphML: valid against graphml.xsd, and read back by JGraphT's importer to the same nodes, edges, labels and identifiers. */
class GraphMlSinkTest {
    @TempDir
    Path tmp;

    @Test
    void theSchemaCheckRefusesWhatGraphMlForbids() throws Exception {
        Path bad = tmp.resolve("bad.graphml");
        Files.writeString(bad, "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\">"
                + "<node id=\"https://w3id.org/airkg/id/drug/letrozole\"/></graph></graphml>");
        assertThrows(SAXException.class, () -> ExportedGraphs.validate(bad, "graphml.xsd"), "an IRI is not an XML name token");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.airkg.export.ExportedGraphs#both")
    void readsBackToTheModel(String name, EntityGraph graph) throws Exception {
        Path out = tmp.resolve(name + ".graphml");
        ExportReport report = Exporter.write(graph, ExportFormat.GRAPHML, out);
        assertEquals(new ExportReport.Counts(graph.nodes().size(), graph.edges().size()), report.graph().orElseThrow());
        ExportedGraphs.validate(out, "graphml.xsd");

        Graph<String, DefaultWeightedEdge> read = GraphTypeBuilder.<String, DefaultWeightedEdge>directed()
                .allowingMultipleEdges(true).allowingSelfLoops(true).weighted(true)
                .edgeSupplier(SupplierUtil.createDefaultWeightedEdgeSupplier()).buildGraph();
        Map<String, Map<String, String>> nodes = new HashMap<>();
        Map<DefaultWeightedEdge, Map<String, String>> edges = new HashMap<>();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        try (Reader reader = Files.newBufferedReader(out)) {
            importer.importGraph(read, reader);
        }
        assertEquals(graph.nodes().size(), read.vertexSet().size());
        assertEquals(graph.edges().size(), read.edgeSet().size());

        Set<String> nodeFacts = new TreeSet<>();
        for (String id : read.vertexSet()) {
            Map<String, String> a = nodes.get(id);
            nodeFacts.add(ExportedGraphs.node(a.get("iri"), a.get("label"), a.get("kind"), a.getOrDefault("identifiers", ""),
                    a.get("mention_count"), a.get("document_count")));
        }
        assertEquals(ExportedGraphs.nodeFacts(graph), nodeFacts);
        Set<String> edgeFacts = new TreeSet<>();
        for (DefaultWeightedEdge e : read.edgeSet()) {
            Map<String, String> a = edges.get(e);
            edgeFacts.add(ExportedGraphs.edge(nodes.get(read.getEdgeSource(e)).get("iri"), a.get("predicate"),
                    nodes.get(read.getEdgeTarget(e)).get("iri"), a.get("polarity"), a.get("evidence_count"), a.getOrDefault("quote", "")));
            assertEquals(a.get("predicate").substring(a.get("predicate").indexOf('#') + 1), a.get("label"));
        }
        assertEquals(ExportedGraphs.edgeFacts(graph), edgeFacts);
    }
}
