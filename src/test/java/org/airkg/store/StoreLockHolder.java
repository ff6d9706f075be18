package org.airkg.store;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;

/**
 * A second process for {@link StoreLockTest}: {@code lock DIR} holds the store's lock, {@code open DIR} holds the
 * store open, {@code counted DIR} opens the store, reads it and lets it go, each then waiting until its standard input
 * closes; it prints "held" once it holds it (or has let it go).
 */
public final class StoreLockHolder {

    private StoreLockHolder() {}

    public static void main(String[] args) throws IOException {
        Path store = Path.of(args[1]);
        if (args[0].equals("lock")) {
            try (StoreLock lock = StoreLock.acquire(store)) {
                holdUntilStdinCloses();
            }
        } else if (args[0].equals("counted")) {
            Dataset dataset = TdbStore.open(store);
            org.apache.jena.system.Txn.executeRead(dataset, () -> dataset.asDatasetGraph().stream().count());
            TdbStore.close(dataset);
            holdUntilStdinCloses();
        } else {
            Dataset dataset = TdbStore.open(store);
            try {
                holdUntilStdinCloses();
            } finally {
                TdbStore.close(dataset);
            }
        }
    }

    private static void holdUntilStdinCloses() throws IOException {
        System.out.println("held");
        System.out.flush();
        while (System.in.read() >= 0) {
            // Wait for the test to close our input.
        }
    }
}
