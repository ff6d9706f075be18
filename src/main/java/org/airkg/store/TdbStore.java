package org.airkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.airkg.AirkgException;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The TDB2 store the graph is served from. A store is written whole, in one transaction, into a fresh
 * directory beside the old one, and swapped in only when that succeeded: a failed build leaves the
 * previous store exactly as it was.
 *
 * <pre>{@code
 * TdbStore.replace(Path.of("target/airkg/tdb2"), assembledDataset);
 * Dataset ds = TdbStore.open(Path.of("target/airkg/tdb2"));   // default graph = union of all graphs
 * }</pre>
 */
public final class TdbStore {
    /** The file, inside a store directory, whose presence marks a complete build and whose time is the build's. */
    public static final String STAMP = "airkg-build.stamp";

    private TdbStore() {}

    /**
     * Writes {@code data} into a new store at {@code dir}, replacing what was there only on success, under the
     * store's {@link StoreLock}.
     *
     * @return the number of quads written
     * @throws AirkgException if another process is writing the store, naming it
     */
    public static long replace(Path dir, Dataset data) {
        try (StoreLock lock = StoreLock.acquire(dir)) {
            return replace(lock, data);
        }
    }

    /**
     * Writes {@code data} into a new store at the locked directory, replacing what was there only on success.
     *
     * @return the number of quads written
     */
    public static long replace(StoreLock lock, Dataset data) {
        DatasetGraph source = data.asDatasetGraph();
        try (StoreWriter writer = StoreWriter.create(lock)) {
            Txn.executeRead(source, () -> {
                writer.prefixes(source.prefixes());
                writer.add(org.apache.jena.sparql.core.Quad.defaultGraphIRI, source.getDefaultGraph());
                source.listGraphNodes().forEachRemaining(g -> writer.add(g, source.getGraph(g)));
            });
            return writer.install();
        }
    }

    /** The directory {@code NAME + suffix} beside the store {@code NAME}. */
    static Path sibling(Path dir, String suffix) {
        return dir.toAbsolutePath().getParent().resolve(dir.getFileName() + suffix);
    }

    /** Puts the complete store {@code fresh} in the place of {@code dir}, keeping the old one until the new one is in. */
    static void swapIn(Path dir, Path fresh) throws IOException {
        Path old = sibling(dir, ".old");
        deleteTree(old);
        if (Files.exists(dir)) {
            move(dir, old);
        }
        move(fresh, dir);
        deleteTree(old);
    }

    /**
     * TDB2 writes the id of the process that has a store open into its {@code tdb.lock}; replacing the directory
     * under a running server would pull it from under its feet.
     */
    static void refuseIfOpenElsewhere(Path dir) {
        Path tdbLock = dir.resolve("tdb.lock");
        if (!Files.isRegularFile(tdbLock)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(tdbLock).strip());
            if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && held(tdbLock)) {
                throw new AirkgException(dir + " is open in process " + pid + " (a running 'airkg serve'?); stop it"
                        + " before building into this store");
            }
        } catch (IOException | NumberFormatException e) {
            // Not a lock TDB2 wrote: TDB2 itself decides when the store is opened.
        }
    }

    /**
     * Whether another process holds TDB2's lock on the file: the id it wrote stays after it let the store go (a bench that
     * counted a store and went on running), so only the operating system's lock says whether it still has it open.
     */
    private static boolean held(Path tdbLock) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(tdbLock, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true;
        }
    }

    /** Opens a built store; its default graph is the union of its named graphs. */
    public static Dataset open(Path dir) {
        if (!isBuilt(dir)) {
            throw new AirkgException(dir + ": no AIR-KG store here; run './airkg build' first");
        }
        Dataset dataset;
        try {
            dataset = TDB2Factory.connectDataset(dir.toString());
        } catch (org.apache.jena.dboe.DBOpEnvException e) {
            throw new AirkgException(dir + ": the store is in use by another process (a running 'airkg serve'?): " + e.getMessage(), e);
        }
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset;
    }

    /** Releases a store opened with {@link #open} so that another process, or a rebuild, can use its directory. */
    public static void close(Dataset dataset) {
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    /** Aborts the write transaction of {@code tdb}, if one is open, and releases the store's files. */
    static void abandon(DatasetGraph tdb) {
        try {
            if (tdb.isInTransaction()) {
                tdb.abort();
                tdb.end();
            }
        } finally {
            TDBInternal.expel(tdb);
        }
    }

    /** The line of the stamp that records the fingerprint of what the store was built from. */
    static final String FINGERPRINT = "fingerprint=";

    /** The fingerprint of what the store was built from, if it was built and its stamp records one. */
    public static Optional<String> fingerprint(Path dir) {
        return Stamp.read(dir).map(Stamp::fingerprint).filter(f -> !f.isEmpty());
    }

    /** True when {@code dir} holds a complete build. */
    public static boolean isBuilt(Path dir) {
        return Files.isRegularFile(dir.resolve(STAMP));
    }

    /** When the store was built, if it was. */
    public static Optional<FileTime> builtAt(Path dir) {
        try {
            return isBuilt(dir) ? Optional.of(Files.getLastModifiedTime(dir.resolve(STAMP))) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the store is missing or older than any of the files it is built from. */
    public static boolean isStale(Path dir, List<Path> inputs) throws IOException {
        Optional<FileTime> built = builtAt(dir);
        if (built.isEmpty()) {
            return true;
        }
        for (Path input : inputs) {
            if (Files.getLastModifiedTime(input).compareTo(built.get()) > 0) {
                return true;
            }
        }
        return false;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException ignored) {
            // The directory is a scratch copy; the next build clears it first.
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
