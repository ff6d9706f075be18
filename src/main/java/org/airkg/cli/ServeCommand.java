package org.airkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.airkg.serve.AirkgServer;
import org.airkg.serve.AnswerLimits;
import org.airkg.serve.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code airkg serve}: builds the store when it is missing or stale, then serves it with Fuseki and its UI. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the knowledge graph over SPARQL with Fuseki's web UI (building it first if needed).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "3030", description = "TCP port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Cut off any query running longer than this (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--update-password-file", paramLabel = "FILE",
            description = "Open /airkg/update and /airkg/data to the users of this file (user:password lines), behind HTTP Basic auth.")
    Path updatePasswordFile;

    @Option(names = "--allow-source", paramLabel = "IRI-PREFIX",
            description = "Let SPARQL LOAD and SERVICE read IRIs starting with this prefix (repeatable; default: none, no file or URL is read).")
    List<String> allowedSources = new ArrayList<>();

    @Option(names = "--host-name", paramLabel = "NAME",
            description = "Accept this name in the Host header besides localhost, 127.0.0.1, [::1] and --host (repeatable).")
    List<String> hostNames = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents processed at once when the store is built first (default: the number of cores).")
    Integer threads;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + AnswerLimits.DEFAULT_MAX_ROWS,
            description = "Answer 503 rather than more than N rows of a SELECT (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + AnswerLimits.DEFAULT_MAX_BYTES,
            description = "Answer 503 rather than an answer of more than N bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--requests-per-client", paramLabel = "N", defaultValue = "" + AnswerLimits.DEFAULT_REQUESTS_PER_CLIENT,
            description = "Answer 429 to a client address with N requests being answered (default: ${DEFAULT-VALUE}).")
    int requestsPerClient;

    @Option(names = "--write-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Close the connection of a client that has not taken its whole answer after this long (default: ${DEFAULT-VALUE}).")
    double writeTimeoutSeconds;

    @Option(names = "--watch",
            description = "Watch the corpus folder (--corpus): a document added, changed or removed updates the served graph.")
    boolean watch;

    @Option(names = "--watch-quiet", paramLabel = "SECONDS", defaultValue = "1",
            description = "With --watch, read a file once it has stayed the same this long (default: ${DEFAULT-VALUE}).")
    double watchQuietSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ServerSettings settings = settings();
        Serving.Live live = new Serving.Live(watch, duration("--watch-quiet", watchQuietSeconds));
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Serving serving = Serving.start(store, settings, live, n, out, spec.commandLine().getErr());
        Runtime.getRuntime().addShutdownHook(new Thread(serving::close, "airkg-shutdown"));
        AirkgServer server = serving.server();
        out.println("AIR-KG is served.");
        out.println("  UI:               " + server.uiUrl());
        out.println("  SPARQL query:     " + server.datasetUrl() + "/sparql  (also " + server.datasetUrl() + "/query)");
        out.println("  Graph store (GET): " + server.datasetUrl() + "/get");
        if (updatePasswordFile != null) {
            out.println("  SPARQL update:    " + server.datasetUrl() + "/update  (HTTP Basic auth)");
            out.println("  Documents:        " + server.datasetUrl() + "/documents  (POST a file, DELETE /documents/NAME; HTTP Basic auth)");
        }
        if (serving.watching()) {
            out.println("  Watching:         " + store.corpus + "  (a document added, changed or removed updates the graph)");
        }
        out.println("  Request log:      " + requestLog());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return 0;
    }

    /** The settings of the options, checked before anything is built; a bad value is a usage error (exit 2). */
    private ServerSettings settings() {
        try {
            return ServerSettings.builder()
                    .host(host)
                    .port(port)
                    .queryTimeout(duration("--timeout", timeoutSeconds))
                    .updatePasswordFile(updatePasswordFile)
                    .allowedSources(allowedSources)
                    .hostNames(hostNames)
                    .limits(new AnswerLimits(maxRows, maxBytes, requestsPerClient,
                            duration("--write-timeout", writeTimeoutSeconds)))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** Seconds as a duration; not a positive finite number of seconds is a usage error naming the option. */
    private Duration duration(String option, double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds) || seconds > Integer.MAX_VALUE) {
            throw new ParameterException(spec.commandLine(),
                    option + " " + seconds + " is not a positive number of seconds.");
        }
        return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }

    /** Where log4j2.xml writes the request log. */
    private static Path requestLog() {
        String dir = System.getProperty("airkg.logDir");
        return (dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".airkg", "logs")).resolve("requests.log");
    }
}
