package org.airkg.cli;

import java.io.PrintWriter;
import org.airkg.AirkgException;
import org.airkg.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code airkg} command: build the knowledge graph, serve it, query it.
 *
 * <pre>
 * ./airkg build --dump target/airkg/airkg.trig
 * ./airkg serve --port 3030
 * ./airkg query queries/documents.rq --format csv
 * </pre>
 */
@Command(name = "airkg", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "AIR-KG: the knowledge graph of aromatase-inhibitor resistance.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class, BenchCommand.class,
            StatsCommand.class, ValidateCommand.class, VocabCommand.class, EvaluateCommand.class})
public final class Main {
    /** Exit code for bad input data or a failed build. */
    public static final int EXIT_DATA = 1;
    /** Exit code for a wrong command line (picocli's own). */
    public static final int EXIT_USAGE = 2;
    /** Exit code for an unexpected failure. */
    public static final int EXIT_INTERNAL = 3;

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter err = line.getErr();
            boolean verbose = parsed.matchedOption("-v") != null || parsed.subcommand() != null
                    && parsed.subcommand().hasMatchedOption("-v");
            if (e instanceof AirkgException) {
                err.println("airkg: " + e.getMessage());
            } else {
                err.println("airkg: unexpected error: " + e);
            }
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return e instanceof AirkgException ? EXIT_DATA : EXIT_INTERNAL;
        });
        return cl;
    }

    /** Reports the loader's version. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"airkg " + Version.get()};
        }
    }
}
