package org.airkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

/** A pattern is found in the graphs not left out, by any bound terms, and never in the graphs left out or the default graph. */
class IndexLookupTest {
    private static Node iri(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }

    @Test
    void findsAPatternOnlyOutsideTheGraphsLeftOut() {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Node ten = StoredForm.of(NodeFactory.createLiteralDT("10", XSDDatatype.XSDdecimal));
        Txn.executeWrite(store, () -> {
            store.add(iri("a"), iri("s"), iri("p"), iri("o"));
            store.add(iri("b"), iri("s"), iri("p"), iri("o"));
            store.add(iri("b"), iri("t"), iri("q"), ten);
            store.add(org.apache.jena.sparql.core.Quad.defaultGraphIRI, iri("u"), iri("p"), iri("o"));
        });
        Txn.executeRead(store, () -> {
            IndexLookup none = IndexLookup.of(store, Set.of()).orElseThrow();
            IndexLookup notB = IndexLookup.of(store, Set.of(iri("b"), iri("absent"))).orElseThrow();
            List<Node[]> patterns = List.of(new Node[] {iri("s"), iri("p"), iri("o")}, new Node[] {Node.ANY, iri("q"), Node.ANY},
                    new Node[] {Node.ANY, Node.ANY, ten}, new Node[] {iri("u"), Node.ANY, Node.ANY}, new Node[] {iri("nothing"), Node.ANY, Node.ANY});
            assertEquals(List.of(true, true, true, false, false), patterns.stream().map(n -> none.existsOutside(n[0], n[1], n[2])).toList());
            assertEquals(List.of(true, false, false, false, false), patterns.stream().map(n -> notB.existsOutside(n[0], n[1], n[2])).toList());
        });
        assertTrue(IndexLookup.of(DatasetGraphFactory.createTxnMem(), Set.of()).isEmpty());
    }
}
