package org.airkg.extract.lexicon;

/**
 * A checked compact identifier: a prefix known to {@link Curies} and a local identifier matching that
 * prefix's pattern. Obtain one with {@link Curies#parse(String)}.
 *
 * @param prefix the Bioregistry prefix, such as {@code CHEBI} or {@code drugbank}
 * @param localId the identifier within the prefix, such as {@code 6413} or {@code DB01006}
 */
public record Curie(String prefix, String localId) {
    public Curie {
        if (!Curies.isKnownPrefix(prefix)) {
            throw new IllegalArgumentException("unknown CURIE prefix '" + prefix + "'");
        }
        if (localId == null || !Curies.localIdPattern(prefix).orElseThrow().matcher(localId).matches()) {
            throw new IllegalArgumentException("local identifier '" + localId + "' does not match the pattern of "
                    + prefix);
        }
    }

    /** The full IRI this CURIE expands to. */
    public String iri() {
        return Curies.iriOf(this);
    }

    /** The CURIE as written: {@code prefix:localId}. */
    @Override
    public String toString() {
        return prefix + ":" + localId;
    }
}
