package org.airkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.airkg.build.DocumentChange;
import org.airkg.rdf.Iris;
import org.airkg.serve.ServerSettings;

/**
 * A served corpus of a few seed documents in a temporary folder, for the tests of live updates: the store options
 * {@code serve} would take, the server started through {@link Serving}, and a client counting the triples of a
 * document's graph and of all graphs in one query (one snapshot), from a thread that keeps asking while a change lands.
 */
final class LiveFixture {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final Path dir;
    final StoreOptions store = new StoreOptions();

    /** A corpus of {@code names} (seed documents) in {@code dir}/corpus, to be stored in {@code dir}/tdb2. */
    LiveFixture(Path dir, List<String> names) throws IOException {
        this.dir = dir;
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (String name : names) {
            Files.copy(seed(name), corpus.resolve(name));
        }
        store.store = dir.resolve("tdb2");
        store.corpus = corpus;
        store.ontology = Path.of("ontology/airkg.ttl");
        store.rules = Path.of("rules/relations");
        store.lexicon = Path.of("data/lexicon");
        store.vocab = Path.of("data/vocab");
        store.shapes = Path.of("ontology/shapes.ttl");
        store.catalogue = Path.of("queries");
    }

    static Path seed(String name) {
        return Path.of("data/corpus").resolve(name);
    }

    Path corpus() {
        return store.corpus;
    }

    /** Serves the store (building it first) on a free port of 127.0.0.1, as {@code serve} does with these options. */
    Serving serve(Path passwordFile, Serving.Live live, Consumer<DocumentChange> listener) throws IOException {
        ServerSettings settings = ServerSettings.builder().port(0).fusekiBase(dir.resolve("fuseki")).updatePasswordFile(passwordFile)
                .queryTimeout(Duration.ofSeconds(60)).build();
        StringWriter out = new StringWriter();
        return Serving.start(store, settings, live, 2, new PrintWriter(out), new PrintWriter(out), listener);
    }

    /** The triples of the document's graph and of all graphs, in one query. */
    record Counts(long document, long all) {}

    Counts counts(Serving serving, String fileName) throws IOException, InterruptedException {
        String graph = Iris.documentGraph(fileName.substring(0, fileName.lastIndexOf('.')));
        String query = "SELECT ?doc ?all { { SELECT (COUNT(*) AS ?doc) { GRAPH <" + graph + "> { ?s ?p ?o } } }"
                + " { SELECT (COUNT(*) AS ?all) { GRAPH ?g { ?s ?p ?o } } } }";
        HttpRequest request = HttpRequest.newBuilder(URI.create(serving.server().datasetUrl() + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode row = JSON.readTree(response.body()).path("results").path("bindings").get(0);
        return new Counts(row.path("doc").path("value").asLong(), row.path("all").path("value").asLong());
    }

    /**
     * Runs {@code change} while another thread counts the triples of {@code fileName}'s graph and of all graphs without
     * pause; {@code change} returns once the store has the change. Asserts that every answer is the count before or
     * the count after, never one between, and returns the counts after.
     */
    Counts whileQuerying(Serving serving, String fileName, Change change) throws Exception {
        Counts before = counts(serving, fileName);
        ConcurrentLinkedQueue<Counts> seen = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            try {
                while (!stop.get()) {
                    seen.add(counts(serving, fileName));
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        }, "live-update-reader");
        reader.start();
        try {
            change.run();
        } finally {
            stop.set(true);
            reader.join(Duration.ofSeconds(120).toMillis());
        }
        assertTrue(failures.isEmpty(), () -> "the reader failed: " + failures);
        Counts after = counts(serving, fileName);
        List<Counts> allowed = List.of(before, after);
        for (Counts c : seen) {
            assertTrue(allowed.contains(c), "an answer counted " + c + ", neither the store before " + before + " nor after " + after);
        }
        assertTrue(!seen.isEmpty(), "the reader asked at least once");
        System.out.printf("%s: %d answers while the change landed, %d of them before it, %s -> %s%n", fileName, seen.size(),
                seen.stream().filter(before::equals).count(), before, after);
        return after;
    }

    /** A change to the store that returns once the store has it. */
    interface Change {
        void run() throws Exception;
    }
}
