package org.airkg.serve.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.airkg.serve.AirkgServer;
import org.airkg.serve.ServerSettings;
import org.apache.jena.sparql.core.DatasetGraph;

/** A server on 127.0.0.1 and a free port over the {@link ExplorerStore}, with a small HTTP client; stops itself. */
final class ExplorerServer implements AutoCloseable {

    private final DatasetGraph dataset;
    private final AirkgServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ExplorerServer(String name) throws IOException {
        dataset = ExplorerStore.create();
        Path base = Path.of("target", "serve-test", name).toAbsolutePath();
        if (Files.exists(base)) {
            try (var walk = Files.walk(base)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(base);
        server = AirkgServer.start(ServerSettings.builder().host("127.0.0.1").port(0)
                .queryTimeout(Duration.ofSeconds(60)).fusekiBase(base).build(), dataset);
    }

    /** The root URL, ending in /. */
    String root() {
        return server.uiUrl();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(root() + path.substring(1))).timeout(Duration.ofSeconds(60)).GET().build());
    }

    /** GET /explore/api/bind for query {@code name} with {@code params}. */
    HttpResponse<String> bind(String name, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("query", name);
        all.putAll(params);
        return get("/explore/api/bind?" + form(all));
    }

    /** Runs SPARQL text on the read-only endpoint as the page does, answering CSV. */
    HttpResponse<String> selectCsv(String sparql) {
        return send(HttpRequest.newBuilder(URI.create(root() + "airkg/sparql")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("query", sparql)))).build());
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public void close() {
        server.stop();
        dataset.close();
    }
}
