package org.airkg.serve;

import java.time.Duration;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * How the Jetty under Fuseki spends threads and connections, so that no client can take them all.
 *
 * <ul>
 *   <li>Worker threads: {@link AnswerLimits#requestsPerClient()} plus {@value #SPARE_PER_CORE} per core (at least
 *       {@value #MIN_SPARE}), so one client at its limit leaves threads for the others.
 *   <li>Connections: at most {@value #MAX_CONNECTIONS} open at once; a connection idle for {@link #IDLE_TIMEOUT}
 *       (no bytes read or written while the server waits for them) is closed.
 *   <li>Servlets and filters may answer asynchronously, so {@link AnswerBuffer} sends ready answers without
 *       holding a thread.
 * </ul>
 */
final class WorkerPool {

    /** Threads beyond one client's share, per core. */
    static final int SPARE_PER_CORE = 8;

    /** Threads beyond one client's share, at least. */
    static final int MIN_SPARE = 16;

    /** Open connections at most; more wait in the kernel's accept queue. */
    static final int MAX_CONNECTIONS = 512;

    /** A connection that neither sends nor takes bytes for this long while the server waits for it is closed. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);

    private WorkerPool() {}

    /** Threads kept ready. */
    static int minThreads() {
        return 8;
    }

    /** The most threads, for these limits on this machine. */
    static int maxThreads(AnswerLimits limits) {
        int cores = Runtime.getRuntime().availableProcessors();
        return limits.requestsPerClient() + Math.max(MIN_SPARE, SPARE_PER_CORE * cores);
    }

    /** Sets idle timeouts and the connection limit, and lets every servlet and filter go asynchronous. */
    static void configure(Server jetty) {
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            }
        }
        jetty.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, jetty));
        for (ServletHandler handler : jetty.getDescendants(ServletHandler.class)) {
            for (FilterHolder filter : handler.getFilters()) {
                filter.setAsyncSupported(true);
            }
            for (ServletHolder servlet : handler.getServlets()) {
                servlet.setAsyncSupported(true);
            }
        }
    }
}
