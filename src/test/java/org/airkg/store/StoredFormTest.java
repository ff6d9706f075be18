package org.airkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
}
