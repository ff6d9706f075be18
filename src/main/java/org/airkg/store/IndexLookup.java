package org.airkg.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Whether a TDB2 store's named graphs, but some, hold a triple matching a pattern, asked of its quad indexes in node
 * ids: the quads that match in the graphs left out are skipped without decoding a term, where a {@code find} would
 * decode every one of them (a property of a large graph left out, thousands of quads, before the first of another).
 *
 * <pre>{@code
 * Optional<IndexLookup> lookup = IndexLookup.of(dsg, Set.of(lexiconGraph));
 * boolean elsewhere = lookup.get().existsOutside(Node.ANY, RDF.Nodes.type, cls);
 * }</pre>
 */
public final class IndexLookup {
    private final NodeTupleTable quads;
    private final Set<NodeId> outside = new HashSet<>();

    private IndexLookup(NodeTupleTable quads) {
        this.quads = quads;
    }

    /** The look-up of {@code dataset}, read inside the caller's transaction, leaving out {@code graphs}; empty when it is not TDB2. */
    public static Optional<IndexLookup> of(DatasetGraph dataset, Set<Node> graphs) {
        if (!TDBInternal.isTDB2(dataset)) {
            return Optional.empty();
        }
        IndexLookup lookup = new IndexLookup(TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable());
        for (Node g : graphs) {
            NodeId id = lookup.quads.getNodeTable().getNodeIdForNode(g);
            if (!NodeId.isDoesNotExist(id)) {
                lookup.outside.add(id);
            }
        }
        return Optional.of(lookup);
    }

    /** True when a named graph not left out holds a triple matching {@code s p o} ({@code Node.ANY} for any term). */
    public boolean existsOutside(Node s, Node p, Node o) {
        NodeTable nodes = quads.getNodeTable();
        NodeId[] ids = new NodeId[3];
        Node[] terms = {s, p, o};
        for (int i = 0; i < 3; i++) {
            ids[i] = terms[i] == null || Node.ANY.equals(terms[i]) ? NodeId.NodeIdAny : nodes.getNodeIdForNode(terms[i]);
            if (NodeId.isDoesNotExist(ids[i])) {
                return false;
            }
        }
        Iterator<Tuple<NodeId>> it = quads.getTupleTable().find(TupleFactory.create4(NodeId.NodeIdAny, ids[0], ids[1], ids[2]));
        try {
            while (it.hasNext()) {
                if (!outside.contains(it.next().get(0))) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(it);
        }
    }
}
