package org.airkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The open, read-only side of {@link AirkgServer}: queries, graph store reads, the UI and its admin reads. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AirkgServerReadTest {

    private DatasetGraph dataset;
    private AirkgServer server;
    private Http http;
    private boolean runDirBefore;

    @BeforeAll
    void startServer() {
        runDirBefore = Files.exists(Path.of("run"));
        dataset = TestKg.dataset();
        ServerSettings settings = TestKg.settings("read", Duration.ofSeconds(30)).build();
        long t0 = System.nanoTime();
        server = AirkgServer.start(settings, dataset);
        long started = System.nanoTime();
        http = new Http(server.uiUrl());
        HttpResponse<String> ping = http.get("/$/ping");
        long ready = System.nanoTime();
        assertEquals(200, ping.statusCode());
        System.out.printf("AirkgServer: start() returned after %d ms, first /$/ping answered 200 after %d ms%n",
                (started - t0) / 1_000_000, (ready - t0) / 1_000_000);
    }

    @AfterAll
    void stopServer() {
        TestKg.stop(server, dataset);
    }

    @Test
    void urlsNameTheRealPort() {
        assertTrue(server.port() > 0, "port 0 was not replaced by the real port");
        assertEquals("http://127.0.0.1:" + server.port() + "/airkg", server.datasetUrl());
        assertEquals("http://127.0.0.1:" + server.port() + "/", server.uiUrl());
    }

    @Test
    void countOverAllGraphsOnBothQueryEndpoints() {
        assertEquals(TestKg.TRIPLES, http.count("/airkg/sparql", TestKg.COUNT_ALL));
        assertEquals(TestKg.TRIPLES, http.count("/airkg/query", TestKg.COUNT_ALL));
        assertEquals(TestKg.GRAPHS,
                http.count("/airkg/sparql", "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
    }

    @Test
    void selectAnswersInJsonAreWrittenByTheServersWriter() {
        String sparql = "SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o LIMIT 20";
        HttpResponse<String> response = http.query("/airkg/sparql", sparql);
        assertEquals(200, response.statusCode(), response.body());
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        org.apache.jena.system.Txn.executeRead(dataset, () -> {
            try (org.apache.jena.sparql.exec.QueryExec exec = org.apache.jena.sparql.exec.QueryExec.dataset(dataset)
                    .query(sparql).build()) {
                new JsonResultsWriter().write(expected, exec.select(), null);
            }
        });
        assertEquals(expected.toString(java.nio.charset.StandardCharsets.UTF_8), response.body());
        assertEquals(20, Http.json(response.body()).at("/results/bindings").size());
    }

    @Test
    void graphStoreReadReturnsTheGraph() {
        String graph = TestKg.graph(2).getURI();
        HttpResponse<String> response = http.get("/airkg/get?graph=" + Http.encode(graph), Http.TURTLE);
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(Http.TURTLE));
        Graph read = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
        assertEquals(TestKg.PER_GRAPH, read.size());
        assertTrue(read.contains(TestKg.subject(2, 7), TestKg.PREDICATE, Node.ANY));
        assertFalse(read.contains(TestKg.subject(1, 7), TestKg.PREDICATE, Node.ANY));
    }

    /** Issue 17: the graph store's default graph is SPARQL's default graph, the union of the named graphs. */
    @Test
    void theGraphStoreDefaultGraphIsTheUnionAsInSparql() {
        HttpResponse<String> response = http.get("/airkg/get?default", "application/n-triples");
        assertEquals(200, response.statusCode(), response::body);
        Graph graph = RDFParser.fromString(response.body(), Lang.NTRIPLES).toGraph();
        assertEquals(TestKg.TRIPLES, graph.size());
        assertEquals(TestKg.TRIPLES, http.count("/airkg/sparql", TestKg.COUNT_ALL));
        assertTrue(graph.contains(TestKg.subject(2, 7), TestKg.PREDICATE, Node.ANY));

        HttpResponse<String> all = http.get("/airkg/get", "application/n-quads");
        assertEquals(200, all.statusCode(), all::body);
        DatasetGraph quads = RDFParser.fromString(all.body(), Lang.NQUADS).toDatasetGraph();
        assertEquals(TestKg.TRIPLES, quads.stream().count(), "the whole dataset lists each triple once, in its graph");
        assertEquals(0, quads.getDefaultGraph().size());
    }

    @Test
    void uiIsServedAtRoot() {
        HttpResponse<String> response = http.get("/");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<title>Apache Jena Fuseki UI</title>"), response::body);
        assertTrue(response.body().contains("<div id=\"app\">"), response::body);
    }

    @Test
    void adminReadsTheUiNeedsAreOpen() {
        HttpResponse<String> datasets = http.get("/$/datasets");
        assertEquals(200, datasets.statusCode(), datasets::body);
        List<String> names = new ArrayList<>();
        Http.json(datasets.body()).path("datasets").forEach(d -> names.add(d.path("ds.name").asText()));
        assertEquals(List.of("/airkg"), names);

        HttpResponse<String> serverInfo = http.get("/$/server");
        assertEquals(200, serverInfo.statusCode(), serverInfo::body);
        JsonNode services = Http.json(serverInfo.body()).at("/datasets/0/ds.services");
        List<String> endpoints = new ArrayList<>();
        services.forEach(s -> s.path("srv.endpoints").forEach(e -> endpoints.add(e.asText())));
        assertEquals(List.of("get", "query", "sparql"), endpoints.stream().sorted().toList(), serverInfo::body);

        assertEquals(200, http.get("/$/stats/airkg").statusCode());
        assertEquals(200, http.get("/$/tasks").statusCode());
        assertEquals(200, http.get("/$/ping").statusCode());
    }

    @Test
    void listensOnTheGivenHostOnly() throws IOException {
        Optional<InetAddress> other = nonLoopbackAddress();
        assumeTrue(other.isPresent(), "no non-loopback IPv4 address on this machine");
        try (Socket socket = new Socket()) {
            assertThrows(IOException.class,
                    () -> socket.connect(new InetSocketAddress(other.get(), server.port()), 2000),
                    "server answered on " + other.get());
        }
    }

    @Test
    void runFilesGoToTheFusekiBase() {
        Path base = Path.of("target", "serve-test", "read");
        assertTrue(Files.isDirectory(base.resolve("configuration")), "Fuseki did not use " + base);
        if (!runDirBefore) {
            assertFalse(Files.exists(Path.of("run")), "the server created ./run");
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
    }
}
