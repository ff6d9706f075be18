package org.airkg.serve;

import java.time.Duration;

/**
 * What one request may take from the server: rows and bytes of its answer, requests in flight from one client
 * address, and the time to send the answer once it is ready. Every answer is made whole in memory before its
 * status is sent ({@link AnswerBuffer}), so these limits are what keeps that memory bounded.
 *
 * <p>The defaults are those of a public endpoint (DBpedia's caps a SELECT at 10,000 rows, for instance); a
 * client cannot raise them. Example:
 *
 * <pre>{@code
 * AnswerLimits limits = AnswerLimits.defaults().withMaxRows(50_000);
 * }</pre>
 *
 * @param maxRows the most rows a SELECT may answer; one more and the request answers 503, not a cut list
 * @param maxBytes the most bytes any answer may have (results, graph, error text); one more and the request
 *     answers 503
 * @param requestsPerClient the most requests from one client address being answered at once (until the last byte
 *     of the answer is sent); more answer 429 with {@code Retry-After}
 * @param writeTimeout the longest the server spends sending a ready answer to a client that reads slowly or
 *     not at all; then it closes the connection
 */
public record AnswerLimits(long maxRows, long maxBytes, int requestsPerClient, Duration writeTimeout) {

    /** A public endpoint's cap on rows. */
    public static final long DEFAULT_MAX_ROWS = 10_000;

    /** A public endpoint's cap on bytes: 16 MB, about 50,000 rows of CSV of this graph. */
    public static final long DEFAULT_MAX_BYTES = 16_000_000;

    /** Requests from one address at once: enough for a UI and a script, too few to take the worker pool. */
    public static final int DEFAULT_REQUESTS_PER_CLIENT = 32;

    /** Time to send a ready answer: 16 MB needs 3.2 MB/s. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(5);

    /** Checks every value and fails with a plain sentence on the first bad one. */
    public AnswerLimits {
        if (maxRows < 1) {
            throw new IllegalArgumentException("Row cap " + maxRows + " is not positive; give at least 1.");
        }
        if (maxBytes < 1024) {
            throw new IllegalArgumentException("Byte cap " + maxBytes + " is below 1024; an error message needs that.");
        }
        if (requestsPerClient < 1) {
            throw new IllegalArgumentException(
                    "Requests per client " + requestsPerClient + " is not positive; give at least 1.");
        }
        if (writeTimeout == null || writeTimeout.toMillis() < 1) {
            throw new IllegalArgumentException(
                    "Write timeout " + writeTimeout + " is not positive; give at least one millisecond.");
        }
    }

    /** Every default. */
    public static AnswerLimits defaults() {
        return new AnswerLimits(DEFAULT_MAX_ROWS, DEFAULT_MAX_BYTES, DEFAULT_REQUESTS_PER_CLIENT, DEFAULT_WRITE_TIMEOUT);
    }

    /** These limits with another row cap. */
    public AnswerLimits withMaxRows(long rows) {
        return new AnswerLimits(rows, maxBytes, requestsPerClient, writeTimeout);
    }

    /** These limits with another byte cap. */
    public AnswerLimits withMaxBytes(long bytes) {
        return new AnswerLimits(maxRows, bytes, requestsPerClient, writeTimeout);
    }

    /** These limits with another number of requests per client. */
    public AnswerLimits withRequestsPerClient(int requests) {
        return new AnswerLimits(maxRows, maxBytes, requests, writeTimeout);
    }

    /** These limits with another write timeout. */
    public AnswerLimits withWriteTimeout(Duration timeout) {
        return new AnswerLimits(maxRows, maxBytes, requestsPerClient, timeout);
    }
}
