package org.airkg.evaluate.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.airkg.evaluate.Gold;
import org.airkg.evaluate.Vocabulary;
import org.airkg.evaluate.match.Identifiers;
import org.airkg.rdf.AIRKG;
import org.airkg.rdf.Iris;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * Reads what the scorer compares from a dataset (a TDB2 store or an assembled in-memory dataset) with the
 * SPARQL queries beside this class, parameters bound as nodes: the lexicon's entities with their classes,
 * names and identifiers, and for each document its linked mentions outside the reference list, its
 * associations and its measurements. One read transaction.
 *
 * <pre>{@code
 * SystemGraph graph = GraphReader.read(dataset, List.of("h01_capivasertib_akt1"));
 * }</pre>
 */
public final class GraphReader {
    private static final Query DOCUMENT = query("document");
    private static final Query MENTIONS = query("mentions");
    private static final Query CLASSES = query("entity-classes");
    private static final Query NAMES = query("entity-names");
    private static final Query IDENTIFIERS = query("entity-identifiers");
    private static final Query ASSOCIATIONS = query("associations");
    private static final Query SYMMETRIC = query("symmetric-properties");

    private final DatasetGraph dsg;
    private Set<String> symmetric = Set.of();

    private GraphReader(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Reads the lexicon and those of {@code stems} the dataset holds. */
    public static SystemGraph read(Dataset dataset, Collection<String> stems) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        GraphReader reader = new GraphReader(dsg);
        return Txn.calculateRead(dsg, () -> {
            reader.symmetric = reader.symmetric();
            Map<String, SystemDocument> documents = new HashMap<>();
            for (String stem : stems) {
                if (reader.holds(stem)) {
                    documents.put(stem, reader.document(stem));
                }
            }
            return new SystemGraph(reader.lexicon(), documents, reader.symmetric);
        });
    }

    private Set<String> symmetric() {
        Set<String> properties = new LinkedHashSet<>();
        select(QueryExec.dataset(dsg).query(SYMMETRIC).substitution("ontology", NodeFactory.createURI(Iris.ONTOLOGY_GRAPH)).build(),
                row -> properties.add(localName(row.get("property").getURI())));
        return properties;
    }

    private boolean holds(String stem) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(DOCUMENT).substitution("graph", graph(stem))
                .substitution("document", NodeFactory.createURI(Iris.document(stem))).build()) {
            return exec.ask();
        }
    }

    private Map<String, LexiconEntity> lexicon() {
        Node lexicon = NodeFactory.createURI(Iris.LEXICON_GRAPH);
        Map<String, String> classes = new TreeMap<>();
        select(QueryExec.dataset(dsg).query(CLASSES).substitution("lexicon", lexicon)
                .substitution("ns", NodeFactory.createLiteralString(AIRKG.NS)).build(), row -> {
            String cls = row.get("class").getURI().substring(AIRKG.NS.length());
            // An entity typed twice is scored by the first class the vocabulary knows.
            classes.merge(row.get("entity").getURI(), cls, (a, b) -> Vocabulary.kindOf(a).isPresent() ? a : b);
        });
        Map<String, String> labels = new HashMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        select(QueryExec.dataset(dsg).query(NAMES).substitution("lexicon", lexicon).build(), row -> {
            String entity = row.get("entity").getURI();
            String name = row.get("name").getLiteralLexicalForm();
            if (Boolean.parseBoolean(row.get("preferred").getLiteralLexicalForm())) {
                labels.putIfAbsent(entity, name);
            }
            names.computeIfAbsent(entity, k -> new LinkedHashSet<>()).add(name);
        });
        Map<String, List<String>> curies = new HashMap<>();
        select(QueryExec.dataset(dsg).query(IDENTIFIERS).substitution("lexicon", lexicon).build(), row -> Identifiers
                .curie(row.get("id").getURI()).ifPresent(c -> curies.computeIfAbsent(row.get("entity").getURI(), k -> new ArrayList<>()).add(c)));
        Set<String> iris = new LinkedHashSet<>(classes.keySet());
        iris.addAll(names.keySet());
        Map<String, LexiconEntity> entities = new HashMap<>();
        for (String iri : iris) {
            Optional<String> cls = Optional.ofNullable(classes.get(iri));
            String label = labels.getOrDefault(iri, LexiconEntity.unknown(iri).label());
            entities.put(iri, new LexiconEntity(iri, cls, cls.flatMap(Vocabulary::kindOf), label,
                    List.copyOf(names.getOrDefault(iri, Set.of())), curies.getOrDefault(iri, List.of())));
        }
        return entities;
    }

    private SystemDocument document(String stem) {
        Map<String, List<String>> mentions = new LinkedHashMap<>();
        select(QueryExec.dataset(dsg).query(MENTIONS).substitution("graph", graph(stem)).build(), row -> mentions
                .computeIfAbsent(row.get("entity").getURI(), k -> new ArrayList<>()).add(row.get("text").getLiteralLexicalForm()));
        return new SystemDocument(stem, mentions, relations(stem), MeasurementReader.read(dsg, graph(stem)));
    }

    /** The document's relations; a symmetric statement read both ways round is one. */
    private List<SystemRelation> relations(String stem) {
        record Key(String subject, String predicate, String object, Gold.Polarity polarity) {}
        record Found(Set<String> modalities, Set<String> models, Set<String> indications, Set<String> quotes) {}
        Map<Key, Found> found = new LinkedHashMap<>();
        select(QueryExec.dataset(dsg).query(ASSOCIATIONS).substitution("graph", graph(stem))
                .substitution("document", NodeFactory.createURI(Iris.document(stem))).build(), row -> {
            String predicate = row.get("predicate").getURI();
            Gold.Polarity polarity = string(row, "polarity").filter("does-not-support"::equals).isPresent()
                    ? Gold.Polarity.NEGATIVE : Gold.Polarity.POSITIVE;
            String subject = row.get("subject").getURI();
            String object = row.get("object").getURI();
            boolean swap = symmetric.contains(localName(predicate)) && subject.compareTo(object) > 0;
            Key key = new Key(swap ? object : subject, localName(predicate), swap ? subject : object, polarity);
            Found f = found.computeIfAbsent(key, k -> new Found(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
                    new LinkedHashSet<>()));
            string(row, "modality").ifPresent(f.modalities()::add);
            optionalIri(row, "model").ifPresent(f.models()::add);
            optionalIri(row, "indication").ifPresent(f.indications()::add);
            string(row, "quote").ifPresent(f.quotes()::add);
        });
        List<SystemRelation> relations = new ArrayList<>();
        found.forEach((k, f) -> relations.add(new SystemRelation(k.subject(), k.predicate(), k.object(), k.polarity(),
                List.copyOf(f.modalities()), List.copyOf(f.models()), List.copyOf(f.indications()), f.quotes().stream().sorted().toList())));
        return relations;
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    static Optional<String> optionalIri(Binding row, String var) {
        return row.contains(var) && row.get(var).isURI() ? Optional.of(row.get(var).getURI()) : Optional.empty();
    }

    static Optional<BigDecimal> decimal(Binding row, String var) {
        if (!row.contains(var) || !row.get(var).isLiteral()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(row.get(var).getLiteralLexicalForm()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<String> string(Binding row, String var) {
        return row.contains(var) && row.get(var).isLiteral() ? Optional.of(row.get(var).getLiteralLexicalForm()) : Optional.empty();
    }

    static Node graph(String stem) {
        return NodeFactory.createURI(Iris.documentGraph(stem));
    }

    static void select(QueryExec exec, Consumer<Binding> consumer) {
        try (exec) {
            exec.select().forEachRemaining(consumer);
        }
    }

    /** The query {@code name.rq} beside this class. */
    static Query query(String name) {
        try (InputStream in = GraphReader.class.getResourceAsStream(name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("query " + name + ".rq is missing from the jar");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
