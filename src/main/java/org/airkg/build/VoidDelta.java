package org.airkg.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.airkg.export.VoidDescription;
import org.airkg.export.VoidFigures;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * VoID's counts over the union of a store's graphs ({@link VoidFigures}) brought up to date after a few named graphs
 * changed, without reading the whole store: each triple a changed graph lost or gained may change whether its triple,
 * subject, property, object, class entity or vocabulary term is in the union, and that is decided by looking the term
 * up in the store's indexes outside the changed graphs ("elsewhere") and in the changed graphs' old and new contents.
 * A count moves by one for each thing that was in the union and is no longer, or the other way round; things no
 * changed triple touches keep their presence, so the counts stay those a count over the whole union gives.
 *
 * <pre>{@code
 * VoidFigures now = VoidDelta.update(before, store, List.of(new VoidDelta.Change(g, oldGraph, newGraph)), Set.of(voidGraph));
 * }</pre>
 */
final class VoidDelta {
    /** A named graph whose content went from {@code before} to {@code after} (an empty graph: added, or dropped). */
    record Change(Node name, Graph before, Graph after) {}

    private final DatasetGraph store;
    private final Set<Node> outside;
    private final java.util.Optional<org.airkg.store.IndexLookup> lookup;
    private final List<Graph> before = new ArrayList<>();
    private final List<Graph> after = new ArrayList<>();

    private VoidDelta(DatasetGraph store, Set<Node> outside) {
        this.store = store;
        this.outside = outside;
        this.lookup = org.airkg.store.IndexLookup.of(store, outside);
    }

    /**
     * The figures of the union of {@code store}'s graphs, but for those named in {@code excluded}, once the graphs of
     * {@code changes} hold their new contents, given the figures {@code was} of that union when they held their old.
     * The store's graphs other than the changed and excluded ones are read by look-ups only, inside the caller's
     * transaction; what the store holds under the changed graphs' names is not read.
     */
    static VoidFigures update(VoidFigures was, DatasetGraph store, List<Change> changes, Set<Node> excluded) {
        Set<Node> outside = new HashSet<>(excluded);
        changes.forEach(c -> outside.add(c.name()));
        VoidDelta delta = new VoidDelta(store, outside);
        Set<Triple> touched = new HashSet<>();
        for (Change c : changes) {
            delta.before.add(c.before());
            delta.after.add(c.after());
            c.before().find().forEachRemaining(t -> {
                if (!c.after().contains(t)) {
                    touched.add(t);
                }
            });
            c.after().find().forEachRemaining(t -> {
                if (!c.before().contains(t)) {
                    touched.add(t);
                }
            });
        }
        return delta.apply(was, touched);
    }

    private VoidFigures apply(VoidFigures was, Set<Triple> touched) {
        Set<Node> subjects = new HashSet<>();
        Set<Node> properties = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Set<Triple> typed = new HashSet<>();
        Set<Node> terms = new HashSet<>();
        for (Triple t : touched) {
            subjects.add(t.getSubject());
            properties.add(t.getPredicate());
            objects.add(t.getObject());
            terms.add(t.getPredicate());
            if (t.getPredicate().equals(RDF.Nodes.type)) {
                terms.add(t.getObject());
                if (t.getObject().isURI()) {
                    typed.add(t);
                }
            }
        }
        long triples = was.triples() + moved(touched, t -> t);
        long subjectCount = was.subjects() + moved(subjects, s -> Triple.create(s, Node.ANY, Node.ANY));
        long propertyCount = was.properties() + moved(properties, p -> Triple.create(Node.ANY, p, Node.ANY));
        long objectCount = was.objects() + moved(objects, o -> Triple.create(Node.ANY, Node.ANY, o));
        Map<String, Long> classes = new TreeMap<>(was.classes());
        for (Triple t : typed) {
            int d = change(t);
            if (d != 0) {
                classes.merge(t.getObject().getURI(), (long) d, Long::sum);
            }
        }
        return new VoidFigures(triples, subjectCount, propertyCount, objectCount, new TreeMap<>(classes), vocabularies(was.vocabularies(), terms));
    }

    /**
     * The namespaces of the terms used after the change: a namespace of a touched term is in when one of its touched
     * terms is used after, out when it was out before; when every touched term of a namespace that was in has gone, the
     * store is searched for another term of it (the one case that reads beyond look-ups, and only where a namespace may go).
     */
    private SortedSet<String> vocabularies(SortedSet<String> was, Set<Node> terms) {
        Map<String, List<Node>> byNamespace = new HashMap<>();
        terms.forEach(t -> VoidFigures.namespace(t).ifPresent(ns -> byNamespace.computeIfAbsent(ns, k -> new ArrayList<>()).add(t)));
        SortedSet<String> now = new TreeSet<>(was);
        byNamespace.forEach((ns, nsTerms) -> {
            boolean usedAfter = nsTerms.stream().anyMatch(t -> termUsed(t, after));
            boolean lost = nsTerms.stream().anyMatch(t -> termUsed(t, before));
            if (usedAfter) {
                now.add(ns);
            } else if (was.contains(ns) && lost && !namespaceUsedElsewhere(ns, nsTerms)) {
                now.remove(ns);
            }
        });
        return now;
    }

    /** True when {@code term} is a property, or a class something is typed with, elsewhere or in {@code graphs}. */
    private boolean termUsed(Node term, List<Graph> graphs) {
        Triple asProperty = Triple.create(Node.ANY, term, Node.ANY);
        Triple asClass = Triple.create(Node.ANY, RDF.Nodes.type, term);
        return elsewhere(asProperty) || elsewhere(asClass) || in(graphs, asProperty) || in(graphs, asClass);
    }

    /** True when the store outside the changed graphs uses a class or property of {@code ns} other than {@code gone}. */
    private boolean namespaceUsedElsewhere(String ns, List<Node> gone) {
        Set<Node> seen = new HashSet<>(gone);
        var quads = store.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        try {
            while (quads.hasNext()) {
                Quad q = quads.next();
                if (outside.contains(q.getGraph())) {
                    continue;
                }
                for (Node term : q.getPredicate().equals(RDF.Nodes.type) ? List.of(q.getPredicate(), q.getObject()) : List.of(q.getPredicate())) {
                    if (seen.add(term) && VoidFigures.namespace(term).filter(ns::equals).isPresent()) {
                        return true;
                    }
                }
            }
            return false;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(quads);
        }
    }

    /** The sum over {@code keys} of how each one's presence in the union moved (+1 in now and not before, -1 the other way). */
    private <K> long moved(Set<K> keys, java.util.function.Function<K, Triple> pattern) {
        long sum = 0;
        for (K key : keys) {
            sum += change(pattern.apply(key));
        }
        return sum;
    }

    /** +1 when something matches {@code pattern} in the union after the change and nothing before, -1 the other way, else 0. */
    private int change(Triple pattern) {
        boolean was = in(before, pattern);
        boolean is = in(after, pattern);
        if (was == is || elsewhere(pattern)) {
            return 0;
        }
        return is ? 1 : -1;
    }

    private static boolean in(List<Graph> graphs, Triple pattern) {
        for (Graph g : graphs) {
            if (g.contains(pattern)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a graph of the store other than the changed and excluded ones holds a triple matching {@code pattern}
     * (in a TDB2 store, asked of its indexes in node ids: {@link org.airkg.store.IndexLookup}).
     * The store's terms are written in the form it gives them back ({@link org.airkg.store.StoredForm}), so the terms
     * read from the changed graphs find their like.
     */
    private boolean elsewhere(Triple pattern) {
        if (lookup.isPresent()) {
            return lookup.get().existsOutside(pattern.getSubject(), pattern.getPredicate(), pattern.getObject());
        }
        var quads = store.find(Node.ANY, pattern.getSubject(), pattern.getPredicate(), pattern.getObject());
        try {
            while (quads.hasNext()) {
                Node g = quads.next().getGraph();
                if (!outside.contains(g) && !Quad.isDefaultGraph(g)) {
                    return true;
                }
            }
            return false;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(quads);
        }
    }

    /** The graph name of the dataset's own description and catalogue: never part of the union VoID counts. */
    static Set<Node> descriptionGraphs() {
        return Set.of(NodeFactory.createURI(VoidDescription.GRAPH), NodeFactory.createURI(org.airkg.query.QueryCatalog.GRAPH));
    }
}
