package org.airkg.evaluate.graph;

import java.util.List;
import java.util.Objects;
import org.airkg.evaluate.Gold;

/**
 * A relation the graph states for a document: the associations with evidence from it that share subject,
 * predicate, object and polarity, with the modality, model and indication qualifiers and the quotes of any of them.
 *
 * @param modalities the modalities ("asserted", "hypothesised") the associations are stated with
 * @param predicate the local name of the association's predicate
 * @param models entities the associations are qualified by as their model system
 * @param indications entities the associations are qualified by as their indication
 */
public record SystemRelation(String subject, String predicate, String object, Gold.Polarity polarity, List<String> modalities, List<String> models,
        List<String> indications, List<String> quotes) {
    public SystemRelation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(polarity, "polarity");
        modalities = List.copyOf(modalities);
        models = List.copyOf(models);
        indications = List.copyOf(indications);
        quotes = List.copyOf(quotes);
    }

    /** The first quote, or empty when the evidence has none. */
    public String quote() {
        return quotes.isEmpty() ? "" : quotes.get(0);
    }
}
