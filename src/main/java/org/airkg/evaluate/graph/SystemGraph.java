package org.airkg.evaluate.graph;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the scorer reads from a graph: the lexicon's entities by IRI, the documents it was asked for that
 * the graph holds, by stem, and the predicates its ontology declares symmetric (local names), which match
 * either way round. Read one with {@link GraphReader#read}.
 */
public record SystemGraph(Map<String, LexiconEntity> lexicon, Map<String, SystemDocument> documents, Set<String> symmetric) {
    public SystemGraph {
        lexicon = Map.copyOf(lexicon);
        documents = Map.copyOf(documents);
        symmetric = Set.copyOf(symmetric);
    }

    /** The lexicon's description of {@code iri}, or an unknown entity when the lexicon lacks it. */
    public LexiconEntity entity(String iri) {
        LexiconEntity e = lexicon.get(iri);
        return e != null ? e : LexiconEntity.unknown(iri);
    }

    /** The document {@code stem}, when the graph holds it. */
    public Optional<SystemDocument> document(String stem) {
        return Optional.ofNullable(documents.get(stem));
    }
}
