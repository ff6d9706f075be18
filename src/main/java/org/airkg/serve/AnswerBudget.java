package org.airkg.serve;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes all answers being made or sent may hold in memory at once, shared by every request of one server.
 * An answer takes its bytes as it grows and gives them back when it has been sent; an answer that finds the
 * budget spent is refused with 503 and {@code Retry-After}, so that many large answers at once cannot run the
 * server out of heap.
 */
final class AnswerBudget {

    /** The share of the JVM's maximum heap that answers may hold. */
    static final int HEAP_SHARE_PERCENT = 25;

    private final long total;
    private final AtomicLong free;

    AnswerBudget(long total) {
        if (total < 1) {
            throw new IllegalArgumentException("An answer budget of " + total + " bytes is not positive.");
        }
        this.total = total;
        this.free = new AtomicLong(total);
    }

    /** {@value #HEAP_SHARE_PERCENT}% of the JVM's maximum heap. */
    static AnswerBudget ofHeap() {
        return new AnswerBudget(Runtime.getRuntime().maxMemory() / 100 * HEAP_SHARE_PERCENT);
    }

    /** The whole budget in bytes. */
    long total() {
        return total;
    }

    /** The bytes not taken now. */
    long free() {
        return free.get();
    }

    /** Takes {@code bytes} if that many are free; false, taking nothing, if not. */
    boolean take(long bytes) {
        long before;
        do {
            before = free.get();
            if (before < bytes) {
                return false;
            }
        } while (!free.compareAndSet(before, before - bytes));
        return true;
    }

    /** Gives back bytes taken before. */
    void giveBack(long bytes) {
        free.addAndGet(bytes);
    }
}
