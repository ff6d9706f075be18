package org.airkg.evaluate.graph;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.airkg.evaluate.Gold;

/**
 * An entity of the graph's lexicon as the scorer sees it: its class and the gold kind that class is scored as,
 * its label and synonyms, and its external identifiers as CURIEs.
 *
 * @param ontologyClass the local name of its AIR-KG class, empty when it has none
 * @param kind the gold kind of that class, empty when the class is not scored
 */
public record LexiconEntity(String iri, Optional<String> ontologyClass, Optional<Gold.Kind> kind, String label,
        List<String> names, List<String> curies) {
    public LexiconEntity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(ontologyClass, "ontologyClass");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        names = List.copyOf(names);
        curies = List.copyOf(curies);
    }

    /** An entity the lexicon does not describe: no class, its IRI's last segment as label. */
    public static LexiconEntity unknown(String iri) {
        return new LexiconEntity(iri, Optional.empty(), Optional.empty(), iri.substring(iri.lastIndexOf('/') + 1), List.of(), List.of());
    }
}
