package org.airkg.serve;

import java.util.List;
import org.apache.jena.atlas.logging.LogCtl;

/**
 * Keeps a CLI's console readable: Jetty's and Fuseki's start-up chatter drop from INFO to WARN, while the
 * Fuseki request log ({@code org.apache.jena.fuseki.Fuseki}, {@code .Request}, {@code .Admin}) stays as configured.
 *
 * <p>A logger set to DEBUG or TRACE (someone is debugging) or already quieter than INFO is left alone.
 */
final class ServerLogging {

    /** Jetty start and stop lines, Fuseki base and UI lines, Fuseki's "Start Fuseki (http=...)". */
    private static final List<String> CHATTY =
            List.of("org.eclipse.jetty", "org.apache.jena.fuseki.Config", "org.apache.jena.fuseki.Server");

    private ServerLogging() {}

    /** Lowers the chatty loggers from INFO to WARN. */
    static void quieten() {
        for (String logger : CHATTY) {
            if ("INFO".equalsIgnoreCase(String.valueOf(LogCtl.getLevel(logger)))) {
                LogCtl.setLevel(logger, "WARN");
            }
        }
    }
}
