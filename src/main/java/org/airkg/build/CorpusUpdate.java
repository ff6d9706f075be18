package org.airkg.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.airkg.export.VoidDescription;
import org.airkg.export.VoidFigures;
import org.airkg.extract.fact.StatedQuantity;
import org.airkg.query.QueryCatalog;
import org.airkg.rdf.Iris;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.airkg.store.StoredForm;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The corpus-wide graphs of a built store brought up to date in place after some of its document graphs changed, at
 * the cost of the change rather than of the store: the lexicon and conflicts are computed from what each document
 * names and states ({@link CorpusGraphs#compute}) and written as the difference from what the store held; VoID's
 * counts are moved by the triples that changed ({@link VoidDelta}); the shapes validate only the lexicon and
 * conflict nodes whose triples changed or that reference a node of a changed document. Each document changed is
 * recorded ({@link #document}) with its old and new graph; past {@link #BUDGET} triples of them, the VoID counts are
 * made over the whole union instead, as a full build makes them.
 *
 * <pre>{@code
 * CorpusUpdate update = new CorpusUpdate();
 * update.document(g, oldGraph, newGraph);                    // before the store's graph g is replaced
 * CorpusGraphs.Result wide = update.apply(corpus, store, writer, named, statements, options, check);
 * }</pre>
 */
final class CorpusUpdate {
    /** Triples of the changed documents' old and new graphs held in memory for VoID's counts at most. */
    static final long BUDGET = 400_000;

    /** Writes the difference between a graph's old and new contents into the store. */
    interface Writer {
        void write(Node g, Graph before, Graph after);
    }

    /** Validates parts of corpus-wide graphs (by graph name) with what they reference in the store. */
    interface Check {
        void parts(Map<String, Graph> parts, DatasetGraph store);
    }

    private final List<VoidDelta.Change> changes = new ArrayList<>();
    private final Set<Node> documentNodes = new HashSet<>();
    private long held;

    /** Records that the document graph {@code g} goes from {@code before} to {@code after} (an empty graph for none). */
    void document(Node g, Graph before, Graph after) {
        if (held > BUDGET) {
            return;
        }
        held += before.size() + after.size();
        if (held > BUDGET) {
            changes.clear();
            documentNodes.clear();
            return;
        }
        changes.add(new VoidDelta.Change(g, before, after));
        for (Graph graph : List.of(before, after)) {
            graph.find().forEachRemaining(t -> documentNodes.add(t.getSubject()));
        }
    }

    /**
     * What {@code store} holds under {@code g} once {@code written} was written there, as the store gives its terms
     * back (TDB2 gives some literals back in canonical form): {@code written} in its stored form when that is known
     * ({@link StoredForm#asReadBack}), else read back from the store.
     */
    static Graph readBack(DatasetGraph store, Node g, Graph written) {
        return StoredForm.asReadBack(written).orElseGet(() -> copy(store, g));
    }

    /** A copy, in memory, of what {@code store} holds under {@code g}. */
    static Graph copy(DatasetGraph store, Node g) {
        Graph out = GraphFactory.createDefaultGraph();
        store.getGraph(g).find().forEachRemaining(out::add);
        return out;
    }

    /**
     * Inside the caller's write transaction on {@code store}, whose document graphs hold their new contents: computes
     * the lexicon of {@code named} and the conflicts among {@code statements}, writes them with {@code writer} as the
     * difference from the store's, validates their changed parts with {@code check}, and replaces the descriptions
     * (VoID and catalogue). The ontology is written only when the store lacks it (a store updated in place was built
     * from the same ontology).
     */
    CorpusGraphs.Result apply(CorpusGraphs corpus, DatasetGraph store, Writer writer, Set<String> named, Stream<StatedQuantity> statements,
            BuildOptions options, Check check) {
        boolean counted = held <= BUDGET;
        Optional<VoidFigures> was = counted ? VoidFigures.read(store.getGraph(NodeFactory.createURI(VoidDescription.GRAPH))) : Optional.empty();
        for (Node g : VoidDelta.descriptionGraphs()) {
            writer.write(g, copy(store, g), GraphFactory.createDefaultGraph());
        }
        CorpusGraphs.Result wide = corpus.compute(named, statements);
        Map<String, Graph> parts = new LinkedHashMap<>();
        for (Map.Entry<String, Model> e : wide.graphs().entrySet()) {
            Node g = NodeFactory.createURI(e.getKey());
            Graph now = e.getValue().getGraph();
            boolean ontology = e.getKey().equals(Iris.ONTOLOGY_GRAPH);
            if (ontology && store.containsGraph(g) && !store.getGraph(g).isEmpty()) {
                continue;
            }
            Graph before = copy(store, g);
            writer.write(g, before, now);
            Graph after = readBack(store, g, now);
            changes.add(new VoidDelta.Change(g, before, after));
            if (!ontology) {
                parts.put(e.getKey(), changedPart(before, after));
            }
        }
        check.parts(parts, store);
        Optional<VoidFigures> figures = was.map(w -> VoidDelta.update(w, store, changes, VoidDelta.descriptionGraphs()));
        try {
            CorpusGraphs.descriptions(store, wide.lexicon(), options, figures).forEach((name, model) -> writer.write(NodeFactory.createURI(name),
                    GraphFactory.createDefaultGraph(), model.getGraph()));
        } catch (java.io.IOException e) {
            throw new org.airkg.AirkgException("cannot describe the dataset: " + e.getMessage(), e);
        }
        return wide;
    }

    /**
     * The triples of {@code after} whose subject a changed triple has, or which name as object a node a changed document
     * describes: every node whose shape results may differ from those it had. A node no changed triple touches keeps its
     * triples and, but for nodes of changed documents, what it references, so its results are those of the last build.
     */
    private Graph changedPart(Graph before, Graph after) {
        Set<Node> subjects = new HashSet<>();
        before.find().forEachRemaining(t -> {
            if (!after.contains(t)) {
                subjects.add(t.getSubject());
            }
        });
        after.find().forEachRemaining(t -> {
            if (!before.contains(t) || documentNodes.contains(t.getObject())) {
                subjects.add(t.getSubject());
            }
        });
        Graph part = GraphFactory.createDefaultGraph();
        for (Node s : subjects) {
            after.find(s, Node.ANY, Node.ANY).forEachRemaining(part::add);
        }
        if (after.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).hasNext()) {
            return after;   // blank nodes: validated whole, as their descriptions hang from other nodes
        }
        return part;
    }
}
