package org.airkg.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.airkg.store.TdbStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;

/**
 * Kills the server under load, and a build, with SIGKILL at random moments, each in its own process started from
 * the jar this runs from, and after each checks that the store opens and holds the same triples and graphs as
 * before. The build trials build into a copy of the store, so the store served is never touched.
 */
final class ServeFaults {

    /** What a store holds, compared before and after each kill. */
    record Counts(long quads, long distinct, long graphs) {}

    private final Path store;
    private final PrintWriter out;
    private final Random random;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    ServeFaults(Path store, PrintWriter out, long seed) {
        this.store = store;
        this.out = out;
        this.random = new Random(seed);
    }

    /** The counts of a store, opened and closed again. */
    static Counts counts(Path dir) {
        Dataset dataset = TdbStore.open(dir);
        try {
            return Txn.calculateRead(dataset, () -> new Counts(
                    dataset.asDatasetGraph().stream().count(),
                    dataset.asDatasetGraph().getUnionGraph().size(),
                    org.apache.jena.atlas.iterator.Iter.count(dataset.asDatasetGraph().listGraphNodes())));
        } finally {
            TdbStore.close(dataset);
        }
    }

    /** {@code trials} servers killed under load, then {@code buildTrials} builds killed. */
    void run(int trials, int buildTrials) throws Exception {
        Counts before = counts(store);
        out.printf(Locale.ROOT, "faults: store %s holds %d quads, %d distinct triples, %d graphs%n", store,
                before.quads(), before.distinct(), before.graphs());
        out.flush();
        for (int t = 1; t <= trials; t++) {
            int port = freePort();
            Process server = start(List.of("serve", "--store", store.toString(), "--port", Integer.toString(port),
                    "--timeout", "2"), "AIR-KG is served.");
            long loadMillis = 500 + random.nextInt(3000);
            long answered = load(port, 8, loadMillis);
            server.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            Counts after = counts(store);
            out.printf(Locale.ROOT, "faults: server %d/%d killed (SIGKILL) after %d ms of load from 8 clients (%d answers);"
                    + " store %s%n", t, trials, loadMillis, answered, verdict(before, after));
            out.flush();
        }
        if (buildTrials > 0) {
            Path copy = store.resolveSibling(store.getFileName() + "-faults");
            copyStore(store, copy);
            for (int t = 1; t <= buildTrials; t++) {
                long killAfter = 1000 + random.nextInt(90_000);
                Path log = copy.resolveSibling(copy.getFileName() + "-build-" + t + ".log");
                Process build = startLogged(List.of("build", "--store", copy.toString()), log);
                boolean ended = build.waitFor(killAfter, TimeUnit.MILLISECONDS);
                if (!ended) {
                    build.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
                }
                Counts after = counts(copy);
                out.printf(Locale.ROOT, "faults: build %d/%d %s; store %s%n", t, buildTrials,
                        ended ? "ended by itself (exit " + build.exitValue() + ", its output in " + log + ") before " + killAfter + " ms"
                                : "killed (SIGKILL) after " + killAfter + " ms", verdict(before, after));
                out.flush();
            }
        }
    }

    private static String verdict(Counts before, Counts after) {
        return before.equals(after) ? "opens with the same counts" : "CHANGED: " + after + " against " + before;
    }

    /** Starts {@code airkg ARGS} from this jar, its output written to {@code log}. */
    private Process startLogged(List<String> args, Path log) throws IOException {
        return new ProcessBuilder(command(args)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static List<String> command(List<String> args) {
        Path jar = Path.of(ServeFaults.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("stage faults runs from the jar (./airkg bench ...), not from " + jar);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toString()));
        command.addAll(args);
        return command;
    }

    /** Starts {@code airkg ARGS} from this jar; waits for a line containing {@code ready} if given. */
    private Process start(List<String> args, String ready) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(args)).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        AtomicBoolean seen = new AtomicBoolean(ready == null);
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (ready != null && line.contains(ready)) {
                        synchronized (seen) {
                            seen.set(true);
                            seen.notifyAll();
                        }
                    }
                }
            } catch (IOException ended) {
                // The process was killed.
            }
        }, "faults-output");
        reader.setDaemon(true);
        reader.start();
        synchronized (seen) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (!seen.get() && process.isAlive() && System.nanoTime() < until) {
                seen.wait(1000);
            }
        }
        if (!seen.get()) {
            process.destroyForcibly();
            throw new IllegalStateException("airkg " + String.join(" ", args) + " did not print '" + ready + "'");
        }
        return process;
    }

    /** {@code clients} clients running a count query for {@code millis}; the number of answers. */
    private long load(int port, int clients, long millis) throws InterruptedException {
        LongAdder answered = new LongAdder();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        String query = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/airkg/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).GET().build();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        http.send(request, HttpResponse.BodyHandlers.discarding());
                        answered.increment();
                    } catch (IOException e) {
                        return;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return answered.sum();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copyStore(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> walk = Files.walk(to)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
