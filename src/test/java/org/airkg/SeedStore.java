package org.airkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airkg.build.BuildListener;
import org.airkg.build.Inputs;
import org.airkg.build.BuildOptions;
import org.airkg.build.Build;
import org.airkg.store.TdbStore;
import org.apache.jena.query.Dataset;

/** The seed corpus built once per test JVM into a TDB2 store under {@code target/}, as the CLI builds it. */
public final class SeedStore {
    private static Dataset dataset;

    private SeedStore() {}

    /** The project directory (Maven runs tests there). */
    public static Path root() {
        return Path.of("").toAbsolutePath();
    }

    /** The seed store, built on first use; its default graph is the union of all graphs. */
    public static synchronized Dataset dataset() throws IOException {
        if (dataset == null) {
            Path dir = Files.createDirectories(root().resolve("target/test-stores")).resolve("seed-" + ProcessHandle.current().pid());
            TdbStore.replace(dir, Build.inMemory(Inputs.defaults(root()), BuildOptions.defaults(), BuildListener.NONE).dataset());
            dataset = TdbStore.open(dir);
        }
        return dataset;
    }

    /** True when golden files should be rewritten rather than compared ({@code -Dairkg.regenerate=true}). */
    public static boolean regenerate() {
        return Boolean.getBoolean("airkg.regenerate");
    }
}
