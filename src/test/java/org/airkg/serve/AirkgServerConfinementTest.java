package org.airkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 1: with an update password, an authenticated user can change the graph but never make the
 * server read a file or fetch a URL: LOAD and SERVICE are refused on every endpoint, for {@code file:},
 * {@code http:} to loopback and {@code jar:} sources, and a loopback HTTP server sees no request. An allow-list
 * ({@link ServerSettings#allowedSources()}) opens exactly the sources it names.
 */
class AirkgServerConfinementTest {

    private static final String USER = "curator";
    private static final String PASSWORD = "s3cret-Pa55";
    private static final String ASK_FETCHED = "ASK { ?s ?p 'fetched' }";

    private DatasetGraph dataset;
    private AirkgServer server;
    private Http http;
    private LoopbackSource remote;
    private Path files;

    @BeforeEach
    void start() throws IOException {
        remote = new LoopbackSource();
        dataset = TestKg.dataset();
        ServerSettings.Builder settings = TestKg.settings("confinement", Duration.ofSeconds(30));
        files = settings.build().fusekiBase();
        Path passwd = Files.writeString(files.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        server = AirkgServer.start(settings.updatePasswordFile(passwd).build(), dataset);
        http = new Http(server.uiUrl());
    }

    @AfterEach
    void stop() {
        try {
            TestKg.stop(server, dataset);
        } finally {
            remote.close();
        }
    }

    private HttpResponse<String> update(String update) {
        return http.send("POST", "/airkg/update", Http.SPARQL_UPDATE, update, Http.basic(USER, PASSWORD));
    }

    @Test
    void loadIsRefusedForFileHttpAndJarSources() throws IOException {
        Path turtle = Files.writeString(files.resolve("data.ttl"), LoopbackSource.TRIPLE);
        Path jar = files.resolve("data.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("data.ttl"));
            out.write(LoopbackSource.TRIPLE.getBytes(StandardCharsets.UTF_8));
        }
        List<String> sources = List.of("file:///etc/passwd", turtle.toUri().toString(), remote.url("/data.ttl"),
                "jar:" + jar.toUri() + "!/data.ttl", "http://localhost:" + remote.url("").split(":")[2] + "/data.ttl");
        for (String source : sources) {
            for (String load : List.of("LOAD <" + source + ">", "LOAD SILENT <" + source + "> INTO GRAPH <urn:g>",
                    "INSERT DATA { <urn:a> <urn:b> 'c' } ; LOAD <" + source + ">")) {
                HttpResponse<String> response = update(load);
                assertEquals(403, response.statusCode(), () -> load + " answered " + response.body());
                assertTrue(response.body().contains("LOAD <" + source + "> is refused: this server reads no files or URLs"),
                        response::body);
                HttpResponse<String> form = http.send("POST", "/airkg/update", Http.FORM, "update=" + Http.encode(load),
                        Http.basic(USER, PASSWORD));
                assertEquals(403, form.statusCode(), () -> "form " + load + " answered " + form.body());
            }
        }
        assertEquals(List.of(), remote.requests(), "the server fetched a URL");
        assertEquals(TestKg.TRIPLES, http.count("/airkg/sparql", TestKg.COUNT_ALL), "a refused request changed the graph");
        assertFalse(Http.json(http.query("/airkg/sparql", ASK_FETCHED).body()).path("boolean").asBoolean());
    }

    @Test
    void serviceIsRefusedInUpdatesAndQueriesWhereverItStands() {
        String service = "SERVICE <" + remote.url("/sparql") + "> { ?s ?p ?o }";
        for (String u : List.of("INSERT { <urn:a> <urn:b> ?o } WHERE { " + service + " }",
                "DELETE { ?s ?p ?o } WHERE { " + service + " }",
                "INSERT { <urn:a> <urn:b> 'c' } WHERE { SERVICE ?x { ?s ?p ?o } VALUES ?x { <" + remote.url("/v") + "> } }")) {
            HttpResponse<String> response = update(u);
            assertEquals(403, response.statusCode(), () -> u + " answered " + response.body());
            assertTrue(response.body().contains(" is refused"), () -> response.statusCode() + " [" + response.body() + "]");
        }
        for (String q : List.of("SELECT * { " + service + " }",
                "SELECT * { { SELECT * { " + service + " } LIMIT 1 } }",
                "SELECT * { BIND(<" + remote.url("/v") + "> AS ?e) SERVICE ?e { ?s ?p ?o } }")) {
            for (String endpoint : List.of("/airkg/sparql", "/airkg/query")) {
                HttpResponse<String> response = http.query(endpoint, q);
                assertEquals(403, response.statusCode(), () -> q + " answered " + response.body());
                assertTrue(response.body().contains("is refused"), response::body);
            }
        }
        // Inside EXISTS the refusal is an evaluation error of the filter: the row is dropped, nothing is called.
        HttpResponse<String> exists = update("INSERT { <urn:a> <urn:b> 'c' } WHERE { FILTER NOT EXISTS { " + service + " } }");
        assertTrue(exists.statusCode() == 204 || exists.statusCode() == 403, exists::body);
        assertEquals(0, http.count("/airkg/sparql",
                "SELECT (COUNT(*) AS ?n) { BIND(1 AS ?x) FILTER EXISTS { " + service + " } }"));
        assertEquals(List.of(), remote.requests(), "the server called a SERVICE endpoint");
        assertEquals(TestKg.TRIPLES, http.count("/airkg/sparql", TestKg.COUNT_ALL));
    }

    @Test
    void fromClausesNameGraphsOfTheDatasetAndFetchNothing() {
        String q = "SELECT (COUNT(*) AS ?n) FROM <" + remote.url("/from.ttl") + "> FROM NAMED <file:///etc/passwd>"
                + " { ?s ?p ?o }";
        assertEquals(0, http.count("/airkg/sparql", q));
        assertEquals(List.of(), remote.requests(), "a FROM clause fetched a URL");
    }

    @Test
    void protocolGraphParametersFetchNothing() {
        HttpResponse<String> response = http.send(http.queryRequest("/airkg/sparql", TestKg.COUNT_ALL,
                "&default-graph-uri=" + Http.encode(remote.url("/dg")) + "&named-graph-uri=" + Http.encode(remote.url("/ng"))));
        assertEquals(200, response.statusCode(), response::body);
        assertEquals(List.of(), remote.requests(), "a protocol graph parameter fetched a URL");
    }

    @Test
    void uploadsCannotMakeTheServerReadFilesOrUrls() throws IOException {
        Path secret = Files.writeString(files.resolve("secret.txt"), "TOPSECRET");
        String auth = Http.basic(USER, PASSWORD);
        for (String context : List.of(remote.url("/context.jsonld"), secret.toUri().toString())) {
            String jsonld = "{\"@context\": \"" + context + "\", \"@id\": \"urn:x\", \"name\": \"n\"}";
            HttpResponse<String> response = http.send("PUT", "/airkg/data?graph=urn:j", "application/ld+json", jsonld, auth);
            assertEquals(415, response.statusCode(), response::body);
            assertTrue(response.body().contains("JSON-LD and multipart uploads are refused"), response::body);
        }
        String xml = "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY f SYSTEM '" + secret.toUri() + "'>"
                + "<!ENTITY h SYSTEM '" + remote.url("/entity") + "'>]>"
                + "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns:x='http://example.org/x#'>"
                + "<rdf:Description rdf:about='urn:s'><x:p>&f;&h;</x:p></rdf:Description></rdf:RDF>";
        http.send("PUT", "/airkg/data?graph=urn:x", "application/rdf+xml", xml, auth);
        HttpResponse<String> leak = http.query("/airkg/sparql", "ASK { ?s ?p ?o FILTER(CONTAINS(STR(?o), 'TOPSECRET')) }");
        assertFalse(Http.json(leak.body()).path("boolean").asBoolean(), "an XML entity read a file");
        assertEquals(List.of(), remote.requests(), "an upload fetched a URL");
        HttpResponse<String> turtle = http.send("PUT", "/airkg/data?graph=urn:t", Http.TURTLE, LoopbackSource.TRIPLE, auth);
        assertTrue(turtle.statusCode() == 200 || turtle.statusCode() == 201, turtle::body);
    }

    @Test
    void updatesStillChangeTheGraph() {
        HttpResponse<String> ok = update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 'c' } }");
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok::body);
        assertEquals(TestKg.TRIPLES + 1, http.count("/airkg/sparql", TestKg.COUNT_ALL));
        HttpResponse<String> bad = update("INSERT DATA { oops");
        assertEquals(400, bad.statusCode(), bad::body);
        HttpResponse<String> missing = update("INSERT DATA { <urn:x> <urn:y> 'z' } ; CLEAR GRAPH <urn:no-such-graph>");
        assertEquals(400, missing.statusCode(), missing::body);
        assertTrue(missing.body().startsWith("No such graph: urn:no-such-graph"), missing::body);
        assertEquals(TestKg.TRIPLES + 1, http.count("/airkg/sparql", TestKg.COUNT_ALL));
    }

    @Test
    void anAllowListOpensExactlyTheSourcesItNames() throws IOException {
        TestKg.stop(server, dataset);
        dataset = TestKg.dataset();
        Path passwd = files.resolve("passwd");
        ServerSettings settings = TestKg.settings("confinement-allowed", Duration.ofSeconds(30))
                .updatePasswordFile(passwd).allowedSources(List.of(remote.url("/open/"))).build();
        server = AirkgServer.start(settings, dataset);
        http = new Http(server.uiUrl());

        HttpResponse<String> refused = update("LOAD <" + remote.url("/closed/data.ttl") + ">");
        assertEquals(403, refused.statusCode(), refused::body);
        assertEquals(List.of(), remote.requests());

        HttpResponse<String> loaded = update("LOAD <" + remote.url("/open/data.ttl") + "> INTO GRAPH <urn:loaded>");
        assertTrue(loaded.statusCode() == 200 || loaded.statusCode() == 204, loaded::body);
        assertEquals(List.of("GET /open/data.ttl"), remote.requests());
        assertTrue(Http.json(http.query("/airkg/sparql", ASK_FETCHED).body()).path("boolean").asBoolean());

        HttpResponse<String> service = http.query("/airkg/sparql",
                "SELECT * { SERVICE <" + remote.url("/closed/sparql") + "> { ?s ?p ?o } }");
        assertEquals(403, service.statusCode(), service::body);
        assertEquals(1, remote.requests().size(), "a SERVICE outside the allow-list was called");
    }

    @Test
    void theRunawayRegexOfIssue17AnswersOnEveryEndpoint() {
        String regex = "regex(\"" + "a".repeat(40) + "!\", \"^(.*a){12}$\")";
        long t0 = System.nanoTime();
        HttpResponse<String> query = http.query("/airkg/sparql", "SELECT ?x { BIND(" + regex + " AS ?x) }");
        long queryMillis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(200, query.statusCode(), query::body);
        assertEquals("false", Http.json(query.body()).at("/results/bindings/0/x/value").asText(), query::body);
        HttpResponse<String> upd = update("INSERT { <urn:a> <urn:b> 'c' } WHERE { FILTER(" + regex + ") }");
        assertTrue(upd.statusCode() == 200 || upd.statusCode() == 204, upd::body);
        assertEquals(TestKg.TRIPLES, http.count("/airkg/sparql", TestKg.COUNT_ALL));
        System.out.printf("AirkgServer: the runaway regex of issue 17 answered in %d ms%n", queryMillis);
        HttpResponse<String> huge = http.query("/airkg/sparql", "SELECT ?x { BIND(regex('aaa', '((a{1000}){1000}){1000}') AS ?x) }");
        assertEquals(200, huge.statusCode(), huge::body);
        assertTrue(Http.json(huge.body()).at("/results/bindings/0/x").isMissingNode(), "a pattern too big to compile matched");
        assertEquals(TestKg.TRIPLES, http.count("/airkg/sparql", TestKg.COUNT_ALL), "server unhealthy after the pattern");
    }
}
