package org.airkg.serve;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.query.QueryCancelledException;

/**
 * Servlet filter on the dataset's endpoints that makes every answer whole before anything of it is sent, so
 * that a client never gets a success status with a body cut short.
 *
 * <p>The servlet writes into an {@link Answer} in memory through a {@link BufferedResponse}. When it has
 * finished, the status, the headers with the exact {@code Content-Length}, and the body are sent. An answer
 * that crossed its row or byte cap ({@link AnswerLimits}), found the server's {@link AnswerBudget} spent, or ran
 * out of the query time (seen by {@link CappedRowSet} while rows are written, where Fuseki would have sent the rows
 * so far and an in-band marker, or answered 503 by Fuseki before any row) becomes a 503 with one line of text saying
 * why; {@code Retry-After} only when waiting may help.
 *
 * <p>The body is sent with non-blocking writes (servlet async I/O), so a client that stops reading holds a
 * connection and its answer's memory, not a worker thread, and only for
 * {@link AnswerLimits#writeTimeout()}: then the connection is closed.
 */
final class AnswerBuffer implements Filter {

    /** The status of a refused or cancelled answer, as Fuseki answers a query cancelled by its timeout. */
    static final int REFUSED = HttpServletResponse.SC_SERVICE_UNAVAILABLE;

    /**
     * The last line Fuseki writes into an answer its timeout cut (with status 400 set too late to be sent); a
     * backstop for a cancellation {@link CappedRowSet} did not see.
     */
    static final String FUSEKI_CANCELLED = "##  ****          Incomplete results           ****   ##"
            + System.lineSeparator();

    /** Seconds a client refused for want of memory is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 1;

    private final AnswerLimits limits;
    private final AnswerBudget budget;
    private final Duration queryTimeout;

    AnswerBuffer(AnswerLimits limits, AnswerBudget budget, Duration queryTimeout) {
        this.limits = limits;
        this.budget = budget;
        this.queryTimeout = queryTimeout;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        Answer answer = new Answer(limits.maxBytes(), budget, queryTimeout);
        req.setAttribute(Answer.ATTRIBUTE, answer);
        BufferedResponse buffered = new BufferedResponse(res, answer);
        try {
            chain.doFilter(req, buffered);
            buffered.finish();
        } catch (QueryCancelledException e) {
            answer.timedOut();
        } catch (IOException | ServletException | RuntimeException e) {
            if (answer.refusal() == null) {
                answer.release();
                throw e;
            }
        }
        if (answer.refusal() == null && (buffered.getStatus() == REFUSED || answer.endsWith(FUSEKI_CANCELLED))) {
            answer.timedOut();
        }
        Answer.Refusal refusal = answer.refusal();
        if (refusal != null) {
            refuse(res, refusal);
        } else {
            send(req, res, answer);
        }
    }

    /** A 503 with the reason as text; small enough to go out with the response's own buffer. */
    private static void refuse(HttpServletResponse res, Answer.Refusal refusal) throws IOException {
        byte[] text = (refusal.reason() + "\n").getBytes(StandardCharsets.UTF_8);
        res.setStatus(REFUSED);
        res.setContentType("text/plain;charset=utf-8");
        res.setHeader("Content-Disposition", null);
        if (refusal.retryLater()) {
            res.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }
        res.setContentLength(text.length);
        res.getOutputStream().write(text);
    }

    /** Sends the whole answer: without blocking when the request allows it, else with blocking writes. */
    private void send(HttpServletRequest req, HttpServletResponse res, Answer answer) throws IOException {
        res.setContentLengthLong(answer.size());
        if (answer.size() == 0) {
            answer.release();
            return;
        }
        if (!req.isAsyncSupported()) {
            try {
                ServletOutputStream out = res.getOutputStream();
                for (int i = 0; i < answer.chunkCount(); i++) {
                    out.write(answer.chunk(i), 0, answer.chunkLength(i));
                }
            } finally {
                answer.release();
            }
            return;
        }
        AsyncContext async = req.startAsync(req, res);
        async.setTimeout(limits.writeTimeout().toMillis());
        AnswerWriter writer = new AnswerWriter(answer, async, res.getOutputStream());
        async.addListener(writer);
        res.getOutputStream().setWriteListener(writer);
    }
}
