package org.airkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/** A small java.net.http client for the tests, addressing paths on one server. */
final class Http {

    static final String SPARQL_JSON = "application/sparql-results+json";
    static final String SPARQL_UPDATE = "application/sparql-update";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String TURTLE = "text/turtle";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String root;

    /** A client for the server whose UI is at {@code uiUrl} (ending in /). */
    Http(String uiUrl) {
        this.root = uiUrl.substring(0, uiUrl.length() - 1);
    }

    /** Basic credentials for an Authorization header. */
    static String basic(String user, String password) {
        String pair = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A request to {@code path}; {@code body} null means none; {@code authorization} null means anonymous. */
    HttpRequest request(String method, String path, String contentType, String body, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        b.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return b.build();
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String authorization) {
        return send(request(method, path, contentType, body, authorization));
    }

    /**
     * Sends and waits. Tried twice on an I/O error: after refusing a request without reading its body, Jetty
     * closes the connection, and the client may already have picked that pooled connection for the next request.
     */
    HttpResponse<String> send(HttpRequest request) {
        try {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (HttpTimeoutException e) {
                throw e;
            } catch (IOException closedConnection) {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null, null, null);
    }

    /** GET with an Accept header. */
    HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept).GET().build());
    }

    /** GET request for a SPARQL query, asking for JSON results. */
    HttpRequest queryRequest(String endpointPath, String sparql) {
        return queryRequest(endpointPath, sparql, "");
    }

    /** GET request for a SPARQL query with more URL parameters ({@code extra} starts with &amp;). */
    HttpRequest queryRequest(String endpointPath, String sparql, String extra) {
        return HttpRequest.newBuilder(URI.create(root + endpointPath + "?query=" + encode(sparql) + extra))
                .header("Accept", SPARQL_JSON)
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
    }

    HttpResponse<String> query(String endpointPath, String sparql) {
        return send(queryRequest(endpointPath, sparql));
    }

    /** Runs a query binding ?n, checks it answered 200, returns ?n. */
    long count(String endpointPath, String sparql) {
        HttpResponse<String> response = query(endpointPath, sparql);
        assertEquals(200, response.statusCode(), () -> "count query failed: " + response.body());
        return json(response.body()).at("/results/bindings/0/n/value").asLong(-1);
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }
}
