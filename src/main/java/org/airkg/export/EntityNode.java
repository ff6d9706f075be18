package org.airkg.export;

import java.util.List;
import java.util.Objects;

/**
 * An entity of the exported graph: a lexicon entity that a document mentions or that takes part in an
 * association, with its class, label, external identifiers and how often the documents name it.
 *
 * @param iri the entity's IRI ({@code https://w3id.org/airkg/id/drug/letrozole})
 * @param kind the local name of its AIR-KG class ({@code Drug}), or {@code Entity} when it has none
 * @param label its {@code rdfs:label}, or the last segment of its IRI when it has none
 * @param identifiers the IRIs it is {@code skos:exactMatch} to, sorted
 * @param mentions how many linked mentions name it
 * @param documents in how many documents those mentions are
 */
public record EntityNode(String iri, String kind, String label, List<String> identifiers, int mentions, int documents) {
    /** The kind of an entity that has no AIR-KG class. */
    public static final String UNTYPED = "Entity";

    public EntityNode {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        identifiers = identifiers.stream().sorted().distinct().toList();
        if (mentions < 0 || documents < 0 || documents > mentions) {
            throw new IllegalArgumentException(iri + ": " + mentions + " mentions in " + documents + " documents");
        }
    }
}
