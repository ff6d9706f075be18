package org.airkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Servlet filter on every path that sets the browser security headers on every response, pages and SPARQL
 * results alike: a Content-Security-Policy that lets the Fuseki UI load only from this server and be framed by no
 * one, {@code X-Content-Type-Options: nosniff}, no referrer, and same-origin resource and opener policies.
 *
 * <p>No CORS header is ever sent (Fuseki's CORS filter is off), so the browser lets no other origin read a
 * response; {@link HostCheck} refuses cross-site requests outright.
 */
final class SecurityHeaders implements Filter {

    /** The UI is one script module and one style sheet from /static; its components set inline styles. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Resource-Policy", "same-origin",
            "Cross-Origin-Opener-Policy", "same-origin");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        HEADERS.forEach(http::setHeader);
        chain.doFilter(request, response);
    }
}
