package org.airkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.airkg.export.VoidFigures;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The counts walked from a TDB2 store's indexes equal VoID's SPARQL aggregates over its union graph, on graphs that
 * share subjects, triples, classes, objects and decimals written in several forms; a dataset in memory has no indexes
 * to walk.
 */
class UnionScanTest {
    private static final String EX = "https://example.org/a/";
    private static final String OTHER = "https://example.org/b#";

    @Test
    void countsFromTheIndexesEqualVoidsAggregatesOverTheUnion() {
        Random random = new Random(4);
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(store, () -> {
            store.add(org.apache.jena.sparql.core.Quad.defaultGraphIRI, NodeFactory.createURI(EX + "d"),
                    RDF.Nodes.type, NodeFactory.createURI(EX + "OnlyInTheDefaultGraph"));
            for (int i = 0; i < 400; i++) {
                Node g = NodeFactory.createURI(EX + "graph/" + random.nextInt(5));
                Node s = NodeFactory.createURI((random.nextBoolean() ? EX : OTHER) + "s" + random.nextInt(20));
                Node p = switch (random.nextInt(4)) {
                    case 0, 1 -> RDF.Nodes.type;
                    case 2 -> NodeFactory.createURI(OTHER + "p" + random.nextInt(3));
                    default -> NodeFactory.createURI(EX + "p" + random.nextInt(4));
                };
                Node o = switch (random.nextInt(4)) {
                    case 0 -> NodeFactory.createURI((random.nextBoolean() ? EX : OTHER) + "C" + random.nextInt(4));
                    case 1 -> NodeFactory.createLiteralDT(List.of("1", "1.0", "1.50", "2", "0.60").get(random.nextInt(5)), XSDDatatype.XSDdecimal);
                    case 2 -> NodeFactory.createLiteralString("text " + random.nextInt(6));
                    default -> NodeFactory.createURI(EX + "s" + random.nextInt(20));
                };
                store.add(g, s, p, StoredForm.of(o));
            }
        });
        VoidFigures scanned = Txn.calculateRead(store, () -> UnionScan.count(store).orElseThrow());
        assertEquals(Txn.calculateRead(store, () -> VoidFigures.count(store.getUnionGraph())), scanned);
        assertTrue(scanned.classes().size() > 4 && scanned.triples() > 100, scanned.toString());
        assertTrue(UnionScan.count(DatasetGraphFactory.createTxnMem()).isEmpty());
    }
}
