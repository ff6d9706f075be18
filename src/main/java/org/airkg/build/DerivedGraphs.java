package org.airkg.build;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.airkg.AirkgException;
import org.airkg.extract.fact.StatedQuantity;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The corpus-wide graphs of a live store ({@link CorpusGraphs}: ontology, lexicon of the entities the document graphs
 * name, conflicts, VoID and catalogue), computed again with each document replaced. The conflicts compare the values
 * every document states ({@link StatedQuantity}), which are kept here per document, as a build keeps them while it runs.
 */
final class DerivedGraphs {
    private final CorpusGraphs corpus;
    private final BuildOptions options;
    private final Map<String, List<StatedQuantity>> statements = new TreeMap<>();

    DerivedGraphs(CorpusGraphs corpus, BuildOptions options) {
        this.corpus = corpus;
        this.options = options;
    }

    /** Records what the document {@code stem}, which the store holds, states. */
    void known(String stem, List<StatedQuantity> stated) {
        statements.put(stem, List.copyOf(stated));
    }

    /** The statements of every document the store holds, with the document {@code stem} stating {@code now} (empty: removed). */
    Map<String, List<StatedQuantity>> with(String stem, Optional<List<StatedQuantity>> now) {
        Map<String, List<StatedQuantity>> next = new TreeMap<>(statements);
        next.remove(stem);
        now.ifPresent(s -> next.put(stem, List.copyOf(s)));
        return next;
    }

    /** Inside the caller's write transaction: replaces the corpus-wide graphs of {@code store}, with {@code documents}' statements; returns them. */
    CorpusGraphs.Result replace(DatasetGraph store, Map<String, List<StatedQuantity>> documents) {
        try {
            return corpus.replace(store, documents.values().stream().flatMap(List::stream), options);
        } catch (IOException e) {
            throw new AirkgException("cannot describe the dataset: " + e.getMessage(), e);
        }
    }

    /** After the transaction committed: {@code documents} are what the store holds. */
    void committed(Map<String, List<StatedQuantity>> documents) {
        statements.clear();
        statements.putAll(documents);
    }
}
