package org.airkg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.airkg.build.DocumentUpdates;
import org.airkg.serve.explore.ExplorerServlet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A running Fuseki server with its web UI over one AIR-KG dataset, read-only and locked down by default.
 *
 * <p>This is the one place that builds the server. What it serves:
 * <ul>
 *   <li>{@code /airkg/sparql} and {@code /airkg/query}: SPARQL query, anonymous;
 *   <li>{@code /airkg/get}: graph store protocol, read only, anonymous;
 *   <li>{@code /explore/}: the explorer ({@link ExplorerServlet}), a page that searches, draws and quotes the graph
 *       through the query endpoint;
 *   <li>{@code /}: the Fuseki UI, with the read-only admin calls it needs (see {@link AdminGuard}); every
 *       admin action that changes something (new or deleted dataset, backup, compact, reload...) answers 403;
 *   <li>only with {@link ServerSettings#updatePasswordFile()}: {@code /airkg/update} (SPARQL Update) and
 *       {@code /airkg/data} (read-write graph store), HTTP Basic auth for the users in that file, and with
 *       {@link DocumentUpdates} given, {@code /airkg/documents} ({@link DocumentServlet}) for them too. Admin
 *       actions stay refused for these users too: this server serves a graph built elsewhere and is not the
 *       place to create, back up or compact databases.
 * </ul>
 * The dataset URL {@code /airkg} itself has no endpoint (400), there is no upload, and no CORS headers are
 * sent, so web pages from other origins cannot read the graph through the user's browser; {@link HostCheck}
 * refuses requests for other host names (DNS rebinding) and cross-site requests, and {@link SecurityHeaders} puts
 * a Content-Security-Policy, {@code frame-ancestors 'none'} and {@code nosniff} on every response. No endpoint
 * reads a file or URL: {@link ConfinedUpdate} refuses LOAD and {@link ServiceGuard} refuses SERVICE, unless
 * {@link ServerSettings#allowedSources()} names them, and {@link ConfinedGraphStore} refuses JSON-LD uploads; every regex function runs on RE2/J; every query and update
 * is cut off after {@link ServerSettings#queryTimeout()}. {@code GET /airkg/get?default} answers the union of the
 * named graphs ({@link UnionDefaultGet}), as SPARQL does. Script functions stay off: the server refuses to start
 * if the {@code jena:scripting} system property enables them. The server listens on {@link ServerSettings#host()}
 * only.
 *
 * <p>The caller keeps ownership of the dataset: stopping the server does not close it. For the UI and the
 * queries to see all data, the dataset's default graph should be the union of its named graphs (for TDB2,
 * {@code TDB2.symUnionDefaultGraph} set in its context). Example:
 *
 * <pre>{@code
 * try (AirkgServer server = AirkgServer.start(ServerSettings.defaults(), dataset)) {
 *     System.out.println("Query at " + server.datasetUrl() + "/sparql, UI at " + server.uiUrl());
 *     server.join();
 * }
 * }</pre>
 */
public final class AirkgServer implements AutoCloseable {

    /** The dataset's path on the server. */
    public static final String DATASET_PATH = "/airkg";

    /** How long stopping waits for requests still running before it interrupts them. */
    static final Duration STOP_WAIT = Duration.ofMillis(500);

    /** Fuseki reads its base directory from this system property while the server is built. */
    private static final Object FUSEKI_BASE_LOCK = new Object();

    private final FusekiServer server;
    private final String host;

    private AirkgServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /**
     * Builds and starts the server; fails with a {@link ServeException} saying why if it cannot.
     *
     * @param settings where and how to serve
     * @param dataset the data, default graph already the union of the named graphs
     * @return the running server
     */
    public static AirkgServer start(ServerSettings settings, DatasetGraph dataset) {
        return start(settings, dataset, Optional.empty());
    }

    /**
     * Builds and starts the server, with {@code POST /airkg/documents} and {@code DELETE /airkg/documents/{name}}
     * ({@link DocumentServlet}) for the users of the update password file when {@code documents} updates the dataset.
     */
    public static AirkgServer start(ServerSettings settings, DatasetGraph dataset, Optional<DocumentUpdates> documents) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(dataset, "dataset");
        checkScriptingOff();
        Set<String> updaters = settings.updatePasswordFile().map(UpdateUsers::read).orElse(Set.of());
        Path base = prepareBase(settings.fusekiBase());
        ServerLogging.quieten();
        JsonResultsWriter.install();

        FusekiServer server = build(settings, dataset, updaters, base, documents);
        checkOnlyOurDataset(server, base);
        bindTo(server, settings.host());
        limitStopWait(server);
        WorkerPool.configure(server.getJettyServer());
        try {
            server.start();
        } catch (RuntimeException e) {
            stopQuietly(server);
            throw new ServeException("Cannot start the server on " + settings.host() + ":" + settings.port() + ": "
                    + e.getMessage(), e);
        }
        return new AirkgServer(server, settings.host());
    }

    private static FusekiServer build(ServerSettings settings, DatasetGraph dataset, Set<String> updaters, Path base,
            Optional<DocumentUpdates> documents) {
        SourcePolicy sources = new SourcePolicy(settings.allowedSources());
        ExecutionGate gate = ExecutionGate.forCores();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .verbose(false)
                .enableCors(false)
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                .numServerThreads(WorkerPool.minThreads(), WorkerPool.maxThreads(settings.limits()))
                .registerOperation(Operation.Query, new ConfinedQuery(settings.limits().maxRows(), gate, settings.queryTimeout()))
                .registerOperation(Operation.GSP_R, new UnionDefaultGet())
                .registerOperation(Operation.GSP_RW, new ConfinedGraphStore())
                .registerOperation(Operation.Update, new ConfinedUpdate(sources, settings.queryTimeout()))
                .add(DATASET_PATH, Endpoints.dataService(dataset, settings.queryTimeout(), sources, updaters, gate))
                .addServlet(ExplorerServlet.PATH + "/*", new ExplorerServlet(dataset))
                .addFilter("/*", new SecurityHeaders())
                .addFilter("/*", new HostCheck(settings.host(), settings.hostNames()))
                .addFilter("/$/*", new AdminGuard())
                .addFilter(DATASET_PATH + "/*", new ClientLimit(settings.limits().requestsPerClient()))
                .addFilter(DATASET_PATH + "/*", new AnswerBuffer(settings.limits(), AnswerBudget.ofHeap(),
                        settings.queryTimeout()));
        if (!updaters.isEmpty()) {
            documents.ifPresent(d -> builder.addServlet(DocumentServlet.PATH + "/*", new DocumentServlet(d, updaters)));
        }
        settings.updatePasswordFile().ifPresent(file ->
                builder.securityHandler(UpdateUsers.securityHandler(file,
                        DATASET_PATH + "/" + Endpoints.UPDATE, DATASET_PATH + "/" + Endpoints.DATA,
                        DocumentServlet.PATH, DocumentServlet.PATH + "/*")));
        // FMod_Admin and FMod_UI read FUSEKI_BASE (system property first, then environment) during build().
        synchronized (FUSEKI_BASE_LOCK) {
            String previous = System.getProperty(FusekiServerCtl.envFusekiBase);
            System.setProperty(FusekiServerCtl.envFusekiBase, base.toString());
            try {
                return builder.build();
            } catch (RuntimeException e) {
                throw new ServeException("Cannot build the server with Fuseki base " + base + ": " + e.getMessage(), e);
            } finally {
                if (previous == null) {
                    System.clearProperty(FusekiServerCtl.envFusekiBase);
                } else {
                    System.setProperty(FusekiServerCtl.envFusekiBase, previous);
                }
            }
        }
    }

    /** The TCP port the server listens on (the real one when settings asked for port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** The dataset URL, e.g. {@code http://127.0.0.1:3030/airkg}; endpoints are below it. */
    public String datasetUrl() {
        return serverUrl() + DATASET_PATH;
    }

    /** The URL of the Fuseki UI, e.g. {@code http://127.0.0.1:3030/}. */
    public String uiUrl() {
        return serverUrl() + "/";
    }

    /** Worker threads running a job now (Jetty's acceptors and selectors included), for tests and the bench. */
    public int busyThreads() {
        return server.getJettyServer().getThreadPool() instanceof QueuedThreadPool pool ? pool.getBusyThreads() : -1;
    }

    /** Waits until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server; the dataset stays open. Stopping twice does nothing. */
    public void stop() {
        if (server.getJettyServer().isStarted()) {
            server.stop();
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private String serverUrl() {
        String h = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port();
    }

    private static void checkScriptingOff() {
        if ("true".equalsIgnoreCase(System.getProperty(ARQ.systemPropertyScripting))) {
            throw new ServeException("Script functions are enabled by the system property "
                    + ARQ.systemPropertyScripting + "=true; the server will not start with them on.");
        }
    }

    /** Creates the base directory; refuses one with its own UI files, which Fuseki would serve instead of its UI. */
    private static Path prepareBase(Path fusekiBase) {
        Path base = fusekiBase.toAbsolutePath().normalize();
        try {
            Files.createDirectories(base);
        } catch (IOException e) {
            throw new ServeException("Cannot create Fuseki base directory " + base + ": " + e.getMessage(), e);
        }
        if (Files.exists(base.resolve("webapp"))) {
            throw new ServeException("Fuseki base " + base + " holds a webapp directory, which would replace the"
                    + " Fuseki UI; remove it or choose another fusekiBase.");
        }
        return base;
    }

    /** Fuseki's admin module also serves any dataset described in FUSEKI_BASE/configuration: refuse that. */
    private static void checkOnlyOurDataset(FusekiServer server, Path base) {
        Set<String> names = Set.copyOf(server.getDataAccessPointRegistry().keys());
        if (!names.equals(Set.of(DATASET_PATH))) {
            throw new ServeException("Fuseki base " + base + " adds datasets " + names
                    + " from its configuration directory; remove them or choose another fusekiBase.");
        }
    }

    /**
     * Jetty's thread pool waits 5 s by default for busy threads when it stops, so SIGTERM during a long query
     * took up to 5 s; it waits {@link #STOP_WAIT} instead, then interrupts them.
     */
    private static void limitStopWait(FusekiServer server) {
        if (server.getJettyServer().getThreadPool() instanceof QueuedThreadPool pool) {
            pool.setStopTimeout(STOP_WAIT.toMillis());
        }
    }

    /** Fuseki's builder can bind to all interfaces or to localhost; set the host asked for on the connectors. */
    private static void bindTo(FusekiServer server, String host) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(host);
            } else {
                throw new ServeException("Cannot bind to " + host + ": unexpected connector " + connector);
            }
        }
    }

    private static void stopQuietly(FusekiServer server) {
        try {
            server.getJettyServer().stop();
        } catch (Exception ignored) {
            // The start failure is what the caller needs to see.
        }
    }
}
