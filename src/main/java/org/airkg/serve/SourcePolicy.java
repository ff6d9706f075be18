package org.airkg.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * The sources a server may read from, for SPARQL {@code LOAD} and {@code SERVICE}: none by default. A source is
 * allowed when its IRI starts with one of the prefixes, compared after the scheme and host are lower-cased.
 *
 * @param prefixes absolute IRIs ({@code https://example.org/data/}); a source must start with one of them
 */
record SourcePolicy(List<String> prefixes) {

    /** Checks that each prefix is an absolute IRI with a scheme; fails with a sentence naming the bad one. */
    SourcePolicy {
        prefixes = List.copyOf(prefixes);
        for (String p : prefixes) {
            if (normalise(p) == null) {
                throw new IllegalArgumentException("Allowed source '" + p + "' is not an absolute IRI such as"
                        + " https://example.org/data/.");
            }
            if (p.matches("(?i)[a-z][a-z0-9+.-]*://[^/]*")) {
                throw new IllegalArgumentException("Allowed source '" + p + "' names a host without a path; end it"
                        + " with / (" + p + "/), or it would also allow " + p + ".example.net.");
            }
        }
    }

    /** No source allowed. */
    static SourcePolicy none() {
        return new SourcePolicy(List.of());
    }

    boolean isEmpty() {
        return prefixes.isEmpty();
    }

    /** Whether this IRI may be read. */
    boolean allows(String iri) {
        String target = normalise(iri);
        return target != null && prefixes.stream().map(SourcePolicy::normalise).anyMatch(target::startsWith);
    }

    /** Why {@code what} on {@code iri} is refused, as one sentence. */
    String refusal(String what, String iri) {
        return what + " <" + iri + "> is refused: this server reads no files or URLs"
                + (isEmpty() ? " (see the --allow-source option)." : " other than those starting with " + prefixes + ".");
    }

    /** The IRI with scheme and host lower-cased, or null if it is not absolute or has dot segments. */
    private static String normalise(String iri) {
        try {
            URI uri = new URI(iri);
            if (!uri.isAbsolute() || iri.contains("/../") || iri.contains("/./") || iri.endsWith("/..")) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String rest = iri.substring(uri.getScheme().length());
            if (uri.getRawAuthority() != null) {
                String authority = uri.getRawAuthority();
                int at = rest.indexOf(authority);
                rest = rest.substring(0, at) + authority.toLowerCase(Locale.ROOT) + rest.substring(at + authority.length());
            }
            return scheme + rest;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
