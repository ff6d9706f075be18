package org.airkg.build;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.airkg.export.VoidDescription;
import org.airkg.export.VoidFigures;
import org.airkg.extract.fact.Conflict;
import org.airkg.extract.fact.ConflictFinder;
import org.airkg.extract.fact.StatedQuantity;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.VocabularyTables;
import org.airkg.query.QueryCatalog;
import org.airkg.rdf.ConflictMapper;
import org.airkg.rdf.Iris;
import org.airkg.rdf.LexiconMapper;
import org.airkg.rdf.Namespaces;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The graphs of the whole corpus, computed from what each document contributes rather than from the documents' graphs:
 * the ontology, the lexicon (its curated entries and every entity the document graphs name, as each document's build
 * recorded them), the conflicts among the documents' values (from each document's {@link StatedQuantity statements}),
 * and the dataset's descriptions (VoID over the store, the query catalogue).
 * A full build adds them once its documents are written; a store updated in place ({@link CorpusUpdate}) has them
 * brought up to date by the difference a change makes.
 *
 * <pre>{@code
 * CorpusGraphs corpus = CorpusGraphs.load(inputs);
 * CorpusGraphs.Result wide = corpus.compute(named, statements.stream());
 * }</pre>
 */
public final class CorpusGraphs {
    /** The graphs computed, by name (ontology, lexicon, conflicts), and the conflicts found. */
    public record Result(Map<String, Model> graphs, List<Conflict> conflicts) {
        public Result {
            graphs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(graphs));
            conflicts = List.copyOf(conflicts);
        }

        /** The lexicon graph computed, which holds every link to an external identifier and every name table. */
        public org.apache.jena.graph.Graph lexicon() {
            return graphs.get(Iris.LEXICON_GRAPH).getGraph();
        }
    }

    /** The names of the graphs computed for the whole corpus: ontology, lexicon, conflicts, VoID and catalogue. */
    public static final List<String> GRAPHS = List.of(Iris.ONTOLOGY_GRAPH, Iris.LEXICON_GRAPH, Iris.CONFLICTS_GRAPH, VoidDescription.GRAPH,
            QueryCatalog.GRAPH);

    private final Lexicon lexicon;
    private final List<VocabularyTables.Table> tables;
    private final Model ontology;

    /** The corpus-wide graphs over this lexicon, with the vocabulary tables' descriptions and the ontology. */
    public CorpusGraphs(Lexicon lexicon, List<VocabularyTables.Table> tables, Model ontology) {
        this.lexicon = lexicon;
        this.tables = tables;
        this.ontology = ontology;
    }

    /** The corpus-wide graphs of the inputs' lexicon, vocabulary tables and ontology. */
    public static CorpusGraphs load(Inputs inputs) {
        return new CorpusGraphs(inputs.loadLexicon(), VocabularyTables.load(inputs.vocab()), inputs.loadOntology());
    }

    /** The lexicon the graphs describe. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * The ontology, the lexicon of the entities {@code named} (lexicon ids: what the document graphs name, see
     * {@link #entitiesNamed(org.apache.jena.graph.Graph, Lexicon)}), and the conflicts among {@code statements}, given
     * document by document in the order of their stems.
     */
    public Result compute(Set<String> named, Stream<StatedQuantity> statements) {
        Model lexiconGraph = Namespaces.setPrefixes(ModelFactory.createDefaultModel());
        LexiconMapper.map(lexicon, named, lexiconGraph);
        LexiconMapper.mapTables(tables, lexiconGraph);
        List<Conflict> conflicts = ConflictFinder.compare(statements);
        Map<String, Model> graphs = new LinkedHashMap<>();
        graphs.put(Iris.ONTOLOGY_GRAPH, ontology);
        graphs.put(Iris.LEXICON_GRAPH, lexiconGraph);
        graphs.put(Iris.CONFLICTS_GRAPH, ConflictMapper.map(conflicts));
        return new Result(graphs, conflicts);
    }

    /** The lexicon ids of the entities {@code graph} names, as subject or object, sorted. */
    public static Set<String> entitiesNamed(org.apache.jena.graph.Graph graph, Lexicon lexicon) {
        Set<String> ids = new TreeSet<>();
        named(graph, lexicon, new java.util.HashSet<>(), ids);
        return ids;
    }

    private static void named(org.apache.jena.graph.Graph graph, Lexicon lexicon, Set<Node> seen, Set<String> ids) {
        graph.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(Iris.ID) && seen.add(n)) {
                    entityId(n.getURI(), lexicon).ifPresent(ids::add);
                }
            }
        });
    }

    /** The id of the lexicon entry whose IRI is {@code iri} ({@code id/{kind}/{id}}), if there is one. */
    private static Optional<String> entityId(String iri, Lexicon lexicon) {
        String rest = iri.substring(Iris.ID.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        return lexicon.byId(rest.substring(slash + 1)).filter(e -> LexiconMapper.iri(e).equals(iri)).map(e -> e.id());
    }

    /**
     * The dataset's descriptions of itself, by graph name: the VoID of what {@code dataset} holds (read inside the
     * caller's transaction; its links and name tables from {@code lexicon}, the lexicon graph as written, which the
     * caller has in memory; its counts are {@code figures} when given, else counted over the whole union: from a TDB2
     * store's indexes, {@link org.airkg.store.UnionScan}, or with SPARQL), then the
     * query catalogue of {@code options} as SPARQL examples (when its folder exists). Empty when the options describe
     * nothing.
     */
    public static Map<String, Model> descriptions(DatasetGraph dataset, org.apache.jena.graph.Graph lexicon, BuildOptions options,
            Optional<VoidFigures> figures) throws IOException {
        Map<String, Model> graphs = new LinkedHashMap<>();
        if (!options.describe()) {
            return graphs;
        }
        org.apache.jena.graph.Graph union = dataset.getUnionGraph();
        graphs.put(VoidDescription.GRAPH, VoidDescription.describe(union, lexicon, Optional.of(options.endpoint()),
                figures.orElseGet(() -> org.airkg.store.UnionScan.count(dataset).orElseGet(() -> VoidFigures.count(union)))));
        if (options.catalogue().isPresent() && Files.isDirectory(options.catalogue().get())) {
            graphs.put(QueryCatalog.GRAPH, new QueryCatalog(options.catalogue().get()).describe(options.endpoint()));
        }
        return graphs;
    }
}
