package org.airkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.airkg.query.CatalogQuery;
import org.airkg.serve.AirkgServer;
import org.airkg.serve.ServerSettings;
import org.airkg.store.TdbStore;
import org.apache.jena.query.Dataset;

/**
 * Loads a server on loopback with the query catalogue and reports what a user of it would see: each query's
 * median time when the server is idle, then {@code clients} clients running the catalogue round and round for
 * {@code seconds} (queries per second, median, p95 and p99 per query and overall, answers by status, errors), and
 * the memory of the process meanwhile (resident set from {@code /proc/self/status}, heap). The clients run in the
 * server's JVM, so the resident set is of both; they are {@code java.net.http} clients and hold little.
 */
final class ServeBench {

    /** Runs of each query, one after another, for its idle median. */
    static final int IDLE_RUNS = 9;
    /**
     * Untimed rounds of the whole catalogue before the idle runs, so that the medians are of a server whose code the
     * JIT has compiled, as a server that has answered for a while, not of the first requests after start: at least
     * {@value #WARM_ROUNDS}, then more until a round in which the JIT compiled for less than a tenth of the round's
     * time (its compilers' time, from the JVM), at most {@value #MAX_WARM_ROUNDS}: after 3 rounds the JIT was still
     * compiling for most of the idle runs (7.9 s of compilation while they ran, 2 cores), and the medians of the
     * three largest answers were about twice those after the JIT had settled (33 rounds), on the same load.
     */
    static final int WARM_ROUNDS = 3;
    /** The most untimed rounds of the catalogue before the idle runs. */
    static final int MAX_WARM_ROUNDS = 40;
    /**
     * Untimed runs of each query just before its idle runs: the JIT compiles again when one large answer follows
     * another (165 ms of compilation per run of entities-by-documents after a single untimed run, on a loaded machine).
     */
    static final int QUERY_WARM_RUNS = 3;

    private final AirkgServer server;
    private final List<CatalogQuery> queries;
    private final PrintWriter out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    ServeBench(AirkgServer server, List<CatalogQuery> queries, PrintWriter out) {
        this.server = server;
        this.queries = List.copyOf(queries);
        this.out = out;
    }

    /** One answer: its status (-1 for an I/O error) and how long it took. */
    record Answer(int status, long nanos) {}

    /** Serves {@code store} on a free loopback port and runs the idle, load and attack phases against it. */
    static void run(Path store, Path catalogue, double timeoutSeconds, int clients, int seconds, int nonReaders,
            PrintWriter out) throws Exception {
        List<CatalogQuery> queries = new org.airkg.query.QueryCatalog(catalogue).list();
        ServerSettings settings = ServerSettings.builder().host("127.0.0.1").port(0)
                .queryTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                .fusekiBase(Files.createDirectories(Path.of("target", "airkg", "bench-fuseki")).toAbsolutePath())
                .build();
        Dataset dataset = TdbStore.open(store);
        try (AirkgServer server = AirkgServer.start(settings, dataset.asDatasetGraph())) {
            out.println(String.format(Locale.ROOT, "serve bench: %s on %s, %d catalogue queries, timeout %.1f s, limits %s,"
                    + " -Xmx %d MB, %d cores", store, server.datasetUrl(), queries.size(), timeoutSeconds,
                    settings.limits(), Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors()));
            out.flush();
            ServeBench bench = new ServeBench(server, queries, out);
            bench.idle();
            bench.load(clients, seconds);
            if (nonReaders > 0) {
                new ServeAttack(bench, server.port(), out).run(nonReaders);
            }
        } finally {
            TdbStore.close(dataset);
        }
    }

    /** Sends one query for JSON results and reads its whole answer. */
    Answer send(String sparql) {
        return send(sparql, "application/sparql-results+json");
    }

    /** Sends one query and reads its whole answer. */
    Answer send(String sparql, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), System.nanoTime() - t0);
        } catch (IOException e) {
            return new Answer(-1, System.nanoTime() - t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, System.nanoTime() - t0);
        }
    }

    /**
     * Each query {@value #IDLE_RUNS} times on an idle server, after untimed rounds of the catalogue until the JIT is
     * nearly done (see {@link #WARM_ROUNDS}) and {@value #QUERY_WARM_RUNS} untimed runs of the query; prints the
     * medians and the CPU time per run.
     */
    void idle() {
        int rounds = 0;
        boolean compiling = true;
        while (rounds < MAX_WARM_ROUNDS && (rounds < WARM_ROUNDS || compiling)) {
            long t0 = System.nanoTime();
            long jit0 = compilationMillis();
            queries.forEach(q -> send(q.sparql()));
            compiling = (compilationMillis() - jit0) * 10 > (System.nanoTime() - t0) / 1_000_000;
            rounds++;
        }
        Map<String, Double> medians = new TreeMap<>();
        Map<String, Double> cpu = new TreeMap<>();
        for (CatalogQuery q : queries) {
            for (int i = 0; i < QUERY_WARM_RUNS; i++) {
                send(q.sparql());
            }
            List<Long> times = new ArrayList<>();
            long cpu0 = processCpuNanos();
            for (int i = 0; i < IDLE_RUNS; i++) {
                Answer a = send(q.sparql());
                if (a.status() != 200) {
                    out.printf(Locale.ROOT, "idle: %s answered %d%n", q.name(), a.status());
                }
                times.add(a.nanos());
            }
            medians.put(q.name(), percentile(times, 50) / 1e6);
            cpu.put(q.name(), (processCpuNanos() - cpu0) / 1e6 / IDLE_RUNS);
        }
        StringBuilder line = new StringBuilder("idle medians (ms, " + IDLE_RUNS + " runs each after " + rounds
                + " rounds of the catalogue):");
        medians.forEach((name, ms) -> line.append(String.format(Locale.ROOT, " %s %.1f;", name, ms)));
        out.println(line);
        StringBuilder cpuLine = new StringBuilder("idle CPU time of this JVM per run (ms; server and client"
                + " threads, collector and compiler included):");
        cpu.forEach((name, ms) -> cpuLine.append(String.format(Locale.ROOT, " %s %.1f;", name, ms)));
        out.println(cpuLine);
        String slowest = Collections.max(medians.entrySet(), Map.Entry.comparingByValue()).getKey();
        out.printf(Locale.ROOT, "idle: slowest median %s %.1f ms; %d of %d queries under 50 ms%n", slowest,
                medians.get(slowest), medians.values().stream().filter(ms -> ms < 50).count(), medians.size());
        out.flush();
    }

    /** {@code clients} clients, each running the catalogue round and round from its own start, for {@code seconds}. */
    void load(int clients, int seconds) throws InterruptedException {
        Map<String, List<Long>> times = new ConcurrentHashMap<>();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        Map<String, LongAdder> failed = new ConcurrentHashMap<>();
        Memory memory = new Memory();
        memory.sample();
        long rssBefore = memory.rss();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int start = c;
            running.add(pool.submit(() -> {
                for (int i = start; System.nanoTime() < end; i++) {
                    CatalogQuery q = queries.get(i % queries.size());
                    Answer a = send(q.sparql());
                    times.computeIfAbsent(q.name(), k -> Collections.synchronizedList(new ArrayList<>())).add(a.nanos());
                    statuses.computeIfAbsent(a.status(), k -> new LongAdder()).increment();
                    if (a.status() != 200) {
                        failed.computeIfAbsent(q.name(), k -> new LongAdder()).increment();
                    }
                }
            }));
        }
        AtomicLong busiest = new AtomicLong();
        Future<?> sampler = pool.submit(() -> {
            while (System.nanoTime() < end) {
                memory.sample();
                busiest.accumulateAndGet(server.busyThreads(), Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a bench client failed: " + e.getCause(), e.getCause());
            }
        }
        sampler.cancel(true);
        pool.shutdownNow();
        List<Long> all = new ArrayList<>();
        times.values().forEach(all::addAll);
        long errors = statuses.entrySet().stream().filter(e -> e.getKey() != 200).mapToLong(e -> e.getValue().sum()).sum();
        out.printf(Locale.ROOT, "load: %d clients x %d s: %d queries, %.1f queries/s, median %.0f ms, p95 %.0f ms,"
                        + " p99 %.0f ms; answers %s; errors %d%n", clients, seconds, all.size(), all.size() / (double) seconds,
                percentile(all, 50) / 1e6, percentile(all, 95) / 1e6, percentile(all, 99) / 1e6,
                new TreeMap<>(statuses).toString().replace("-1=", "io-error="), errors);
        out.printf("%-34s %7s %9s %9s %9s %7s%n", "query", "n", "p50 ms", "p95 ms", "p99 ms", "not 200");
        new TreeMap<>(times).forEach((name, list) -> out.printf(Locale.ROOT, "%-34s %7d %9.0f %9.0f %9.0f %7d%n", name,
                list.size(), percentile(list, 50) / 1e6, percentile(list, 95) / 1e6, percentile(list, 99) / 1e6,
                failed.containsKey(name) ? failed.get(name).sum() : 0));
        out.printf(Locale.ROOT, "memory: resident %s MB before, %s MB at most during the load; heap used at most %d MB of"
                        + " %d MB (-Xmx), %d MB after the load and a GC; busy worker threads at most %d%n",
                mb(rssBefore), mb(memory.peakRss()), memory.peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20,
                Memory.heapAfterGc() >> 20, busiest.get());
        out.flush();
    }

    /** Milliseconds the JIT compilers have spent compiling in this JVM, or -1 where it does not say. */
    static long compilationMillis() {
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    /** The CPU time this JVM has used, all threads together; -1 where the platform does not say. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    static double percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : Long.toString(bytes >> 20);
    }

    /** The largest resident set and heap use seen, sampled by the caller. */
    static final class Memory {
        private final AtomicLong peakRss = new AtomicLong(-1);
        private final AtomicLong peakHeap = new AtomicLong();

        void sample() {
            peakRss.accumulateAndGet(rss(), Math::max);
            Runtime r = Runtime.getRuntime();
            peakHeap.accumulateAndGet(r.totalMemory() - r.freeMemory(), Math::max);
        }

        long peakRss() {
            return peakRss.get();
        }

        long peakHeap() {
            return peakHeap.get();
        }

        /** The process's resident set in bytes, or -1 where {@code /proc/self/status} does not say. */
        long rss() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return -1;
            }
            return -1;
        }

        static long heapAfterGc() {
            System.gc();
            Runtime r = Runtime.getRuntime();
            return r.totalMemory() - r.freeMemory();
        }
    }
}
