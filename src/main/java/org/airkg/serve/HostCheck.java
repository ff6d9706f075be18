package org.airkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Servlet filter on every path that answers 403 to a request whose {@code Host} header is not a name of this
 * server, or whose {@code Origin} header (sent by browsers on cross-origin requests) names another host or port
 * than the {@code Host} header does.
 *
 * <p>The names are the loopback ones ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}), the address the
 * server binds to (unless it is a wildcard such as {@code 0.0.0.0}), and the names given in
 * {@link ServerSettings#hostNames()}. This stops DNS rebinding (a web page whose own name was made to resolve
 * to 127.0.0.1 reading the graph through the user's browser) and cross-site form posts to the update endpoints.
 */
final class HostCheck implements Filter {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Set<String> WILDCARDS = Set.of("0.0.0.0", "::", "[::]");

    private final Set<String> names;

    HostCheck(String boundHost, Collection<String> extraNames) {
        Set<String> all = new TreeSet<>(LOOPBACK);
        if (!WILDCARDS.contains(boundHost)) {
            all.add(normalise(boundHost.indexOf(':') >= 0 && !boundHost.startsWith("[") ? "[" + boundHost + "]" : boundHost));
        }
        extraNames.forEach(n -> all.add(normalise(n)));
        this.names = Set.copyOf(all);
    }

    /** Checks a name given for {@link ServerSettings#hostNames()}; fails with a sentence naming it. */
    static void checkName(String name) {
        if (name == null || name.isBlank() || name.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '@')
                || (name.indexOf(':') >= 0 && !name.matches("\\[[0-9a-fA-F:.]+]"))) {
            throw new IllegalArgumentException("Host name '" + name + "' is not a host name or address without a"
                    + " port (such as kg.example.org, 192.0.2.7 or [2001:db8::7]).");
        }
    }

    /** The names accepted in the Host header, lower case, IPv6 addresses in brackets. */
    Set<String> names() {
        return names;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String host = http.getHeader("Host");
        String refusal = null;
        if (host == null || !names.contains(withoutPort(host))) {
            refusal = "Host '" + host + "' is not a name of this server (see the --host-name option)";
        } else {
            String origin = http.getHeader("Origin");
            if (origin != null && !sameOrigin(origin, host)) {
                refusal = "Origin '" + origin + "' is not this server: cross-site requests are refused";
            }
        }
        if (refusal != null) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN, refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    /** True when an Origin header names the host and port the Host header names ("null" and opaque origins do not). */
    private static boolean sameOrigin(String origin, String hostHeader) {
        try {
            URI uri = new URI(origin);
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            return normalise(authority).equals(normalise(hostHeader.strip()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String withoutPort(String hostHeader) {
        String h = hostHeader.strip();
        int end = h.startsWith("[") ? h.indexOf(']') + 1 : h.lastIndexOf(':');
        return normalise(end > 0 ? h.substring(0, end) : h);
    }

    private static String normalise(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
