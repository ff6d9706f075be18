package org.airkg.serve;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryCancelledException;

/**
 * Bounds the queries that run at once, so that runaway queries cannot share the cores out among themselves while a
 * cheap query waits its turn behind them.
 *
 * <p>A query starts in a <em>first slice</em>: at most {@link #firstSlices()} queries (one per core) run in theirs at
 * once, the others wait in arrival order. A query still running after {@link #slice()} leaves the first slices (a
 * query waiting for one takes the place of any query past its slice, even one between two checks) and goes on in
 * the <em>long lane</em>: at most {@link #longLanes()} queries (one per core) run there at once, each for a slice at
 * a time, then yields to the next one waiting. So at most two queries per core run at once, the first slices are
 * never all held by long queries, and every query that finishes within its first slice (an {@code ASK}, the catalogue's queries) waits only for
 * others' first slices; long queries take turns and are cut by the query timeout as before.
 *
 * <p>Queries report to the gate through {@link Ticket#check()}, which the query engine calls as it produces
 * solutions ({@link GatedOpExecutor}); a query waits only at those calls, and gives up with
 * {@link QueryCancelledException} (answered 503 like any query out of time) when it would wait past its deadline,
 * the query timeout after it arrived. The gate holds no thread of its own.
 */
final class ExecutionGate {

    /** How long a query runs before it leaves the first slices. */
    static final Duration SLICE = Duration.ofMillis(20);

    /**
     * How long a query in the long lane runs before it yields to one waiting: long enough that a heavy catalogue query
     * ends in one turn rather than waiting for every other long query's turn between its own (with 100 ms turns, a few
     * of them ran out of time waiting when 32 clients ran the catalogue), short enough that runaways take turns.
     */
    static final Duration TURN = Duration.ofMillis(500);

    /** The longest a waiting query sleeps before it looks again for a query past its slice. */
    private static final long POLL_MILLIS = 5;

    private enum State { NEW, FIRST, PAST, LONG, DONE }

    private final int firstSlices;
    private final int longLanes;
    private final long sliceNanos;
    private final long turnNanos;
    private final Object lock = new Object();
    private final ArrayDeque<Ticket> waitingFirst = new ArrayDeque<>();
    private final ArrayDeque<Ticket> waitingLong = new ArrayDeque<>();
    private final List<Ticket> inFirst = new ArrayList<>();
    private int inLong;
    private final ThreadLocal<Ticket> current = new ThreadLocal<>();

    /**
     * A gate for {@code firstSlices} queries in their first slice (of {@code slice}) and {@code longLanes} in the long
     * lane (taking turns of {@code turn}).
     */
    ExecutionGate(int firstSlices, int longLanes, Duration slice, Duration turn) {
        if (firstSlices < 1 || longLanes < 1 || slice.isNegative() || slice.isZero() || turn.isNegative() || turn.isZero()) {
            throw new IllegalArgumentException("An execution gate needs at least one lane of each kind, and a positive slice"
                    + " and turn.");
        }
        this.firstSlices = firstSlices;
        this.longLanes = longLanes;
        this.sliceNanos = slice.toNanos();
        this.turnNanos = turn.toNanos();
    }

    /** A gate sized to this machine: a first slice and a long lane per core. */
    static ExecutionGate forCores() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ExecutionGate(cores, cores, SLICE, TURN);
    }

    int firstSlices() {
        return firstSlices;
    }

    int longLanes() {
        return longLanes;
    }

    Duration slice() {
        return Duration.ofNanos(sliceNanos);
    }

    /**
     * A ticket for the query this thread is about to run, which must give up waiting after {@code timeout}; the
     * thread's query engine finds it with {@link #current()} until it is closed.
     */
    Ticket enter(Duration timeout) {
        Ticket ticket = new Ticket(System.nanoTime() + timeout.toNanos());
        current.set(ticket);
        return ticket;
    }

    /** The ticket of the query this thread runs, or null when it runs none through the gate (an update, a test). */
    Ticket current() {
        return current.get();
    }

    /** Queries running now in their first slice and in the long lane, for tests and the bench. */
    int[] running() {
        synchronized (lock) {
            return new int[] {inFirst.size(), inLong};
        }
    }

    /** One query's passage through the gate; closing it leaves the gate. */
    final class Ticket implements AutoCloseable {
        private final long deadline;
        private volatile State state = State.NEW;
        private long since;
        private int calls;

        private Ticket(long deadline) {
            this.deadline = deadline;
        }

        /**
         * Called by the query's own thread as it works: returns at once within a slice, else waits for a place in
         * the first slices (first call) or the long lane; throws {@link QueryCancelledException} at the deadline.
         */
        void check() {
            State s = state;
            if (s != State.NEW && (++calls & 15) != 0) {
                return;
            }
            if ((s == State.FIRST && System.nanoTime() - since < sliceNanos)
                    || (s == State.LONG && System.nanoTime() - since < turnNanos)) {
                return;
            }
            synchronized (lock) {
                advance();
            }
        }

        private void advance() {
            switch (state) {
                case NEW -> {
                    waitingFirst.add(this);
                    awaitTurn(waitingFirst, () -> inFirst.size() < firstSlices || demoteOne());
                    inFirst.add(this);
                    state = State.FIRST;
                    since = System.nanoTime();
                }
                case FIRST, PAST -> {
                    if (inFirst.remove(this)) {
                        lock.notifyAll();
                    }
                    toLongLane();
                }
                case LONG -> {
                    if (!waitingLong.isEmpty()) {
                        inLong--;
                        lock.notifyAll();
                        toLongLane();
                    } else {
                        since = System.nanoTime();
                    }
                }
                case DONE -> throw new IllegalStateException("a query checked its ticket after it closed");
            }
        }

        private void toLongLane() {
            state = State.PAST;
            waitingLong.add(this);
            awaitTurn(waitingLong, () -> inLong < longLanes);
            inLong++;
            state = State.LONG;
            since = System.nanoTime();
        }

        /** Waits, holding the lock's monitor between looks, until this ticket heads {@code queue} and {@code free} holds. */
        private void awaitTurn(ArrayDeque<Ticket> queue, java.util.function.BooleanSupplier free) {
            while (queue.peek() != this || !free.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    queue.remove(this);
                    lock.notifyAll();
                    throw new QueryCancelledException();
                }
                try {
                    lock.wait(Math.max(1, Math.min(POLL_MILLIS, left / 1_000_000)));
                } catch (InterruptedException e) {
                    queue.remove(this);
                    lock.notifyAll();
                    Thread.currentThread().interrupt();
                    throw new QueryCancelledException();
                }
            }
            queue.poll();
            lock.notifyAll();
        }

        /** Leaves the gate, freeing its place for the next query; closing twice does nothing. */
        @Override
        public void close() {
            if (current.get() == this) {
                current.remove();
            }
            synchronized (lock) {
                if (state == State.LONG) {
                    inLong--;
                }
                inFirst.remove(this);
                waitingFirst.remove(this);
                waitingLong.remove(this);
                state = State.DONE;
                lock.notifyAll();
            }
        }
    }

    /** Moves one query past its first slice out of the first slices, to make room; true if there was one. */
    private boolean demoteOne() {
        long now = System.nanoTime();
        for (Ticket t : inFirst) {
            if (now - t.since >= sliceNanos) {
                inFirst.remove(t);
                t.state = State.PAST;
                return true;
            }
        }
        return false;
    }
}
