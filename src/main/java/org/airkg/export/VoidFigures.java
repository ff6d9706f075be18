package org.airkg.export;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.airkg.rdf.AIRKG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.VOID;

/**
 * The figures of a VoID description that count the whole union of a dataset's graphs: its distinct triples, subjects,
 * properties and objects, the distinct entities of each class, and the namespaces of the classes and properties used
 * ({@code void:vocabulary}). Counted over a union graph ({@link #count}), read back from a description ({@link #read}),
 * or brought up to date after a few graphs changed (see {@code build/VoidDelta}); {@link VoidDescription} renders them.
 *
 * <pre>{@code
 * VoidFigures figures = VoidFigures.count(dataset.getUnionGraph());
 * Model description = VoidDescription.describe(dataset.getUnionGraph(), lexiconGraph, Optional.empty(), figures);
 * }</pre>
 */
public record VoidFigures(long triples, long subjects, long properties, long objects, SortedMap<String, Long> classes,
        SortedSet<String> vocabularies) {

    public VoidFigures {
        classes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(classes));
        vocabularies = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(vocabularies));
    }

    /** Counts the figures over {@code union} with VoID's SPARQL aggregates (reads the whole graph). */
    public static VoidFigures count(Graph union) {
        long[] totals = new long[4];
        try (QueryExec exec = QueryExec.graph(union).query(VoidDescription.TOTALS).build()) {
            exec.select().forEachRemaining(row -> {
                totals[0] = count(row.get("triples"));
                totals[1] = count(row.get("subjects"));
                totals[2] = count(row.get("properties"));
                totals[3] = count(row.get("objects"));
            });
        }
        SortedMap<String, Long> classes = new TreeMap<>();
        try (QueryExec exec = QueryExec.graph(union).query(VoidDescription.CLASSES).build()) {
            exec.select().forEachRemaining(row -> classes.put(row.get("class").getURI(), count(row.get("entities"))));
        }
        SortedSet<String> vocabularies = new TreeSet<>();
        try (QueryExec exec = QueryExec.graph(union).query(VoidDescription.VOCABULARIES).build()) {
            exec.select().forEachRemaining(row -> namespace(row.get("term")).ifPresent(vocabularies::add));
        }
        return new VoidFigures(totals[0], totals[1], totals[2], totals[3], classes, vocabularies);
    }

    /**
     * The figures a VoID description made by {@link VoidDescription} states of the dataset, when it states them all
     * (its vocabularies include the AIR-KG ontology, which every description names).
     */
    public static Optional<VoidFigures> read(Graph description) {
        Node ds = NodeFactory.createURI(VoidDescription.DATASET);
        Optional<Long> triples = number(description, ds, VOID.triples.asNode());
        Optional<Long> subjects = number(description, ds, VOID.distinctSubjects.asNode());
        Optional<Long> properties = number(description, ds, VOID.properties.asNode());
        Optional<Long> objects = number(description, ds, VOID.distinctObjects.asNode());
        if (triples.isEmpty() || subjects.isEmpty() || properties.isEmpty() || objects.isEmpty()) {
            return Optional.empty();
        }
        SortedMap<String, Long> classes = new TreeMap<>();
        description.find(ds, VOID.classPartition.asNode(), Node.ANY).forEachRemaining(t -> {
            Node partition = t.getObject();
            description.find(partition, VOID._class.asNode(), Node.ANY).forEachRemaining(c ->
                    number(description, partition, VOID.entities.asNode()).ifPresent(n -> classes.put(c.getObject().getURI(), n)));
        });
        SortedSet<String> vocabularies = new TreeSet<>();
        description.find(ds, VOID.vocabulary.asNode(), Node.ANY).forEachRemaining(t -> vocabularies.add(t.getObject().getURI()));
        return Optional.of(new VoidFigures(triples.get(), subjects.get(), properties.get(), objects.get(), classes, vocabularies));
    }

    /** The namespace VoID names for a class or property {@code term} (up to its last '#' or '/'), if it has one. */
    public static Optional<String> namespace(Node term) {
        if (!term.isURI()) {
            return Optional.empty();
        }
        String iri = term.getURI();
        int end = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1;
        return end > 0 && end < iri.length() ? Optional.of(iri.substring(0, end)) : Optional.empty();
    }

    /** The vocabularies the description names: these and the AIR-KG ontology. */
    SortedSet<String> named() {
        SortedSet<String> all = new TreeSet<>(vocabularies);
        all.add(AIRKG.ONTOLOGY_IRI);
        return all;
    }

    /** The classes with at least one entity. */
    Map<String, Long> partitions() {
        Map<String, Long> out = new TreeMap<>();
        classes.forEach((c, n) -> {
            if (n > 0) {
                out.put(c, n);
            }
        });
        return out;
    }

    private static long count(Node literal) {
        return Long.parseLong(literal.getLiteralLexicalForm());
    }

    private static Optional<Long> number(Graph graph, Node subject, Node property) {
        var it = graph.find(subject, property, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(count(it.next().getObject())) : Optional.empty();
        } finally {
            it.close();
        }
    }
}
