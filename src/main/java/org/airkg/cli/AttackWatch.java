package org.airkg.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Where the time goes while the server is attacked, seen from inside its JVM: how many threads were running query
 * code (a stack frame of ARQ or TDB2, state RUNNABLE) at each sample, and every garbage collection with its duration.
 * The bench prints it beside the {@code ASK {}} times, so a slow ASK can be laid at the door of CPU shared with
 * runaway queries or of a collection that stopped every thread.
 */
final class AttackWatch implements AutoCloseable {

    /** Milliseconds between two samples of the threads. */
    static final int SAMPLE_MS = 50;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Integer> running = new ArrayList<>();
    private final List<Long> gcMillis = new ArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread sampler;
    private final NotificationListener listener = this::collected;

    /** Starts sampling. */
    AttackWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
        sampler = new Thread(this::sample, "airkg-attack-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void collected(Notification n, Object handback) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            // Concurrent cycles do not stop the application; their notifications name the cycle, not a pause.
            if (!info.getGcName().contains("Concurrent") && !info.getGcAction().contains("concurrent")) {
                synchronized (gcMillis) {
                    gcMillis.add(info.getGcInfo().getDuration());
                }
            }
        }
    }

    private void sample() {
        while (!stop.get()) {
            int n = 0;
            for (ThreadInfo t : threads.dumpAllThreads(false, false, 64)) {
                if (t != null && t.getThreadState() == Thread.State.RUNNABLE && runsQueryCode(t.getStackTrace())) {
                    n++;
                }
            }
            synchronized (running) {
                running.add(n);
            }
            try {
                Thread.sleep(SAMPLE_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static boolean runsQueryCode(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("org.apache.jena.sparql.engine") || c.startsWith("org.apache.jena.tdb2")
                    || c.startsWith("org.apache.jena.sparql.path")) {
                return true;
            }
        }
        return false;
    }

    /** One line: threads running query code (mean and most), collections that stopped the JVM (count, total, longest). */
    String summary() {
        List<Integer> r;
        synchronized (running) {
            r = List.copyOf(running);
        }
        List<Long> g;
        synchronized (gcMillis) {
            g = List.copyOf(gcMillis);
        }
        return String.format(Locale.ROOT, "threads running query code: mean %.1f, most %d over %d samples every %d ms;"
                        + " collections pausing the JVM: %d, %d ms in all, longest %d ms",
                r.stream().mapToInt(Integer::intValue).average().orElse(0), r.stream().mapToInt(Integer::intValue).max().orElse(0),
                r.size(), SAMPLE_MS, g.size(), g.stream().mapToLong(Long::longValue).sum(),
                g.stream().mapToLong(Long::longValue).max().orElse(0));
    }

    @Override
    public void close() {
        stop.set(true);
        sampler.interrupt();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // Never added to this one.
                }
            }
        }
    }
}
