package org.airkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A runaway query is cut off at the configured timeout while other queries keep being answered. */
class AirkgServerTimeoutTest {

    private static final Duration TIMEOUT = Duration.ofMillis(1500);

    /**
     * The bound for "was cut off": the cross join never ends by itself, and a busy two-core machine must not fail
     * the test, so the measured time is printed rather than held to the limit plus a small margin.
     */
    private static final Duration GENEROUS = Duration.ofSeconds(60);

    /** About 8e13 rows over 3,000 triples: never finishes on its own. */
    private static final String CROSS_JOIN =
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    private static final String ASK = "ASK { ?s ?p ?o }";

    private DatasetGraph dataset;
    private AirkgServer server;
    private Http http;

    @BeforeEach
    void startServer() {
        dataset = TestKg.dataset();
        server = AirkgServer.start(TestKg.settings("timeout", TIMEOUT).build(), dataset);
        http = new Http(server.uiUrl());
    }

    @AfterEach
    void stopServer() {
        TestKg.stop(server, dataset);
    }

    @Test
    void runawayQueryIsCutOffWhileOthersAreAnswered() throws Exception {
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> runaway =
                http.sendAsync(http.queryRequest("/airkg/sparql", CROSS_JOIN));
        Thread.sleep(300);
        assertFalse(runaway.isDone(), "the cross join finished early: " + (runaway.isDone() ? runaway.get().body() : ""));

        long askStart = System.nanoTime();
        HttpResponse<String> ask = http.query("/airkg/query", ASK);
        long askMillis = (System.nanoTime() - askStart) / 1_000_000;
        assertEquals(200, ask.statusCode(), ask::body);
        assertTrue(Http.json(ask.body()).path("boolean").asBoolean(false), ask::body);
        assertFalse(runaway.isDone(), "the ASK was not answered while the cross join ran");

        HttpResponse<String> cut = runaway.get(30, TimeUnit.SECONDS);
        long runawayMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("AirkgServer: cross join answered %d after %d ms (limit %d ms); ASK meanwhile took %d ms%n",
                cut.statusCode(), runawayMillis, TIMEOUT.toMillis(), askMillis);
        assertEquals(503, cut.statusCode(), cut::body);
        assertTrue(runawayMillis >= TIMEOUT.toMillis(), "cut off before the limit: " + runawayMillis + " ms");
        assertTrue(runawayMillis < GENEROUS.toMillis(), "not cut off: " + runawayMillis + " ms");

        HttpResponse<String> after = http.query("/airkg/sparql", TestKg.COUNT_ALL);
        assertEquals(200, after.statusCode(), "server unhealthy after the timeout: " + after.body());
    }

    /** Updates run with the endpoint's context (ConfinedUpdate), so the timeout cuts their WHERE clauses too. */
    @Test
    void runawayUpdateIsCutOffAndChangesNothing() throws Exception {
        TestKg.stop(server, dataset);
        dataset = TestKg.dataset();
        ServerSettings.Builder settings = TestKg.settings("timeout-update", TIMEOUT);
        java.nio.file.Path passwd = java.nio.file.Files.writeString(settings.build().fusekiBase().resolve("passwd"), "u: p\n");
        server = AirkgServer.start(settings.updatePasswordFile(passwd).build(), dataset);
        http = new Http(server.uiUrl());
        String update = "INSERT { <urn:a> <urn:b> ?n } WHERE { " + CROSS_JOIN.replace("SELECT", "{ SELECT") + " } }";
        HttpResponse<String> cut = http.send("POST", "/airkg/update", Http.SPARQL_UPDATE, update, Http.basic("u", "p"));
        assertTrue(cut.statusCode() >= 500, () -> cut.statusCode() + " " + cut.body());
        assertEquals(TestKg.TRIPLES, http.count("/airkg/sparql", TestKg.COUNT_ALL), "the cut update changed the graph");
    }

    @Test
    void clientCannotRaiseTheTimeout() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> cut = http.send(http.queryRequest("/airkg/sparql", CROSS_JOIN, "&timeout=600"));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, cut.statusCode(), cut::body);
        assertTrue(millis < GENEROUS.toMillis(), "took " + millis + " ms");
    }
}
