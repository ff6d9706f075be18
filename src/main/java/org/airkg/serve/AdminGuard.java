package org.airkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Servlet filter on {@code /$/*} that lets through only the read-only admin calls the Fuseki UI makes and
 * refuses everything else with 403.
 *
 * <p>Allowed: GET and HEAD of {@code /$/ping}, {@code /$/server}, {@code /$/datasets[/name]},
 * {@code /$/stats[/name]} and {@code /$/tasks[/id]}. Refused: every other method (POST, PUT, DELETE,
 * PATCH, OPTIONS) and every other path, e.g. creating or deleting datasets, backup, compact, sleep, reload,
 * the validators and the backup listing. The check uses the decoded, normalised servlet path, so encoded
 * or dotted variants of a path are judged by what they resolve to.
 */
final class AdminGuard implements Filter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

    /** Paths the UI reads, exactly. */
    private static final Set<String> READ_PATHS =
            Set.of("/$/ping", "/$/server", "/$/datasets", "/$/stats", "/$/tasks");

    /** Paths the UI reads with one more segment (a dataset name or task id). */
    private static final List<String> READ_PREFIXES = List.of("/$/datasets/", "/$/stats/", "/$/tasks/");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = path(http);
        if (isAllowed(http.getMethod(), path)) {
            chain.doFilter(request, response);
            return;
        }
        ((HttpServletResponse) response).sendError(
                HttpServletResponse.SC_FORBIDDEN, "Admin operation refused: " + http.getMethod() + " " + path);
    }

    /** Whether a request with this method to this decoded path may pass. */
    static boolean isAllowed(String method, String path) {
        if (!READ_METHODS.contains(method) || path.contains("..") || path.contains("//")) {
            return false;
        }
        if (READ_PATHS.contains(path)) {
            return true;
        }
        return READ_PREFIXES.stream()
                .anyMatch(p -> path.startsWith(p) && path.length() > p.length() && path.indexOf('/', p.length()) < 0);
    }

    private static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return servletPath + pathInfo;
    }
}
