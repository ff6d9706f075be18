package org.airkg.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.airkg.export.VoidFigures;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * VoID's counts over the union of a TDB2 store's named graphs ({@link VoidFigures}), made by walking three of its
 * quad indexes in their sorted order and counting runs of node ids: the SPOG index gives the distinct triples and
 * subjects, OSPG the distinct objects, POSG the properties and, in its {@code rdf:type} block, the distinct entities
 * of each class. Only the properties and classes are decoded, and memory does not grow with the store, where the
 * same counts in SPARQL hold every distinct subject and object. A node has one id (decimals are written in one form,
 * {@link StoredForm}), so distinct ids are distinct terms.
 *
 * <pre>{@code
 * Optional<VoidFigures> figures = Txn.calculateRead(dsg, () -> UnionScan.count(dsg));
 * }</pre>
 */
public final class UnionScan {
    /** Positions in a quad tuple as TDB2 gives it back from any index: graph, subject, predicate, object. */
    private static final int S = 1;
    private static final int P = 2;
    private static final int O = 3;

    private UnionScan() {}

    /** The figures of {@code dataset}'s union graph, read inside the caller's transaction; empty when it is not a TDB2 store. */
    public static Optional<VoidFigures> count(DatasetGraph dataset) {
        if (!TDBInternal.isTDB2(dataset)) {
            return Optional.empty();
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        TupleTable quads = tdb.getQuadTable().getNodeTupleTable().getTupleTable();
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        long[] spo = runs(index(quads, "SPOG"), S, P, O);
        long objects = runs(index(quads, "OSPG"), O)[0];
        NodeId type = nodes.getNodeIdForNode(RDF.Nodes.type);
        Map<NodeId, Long> entities = new HashMap<>();
        java.util.Set<NodeId> properties = new java.util.HashSet<>();
        NodeId lastP = null;
        NodeId lastO = null;
        NodeId lastS = null;
        Iterator<Tuple<NodeId>> it = index(quads, "POSG").all();
        while (it.hasNext()) {
            Tuple<NodeId> q = it.next();
            if (!q.get(P).equals(lastP)) {
                properties.add(q.get(P));
                lastO = null;
            }
            if (q.get(P).equals(type) && !(q.get(O).equals(lastO) && q.get(S).equals(lastS))) {
                entities.merge(q.get(O), 1L, Long::sum);
            }
            lastP = q.get(P);
            lastO = q.get(O);
            lastS = q.get(S);
        }
        SortedMap<String, Long> classes = new TreeMap<>();
        SortedSet<String> vocabularies = new TreeSet<>();
        entities.forEach((id, n) -> {
            Node c = nodes.getNodeForNodeId(id);
            if (c.isURI()) {
                classes.put(c.getURI(), n);
            }
            VoidFigures.namespace(c).ifPresent(vocabularies::add);
        });
        properties.forEach(id -> VoidFigures.namespace(nodes.getNodeForNodeId(id)).ifPresent(vocabularies::add));
        return Optional.of(new VoidFigures(spo[2], spo[0], properties.size(), objects, classes, vocabularies));
    }

    /**
     * Walks {@code index} in its order and counts, for each prefix of {@code positions} (the index's leading columns),
     * how many times it changes: the number of distinct values of the first column, of the first two, and so on.
     */
    private static long[] runs(TupleIndex index, int... positions) {
        long[] counts = new long[positions.length];
        NodeId[] last = new NodeId[positions.length];
        Iterator<Tuple<NodeId>> it = index.all();
        while (it.hasNext()) {
            Tuple<NodeId> q = it.next();
            boolean changed = false;
            for (int i = 0; i < positions.length; i++) {
                NodeId id = q.get(positions[i]);
                changed = changed || !id.equals(last[i]);
                if (changed) {
                    counts[i]++;
                }
                last[i] = id;
            }
        }
        return counts;
    }

    private static TupleIndex index(TupleTable table, String name) {
        for (TupleIndex index : table.getIndexes()) {
            if (index.getName().equalsIgnoreCase(name) || index.getMappingStr().endsWith(name)) {
                return index;
            }
        }
        throw new IllegalStateException("the TDB2 store has no " + name + " quad index");
    }
}
