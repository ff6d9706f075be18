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
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The graphs of the whole corpus, computed from what a store holds rather than from memory: the ontology, the lexicon
 * (its curated entries and every entity the document graphs name), the conflicts among the documents' values (from
 * each document's {@link StatedQuantity statements}), and the dataset's descriptions (VoID, the query catalogue).
 * A build adds them once its documents are written; replacing one document in a live store calls {@link #replace}
 * inside the write transaction that replaces its graph.
 *
 * <pre>{@code
 * CorpusGraphs corpus = CorpusGraphs.load(inputs);
 * Txn.executeWrite(dsg, () -> corpus.replace(dsg, statements.stream(), options));
 * }</pre>
 */
public final class CorpusGraphs {
    /** The graphs computed, by name (ontology, lexicon, conflicts), and the conflicts found. */
    public record Result(Map<String, Model> graphs, List<Conflict> conflicts) {
        public Result {
            graphs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(graphs));
            conflicts = List.copyOf(conflicts);
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
     * The ontology, the lexicon of the entities the document graphs of {@code dataset} name, and the conflicts among
     * {@code statements}, given document by document in the order of their stems. Reads {@code dataset} only.
     */
    public Result compute(DatasetGraph dataset, Stream<StatedQuantity> statements) {
        Model lexiconGraph = Namespaces.setPrefixes(ModelFactory.createDefaultModel());
        LexiconMapper.map(lexicon, entitiesNamed(dataset), lexiconGraph);
        LexiconMapper.mapTables(tables, lexiconGraph);
        List<Conflict> conflicts = ConflictFinder.compare(statements);
        Map<String, Model> graphs = new LinkedHashMap<>();
        graphs.put(Iris.ONTOLOGY_GRAPH, ontology);
        graphs.put(Iris.LEXICON_GRAPH, lexiconGraph);
        graphs.put(Iris.CONFLICTS_GRAPH, ConflictMapper.map(conflicts));
        return new Result(graphs, conflicts);
    }

    /** The lexicon ids of the entities the document graphs of {@code dataset} name, as subject or object, sorted. */
    public Set<String> entitiesNamed(DatasetGraph dataset) {
        Set<String> ids = new TreeSet<>();
        Set<Node> seen = new java.util.HashSet<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().startsWith(Iris.DOCUMENT_GRAPH)) {
                named(dataset.getGraph(g), lexicon, seen, ids);
            }
        });
        return ids;
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
     * The dataset's descriptions of itself, by graph name: the VoID of what {@code dataset} holds, then the query
     * catalogue of {@code options} as SPARQL examples (when its folder exists). Empty when the options describe nothing.
     */
    public static Map<String, Model> descriptions(DatasetGraph dataset, BuildOptions options) throws IOException {
        Map<String, Model> graphs = new LinkedHashMap<>();
        if (!options.describe()) {
            return graphs;
        }
        graphs.put(VoidDescription.GRAPH, VoidDescription.describe(DatasetFactory.wrap(dataset), Optional.of(options.endpoint())));
        if (options.catalogue().isPresent() && Files.isDirectory(options.catalogue().get())) {
            graphs.put(QueryCatalog.GRAPH, new QueryCatalog(options.catalogue().get()).describe(options.endpoint()));
        }
        return graphs;
    }

    /**
     * Replaces the corpus-wide graphs of {@code dataset}, which must be in a write transaction: drops the ontology,
     * lexicon, conflicts and description graphs, computes them again from the document graphs and {@code statements}
     * (every document's, in the order of their stems), and adds them. Validating them is the caller's (see
     * {@code Build}); a caller that aborts the transaction leaves the old graphs.
     */
    public Result replace(DatasetGraph dataset, Stream<StatedQuantity> statements, BuildOptions options) throws IOException {
        for (String name : GRAPHS) {
            dataset.removeGraph(NodeFactory.createURI(name));
        }
        Result result = compute(dataset, statements);
        result.graphs().forEach((name, model) -> add(dataset, name, model));
        descriptions(dataset, options).forEach((name, model) -> add(dataset, name, model));
        return result;
    }

    private static void add(DatasetGraph dataset, String name, Model model) {
        Node g = NodeFactory.createURI(name);
        model.getGraph().find().forEachRemaining(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
