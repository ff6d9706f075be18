package org.airkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.Test;

/**
 * The gate's turns: a query past its first slice gives its place to one waiting, long queries take turns in the long
 * lane, and a query that cannot get a place before its deadline gives up. Waits are bounded only to catch a hang.
 */
class ExecutionGateTest {
    private static final long HANG = 30;

    /** Runs {@code body} with a ticket of {@code gate} on a thread of its own; the future ends when the ticket closes. */
    private static CompletableFuture<Void> query(ExecutionGate gate, Duration timeout, Runnable body) {
        return CompletableFuture.runAsync(() -> {
            try (ExecutionGate.Ticket ticket = gate.enter(timeout)) {
                ticket.check();
                body.run();
            }
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(HANG, TimeUnit.SECONDS)) {
                throw new AssertionError("the gate hung");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** A query that takes its place in the gate and then works without checking until {@code release} opens. */
    private static CompletableFuture<Void> holding(ExecutionGate gate, CountDownLatch release) {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Void> holder = query(gate, Duration.ofMinutes(1), () -> {
            started.countDown();
            await(release);
        });
        await(started);
        return holder;
    }

    @Test
    void aQueryPastItsSliceGivesItsPlaceToANewOne() throws Exception {
        ExecutionGate gate = new ExecutionGate(1, 1, Duration.ofMillis(1), Duration.ofMillis(1));
        CountDownLatch newDone = new CountDownLatch(1);
        CompletableFuture<Void> runaway = holding(gate, newDone);
        Thread.sleep(5);
        // The runaway holds the one first slice and has not checked since its slice ended: the new query takes it.
        query(gate, Duration.ofMinutes(1), () -> assertArrayEquals(new int[] {1, 0}, gate.running()))
                .get(HANG, TimeUnit.SECONDS);
        newDone.countDown();
        runaway.get(HANG, TimeUnit.SECONDS);
        assertArrayEquals(new int[] {0, 0}, gate.running());
    }

    @Test
    void aQueryPastItsSliceGoesOnInTheLongLane() {
        ExecutionGate gate = new ExecutionGate(1, 1, Duration.ofMillis(1), Duration.ofMillis(1));
        try (ExecutionGate.Ticket ticket = gate.enter(Duration.ofMinutes(1))) {
            ticket.check();
            assertArrayEquals(new int[] {1, 0}, gate.running());
            long end = System.nanoTime() + Duration.ofMillis(5).toNanos();
            while (System.nanoTime() < end || gate.running()[1] == 0) {
                ticket.check();
            }
            assertArrayEquals(new int[] {0, 1}, gate.running());
        }
        assertArrayEquals(new int[] {0, 0}, gate.running());
    }

    @Test
    void longQueriesTakeTurnsInTheLongLane() throws Exception {
        ExecutionGate gate = new ExecutionGate(2, 1, Duration.ofMillis(1), Duration.ofMillis(1));
        CountDownLatch firstInLane = new CountDownLatch(1);
        CountDownLatch secondInLane = new CountDownLatch(1);
        CompletableFuture<Void> first = query(gate, Duration.ofMinutes(1), () -> {
            ExecutionGate.Ticket t = gate.current();
            while (gate.running()[1] == 0) {
                t.check();
            }
            firstInLane.countDown();
            // Checks until it has had to yield the lane to the second and got it back after the second closed.
            while (secondInLane.getCount() > 0) {
                t.check();
            }
        });
        await(firstInLane);
        CompletableFuture<Void> second = query(gate, Duration.ofMinutes(1), () -> {
            ExecutionGate.Ticket t = gate.current();
            // Past its slice, it waits for the lane, which the first yields at its next check after its slice.
            while (gate.running()[1] == 0 || secondInLane.getCount() > 0) {
                t.check();
                if (inLongLane(gate, t)) {
                    secondInLane.countDown();
                }
            }
        });
        second.get(HANG, TimeUnit.SECONDS);
        first.get(HANG, TimeUnit.SECONDS);
        assertArrayEquals(new int[] {0, 0}, gate.running());
    }

    /** True once the ticket's thread has been given the long lane: it returned from a check with the lane taken. */
    private static boolean inLongLane(ExecutionGate gate, ExecutionGate.Ticket t) {
        return gate.running()[1] == 1 && gate.running()[0] == 0;
    }

    @Test
    void aQueryThatCannotGetAPlaceByItsDeadlineGivesUp() throws Exception {
        ExecutionGate gate = new ExecutionGate(1, 1, Duration.ofHours(1), Duration.ofHours(1));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = holding(gate, release);
        try (ExecutionGate.Ticket ticket = gate.enter(Duration.ofMillis(20))) {
            assertThrows(QueryCancelledException.class, ticket::check);
        }
        release.countDown();
        holder.get(HANG, TimeUnit.SECONDS);
        assertArrayEquals(new int[] {0, 0}, gate.running());
    }

    @Test
    void aThreadWithoutATicketHasNone() {
        ExecutionGate gate = ExecutionGate.forCores();
        assertEquals(null, gate.current());
        try (ExecutionGate.Ticket ticket = gate.enter(Duration.ofSeconds(1))) {
            assertEquals(ticket, gate.current());
        }
        assertEquals(null, gate.current());
        assertEquals(Runtime.getRuntime().availableProcessors(), gate.firstSlices());
        assertThrows(IllegalArgumentException.class, () -> new ExecutionGate(0, 1, Duration.ofMillis(1), Duration.ofMillis(1)));
    }
}
