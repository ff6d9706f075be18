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
 *     by {@code " ; "}
 */
public record Xref(String curie, String confirmedBy) {
    public Xref {
        Curies.parse(curie);
        if (confirmedBy == null || confirmedBy.isBlank()) {
            throw new IllegalArgumentException("xref " + curie + " has no confirmedBy source");
        }
        confirmedBy = confirmedBy.strip();
        for (String source : confirmedBy.split(";", -1)) {
            if (source.isBlank()) {
                throw new IllegalArgumentException("xref " + curie + " has an empty source in confirmedBy '"
                        + confirmedBy + "'");
            }
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

    /** The sources of {@link #confirmedBy()}, split at {@code ;} and stripped, in order. */
    public List<String> sources() {
        return Arrays.stream(confirmedBy.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether a source is an absolute http or https URL rather than a repository path. */
    public static boolean isUrl(String source) {
        return source.startsWith("https://") || source.startsWith("http://");
    }
}
