package org.airkg.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.airkg.document.DocumentReader;
import org.airkg.extract.fact.ConflictFinder;
import org.airkg.extract.lexicon.VocabularyTables;
import org.airkg.rdf.ConflictMapper;
import org.airkg.rdf.Iris;
import org.airkg.rdf.LexiconMapper;
import org.airkg.rdf.Namespaces;
import org.airkg.export.VoidDescription;
import org.airkg.query.QueryCatalog;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The corpus-wide graphs a live update computes again with a document's graph: the lexicon graph (the curated entries
 * and the entities the documents use), the conflicts among the documents' values and, when the build describes the
 * dataset, its VoID and the query catalogue. They are computed as {@link Build#finishBulk} computes them, from what each
 * document the store holds gave the extractor (the entities it uses, the values it states), kept here per document.
 */
final class DerivedGraphs {
    private final Stages stages;
    private final BuildOptions options;
    private final List<VocabularyTables.Table> tables;
    private final Map<String, Set<String>> used = new TreeMap<>();
    private final Map<String, ConflictFinder.Facts> facts = new TreeMap<>();

    private DerivedGraphs(Stages stages, BuildOptions options, List<VocabularyTables.Table> tables) {
        this.stages = stages;
        this.options = options;
        this.tables = tables;
    }

    /** The derived graphs of a corpus, knowing each document the corpus holds now (read and extracted again). */
    static DerivedGraphs of(Inputs inputs, BuildOptions options, Stages stages) {
        DerivedGraphs graphs = new DerivedGraphs(stages, options, VocabularyTables.load(inputs.vocab()));
        try {
            for (Path file : Inputs.corpusFiles(inputs.corpus())) {
                if (Files.size(file) <= DocumentReader.MAX_BYTES) {
                    try {
                        graphs.remember(stages.extractor().extract(DocumentReader.read(file)));
                    } catch (org.airkg.document.DocumentException e) {
                        // Not in the store either: a build refuses it, and the watcher reports it when it is changed.
                    }
                }
            }
        } catch (IOException e) {
            throw new org.airkg.AirkgException(inputs.corpus() + ": " + e.getMessage(), e);
        }
        return graphs;
    }

    private void remember(Extraction e) {
        used.put(e.stem(), e.entityIds());
        facts.put(e.stem(), new ConflictFinder.Facts(e.document(), e.tables().measurements(), e.stated()));
    }

    /**
     * Inside the caller's write transaction: computes the derived graphs again, the document {@code stem} now being
     * {@code now} (empty: removed), and replaces them in {@code store}. What is kept per document changes only once
     * the graphs are written; if the transaction is then aborted, the next update computes from the store's documents.
     */
    void refresh(DatasetGraph store, String stem, Optional<Extraction> now) {
        Map<String, Set<String>> nextUsed = new TreeMap<>(used);
        Map<String, ConflictFinder.Facts> nextFacts = new TreeMap<>(facts);
        nextUsed.remove(stem);
        nextFacts.remove(stem);
        now.ifPresent(e -> {
            nextUsed.put(e.stem(), e.entityIds());
            nextFacts.put(e.stem(), new ConflictFinder.Facts(e.document(), e.tables().measurements(), e.stated()));
        });
        Set<String> ids = new TreeSet<>();
        nextUsed.values().forEach(ids::addAll);
        Model lexicon = Namespaces.setPrefixes(ModelFactory.createDefaultModel());
        LexiconMapper.map(stages.extractor().lexicon(), ids, lexicon);
        LexiconMapper.mapTables(tables, lexicon);
        Model conflicts = ConflictMapper.map(new ConflictFinder(stages.extractor().lexicon()).find(List.copyOf(nextFacts.values())));
        replace(store, Iris.LEXICON_GRAPH, lexicon.getGraph());
        replace(store, Iris.CONFLICTS_GRAPH, conflicts.getGraph());
        if (options.describe()) {
            store.removeGraph(NodeFactory.createURI(VoidDescription.GRAPH));
            store.removeGraph(NodeFactory.createURI(QueryCatalog.GRAPH));
            try {
                Descriptions.publish(into(store), options);
            } catch (IOException e) {
                throw new org.airkg.AirkgException("cannot describe the dataset: " + e.getMessage(), e);
            }
        }
        used.clear();
        used.putAll(nextUsed);
        facts.clear();
        facts.putAll(nextFacts);
    }

    private static void replace(DatasetGraph store, String name, Graph graph) {
        Node g = NodeFactory.createURI(name);
        store.removeGraph(g);
        graph.find().forEachRemaining(t -> store.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** The store, inside the caller's transaction, as a sink the descriptions are published into. */
    private static GraphSink into(DatasetGraph store) {
        return new GraphSink() {
            @Override
            public void prefixes(PrefixMap prefixes) {
                store.prefixes().putAll(prefixes);
            }

            @Override
            public long add(String name, Graph graph) {
                Node g = NodeFactory.createURI(name);
                long[] n = {0};
                graph.find().forEachRemaining(t -> {
                    store.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                    n[0]++;
                });
                return n[0];
            }

            @Override
            public DatasetGraph written() {
                return store;
            }

            @Override
            public long finish(String fingerprint) {
                throw new UnsupportedOperationException("a live store is finished by its transaction");
            }

            @Override
            public void close() {
                // The caller's transaction ends the writes.
            }
        };
    }
}
