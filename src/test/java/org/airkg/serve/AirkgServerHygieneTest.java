package org.airkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 17, point 3: the Host header is checked against the server's names, cross-site requests are refused, and
 * every response, pages and results and errors alike, carries the browser security headers and no CORS grant.
 *
 * <p>Requests are written on a raw socket, because java.net.http does not let a client set the Host header.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AirkgServerHygieneTest {

    private DatasetGraph dataset;
    private AirkgServer server;

    @BeforeAll
    void start() {
        dataset = TestKg.dataset();
        server = AirkgServer.start(TestKg.settings("hygiene", Duration.ofSeconds(30))
                .hostNames(List.of("kg.example.org")).build(), dataset);
    }

    @AfterAll
    void stop() {
        TestKg.stop(server, dataset);
    }

    /** The status line and lower-cased headers of a raw HTTP/1.1 request. */
    private record Answer(int status, Map<String, String> headers) {}

    private Answer request(String method, String path, String... headerLines) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(60_000);
            StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            for (String h : headerLines) {
                req.append(h).append("\r\n");
            }
            req.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            Map<String, String> headers = new java.util.TreeMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
            return new Answer(status, headers);
        }
    }

    private String query() {
        return "/airkg/sparql?query=" + Http.encode("ASK { ?s ?p ?o }");
    }

    @Test
    void loopbackAndConfiguredNamesAreAccepted() throws IOException {
        int port = server.port();
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port,
                "kg.example.org", "kg.example.org.:" + port)) {
            assertEquals(200, request("GET", query(), "Host: " + host).status(), host);
        }
    }

    @Test
    void otherHostsAreRefusedOnEveryPath() throws IOException {
        for (String host : List.of("evil.example", "attacker.test:" + server.port(), "127.0.0.1.evil.example",
                "kg.example.org.evil.example", "0.0.0.0")) {
            for (String path : List.of("/", query(), "/airkg/get?default", "/$/ping", "/$/datasets", "/static/x.js")) {
                assertEquals(403, request("GET", path, "Host: " + host).status(), host + " " + path);
            }
        }
        assertEquals(400, request("GET", query()).status(), "HTTP/1.1 without Host");
    }

    @Test
    void crossSiteRequestsAreRefusedAndNoCorsIsGranted() throws IOException {
        String host = "Host: 127.0.0.1:" + server.port();
        Answer cross = request("GET", query(), host, "Origin: https://evil.example");
        assertEquals(403, cross.status());
        Answer preflight = request("OPTIONS", "/airkg/sparql", host, "Origin: https://evil.example",
                "Access-Control-Request-Method: POST");
        assertEquals(403, preflight.status());
        assertEquals(403, request("GET", query(), host, "Origin: null").status());
        assertEquals(403, request("GET", query(), host, "Origin: http://127.0.0.1:" + (server.port() + 1)).status(),
                "another port of this host is another origin");
        assertEquals(403, request("GET", query(), host, "Origin: http://localhost:" + server.port()).status(),
                "an Origin naming another of the server's names than Host is another origin");
        Answer same = request("GET", query(), host, "Origin: http://127.0.0.1:" + server.port());
        assertEquals(200, same.status());
        for (Answer a : List.of(cross, preflight, same)) {
            assertFalse(a.headers().keySet().stream().anyMatch(h -> h.startsWith("access-control-")), a::toString);
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws IOException {
        String host = "Host: 127.0.0.1:" + server.port();
        List<Answer> answers = new ArrayList<>();
        for (String path : List.of("/", "/index.html", query(), "/airkg/get?default", "/$/ping", "/$/server",
                "/no/such/page", "/airkg/sparql?query=oops", "/$/compact/airkg")) {
            answers.add(request("GET", path, host));
        }
        answers.add(request("GET", query(), "Host: evil.example"));
        answers.add(request("POST", "/airkg/update", host, "Content-Type: application/sparql-update", "Content-Length: 0"));
        for (Answer a : answers) {
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, a.headers().get("content-security-policy"), a::toString);
            assertTrue(a.headers().get("content-security-policy").contains("frame-ancestors 'none'"));
            assertEquals("nosniff", a.headers().get("x-content-type-options"), a::toString);
            assertEquals("DENY", a.headers().get("x-frame-options"), a::toString);
        }
        assertEquals(List.of(200, 200, 200, 200, 200, 200, 404, 400, 403, 403),
                answers.subList(0, 10).stream().map(Answer::status).toList());
    }

    @Test
    void badHostNamesAreRefusedNamingThem() {
        for (String bad : List.of("", "kg.example.org:3030", "a b", "http://kg.example.org", "::1")) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> TestKg.settings("hygiene-bad", Duration.ofSeconds(1)).hostNames(List.of(bad)).build());
            assertTrue(e.getMessage().startsWith("Host name '" + bad + "' is not a host name"), e.getMessage());
        }
    }
}
