package org.airkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.airkg.export.VoidFigures;
import org.airkg.store.StoredForm;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * VoID's counts moved by a change ({@link VoidDelta}) equal the counts made over the whole union after it, round after
 * round of graphs replaced, dropped and added in a TDB2 store whose graphs share subjects, objects, triples, classes
 * and namespaces, with decimals written in several forms (as the sinks write them: {@link StoredForm}).
 */
class VoidDeltaTest {
    private static final String EX = "https://example.org/a/";
    private static final String OTHER = "https://example.org/b#";
    private final Random random = new Random(20261204);

    @Test
    void movedCountsEqualCountsOverTheWholeUnionRoundAfterRound() {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        List<Node> graphs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            graphs.add(NodeFactory.createURI(EX + "graph/" + i));
        }
        Txn.executeWrite(store, () -> graphs.subList(0, 4).forEach(g -> write(store, g, randomGraph())));
        VoidFigures was = Txn.calculateRead(store, () -> VoidFigures.count(store.getUnionGraph()));
        for (int round = 0; round < 40; round++) {
            List<VoidDelta.Change> changes = new ArrayList<>();
            List<Node> touched = new ArrayList<>(graphs);
            java.util.Collections.shuffle(touched, random);
            VoidFigures before = was;
            VoidFigures moved = Txn.calculateWrite(store, () -> {
                for (Node g : touched.subList(0, 1 + random.nextInt(2))) {
                    Graph old = CorpusUpdate.copy(store, g);
                    store.removeGraph(g);
                    if (random.nextInt(4) > 0) {
                        write(store, g, random.nextBoolean() ? randomGraph() : edited(old));
                    }
                    changes.add(new VoidDelta.Change(g, old, CorpusUpdate.copy(store, g)));
                }
                return VoidDelta.update(before, store, changes, VoidDelta.descriptionGraphs());
            });
            was = Txn.calculateRead(store, () -> VoidFigures.count(store.getUnionGraph()));
            assertEquals(was, withoutEmptyClasses(moved), "round " + round);
        }
        assertTrue(was.vocabularies().size() >= 1);
    }

    @Test
    void aDecimalWrittenInTwoFormsIsOneTermOfTheUnion() {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Node a = NodeFactory.createURI(EX + "graph/a");
        Node b = NodeFactory.createURI(EX + "graph/b");
        Node s = NodeFactory.createURI(EX + "s");
        Node p = NodeFactory.createURI(EX + "p");
        Txn.executeWrite(store, () -> {
            store.add(a, s, p, StoredForm.of(NodeFactory.createLiteralDT("10", XSDDatatype.XSDdecimal)));
            store.add(b, s, p, StoredForm.of(NodeFactory.createLiteralDT("10.00", XSDDatatype.XSDdecimal)));
        });
        VoidFigures was = Txn.calculateRead(store, () -> VoidFigures.count(store.getUnionGraph()));
        VoidFigures moved = Txn.calculateWrite(store, () -> {
            Graph old = CorpusUpdate.copy(store, b);
            store.removeGraph(b);
            return VoidDelta.update(was, store, List.of(new VoidDelta.Change(b, old, GraphFactory.createDefaultGraph())), Set.of());
        });
        assertEquals(Txn.calculateRead(store, () -> VoidFigures.count(store.getUnionGraph())), withoutEmptyClasses(moved));
    }

    private static VoidFigures withoutEmptyClasses(VoidFigures f) {
        java.util.TreeMap<String, Long> classes = new java.util.TreeMap<>(f.classes());
        classes.values().removeIf(n -> n == 0);
        return new VoidFigures(f.triples(), f.subjects(), f.properties(), f.objects(), classes, f.vocabularies());
    }

    private Graph randomGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        int n = 3 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            g.add(subject(), predicate(), object());
        }
        return g;
    }

    /** {@code old} with about a third of its triples dropped and a few added. */
    private Graph edited(Graph old) {
        Graph g = GraphFactory.createDefaultGraph();
        old.find().forEachRemaining(t -> {
            if (random.nextInt(3) > 0) {
                g.add(t);
            }
        });
        for (int i = random.nextInt(4); i > 0; i--) {
            g.add(subject(), predicate(), object());
        }
        return g;
    }

    private Node subject() {
        return NodeFactory.createURI((random.nextBoolean() ? EX : OTHER) + "s" + random.nextInt(6));
    }

    private Node predicate() {
        return switch (random.nextInt(5)) {
            case 0, 1 -> RDF.Nodes.type;
            case 2 -> NodeFactory.createURI(OTHER + "p" + random.nextInt(2));
            default -> NodeFactory.createURI(EX + "p" + random.nextInt(3));
        };
    }

    private Node object() {
        return switch (random.nextInt(5)) {
            case 0 -> NodeFactory.createURI((random.nextBoolean() ? EX : OTHER) + "C" + random.nextInt(3));
            case 1 -> NodeFactory.createLiteralDT(List.of("1", "1.0", "1.50", "1.5", "2", "0.60").get(random.nextInt(6)), XSDDatatype.XSDdecimal);
            case 2 -> NodeFactory.createLiteralString("text " + random.nextInt(4));
            default -> subject();
        };
    }

    private static void write(DatasetGraph store, Node g, Graph graph) {
        StoredForm.of(graph).find().forEachRemaining(t -> store.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
