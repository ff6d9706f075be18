package org.airkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /airkg/documents} and {@code DELETE /airkg/documents/{name}} with {@code --update-password-file} (issue
 * 12): each change lands whole while another thread queries, the file is written into (or deleted from) the corpus,
 * the answer says what changed; without credentials 401, a bad name 400, a bad document 422, each leaving the store and
 * the corpus as they were.
 */
class DocumentsEndpointTest {
    private static final String ADDED = "001_16f9ed06042b2b1e.txt";
    private static final String CHANGED = "004_0564d2a207f1c997.txt";
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path tmp;

    @Test
    void postAndDeleteBehindAuth() throws Exception {
        LiveFixture fixture = new LiveFixture(tmp, List.of("000_69488b54e0ebb312.txt", CHANGED));
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: s3cret\n");
        try (Serving serving = fixture.serve(passwords, new Serving.Live(false, Duration.ofSeconds(1)), c -> {})) {
            String url = serving.server().datasetUrl() + "/documents";
            byte[] added = Files.readAllBytes(LiveFixture.seed(ADDED));
            LiveFixture.Counts start = fixture.counts(serving, ADDED);
            Set<String> corpus = listing(fixture.corpus());

            assertEquals(401, send(post(url + "?name=" + ADDED, added, null)).statusCode());
            assertEquals(401, send(HttpRequest.newBuilder(URI.create(url + "/" + CHANGED)).DELETE().build()).statusCode());
            assertEquals(401, send(post(url + "?name=" + ADDED, added, "Basic " + Base64.getEncoder()
                    .encodeToString("editor:wrong".getBytes(StandardCharsets.UTF_8)))).statusCode());
            for (String bad : List.of("..%2Fescape.txt", "notes.docx", ".hidden.txt", "a%20b.txt")) {
                HttpResponse<String> r = send(post(url + "?name=" + bad, added, AUTH));
                assertEquals(400, r.statusCode(), bad + ": " + r.body());
                assertTrue(json(r).path("error").asText().contains("'"), r.body());
            }
            HttpResponse<String> empty = send(post(url + "?name=empty.txt", new byte[0], AUTH));
            assertEquals(422, empty.statusCode(), empty.body());
            assertTrue(json(empty).path("reasons").get(0).asText().contains("empty.txt: file is empty"), empty.body());
            HttpResponse<String> binary = send(post(url + "/" + CHANGED, new byte[] {'x', 0, (byte) 0xff, 0}, AUTH));
            assertEquals(422, binary.statusCode(), binary.body());
            assertEquals(start, fixture.counts(serving, ADDED), "refused requests changed the store");
            assertEquals(corpus, listing(fixture.corpus()), "refused requests changed the corpus");

            HttpResponse<String>[] response = new HttpResponse[1];
            LiveFixture.Counts afterAdd = fixture.whileQuerying(serving, ADDED, () -> response[0] = send(post(url + "?name=" + ADDED, added, AUTH)));
            assertEquals(201, response[0].statusCode(), response[0].body());
            JsonNode body = json(response[0]);
            assertEquals(ADDED, body.path("document").asText());
            assertEquals("added", body.path("change").asText());
            assertEquals(0, body.path("triplesBefore").asLong());
            assertEquals(afterAdd.document(), body.path("triplesAfter").asLong());
            assertTrue(Files.exists(fixture.corpus().resolve(ADDED)), "the file was written into the corpus");
            assertEquals(200, send(post(url + "?name=" + ADDED, added, AUTH)).statusCode(), "the same file again is unchanged");

            List<String> lines = Files.readAllLines(LiveFixture.seed(CHANGED));
            byte[] shorter = (String.join("\n", lines.subList(0, lines.size() / 2)) + "\n").getBytes(StandardCharsets.UTF_8);
            LiveFixture.Counts beforeChange = fixture.counts(serving, CHANGED);
            LiveFixture.Counts afterChange = fixture.whileQuerying(serving, CHANGED, () -> response[0] = send(multipart(url, CHANGED, shorter)));
            assertEquals(200, response[0].statusCode(), response[0].body());
            assertEquals("replaced", json(response[0]).path("change").asText());
            assertEquals(beforeChange.document(), json(response[0]).path("triplesBefore").asLong());
            assertEquals(afterChange.document(), json(response[0]).path("triplesAfter").asLong());
            assertEquals(new String(shorter, StandardCharsets.UTF_8), Files.readString(fixture.corpus().resolve(CHANGED)));

            LiveFixture.Counts afterDelete = fixture.whileQuerying(serving, ADDED,
                    () -> response[0] = send(HttpRequest.newBuilder(URI.create(url + "/" + ADDED)).header("Authorization", AUTH).DELETE().build()));
            assertEquals(200, response[0].statusCode(), response[0].body());
            assertEquals("removed", json(response[0]).path("change").asText());
            assertEquals(afterAdd.document(), json(response[0]).path("triplesBefore").asLong());
            assertEquals(0, afterDelete.document());
            assertFalse(Files.exists(fixture.corpus().resolve(ADDED)), "the file was deleted from the corpus");
            assertEquals(404, send(HttpRequest.newBuilder(URI.create(url + "/" + ADDED)).header("Authorization", AUTH).DELETE().build())
                    .statusCode());
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return LiveFixture.JSON.readTree(response.body());
    }

    private static HttpRequest post(String url, byte[] body, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b.build();
    }

    /** A multipart/form-data POST of one part {@code file}, as an HTML form with a file input sends it. */
    private static HttpRequest multipart(String url, String fileName, byte[] content) {
        String boundary = "airkg-test-boundary-7d0f3c";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).header("Authorization", AUTH)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    private static Set<String> listing(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }
}
