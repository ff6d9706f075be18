package org.airkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code airkg build}: reads the corpus and writes a fresh TDB2 store, replacing the old one only on success. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the knowledge graph from the corpus into a TDB2 store.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--dump", paramLabel = "FILE",
            description = "Also write the whole dataset to FILE: TriG (.trig) or N-Quads (.nq), optionally .gz.")
    Path dump;

    @Option(names = "--skip-bad", description = "Build from the documents that can be read, listing the others.")
    boolean skipBad;

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents processed at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--full", description = "Extract every document again, even those the build cache (NAME.cache beside the store) has.")
    boolean full;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        new BuildRunner(spec.commandLine().getOut(), spec.commandLine().getErr())
                .build(store, dump, skipBad, threads == null ? Runtime.getRuntime().availableProcessors() : threads, full);
        return 0;
    }
}
