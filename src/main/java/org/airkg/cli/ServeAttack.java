package org.airkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The faults a public endpoint meets, against a server on loopback, while {@code ASK {}} is timed from another
 * connection: clients that send a streaming query and never read its answer, and runaway queries of every form
 * (streaming SELECT in each result format, ORDER BY, aggregate, CONSTRUCT, property path). Prints how each was
 * answered and how long the ASKs took meanwhile.
 */
final class ServeAttack {

    /** ASKs timed during the attack, one every {@value #ASK_PAUSE_MS} ms. */
    static final int ASKS = 20;
    static final int ASK_PAUSE_MS = 200;

    private static final String STREAMING = "SELECT * { ?a ?b ?c . ?d ?e ?f }";

    /** The runaway queries: name, query, result format asked for. */
    static final Map<String, String[]> RUNAWAYS = runaways();

    private static Map<String, String[]> runaways() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("streaming SELECT json", new String[] {STREAMING, "application/sparql-results+json"});
        m.put("streaming SELECT xml", new String[] {STREAMING, "application/sparql-results+xml"});
        m.put("streaming SELECT csv", new String[] {STREAMING, "text/csv"});
        m.put("streaming SELECT tsv", new String[] {STREAMING, "text/tab-separated-values"});
        m.put("ORDER BY", new String[] {STREAMING + " ORDER BY ?c ?f", "application/sparql-results+json"});
        m.put("aggregate", new String[] {"SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            "application/sparql-results+json"});
        m.put("CONSTRUCT", new String[] {"CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }", "text/turtle"});
        m.put("property path", new String[] {"SELECT (COUNT(*) AS ?n) { ?a (!<urn:airkg:none>)+ ?b }",
            "application/sparql-results+json"});
        return m;
    }

    private final ServeBench bench;
    private final int port;
    private final PrintWriter out;

    ServeAttack(ServeBench bench, int port, PrintWriter out) {
        this.bench = bench;
        this.port = port;
        this.out = out;
    }

    /** Runs the attack with {@code nonReaders} non-reading clients and every runaway query at once. */
    void run(int nonReaders) throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        List<Socket> sockets = new ArrayList<>();
        AttackWatch watch = new AttackWatch();
        try {
            List<CompletableFuture<String>> stalled = new ArrayList<>();
            for (int i = 0; i < nonReaders; i++) {
                Socket socket = new Socket();
                sockets.add(socket);
                stalled.add(CompletableFuture.supplyAsync(() -> nonReader(socket), pool));
            }
            Map<String, CompletableFuture<String>> runaways = new LinkedHashMap<>();
            RUNAWAYS.forEach((name, q) -> runaways.put(name, CompletableFuture.supplyAsync(() -> {
                long t0 = System.nanoTime();
                int status = bench.send(q[0], q[1]).status();
                return status + " after " + (System.nanoTime() - t0) / 1_000_000 + " ms";
            }, pool)));
            List<Long> asks = new ArrayList<>();
            List<Integer> askStatuses = new ArrayList<>();
            for (int i = 0; i < ASKS; i++) {
                Thread.sleep(ASK_PAUSE_MS);
                ServeBench.Answer a = bench.send("ASK {}");
                asks.add(a.nanos());
                askStatuses.add(a.status());
            }
            out.printf(Locale.ROOT, "attack: %d clients not reading '%s', %d runaway queries; ASK {} meanwhile: median"
                            + " %.0f ms, max %.0f ms over %d, statuses %s%n", nonReaders, STREAMING, RUNAWAYS.size(),
                    ServeBench.percentile(asks, 50) / 1e6, ServeBench.percentile(asks, 100) / 1e6, ASKS,
                    askStatuses.stream().distinct().sorted().toList());
            out.println("attack: ASK {} times (ms, in order): " + asks.stream().map(n -> Long.toString(n / 1_000_000)).toList());
            watch.close();
            out.println("attack: meanwhile " + watch.summary());
            Map<String, Long> heads = new java.util.TreeMap<>();
            for (CompletableFuture<String> f : stalled) {
                heads.merge(f.get(120, TimeUnit.SECONDS), 1L, Long::sum);
            }
            out.println("attack: non-reading clients got " + heads);
            for (Map.Entry<String, CompletableFuture<String>> e : runaways.entrySet()) {
                out.printf("attack: runaway %-22s answered %s%n", e.getKey(), e.getValue().get(300, TimeUnit.SECONDS));
            }
            out.flush();
        } finally {
            watch.close();
            for (Socket s : sockets) {
                s.close();
            }
            pool.shutdownNow();
        }
    }

    /** Sends the streaming query, reads the status line of the answer, then reads nothing more. */
    private String nonReader(Socket socket) {
        try {
            socket.setReceiveBufferSize(8192);
            socket.setSoTimeout(120_000);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            String request = "GET /airkg/sparql?query=" + URLEncoder.encode(STREAMING, StandardCharsets.UTF_8)
                    + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/tab-separated-values\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int b; (b = in.read()) >= 0 && b != '\r'; ) {
                line.append((char) b);
            }
            return line.toString();
        } catch (IOException e) {
            return "I/O error: " + e.getMessage();
        }
    }
}
