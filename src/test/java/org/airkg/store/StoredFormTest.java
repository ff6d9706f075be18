package org.airkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

/** A decimal is written in the form TDB2 gives it back, and is found again by that form; other terms are left alone. */
class StoredFormTest {
    private static Node decimal(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    @Test
    void aDecimalIsWrittenAsTdb2GivesItBackAndFoundByThatForm() {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Node g = NodeFactory.createURI("https://example.org/g");
        Node p = NodeFactory.createURI("https://example.org/p");
        List<String> forms = List.of("10", "10.00", "10.50", "0", "-3", "0.000001", "1E+1", "123456789012345678.50", "+5");
        for (int i = 0; i < forms.size(); i++) {
            Node s = NodeFactory.createURI("https://example.org/s" + i);
            Node written = StoredForm.of(decimal(forms.get(i)));
            Txn.executeWrite(store, () -> store.add(g, s, p, written));
            Node back = Txn.calculateRead(store, () -> store.find(g, s, p, Node.ANY).next().getObject());
            assertEquals(written, back, forms.get(i));
            assertEquals(1, (long) Txn.calculateRead(store, () -> org.apache.jena.atlas.iterator.Iter.count(store.find(g, s, p, back))), forms.get(i));
        }
        assertEquals(List.of("10.0", "10.0", "10.5", "0.0", "-3.0", "0.000001", "10.0", "123456789012345678.5", "5.0"),
                forms.stream().map(f -> StoredForm.of(decimal(f)).getLiteralLexicalForm()).toList());
    }

    @Test
    void otherTermsAndGraphsWithoutDecimalsAreLeftAsTheyAre() {
        Node text = NodeFactory.createLiteralString("10");
        assertSame(text, StoredForm.of(text));
        Node integer = NodeFactory.createLiteralDT("010", XSDDatatype.XSDinteger);
        assertSame(integer, StoredForm.of(integer));
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(NodeFactory.createURI("https://example.org/s"), NodeFactory.createURI("https://example.org/p"), text);
        assertSame(graph, StoredForm.of(graph));
        graph.add(NodeFactory.createURI("https://example.org/s"), NodeFactory.createURI("https://example.org/p"), decimal("2.50"));
        assertEquals(List.of("10", "2.5"), StoredForm.of(graph).find().mapWith(t -> t.getObject().getLiteralLexicalForm()).toList().stream().sorted().toList());
    }

    @Test
    void aGraphOfStringsDecimalsAndIntegersReadsBackAsItsStoredFormOthersAreReadFromTheStore() {
        Node s = NodeFactory.createURI("https://example.org/s");
        Node p = NodeFactory.createURI("https://example.org/p");
        Graph graph = GraphFactory.createDefaultGraph();
        for (Node o : List.of(NodeFactory.createLiteralString("x"), NodeFactory.createLiteralLang("y", "en"), decimal("10"), decimal("0.50"),
                NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger), NodeFactory.createURI("https://example.org/o"))) {
            graph.add(s, p, o);
        }
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Node g = NodeFactory.createURI("https://example.org/g");
        Txn.executeWrite(store, () -> StoredForm.of(graph).find().forEachRemaining(t -> store.add(g, t.getSubject(), t.getPredicate(), t.getObject())));
        Graph back = GraphFactory.createDefaultGraph();
        Txn.executeRead(store, () -> store.getGraph(g).find().forEachRemaining(back::add));
        assertTrue(StoredForm.asReadBack(graph).orElseThrow().isIsomorphicWith(back));
        for (Node other : List.of(NodeFactory.createLiteralDT("2026-12-04", XSDDatatype.XSDdate), NodeFactory.createLiteralDT("010", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralLang("z", "en-GB"), NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdouble))) {
            Graph with = GraphFactory.createDefaultGraph();
            with.add(s, p, other);
            assertTrue(StoredForm.asReadBack(with).isEmpty(), other.toString());
        }
    }
}
