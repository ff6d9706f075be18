package org.airkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With an update password file, its users may update over HTTP Basic auth; everyone may still query. */
class AirkgServerAuthTest {

    private static final String USER = "curator";
    private static final String PASSWORD = "s3cret-Pa55";
    private static final String OTHER = "reviewer";
    private static final String OTHER_PASSWORD = "an0ther";
    private static final String NEW_GRAPH = TestKg.NS + "graph/added";
    private static final String INSERT =
            "INSERT DATA { GRAPH <" + NEW_GRAPH + "> { <" + TestKg.NS + "new> <" + TestKg.NS + "value> 'n' } }";
    private static final String ASK_NEW = "ASK { GRAPH <" + NEW_GRAPH + "> { <" + TestKg.NS + "new> ?p ?o } }";
    private static final String TURTLE = "<" + TestKg.NS + "put> <" + TestKg.NS + "value> 'p' .";

    private DatasetGraph dataset;
    private AirkgServer server;
    private Http http;

    @BeforeEach
    void startServer() throws IOException {
        ServerSettings.Builder settings = TestKg.settings("auth", Duration.ofSeconds(30));
        Path passwd = settings.build().fusekiBase().resolve("passwd");
        Files.writeString(passwd, "# update users\n" + USER + ": " + PASSWORD + "\n" + OTHER + ": " + OTHER_PASSWORD + "\n");
        dataset = TestKg.dataset();
        server = AirkgServer.start(settings.updatePasswordFile(passwd).build(), dataset);
        http = new Http(server.uiUrl());
    }

    @AfterEach
    void stopServer() {
        TestKg.stop(server, dataset);
    }

    @Test
    void anonymousUpdateIsChallenged() {
        HttpResponse<String> response = http.send("POST", "/airkg/update", Http.SPARQL_UPDATE, INSERT, null);
        assertEquals(401, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                () -> "no Basic challenge: " + response.headers().map());
        assertEquals(401, http.send("PUT", "/airkg/data?default", Http.TURTLE, TURTLE, null).statusCode());
        assertEquals(400, http.send("POST", "/airkg", Http.SPARQL_UPDATE, INSERT, null).statusCode(),
                "the dataset URL itself must not take updates");
        assertNotAdded();
    }

    @Test
    void wrongPasswordIsRefused() {
        for (String auth : List.of(Http.basic(USER, "wrong"), Http.basic("nobody", PASSWORD), Http.basic(USER, ""))) {
            assertEquals(401, http.send("POST", "/airkg/update", Http.SPARQL_UPDATE, INSERT, auth).statusCode());
        }
        assertNotAdded();
    }

    @Test
    void rightCredentialsUpdateAndTheChangeIsVisible() {
        HttpResponse<String> response =
                http.send("POST", "/airkg/update", Http.SPARQL_UPDATE, INSERT, Http.basic(USER, PASSWORD));
        assertTrue(response.statusCode() == 200 || response.statusCode() == 204, response::body);
        HttpResponse<String> ask = http.query("/airkg/sparql", ASK_NEW);
        assertEquals(200, ask.statusCode());
        assertTrue(Http.json(ask.body()).path("boolean").asBoolean(false), "update not visible: " + ask.body());
        assertEquals(TestKg.TRIPLES + 1, http.count("/airkg/query", TestKg.COUNT_ALL));
    }

    @Test
    void everyUserInTheFileMayWriteGraphs() {
        String graph = "?graph=" + Http.encode(TestKg.NS + "graph/put");
        HttpResponse<String> put =
                http.send("PUT", "/airkg/data" + graph, Http.TURTLE, TURTLE, Http.basic(OTHER, OTHER_PASSWORD));
        assertTrue(put.statusCode() >= 200 && put.statusCode() < 300, () -> put.statusCode() + " " + put.body());
        assertEquals(TestKg.TRIPLES + 1, http.count("/airkg/sparql", TestKg.COUNT_ALL));
    }

    @Test
    void queriesStayAnonymous() {
        assertEquals(TestKg.TRIPLES, http.count("/airkg/sparql", TestKg.COUNT_ALL));
        assertEquals(TestKg.TRIPLES, http.count("/airkg/query", TestKg.COUNT_ALL));
        assertEquals(200, http.get("/airkg/get?graph=" + Http.encode(TestKg.graph(1).getURI()), Http.TURTLE)
                .statusCode());
        assertEquals(200, http.get("/").statusCode());
        assertEquals(200, http.get("/$/ping").statusCode());
    }

    @Test
    void adminActionsStayRefusedForUsers() {
        String auth = Http.basic(USER, PASSWORD);
        assertEquals(403, http.send("POST", "/$/compact/airkg", null, null, auth).statusCode());
        assertEquals(403, http.send("POST", "/$/backup/airkg", null, null, auth).statusCode());
        assertEquals(403, http.send("POST", "/$/datasets", Http.FORM, "dbName=x&dbType=mem", auth).statusCode());
        assertEquals(403, http.send("DELETE", "/$/datasets/airkg", null, null, auth).statusCode());
        assertEquals(TestKg.TRIPLES, http.count("/airkg/sparql", TestKg.COUNT_ALL));
    }

    @Test
    void passwordFileWithoutUsersIsRefused() throws IOException {
        ServerSettings.Builder settings = TestKg.settings("auth-empty", Duration.ofSeconds(5));
        Path empty = settings.build().fusekiBase().resolve("passwd");
        Files.writeString(empty, "# nobody yet\n");
        ServeException e = assertThrows(ServeException.class,
                () -> AirkgServer.start(settings.updatePasswordFile(empty).build(), dataset));
        assertTrue(e.getMessage().contains("names no users"), e.getMessage());
    }

    private void assertNotAdded() {
        HttpResponse<String> ask = http.query("/airkg/sparql", ASK_NEW);
        assertEquals(200, ask.statusCode());
        assertEquals(false, Http.json(ask.body()).path("boolean").asBoolean(true), ask::body);
        assertEquals(TestKg.TRIPLES, http.count("/airkg/sparql", TestKg.COUNT_ALL));
    }
}
