package org.airkg.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryCancelledException;

/**
 * The body of one answer, held in memory in chunks until it is complete, and why it was refused if it was.
 *
 * <p>Bytes beyond the request's cap ({@link AnswerLimits#maxBytes()}) or beyond the server's
 * {@link AnswerBudget} refuse the answer: the write that crosses the line throws a
 * {@link QueryCancelledException}, which stops the query the way its timeout does, and later writes are dropped.
 * A row cap found elsewhere ({@link CappedRowSet}) refuses it the same way.
 */
final class Answer {

    /** The request attribute under which the answer of a request is found. */
    static final String ATTRIBUTE = Answer.class.getName();

    /** Chunk size: large enough that a 16 MB answer is 256 chunks, small enough to waste little of the budget. */
    static final int CHUNK = 64 * 1024;

    /** Why an answer was refused, and whether retrying later may help. */
    record Refusal(String reason, boolean retryLater) {}

    private final long maxBytes;
    private final AnswerBudget budget;
    private final java.time.Duration queryTimeout;
    private final List<byte[]> chunks = new ArrayList<>();
    private int lastUsed = CHUNK;
    private long size;
    private long taken;
    private volatile Refusal refusal;

    Answer(long maxBytes, AnswerBudget budget, java.time.Duration queryTimeout) {
        this.maxBytes = maxBytes;
        this.budget = budget;
        this.queryTimeout = queryTimeout;
    }

    /** Refuses the answer because its query ran out of time (the bytes so far would be a cut answer). */
    void timedOut() {
        refuse(new Refusal("The query ran longer than this server's limit of " + queryTimeout.toMillis() / 1000.0
                + " s and was cancelled; no partial answer is sent.", false));
    }

    /** Appends bytes; throws {@link QueryCancelledException} when they cross the cap or the budget. */
    void write(byte[] bytes, int offset, int length) {
        if (refusal != null) {
            return;
        }
        if (size + length > maxBytes) {
            refuse(new Refusal("The answer is larger than this server's cap of " + maxBytes
                    + " bytes; ask for less (LIMIT, fewer variables, a narrower pattern).", false));
            throw new QueryCancelledException();
        }
        int done = 0;
        while (done < length) {
            if (lastUsed == CHUNK) {
                if (!budget.take(CHUNK)) {
                    refuse(new Refusal("The server holds as many answers as its memory allows; try again shortly.",
                            true));
                    throw new QueryCancelledException();
                }
                taken += CHUNK;
                chunks.add(new byte[CHUNK]);
                lastUsed = 0;
            }
            int n = Math.min(CHUNK - lastUsed, length - done);
            System.arraycopy(bytes, offset + done, chunks.get(chunks.size() - 1), lastUsed, n);
            lastUsed += n;
            done += n;
        }
        size += length;
    }

    /** Refuses the answer (the first reason given stands) and frees its bytes. */
    void refuse(Refusal why) {
        if (refusal == null) {
            refusal = why;
        }
        clear();
    }

    /** The reason the answer was refused, or null. */
    Refusal refusal() {
        return refusal;
    }

    /** Drops the bytes written so far (a reset of the response), keeping any refusal. */
    void clear() {
        chunks.clear();
        lastUsed = CHUNK;
        size = 0;
        release();
    }

    /** True when the answer ends with {@code tail} (as UTF-8). */
    boolean endsWith(String tail) {
        byte[] t = tail.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (t.length > size) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            long at = size - t.length + i;
            if (chunks.get((int) (at / CHUNK))[(int) (at % CHUNK)] != t[i]) {
                return false;
            }
        }
        return true;
    }

    /** Its size in bytes. */
    long size() {
        return size;
    }

    /** The number of chunks. */
    int chunkCount() {
        return chunks.size();
    }

    /** The bytes of chunk {@code i} in use. */
    int chunkLength(int i) {
        return i == chunks.size() - 1 ? lastUsed : CHUNK;
    }

    /** Chunk {@code i}. */
    byte[] chunk(int i) {
        return chunks.get(i);
    }

    /** Gives the budget back; the answer must not be read afterwards. */
    synchronized void release() {
        if (taken > 0) {
            budget.giveBack(taken);
            taken = 0;
        }
    }
}
