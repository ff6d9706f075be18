package org.airkg.evaluate.match;

import java.util.Optional;
import org.airkg.extract.lexicon.Curies;

/**
 * External identifiers as CURIEs: an IRI of the graph ({@code skos:exactMatch}) contracted with the prefixes of
 * {@link Curies}, and the check a gold file's CURIEs pass.
 *
 * <pre>{@code
 * Identifiers.curie("http://purl.obolibrary.org/obo/CHEBI_6413");   // Optional[CHEBI:6413]
 * }</pre>
 */
public final class Identifiers {
    private Identifiers() {}

    /** The CURIE of {@code iri}: the longest known IRI prefix it starts with, when the rest is a valid local identifier. */
    public static Optional<String> curie(String iri) {
        String best = null;
        int bestLength = -1;
        for (String prefix : Curies.prefixes()) {
            String base = Curies.iriPrefix(prefix).orElseThrow();
            if (iri.startsWith(base) && base.length() > bestLength
                    && Curies.localIdPattern(prefix).orElseThrow().matcher(iri.substring(base.length())).matches()) {
                best = prefix + ":" + iri.substring(base.length());
                bestLength = base.length();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The prefix of a CURIE: what comes before the first colon. */
    public static String prefix(String curie) {
        return curie.substring(0, curie.indexOf(':'));
    }

    /**
     * Why {@code curie} is not a gold identifier, or empty when it is one: it must be {@code prefix:local}; a prefix
     * {@link Curies} knows must be spelt as it is there and its local identifier must match its pattern; other
     * prefixes (BAO, for instance) are taken as written.
     */
    public static Optional<String> problem(String curie) {
        int colon = curie.indexOf(':');
        if (colon <= 0 || colon == curie.length() - 1 || curie.strip().length() != curie.length() || curie.contains(" ")) {
            return Optional.of("'" + curie + "' is not a CURIE of the form prefix:local");
        }
        String prefix = curie.substring(0, colon);
        if (Curies.isKnownPrefix(prefix)) {
            try {
                Curies.parse(curie);
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
        }
        return Curies.prefixes().stream().filter(known -> known.equalsIgnoreCase(prefix)).findFirst()
                .map(known -> "'" + curie + "': write the prefix as '" + known + "'");
    }
}
