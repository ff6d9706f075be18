package org.airkg.serve;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Servlet filter that bounds the requests one client address has in flight, from the moment they arrive until the
 * last byte of their answer is sent ({@link AnswerWriter} sends it after the servlet returns); one more answers 429
 * with {@code Retry-After}. One client can then hold at most {@link AnswerLimits#requestsPerClient()} worker threads
 * and answers, whatever it sends and however slowly it reads.
 */
final class ClientLimit implements Filter {

    /** Seconds a client over its limit is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 1;

    private final int perClient;
    private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    ClientLimit(int perClient) {
        this.perClient = perClient;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = request.getRemoteAddr();
        if (!enter(client)) {
            byte[] text = ("This client has " + perClient + " requests being answered, this server's limit;"
                    + " wait for them.\n").getBytes(StandardCharsets.UTF_8);
            HttpServletResponse res = (HttpServletResponse) response;
            res.setStatus(429);
            res.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            res.setContentType("text/plain;charset=utf-8");
            res.setContentLength(text.length);
            res.getOutputStream().write(text);
            return;
        }
        boolean async = false;
        try {
            chain.doFilter(request, response);
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new Leave(client));
                async = true;
            }
        } finally {
            if (!async) {
                leave(client);
            }
        }
    }

    /** The requests of {@code client} in flight now. */
    int inFlight(String client) {
        AtomicInteger n = inFlight.get(client);
        return n == null ? 0 : n.get();
    }

    private boolean enter(String client) {
        boolean[] admitted = {false};
        inFlight.compute(client, (k, n) -> {
            AtomicInteger count = n == null ? new AtomicInteger() : n;
            if (count.get() < perClient) {
                count.incrementAndGet();
                admitted[0] = true;
            }
            return count;
        });
        return admitted[0];
    }

    private void leave(String client) {
        inFlight.computeIfPresent(client, (k, n) -> n.decrementAndGet() == 0 ? null : n);
    }

    /** Leaves when an answer sent asynchronously ends, however it ends; only once. */
    private final class Leave implements AsyncListener {
        private final String client;
        private final java.util.concurrent.atomic.AtomicBoolean left = new java.util.concurrent.atomic.AtomicBoolean();

        Leave(String client) {
            this.client = client;
        }

        private void once() {
            if (left.compareAndSet(false, true)) {
                leave(client);
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
            once();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            once();
        }

        @Override
        public void onError(AsyncEvent event) {
            once();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // Not restarted.
        }
    }
}
