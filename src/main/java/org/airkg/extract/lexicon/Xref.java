package org.airkg.extract.lexicon;

import java.util.Arrays;
import java.util.List;

/**
 * A cross-reference from a lexicon entry to an identifier in an external registry, with the public source
 * where that identifier was confirmed.
 *
 * @param curie the identifier as a CURIE with a prefix known to {@link Curies}, such as {@code CHEBI:6413}
 * @param confirmedBy where the identifier was checked against the entity it names: a URL, or the
 *     {@code owner/repo/path} of a public file; when two independent sources were needed, both, separated
 *     by {@code " ; "}; a URL may be followed by a note, after a space
 */
public record Xref(String curie, String confirmedBy) {
    public Xref {
        Curies.parse(curie);
        if (confirmedBy == null || confirmedBy.isBlank()) {
            throw new IllegalArgumentException("xref " + curie + " has no confirmedBy source");
        }
        confirmedBy = confirmedBy.strip();
        for (String source : SEPARATOR.split(confirmedBy, -1)) {
            if (source.isBlank()) {
                throw new IllegalArgumentException("xref " + curie + " has an empty source in confirmedBy '"
                        + confirmedBy + "'");
            }
            parse(source.strip()).url().ifPresent(url -> {
                try {
                    org.apache.jena.irix.IRIx iri = org.apache.jena.irix.IRIx.create(url);
                    if (iri.isRelative() || iri.hasViolations()) {
                        throw new IllegalArgumentException("xref " + curie + ": '" + url + "' is not a valid absolute IRI");
                    }
                } catch (org.apache.jena.irix.IRIException e) {
                    throw new IllegalArgumentException("xref " + curie + ": '" + url + "' is not a valid IRI: " + e.getMessage(), e);
                }
            });
        }
    }

    /** The checked CURIE. */
    public Curie parsed() {
        return Curies.parse(curie);
    }

    /** The CURIE's prefix, such as {@code CHEBI}. */
    public String prefix() {
        return parsed().prefix();
    }

    /** The CURIE's local identifier, such as {@code 6413}. */
    public String localId() {
        return parsed().localId();
    }

    /** The IRI the CURIE expands to. */
    public String iri() {
        return parsed().iri();
    }

    /** The sources of {@link #confirmedBy()}, split at {@code " ; "} and stripped, in order. */
    public List<String> sources() {
        return Arrays.stream(SEPARATOR.split(confirmedBy)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** What separates two sources: a semicolon with white space on both sides (one inside a note has none before it). */
    private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile("\\s+;(?:\\s+|$)");

    /** Whether a source is an absolute http or https URL (possibly followed by a note) rather than a repository path. */
    public static boolean isUrl(String source) {
        return source.startsWith("https://") || source.startsWith("http://");
    }

    /**
     * A source split into its URL and the note written after it: "https://pubmed.ncbi.nlm.nih.gov/31742168/
     * ('Asn680Ser')" is the URL and the note "('Asn680Ser')"; a source that is no URL is all note.
     *
     * @param url the URL, a valid absolute IRI, when the source starts with one
     * @param note the rest of the source, or empty
     */
    public record Source(java.util.Optional<String> url, String note) {}

    /** The sources of {@link #confirmedBy()}, each split into URL and note. */
    public List<Source> parsedSources() {
        return sources().stream().map(Xref::parse).toList();
    }

    private static Source parse(String source) {
        if (!isUrl(source)) {
            return new Source(java.util.Optional.empty(), source);
        }
        int space = source.indexOf(' ');
        String url = space < 0 ? source : source.substring(0, space);
        String note = space < 0 ? "" : source.substring(space + 1).strip();
        return new Source(java.util.Optional.of(url), note);
    }
}
