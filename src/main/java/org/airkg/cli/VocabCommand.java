package org.airkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.airkg.vocab.VocabImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code airkg vocab import}: builds the name tables of {@code data/vocab/} from public vocabulary files. */
@Command(name = "vocab", mixinStandardHelpOptions = true, description = "Manage the name tables of public vocabularies.",
        subcommands = VocabCommand.Import.class)
final class VocabCommand {
    /** {@code airkg vocab import --from DIR}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Build data/vocab/*.tsv.gz, SOURCES.md and left-out.tsv from the public vocabulary files of a folder.")
    static final class Import implements Callable<Integer> {
        @Option(names = "--from", paramLabel = "DIR", defaultValue = "../shared/vocab-sources",
                description = "The folder of vocabulary source files (default: ${DEFAULT-VALUE}).")
        Path from;

        @Option(names = "--words", paramLabel = "FILE", defaultValue = "/usr/share/dict/american-english",
                description = "A list of common English words, to mark names that are words (default: ${DEFAULT-VALUE}).")
        Path words;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "data/vocab",
                description = "Where the tables go (default: ${DEFAULT-VALUE}).")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            VocabImport.Result result = VocabImport.run(from, words, out);
            PrintWriter w = spec.commandLine().getOut();
            result.tables().forEach(t -> w.printf("%-12s %7d entities %8d rows%n", t.table(), t.entities(), t.rows()));
            w.printf("%d identifiers left out where sources disagree (%s)%n", result.leftOut().size(), out.resolve("left-out.tsv"));
            w.flush();
            return 0;
        }
    }
}
