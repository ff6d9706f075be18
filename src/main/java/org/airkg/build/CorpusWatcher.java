package org.airkg.build;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.airkg.AirkgException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a corpus folder and hands each document added, changed or removed to {@link DocumentUpdates#sync}, once the
 * file has stayed the same (size, modification time, file identity) for a quiet period, so a file still being written
 * is not read half-way. A {@link WatchService} wakes it when the folder changes; it also looks at the whole folder every
 * few seconds, so a missed or overflowed event delays a change but never loses it. At start it brings the store in
 * line with the folder (files changed or removed while nothing watched are synced; unchanged files, whose SHA-256 the
 * store records, change nothing). Hidden files (uploads being written) are never read.
 *
 * <pre>{@code
 * try (CorpusWatcher watcher = CorpusWatcher.start(updates, Duration.ofSeconds(1), change -> {})) {
 *     server.join();
 * }
 * }</pre>
 */
public final class CorpusWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);
    /** How often the whole folder is looked at when no event came. */
    private static final Duration RESCAN = Duration.ofSeconds(2);

    /** A file's state as the folder shows it; {@link #ABSENT} for no file, {@link #UNKNOWN} for a store's document not yet compared. */
    private record Stat(long size, long modified, Object key) {
        static final Stat ABSENT = new Stat(-1, -1, "absent");
        static final Stat UNKNOWN = new Stat(-2, -2, "unknown");
    }

    /** A state first seen at {@code since} (System.nanoTime). */
    private record Seen(Stat stat, long since) {}

    private final DocumentUpdates updates;
    private final long quietNanos;
    private final Consumer<DocumentChange> listener;
    private final WatchService service;
    private final Thread thread;
    private final Map<String, Stat> settled = new HashMap<>();
    private final Map<String, Seen> seen = new HashMap<>();
    private volatile boolean stopped;

    private CorpusWatcher(DocumentUpdates updates, Duration quiet, Consumer<DocumentChange> listener, WatchService service) {
        this.updates = updates;
        this.quietNanos = quiet.toNanos();
        this.listener = listener;
        this.service = service;
        this.thread = new Thread(this::run, "airkg-watch");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching the corpus of {@code updates} on a thread of its own.
     *
     * @param quiet how long a file must stay the same before it is read
     * @param listener told of every document synced, on the watcher's thread
     */
    public static CorpusWatcher start(DocumentUpdates updates, Duration quiet, Consumer<DocumentChange> listener) {
        Objects.requireNonNull(listener, "listener");
        if (quiet.isNegative()) {
            throw new IllegalArgumentException("the quiet period " + quiet + " is negative");
        }
        Path corpus = updates.corpus();
        WatchService service;
        try {
            service = corpus.getFileSystem().newWatchService();
            corpus.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            throw new AirkgException("cannot watch the corpus folder " + corpus + ": " + e.getMessage(), e);
        }
        CorpusWatcher watcher = new CorpusWatcher(updates, quiet, listener, service);
        updates.documents().forEach(name -> watcher.settled.put(name, Stat.UNKNOWN));
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        try {
            while (!stopped) {
                scan();
                long wait = seen.isEmpty() ? RESCAN.toMillis() : Math.max(10, TimeUnit.NANOSECONDS.toMillis(quietNanos) / 4);
                WatchKey key = service.poll(wait, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: stop watching.
        }
    }

    /** Looks at every file of the folder and at every document settled before; syncs those whose new state has lasted. */
    private void scan() {
        Map<String, Stat> now;
        try {
            now = list(updates.corpus());
        } catch (IOException | AirkgException e) {
            LOG.warn("cannot read the corpus folder {}: {}", updates.corpus(), e.getMessage());
            return;
        }
        Set<String> names = new TreeSet<>(now.keySet());
        names.addAll(settled.keySet());
        long time = System.nanoTime();
        for (String name : names) {
            Stat stat = now.getOrDefault(name, Stat.ABSENT);
            if (stat.equals(settled.getOrDefault(name, Stat.ABSENT))) {
                seen.remove(name);
                continue;
            }
            Seen before = seen.get(name);
            if (before == null || !before.stat().equals(stat)) {
                seen.put(name, new Seen(stat, time));
            } else if (time - before.since() >= quietNanos && !stopped) {
                sync(name);
                seen.remove(name);
                if (stat == Stat.ABSENT) {
                    settled.remove(name);
                } else {
                    settled.put(name, stat);
                }
            }
        }
    }

    private void sync(String name) {
        try {
            listener.accept(updates.sync(name));
        } catch (RuntimeException e) {
            LOG.error("live update of {} failed, the store is unchanged: {}", name, e.toString());
        }
    }

    private static Map<String, Stat> list(Path corpus) throws IOException {
        Map<String, Stat> out = new HashMap<>();
        for (Path file : Inputs.corpusFiles(corpus)) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                out.put(file.getFileName().toString(), new Stat(a.size(), a.lastModifiedTime().to(TimeUnit.MICROSECONDS),
                        Objects.requireNonNullElse(a.fileKey(), "")));
            } catch (IOException gone) {
                // Removed between the listing and now: absent.
            }
        }
        return out;
    }

    /** Stops watching; a sync under way finishes first. */
    @Override
    public void close() {
        stopped = true;
        try {
            service.close();
        } catch (IOException ignored) {
            // Nothing more to release.
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
