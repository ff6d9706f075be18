package org.airkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client never gets a success status with a cut body: an answer over the row or byte cap, or cut by the
 * timeout, is a 503 saying why, in every result format; an answer under the caps is whole, with its length.
 */
class AirkgServerAnswerLimitsTest {

    /** 9 million rows over the test graph's 3,000 triples; streams until something stops it. */
    private static final String STREAMING = "SELECT * { ?a ?b ?c . ?d ?e ?f }";

    /** Rows trickle out (9 per 9 million triples compared) for far longer than the timeout of these tests. */
    private static final String TRICKLE = "SELECT ?a ?d ?g { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i"
            + " FILTER(STR(?c) = CONCAT(STR(?f), \"\") && STR(?f) = STR(?i)) }";

    private static final List<String> FORMATS = List.of("application/sparql-results+json",
            "application/sparql-results+xml", "text/csv", "text/tab-separated-values");

    private DatasetGraph dataset;
    private AirkgServer server;
    private Http http;

    private void start(String name, Duration timeout, AnswerLimits limits) {
        dataset = TestKg.dataset();
        server = AirkgServer.start(TestKg.settings(name, timeout).limits(limits).build(), dataset);
        http = new Http(server.uiUrl());
    }

    @AfterEach
    void stopServer() {
        TestKg.stop(server, dataset);
    }

    private HttpResponse<String> query(String sparql, String accept) {
        return http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query=" + Http.encode(sparql)))
                .header("Accept", accept).timeout(Duration.ofSeconds(60)).GET().build());
    }

    @Test
    void moreRowsThanTheCapIsA503InEveryFormat() {
        start("limits-rows", Duration.ofSeconds(30), AnswerLimits.defaults().withMaxRows(500));
        for (String format : FORMATS) {
            HttpResponse<String> r = query(STREAMING, format);
            assertEquals(503, r.statusCode(), format + ": " + r.body());
            assertEquals("The answer has more than this server's cap of 500 rows; ask for fewer (LIMIT and OFFSET to"
                    + " page through it, or a narrower pattern).\n", r.body(), format);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), format);
            assertFalse(r.headers().firstValue("Retry-After").isPresent(), "retrying cannot help: " + format);
        }
        HttpResponse<String> exact = query("SELECT * { ?s ?p ?o } LIMIT 500", FORMATS.get(0));
        assertEquals(200, exact.statusCode(), exact.body());
        assertEquals(500, Http.json(exact.body()).at("/results/bindings").size());
    }

    @Test
    void moreBytesThanTheCapIsA503ForEveryKindOfAnswer() {
        start("limits-bytes", Duration.ofSeconds(30), AnswerLimits.defaults().withMaxRows(10_000_000).withMaxBytes(50_000));
        for (String format : FORMATS) {
            HttpResponse<String> r = query(STREAMING, format);
            assertEquals(503, r.statusCode(), format + ": " + r.body());
            assertEquals("The answer is larger than this server's cap of 50000 bytes; ask for less (LIMIT, fewer"
                    + " variables, a narrower pattern).\n", r.body(), format);
        }
        HttpResponse<String> graph = query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "text/turtle");
        assertEquals(503, graph.statusCode(), graph.body());
        assertTrue(graph.body().startsWith("The answer is larger"), graph.body());
        HttpResponse<String> store = http.get("/airkg/get?default", "application/n-triples");
        assertEquals(503, store.statusCode(), store.body());
        assertTrue(store.body().startsWith("The answer is larger"), store.body());
    }

    @Test
    void anAnswerUnderTheCapsIsWholeWithItsLength() {
        start("limits-whole", Duration.ofSeconds(30), AnswerLimits.defaults());
        HttpResponse<String> r = query("SELECT * { ?s ?p ?o }", FORMATS.get(0));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals((int) TestKg.TRIPLES, Http.json(r.body()).at("/results/bindings").size());
        assertEquals(r.body().getBytes(StandardCharsets.UTF_8).length,
                Long.parseLong(r.headers().firstValue("Content-Length").orElse("-1")));
        HttpResponse<String> csv = query("SELECT ?s { ?s ?p ?o } ORDER BY ?s", "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals(TestKg.TRIPLES + 1, csv.body().lines().count(), "header and every row");
        HttpResponse<String> graph = http.get("/airkg/get?default", "application/n-triples");
        assertEquals(200, graph.statusCode());
        assertEquals(TestKg.TRIPLES, graph.body().lines().count());
    }

    /** The timeout strikes while rows are being written: Fuseki would have sent them with 200 and a marker. */
    @Test
    void anAnswerCutByTheTimeoutIsA503WithoutRows() {
        start("limits-timeout", Duration.ofMillis(1000), AnswerLimits.defaults());
        for (String format : FORMATS) {
            HttpResponse<String> r = query(TRICKLE, format);
            assertEquals(503, r.statusCode(), format + ": " + r.body());
            assertEquals("The query ran longer than this server's limit of 1.0 s and was cancelled; no partial answer"
                    + " is sent.\n", r.body(), format);
            assertNull(r.headers().firstValue("Retry-After").orElse(null));
        }
        String construct = TRICKLE.replace("SELECT ?a ?d ?g", "CONSTRUCT { ?a ?b ?d } WHERE");
        HttpResponse<String> graph = query(construct, "text/turtle");
        assertEquals(503, graph.statusCode(), graph.body());
        assertTrue(graph.body().startsWith("The query ran longer"), graph.body());
        assertEquals(TestKg.TRIPLES, http.count("/airkg/sparql", TestKg.COUNT_ALL), "server unhealthy afterwards");
    }

    /** Errors from Fuseki (a syntax error) keep their status and text through the buffer. */
    @Test
    void errorsPassThrough() {
        start("limits-errors", Duration.ofSeconds(30), AnswerLimits.defaults());
        HttpResponse<String> r = query("SELECT * {", FORMATS.get(0));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("Parse error"), r.body());
    }
}
