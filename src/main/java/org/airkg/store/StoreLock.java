package org.airkg.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.airkg.AirkgException;

/**
 * The exclusive right to write one store: an operating-system lock ({@link FileChannel#tryLock()}) on the file
 * {@code NAME.lock} beside the store directory {@code NAME}, which says which process holds it. The lock goes
 * with the process, so a build that is killed leaves no stale lock; the file stays, empty of meaning until locked.
 *
 * <pre>{@code
 * try (StoreLock lock = StoreLock.acquire(Path.of("target/airkg/tdb2"))) {
 *     TdbStore.replace(lock, dataset);
 * }   // a second build meanwhile fails: "... is being written by another process (pid 4242: org.airkg.cli.Main build ...)"
 * }</pre>
 *
 * <p>{@code serve} holds the lock as long as it serves, and says so with {@link #serving}: a build is then refused
 * with "... is served by another process (pid 4242: ..., serving http://127.0.0.1:3030/airkg) ...".
 */
public final class StoreLock implements AutoCloseable {

    /** The line of the lock file that says which address a server serves the store at. */
    private static final String SERVING = "serving ";

    private final Path store;
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(Path store, FileChannel channel, FileLock lock) {
        this.store = store;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of a store directory: {@code NAME.lock} in its parent. */
    public static Path lockFile(Path store) {
        Path dir = store.toAbsolutePath().normalize();
        return dir.resolveSibling(dir.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code store} at once, or fails naming the process that holds it.
     *
     * @throws AirkgException if another process, or another build in this one, holds it, or the file cannot be written
     */
    public static StoreLock acquire(Path store) {
        Path file = lockFile(store);
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw refusal(store, file, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new StoreLock(store, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new AirkgException("cannot lock the store " + store + " with " + file + ": " + e.getMessage(), e);
        }
    }

    /** Why {@code store} cannot be locked, naming its holder: a server serving it, or a process writing it. */
    private static AirkgException refusal(Path store, Path file, String holder) {
        int serving = holder.indexOf("\n" + SERVING);
        if (serving >= 0) {
            return new AirkgException(store + " is served by another process (" + holder.substring(0, serving) + ", serving "
                    + holder.substring(serving + 1 + SERVING.length()).strip() + "); a build would swap the store out from under"
                    + " the server: stop the server first, or build into another --store");
        }
        return new AirkgException(store + " is being written by another process ("
                + (holder.isEmpty() ? "see " + file : holder) + "); wait for it to finish, or stop it");
    }

    /**
     * Records in the lock file that this process serves the store at {@code url}, so that a build refused by the lock
     * names the server.
     */
    public void serving(String url) {
        try {
            byte[] text = (holder() + SERVING + url + "\n").getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text), 0);
            channel.force(false);
        } catch (IOException e) {
            throw new AirkgException("cannot write the lock file of the store " + store + ": " + e.getMessage(), e);
        }
    }

    /** The store this lock guards. */
    public Path store() {
        return store;
    }

    /** Releases the lock; the file stays for the next writer. */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                channel.truncate(0);
                lock.release();
            }
        } catch (IOException ignored) {
            // Closing the channel below releases the lock whatever happened.
        } finally {
            closeQuietly(channel);
        }
    }

    /** "pid 4242: org.airkg.cli.Main build ..., since 2026-12-04T12:00:00Z" for this process. */
    private static String holder() {
        ProcessHandle self = ProcessHandle.current();
        // HotSpot's main class or jar and its arguments ("org.airkg.cli.Main build --store ..."): the classpath left out.
        String command = System.getProperty("sun.java.command", self.info().command().orElse("unknown command"));
        if (command.length() > 300) {
            command = command.substring(0, 300) + "...";
        }
        return "pid " + self.pid() + ": " + command + ", since " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing more to release.
            }
        }
    }
}
