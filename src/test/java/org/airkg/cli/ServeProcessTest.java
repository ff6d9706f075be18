package org.airkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.airkg.store.TdbStore;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/**
 * {@code airkg serve --timeout 5} as its own process, as issue 17 asks: the runaway regex answers, SIGTERM stops
 * the server while a long query runs, and serving writes nothing beside the store.
 *
 * <p>Bounds are generous (60 s) so that a loaded machine cannot fail the test; the measured times are printed.
 */
class ServeProcessTest {

    private static final String REGEX = "SELECT ?x { BIND(regex(\"" + "a".repeat(40) + "!\", \"^(.*a){12}$\") AS ?x) }";
    private static final String CROSS_JOIN = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A small store of 3,000 triples, built by the store's own code, so that serve does not rebuild it. */
    private static Path tinyStore(Path root) {
        Dataset data = DatasetFactory.createTxnMem();
        for (int g = 0; g < 3; g++) {
            for (int i = 0; i < 1000; i++) {
                data.asDatasetGraph().add(Quad.create(NodeFactory.createURI("urn:g" + g), NodeFactory.createURI("urn:s" + i),
                        NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("v" + i)));
            }
        }
        Path store = root.resolve("tdb2");
        TdbStore.replace(store, data);
        return store;
    }

    private static Path fresh(String name) throws IOException {
        Path dir = Path.of("target", "serve-process", name).toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    private HttpResponse<String> query(int port, String sparql) throws IOException, InterruptedException {
        return client.send(request(port, sparql), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(int port, String sparql) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/airkg/sparql?query="
                        + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).GET().build();
    }

    @Test
    void theRegexAnswersAndSigtermStopsTheServerDuringALongQuery() throws Exception {
        Path root = fresh("sigterm");
        Path store = tinyStore(root);
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dairkg.logDir=" + root.resolve("logs"), "-Duser.home=" + root.resolve("home"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--store", store.toString(), "--port", "0", "--timeout", "5")
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> drain(serve, lines));
        reader.start();
        try {
            int port = awaitPort(lines);

            long t0 = System.nanoTime();
            HttpResponse<String> regex = query(port, REGEX);
            long regexMillis = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, regex.statusCode(), regex::body);
            assertTrue(regex.body().contains("\"false\""), regex::body);

            CompletableFuture<HttpResponse<String>> running =
                    client.sendAsync(request(port, CROSS_JOIN), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(1000);
            assertTrue(!running.isDone(), "the long query ended before SIGTERM");
            long t1 = System.nanoTime();
            serve.destroy(); // SIGTERM
            boolean stopped = serve.waitFor(60, TimeUnit.SECONDS);
            long stopMillis = (System.nanoTime() - t1) / 1_000_000;
            assertTrue(stopped, "the server did not stop within 60 s of SIGTERM");
            System.out.printf("airkg serve --timeout 5: runaway regex answered in %d ms; stopped %d ms after SIGTERM"
                    + " during a long query%n", regexMillis, stopMillis);
            try (Stream<Path> beside = Files.list(root)) {
                assertEquals(List.of("home", "logs", "tdb2"), beside.map(p -> p.getFileName().toString()).sorted()
                        .filter(n -> !n.equals("tdb2.lock")).toList(), "serve wrote beside the store");
            }
        } finally {
            serve.destroyForcibly();
            reader.join(10_000);
        }
    }

    private static void drain(Process process, BlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException ended) {
            // The process ended.
        }
    }

    /** The port from the line "UI: http://127.0.0.1:PORT/" that serve prints when it is ready. */
    private static int awaitPort(BlockingQueue<String> lines) throws InterruptedException {
        Pattern ui = Pattern.compile("UI:\\s+http://127\\.0\\.0\\.1:(\\d+)/");
        StringBuilder seen = new StringBuilder();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                seen.append(line).append('\n');
                Matcher m = ui.matcher(line);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        }
        assertNotNull(null, "serve did not print its URL within 120 s:\n" + seen);
        return -1;
    }
}
