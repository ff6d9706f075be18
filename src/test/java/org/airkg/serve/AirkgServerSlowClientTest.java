package org.airkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that send a query and stop reading its answer hold no worker thread and are disconnected after the write
 * timeout, while {@code ASK {}} from another connection is answered; one address's requests in flight are bounded.
 */
class AirkgServerSlowClientTest {

    private static final int ATTACKERS = 16;
    /** Long enough that every non-reading client is still being answered when the ASK is sent. */
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

    /** About 11 MB of TSV: far more than the kernel buffers of a connection whose client reads nothing. */
    private static final String LARGE = "SELECT * { ?a ?b ?c . ?d ?e ?f } LIMIT 60000";

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^Content-Length:\\s*(\\d+)");

    private DatasetGraph dataset;
    private AirkgServer server;
    private final List<Socket> sockets = java.util.Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService pool = Executors.newFixedThreadPool(ATTACKERS);

    private Http start(String name, AnswerLimits limits) {
        dataset = TestKg.dataset();
        server = AirkgServer.start(TestKg.settings(name, Duration.ofSeconds(30)).limits(limits).build(), dataset);
        return new Http(server.uiUrl());
    }

    @AfterEach
    void stop() throws IOException {
        pool.shutdownNow();
        for (Socket s : sockets) {
            s.close();
        }
        TestKg.stop(server, dataset);
    }

    /** A connection that sends the large query, reads the status line and headers of its answer, and stops. */
    private String nonReader() {
        try {
            Socket socket = new Socket();
            sockets.add(socket);
            socket.setReceiveBufferSize(8192);
            socket.setSoTimeout(60_000);
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            String request = "GET /airkg/sparql?query=" + Http.encode(LARGE) + " HTTP/1.1\r\nHost: 127.0.0.1:"
                    + server.port() + "\r\nAccept: text/tab-separated-values\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.write(b);
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (!text.startsWith("HTTP/1.1 200")) {
                byte[] body = new byte[200];
                int n = in.read(body);
                text += new String(body, 0, Math.max(n, 0), StandardCharsets.UTF_8);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads what is left until the server closes the connection; the bound only guards against a hang. */
    private static long drain(Socket socket) throws IOException {
        long n = 0;
        byte[] buffer = new byte[65536];
        try {
            for (int r; (r = socket.getInputStream().read(buffer)) >= 0; ) {
                n += r;
            }
        } catch (SocketException reset) {
            // Closed with data unread: a reset is as good as an end.
        }
        return n;
    }

    @Test
    void nonReadingClientsHoldNoThreadAndAskIsAnswered() throws Exception {
        Http http = start("slow-readers", AnswerLimits.defaults().withMaxRows(1_000_000).withMaxBytes(64_000_000)
                .withWriteTimeout(WRITE_TIMEOUT));
        assertEquals(200, http.query("/airkg/sparql", "ASK {}").statusCode(), "warm-up");
        int idleBusy = server.busyThreads();
        long length = -1;
        List<CompletableFuture<String>> heads = new ArrayList<>();
        for (int i = 0; i < ATTACKERS; i++) {
            heads.add(CompletableFuture.supplyAsync(this::nonReader, pool));
        }
        for (CompletableFuture<String> future : heads) {
            String head = future.get(120, TimeUnit.SECONDS);
            assertTrue(head.startsWith("HTTP/1.1 200"), head);
            Matcher m = CONTENT_LENGTH.matcher(head);
            assertTrue(m.find(), head);
            length = Long.parseLong(m.group(1));
        }
        long sentAt = System.nanoTime();
        int attackBusy = server.busyThreads();
        long t0 = System.nanoTime();
        HttpResponse<String> ask = http.query("/airkg/sparql", "ASK {}");
        long askMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("AirkgServer: %d clients not reading %d-byte answers; busy threads %d (idle %d); ASK {} in %d ms%n",
                ATTACKERS, length, attackBusy, idleBusy, askMillis);
        assertEquals(200, ask.statusCode(), ask.body());
        assertTrue(Http.json(ask.body()).path("boolean").asBoolean(false), ask.body());
        assertTrue(length > 8_000_000, "answers too small to stall: " + length);
        assertTrue(attackBusy - idleBusy < ATTACKERS / 2, "non-reading clients hold threads: " + attackBusy
                + " busy, " + idleBusy + " when idle");
        // A client that starts reading within the write timeout gets its whole answer; these start after it.
        Thread.sleep(WRITE_TIMEOUT.plusSeconds(2).toMillis());
        for (int i = 0; i < sockets.size(); i++) {
            long read = drain(sockets.get(i));
            assertTrue(read < length, "the whole answer was sent to client " + i + ", which read nothing for "
                    + WRITE_TIMEOUT.plusSeconds(2) + ": " + read);
        }
        System.out.printf("AirkgServer: all %d non-reading clients disconnected %d ms after their answers were ready"
                + " (write timeout %d ms)%n", ATTACKERS, (System.nanoTime() - sentAt) / 1_000_000, WRITE_TIMEOUT.toMillis());
    }

    @Test
    void oneAddressHasBoundedRequestsInFlight() throws Exception {
        Http http = start("per-client", AnswerLimits.defaults().withMaxRows(1_000_000).withMaxBytes(64_000_000)
                .withRequestsPerClient(4).withWriteTimeout(Duration.ofSeconds(60)));
        for (int i = 0; i < 4; i++) {
            String head = nonReader();
            assertTrue(head.startsWith("HTTP/1.1 200"), head);
        }
        HttpResponse<String> refused = http.query("/airkg/sparql", "ASK {}");
        assertEquals(429, refused.statusCode(), refused.body());
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
        assertEquals("This client has 4 requests being answered, this server's limit; wait for them.\n", refused.body());
        for (Socket socket : sockets) {
            drain(socket);
        }
        HttpResponse<String> after = http.query("/airkg/sparql", "ASK {}");
        assertEquals(200, after.statusCode(), "the slots were not given back: " + after.body());
    }
}
