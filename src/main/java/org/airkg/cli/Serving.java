package org.airkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.airkg.build.CorpusWatcher;
import org.airkg.build.DocumentChange;
import org.airkg.build.DocumentUpdates;
import org.airkg.serve.AirkgServer;
import org.airkg.serve.ServerSettings;
import org.airkg.store.StoreLock;
import org.airkg.store.TdbStore;
import org.apache.jena.query.Dataset;

/**
 * What {@code serve} runs, wired in one place: the store locked for as long as it is served (so {@code build} into it
 * is refused, naming the server), built first when it is not current, the server, the live document updates (for
 * {@code --watch} and for {@code POST}/{@code DELETE /airkg/documents} with a password file) and the corpus watcher.
 *
 * <pre>{@code
 * try (Serving serving = Serving.start(store, settings, new Serving.Live(true, Duration.ofSeconds(1)), 2, out, err)) {
 *     serving.server().join();
 * }
 * }</pre>
 */
final class Serving implements AutoCloseable {
    /** Whether the corpus folder is watched, and how long a file must stay the same before it is read. */
    record Live(boolean watch, Duration quiet) {}

    private final StoreLock lock;
    private final Dataset dataset;
    private final AirkgServer server;
    private final CorpusWatcher watcher;
    private boolean closed;

    private Serving(StoreLock lock, Dataset dataset, AirkgServer server, CorpusWatcher watcher) {
        this.lock = lock;
        this.dataset = dataset;
        this.server = server;
        this.watcher = watcher;
    }

    /** Locks the store, builds it if needed, opens it and serves it; on failure releases what it took. */
    static Serving start(StoreOptions store, ServerSettings settings, Live live, int threads, PrintWriter out, PrintWriter err)
            throws IOException {
        return start(store, settings, live, threads, out, err, change -> {});
    }

    /** As {@link #start(StoreOptions, ServerSettings, Live, int, PrintWriter, PrintWriter)}, telling {@code listener} of every change the watcher syncs. */
    static Serving start(StoreOptions store, ServerSettings settings, Live live, int threads, PrintWriter out, PrintWriter err,
            Consumer<DocumentChange> listener) throws IOException {
        StoreLock lock = StoreLock.acquire(store.store);
        Dataset dataset = null;
        AirkgServer server = null;
        try {
            if (!BuildRunner.isCurrent(store)) {
                out.println("The store at " + store.store + " is missing or was built from other inputs or code; building it first.");
                out.flush();
                new BuildRunner(out, err).build(store, lock, null, false, threads, false);
            }
            dataset = TdbStore.open(store.store);
            Optional<DocumentUpdates> updates = live.watch() || settings.updatePasswordFile().isPresent()
                    ? Optional.of(DocumentUpdates.open(store.inputs(), BuildRunner.cachedOptions(store, threads), dataset.asDatasetGraph()))
                    : Optional.empty();
            server = AirkgServer.start(settings, dataset.asDatasetGraph(), updates);
            lock.serving(server.datasetUrl());
            CorpusWatcher watcher = live.watch() ? CorpusWatcher.start(updates.orElseThrow(), live.quiet(), listener) : null;
            return new Serving(lock, dataset, server, watcher);
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.stop();
            }
            if (dataset != null) {
                TdbStore.close(dataset);
            }
            lock.close();
            throw e;
        }
    }

    /** The running server. */
    AirkgServer server() {
        return server;
    }

    /** True when the corpus folder is watched. */
    boolean watching() {
        return watcher != null;
    }

    /** Stops watching and serving, closes the store and releases its lock; closing twice does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (watcher != null) {
                watcher.close();
            }
            server.stop();
        } finally {
            TdbStore.close(dataset);
            lock.close();
        }
    }
}
