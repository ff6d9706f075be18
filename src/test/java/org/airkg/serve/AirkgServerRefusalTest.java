package org.airkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Everything a default (read-only) {@link AirkgServer} must refuse: writes, admin actions, SERVICE, scripts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AirkgServerRefusalTest {

    private static final String NEW_GRAPH = TestKg.NS + "graph/intruder";
    private static final String INSERT =
            "INSERT DATA { GRAPH <" + NEW_GRAPH + "> { <" + TestKg.NS + "x> <" + TestKg.NS + "y> 'z' } }";
    private static final String DROP = "DROP ALL";
    private static final String TURTLE = "<" + TestKg.NS + "x> <" + TestKg.NS + "y> 'z' .";

    private DatasetGraph dataset;
    private AirkgServer server;
    private Http http;
    private Path base;

    @BeforeAll
    void startServer() {
        dataset = TestKg.dataset();
        ServerSettings settings = TestKg.settings("refusal", Duration.ofSeconds(30)).build();
        base = settings.fusekiBase();
        server = AirkgServer.start(settings, dataset);
        http = new Http(server.uiUrl());
    }

    @AfterAll
    void stopServer() {
        TestKg.stop(server, dataset);
    }

    @Test
    void anonymousSparqlUpdateIsRefused() {
        for (String path : List.of("/airkg", "/airkg/update", "/airkg/sparql", "/airkg/query", "/airkg/get")) {
            for (String update : List.of(INSERT, DROP)) {
                assertClientError(http.send("POST", path, Http.SPARQL_UPDATE, update, null), "update to " + path);
                assertClientError(http.send("POST", path, Http.FORM, "update=" + Http.encode(update), null),
                        "form update to " + path);
            }
        }
        assertUnchanged();
    }

    @Test
    void graphStoreWritesAreRefused() {
        String target = "?graph=" + Http.encode(NEW_GRAPH);
        String existing = "?graph=" + Http.encode(TestKg.graph(1).getURI());
        for (String path : List.of("/airkg/get", "/airkg/data", "/airkg")) {
            for (String method : List.of("POST", "PUT")) {
                assertClientError(http.send(method, path + target, Http.TURTLE, TURTLE, null), method + " " + path);
                assertClientError(http.send(method, path + "?default", Http.TURTLE, TURTLE, null), method + " " + path);
            }
            assertClientError(http.send("DELETE", path + existing, null, null, null), "DELETE " + path);
        }
        assertClientError(http.send("POST", "/airkg/upload", Http.TURTLE, TURTLE, null), "upload");
        assertUnchanged();
    }

    @Test
    void adminActionsAreRefused() {
        List<String[]> actions = List.of(
                new String[] {"POST", "/$/datasets", Http.FORM, "dbName=evil&dbType=tdb2"},
                new String[] {"DELETE", "/$/datasets/airkg", null, null},
                new String[] {"POST", "/$/datasets/airkg?state=offline", null, null},
                new String[] {"POST", "/$/compact/airkg", null, null},
                new String[] {"POST", "/$/compact/airkg?deleteOld=true", null, null},
                new String[] {"POST", "/$/backup/airkg", null, null},
                new String[] {"POST", "/$/backups/airkg", null, null},
                new String[] {"GET", "/$/backups-list", null, null},
                new String[] {"POST", "/$/sleep", null, null},
                new String[] {"POST", "/$/reload", null, null},
                new String[] {"POST", "/$/tasks", null, null},
                new String[] {"POST", "/$/ping", null, null},
                new String[] {"POST", "/$/validate/query", Http.FORM, "query=ASK{}"},
                new String[] {"GET", "/$/stats/../compact/airkg", null, null},
                new String[] {"GET", "/$/metrics", null, null});
        for (String[] a : actions) {
            HttpResponse<String> response = http.send(a[0], a[1], a[2], a[3], null);
            assertEquals(403, response.statusCode(), () -> a[0] + " " + a[1] + " was not refused: " + response.body());
        }
        HttpResponse<String> datasets = http.get("/$/datasets");
        assertEquals(200, datasets.statusCode());
        assertFalse(datasets.body().contains("evil"), datasets::body);
        assertEquals(200, http.get("/$/ping").statusCode(), "the dataset went offline");
        assertTrue(emptyOrMissing(base.resolve("backups")), "a backup was written");
        assertUnchanged();
    }

    @Test
    void serviceIsRefusedWithoutACall() throws Exception {
        try (ServerSocket remote = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AtomicInteger calls = new AtomicInteger();
            Thread listener = new Thread(() -> acceptAll(remote, calls));
            listener.start();
            String query = "SELECT * { SERVICE <http://127.0.0.1:" + remote.getLocalPort() + "/sparql> { ?s ?p ?o } }";
            HttpResponse<String> response = http.query("/airkg/sparql", query);
            assertTrue(response.statusCode() >= 400, () -> "SERVICE answered " + response.statusCode());
            HttpResponse<String> silent = http.query("/airkg/sparql",
                    "SELECT * { SERVICE SILENT <http://127.0.0.1:" + remote.getLocalPort() + "/sparql> { ?s ?p ?o } }");
            assertTrue(silent.statusCode() >= 400 || !silent.body().contains("\"s\" :"), silent::body);
            Thread.sleep(300);
            remote.close();
            listener.join(2000);
            assertEquals(0, calls.get(), "the server called the SERVICE endpoint");
        }
        assertEquals(200, http.query("/airkg/sparql", "ASK { ?s ?p ?o }").statusCode(), "server unhealthy after SERVICE");
    }

    @Test
    void scriptFunctionsAreOff() {
        String query = "SELECT ?x { BIND(<http://jena.apache.org/ARQ/jsFunction#inc>(1) AS ?x) }";
        HttpResponse<String> response = http.query("/airkg/sparql", query);
        boolean failed = response.statusCode() >= 400;
        assertTrue(failed || Http.json(response.body()).at("/results/bindings/0/x").isMissingNode(),
                () -> "script function ran: " + response.body());
    }

    @Test
    void refusesToStartWithScriptingEnabled() {
        String previous = System.getProperty(ARQ.systemPropertyScripting);
        System.setProperty(ARQ.systemPropertyScripting, "true");
        try {
            ServerSettings settings = TestKg.settings("scripting", Duration.ofSeconds(5)).build();
            ServeException e = assertThrows(ServeException.class, () -> AirkgServer.start(settings, dataset));
            assertTrue(e.getMessage().contains("jena:scripting"), e.getMessage());
        } finally {
            if (previous == null) {
                System.clearProperty(ARQ.systemPropertyScripting);
            } else {
                System.setProperty(ARQ.systemPropertyScripting, previous);
            }
        }
    }

    private void assertUnchanged() {
        assertEquals(TestKg.TRIPLES, http.count("/airkg/sparql", TestKg.COUNT_ALL), "triples changed");
        assertEquals(TestKg.GRAPHS,
                http.count("/airkg/sparql", "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
    }

    private static void assertClientError(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, () -> what + " answered " + status + ": " + response.body());
    }

    private static boolean emptyOrMissing(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void acceptAll(ServerSocket remote, AtomicInteger calls) {
        try {
            remote.setSoTimeout(5000);
            while (!remote.isClosed()) {
                try (Socket ignored = remote.accept()) {
                    calls.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    return;
                }
            }
        } catch (IOException closed) {
            // The test closed the socket: listening is over.
        }
    }
}
