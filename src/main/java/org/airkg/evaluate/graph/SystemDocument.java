package org.airkg.evaluate.graph;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the graph holds for one document: the entities its linked mentions name outside the reference list,
 * each with the texts it is written as, and its relations and measurements.
 *
 * @param stem the document's file stem
 * @param mentions each entity's IRI with its distinct mention texts, entities in IRI order
 */
public record SystemDocument(String stem, Map<String, List<String>> mentions, List<SystemRelation> relations,
        List<SystemMeasurement> measurements) {
    public SystemDocument {
        Objects.requireNonNull(stem, "stem");
        mentions = Collections.unmodifiableMap(new TreeMap<>(mentions));
        relations = List.copyOf(relations);
        measurements = List.copyOf(measurements);
    }

    /** The texts {@code entity} is written as in this document, or none. */
    public List<String> texts(String entity) {
        return mentions.getOrDefault(entity, List.of());
    }
}
