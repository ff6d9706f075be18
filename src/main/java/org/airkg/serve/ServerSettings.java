package org.airkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link AirkgServer} serves the knowledge graph: where it listens, how long a query may run, who may
 * update, and where Fuseki keeps its run files.
 *
 * <p>Values are checked when the record is made; a bad value fails with an {@link IllegalArgumentException}
 * whose message is one plain sentence. Example:
 *
 * <pre>{@code
 * ServerSettings settings = ServerSettings.builder()
 *         .port(0)
 *         .queryTimeout(Duration.ofSeconds(10))
 *         .fusekiBase(Path.of("target/fuseki-base"))
 *         .build();
 * }</pre>
 *
 * @param host the host name or address to bind to, and nothing else (default {@value #DEFAULT_HOST})
 * @param port the TCP port, 0 for any free port (default {@value #DEFAULT_PORT})
 * @param queryTimeout the longest a query may run before it is cut off (default 30 s)
 * @param updatePasswordFile a file of {@code user: password} lines (Jetty property-file style); when given,
 *     these users may update through {@code /airkg/update} and {@code /airkg/data} with HTTP Basic auth
 * @param fusekiBase the directory Fuseki uses as {@code FUSEKI_BASE} for its run files
 * @param allowedSources IRI prefixes that SPARQL {@code LOAD} and {@code SERVICE} may read (default none: no
 *     file or URL is read on any endpoint)
 * @param hostNames names the HTTP Host header may carry besides the loopback names and {@code host} itself
 *     (default none), against DNS rebinding
 * @param limits caps on answers and on requests per client (default {@link AnswerLimits#defaults()})
 */
public record ServerSettings(
        String host, int port, Duration queryTimeout, Optional<Path> updatePasswordFile, Path fusekiBase,
        List<String> allowedSources, List<String> hostNames, AnswerLimits limits) {

    /** Loopback only, so the server is not reachable from other machines unless asked for. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    /** Fuseki's usual port. */
    public static final int DEFAULT_PORT = 3030;

    /** Long enough for honest questions over the whole graph, short enough to stop a runaway join. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    /** Checks every value and fails with a plain sentence on the first bad one. */
    public ServerSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("No host given; use an address such as 127.0.0.1.");
        }
        if (!host.equals(host.strip()) || host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Host '" + host + "' contains white space.");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(
                    "Port " + port + " is out of range; use 1 to 65535, or 0 for any free port.");
        }
        if (queryTimeout == null) {
            throw new IllegalArgumentException("No query timeout given.");
        }
        if (queryTimeout.isNegative() || queryTimeout.toMillis() < 1) {
            throw new IllegalArgumentException(
                    "Query timeout " + queryTimeout + " is not positive; give at least one millisecond.");
        }
        updatePasswordFile = Objects.requireNonNullElse(updatePasswordFile, Optional.empty());
        updatePasswordFile.ifPresent(ServerSettings::checkPasswordFile);
        if (fusekiBase == null) {
            throw new IllegalArgumentException("No Fuseki base directory given.");
        }
        if (Files.exists(fusekiBase) && !Files.isDirectory(fusekiBase)) {
            throw new IllegalArgumentException("Fuseki base " + fusekiBase + " exists but is not a directory.");
        }
        allowedSources = List.copyOf(Objects.requireNonNullElse(allowedSources, List.of()));
        new SourcePolicy(allowedSources);
        hostNames = List.copyOf(Objects.requireNonNullElse(hostNames, List.of()));
        hostNames.forEach(HostCheck::checkName);
        limits = Objects.requireNonNullElse(limits, AnswerLimits.defaults());
    }

    /** The settings with every default: loopback, port 3030, 30 s timeout, read-only, base under the home directory. */
    public static ServerSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder()
                .host(host)
                .port(port)
                .queryTimeout(queryTimeout)
                .updatePasswordFile(updatePasswordFile.orElse(null))
                .fusekiBase(fusekiBase)
                .allowedSources(allowedSources)
                .hostNames(hostNames)
                .limits(limits);
    }

    /** The default Fuseki base: {@code ~/.airkg/fuseki}, private to the user (not a shared temporary directory). */
    public static Path defaultFusekiBase() {
        return Path.of(System.getProperty("user.home"), ".airkg", "fuseki");
    }

    private static void checkPasswordFile(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("Update password file " + file + " does not exist.");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("Update password file " + file + " is not a readable file.");
        }
    }

    /** Collects settings; {@link #build()} validates them. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private Path updatePasswordFile;
        private Path fusekiBase = defaultFusekiBase();
        private final List<String> allowedSources = new ArrayList<>();
        private final List<String> hostNames = new ArrayList<>();
        private AnswerLimits limits = AnswerLimits.defaults();

        private Builder() {}

        /** The host name or address to bind to. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The TCP port; 0 asks for any free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The longest a query may run. */
        public Builder queryTimeout(Duration queryTimeout) {
            this.queryTimeout = queryTimeout;
            return this;
        }

        /** The password file of users who may update, or null for a read-only server. */
        public Builder updatePasswordFile(Path updatePasswordFile) {
            this.updatePasswordFile = updatePasswordFile;
            return this;
        }

        /** The directory Fuseki uses for its run files. */
        public Builder fusekiBase(Path fusekiBase) {
            this.fusekiBase = fusekiBase;
            return this;
        }

        /** The IRI prefixes LOAD and SERVICE may read, replacing any given before; empty (the default) for none. */
        public Builder allowedSources(List<String> prefixes) {
            allowedSources.clear();
            allowedSources.addAll(prefixes);
            return this;
        }

        /** Host header names to accept besides the loopback names and the bound host, replacing any given before. */
        public Builder hostNames(List<String> names) {
            hostNames.clear();
            hostNames.addAll(names);
            return this;
        }

        /** Caps on answers and on requests per client. */
        public Builder limits(AnswerLimits limits) {
            this.limits = limits;
            return this;
        }

        /** Validated settings; fails with a plain sentence on a bad value. */
        public ServerSettings build() {
            return new ServerSettings(host, port, queryTimeout, Optional.ofNullable(updatePasswordFile), fusekiBase,
                    allowedSources, hostNames, limits);
        }
    }
}
