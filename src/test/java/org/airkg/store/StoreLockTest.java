package org.airkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.airkg.AirkgException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, point 4: one writer per store; a second one is refused with the holder named, and nothing is touched. */
class StoreLockTest {

    @TempDir
    Path tmp;

    private static Dataset data(String value) {
        Dataset data = DatasetFactory.createTxnMem();
        data.asDatasetGraph().add(Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString(value)));
        return data;
    }

    @Test
    void aSecondWriterInThisProcessIsRefusedNamingIt() {
        Path store = tmp.resolve("tdb2");
        try (StoreLock lock = StoreLock.acquire(store)) {
            AirkgException e = assertThrows(AirkgException.class, () -> TdbStore.replace(store, data("x")));
            assertTrue(e.getMessage().startsWith(store + " is being written by another process (pid "
                    + ProcessHandle.current().pid() + ": "), e.getMessage());
            assertTrue(Files.notExists(store) && Files.notExists(tmp.resolve("tdb2.building")), "the refused build wrote");
        }
        assertEquals(1, TdbStore.replace(store, data("y")), "the lock was not released");
        assertEquals(1, TdbStore.replace(store, data("z")), "the lock was not released after a build");
    }

    @Test
    void aSecondWriterInAnotherProcessIsRefusedNamingIt() throws Exception {
        Path store = tmp.resolve("tdb2");
        Process holder = hold("lock", store);
        try {
            AirkgException e = assertThrows(AirkgException.class, () -> TdbStore.replace(store, data("x")));
            assertTrue(e.getMessage().contains("is being written by another process (pid " + holder.pid() + ": "),
                    e.getMessage());
            assertTrue(e.getMessage().contains(StoreLockHolder.class.getName()), e.getMessage());
        } finally {
            release(holder);
        }
        assertEquals(1, TdbStore.replace(store, data("y")), "the lock of an ended process was still held");
    }

    @Test
    void aStoreOpenInAnotherProcessIsNotReplaced() throws Exception {
        Path store = tmp.resolve("tdb2");
        TdbStore.replace(store, data("old"));
        Process server = hold("open", store);
        try {
            AirkgException e = assertThrows(AirkgException.class, () -> TdbStore.replace(store, data("new")));
            assertEquals(store + " is open in process " + server.pid() + " (a running 'airkg serve'?); stop it before"
                    + " building into this store", e.getMessage());
        } finally {
            release(server);
        }
        assertEquals(1, TdbStore.replace(store, data("new")));
    }

    @Test
    void aStoreAnotherRunningProcessOpenedAndLetGoIsReplaced() throws Exception {
        // A process that counted the store and runs on (the fault bench between its build trials) holds it no more.
        Path store = tmp.resolve("tdb2");
        TdbStore.replace(store, data("old"));
        Process bench = hold("counted", store);
        long replaced = TdbStore.replace(store, data("new"));
        release(bench);
        assertEquals(1, replaced, "a store let go by a process still running was refused");
    }

    /** Starts {@link StoreLockHolder} in its own JVM and waits until it holds the store. */
    private static Process hold(String what, Path store) throws IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), StoreLockHolder.class.getName(), what, store.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); !"held".equals(line); line = out.readLine()) {
            if (line == null) {
                throw new IllegalStateException("the holder process ended without holding " + store);
            }
        }
        return p;
    }

    private static void release(Process p) throws Exception {
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }
}
