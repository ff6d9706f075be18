package org.airkg.build;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.airkg.extract.fact.StatedQuantity;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The corpus-wide graphs of a live store ({@link CorpusGraphs}: ontology, lexicon of the entities the document graphs
 * name, conflicts, VoID and catalogue), brought up to date with each document replaced ({@link CorpusUpdate}). What
 * each document contributes to them (the values it states, {@link StatedQuantity}, and the entities it names) is kept
 * here per document, as a build keeps it while it runs.
 */
final class DerivedGraphs {
    /** What one document gives the corpus-wide graphs: the values it states and the lexicon ids of the entities it names. */
    record Contribution(List<StatedQuantity> statements, List<String> entities) {
        Contribution {
            statements = List.copyOf(statements);
            entities = List.copyOf(entities);
        }
    }

    private final CorpusGraphs corpus;
    private final BuildOptions options;
    private final Map<String, Contribution> documents = new TreeMap<>();

    DerivedGraphs(CorpusGraphs corpus, BuildOptions options) {
        this.corpus = corpus;
        this.options = options;
    }

    /** Records what the document {@code stem}, which the store holds, contributes. */
    void known(String stem, Contribution contribution) {
        documents.put(stem, contribution);
    }

    /** The contributions of every document the store holds, with the document {@code stem} giving {@code now} (empty: removed). */
    Map<String, Contribution> with(String stem, Optional<Contribution> now) {
        Map<String, Contribution> next = new TreeMap<>(documents);
        next.remove(stem);
        now.ifPresent(c -> next.put(stem, c));
        return next;
    }

    /**
     * Inside the caller's write transaction, once the document graph {@code g} went from {@code before} to what
     * {@code store} holds now: brings the corpus-wide graphs of {@code store} up to date with {@code next}, the
     * contributions of every document, checking their changed parts with {@code check}; returns them.
     */
    CorpusGraphs.Result update(DatasetGraph store, Node g, Graph before, Map<String, Contribution> next, CorpusUpdate.Check check) {
        CorpusUpdate update = new CorpusUpdate();
        update.document(g, before, CorpusUpdate.copy(store, g));     // read back: a live update gives no graph of its own here
        Set<String> named = new TreeSet<>();
        next.values().forEach(c -> named.addAll(c.entities()));
        return update.apply(corpus, store, (graph, was, now) -> writeDifference(store, graph, was, now), named,
                next.values().stream().flatMap(c -> c.statements().stream()), options, check);
    }

    /** After the transaction committed: {@code next} is what the store holds. */
    void committed(Map<String, Contribution> next) {
        documents.clear();
        documents.putAll(next);
    }

    private static void writeDifference(DatasetGraph store, Node g, Graph before, Graph given) {
        Graph after = org.airkg.store.StoredForm.of(given);
        before.find().forEachRemaining(t -> {
            if (!after.contains(t)) {
                store.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
        after.find().forEachRemaining(t -> {
            if (!before.contains(t)) {
                store.add(g, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
    }
}
