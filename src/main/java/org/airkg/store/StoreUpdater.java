package org.airkg.store;

import org.airkg.AirkgException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A built store updated in place, in one TDB2 write transaction: named graphs replaced or dropped, then committed
 * with a new stamp by {@link #commit}; closed without committing, the transaction is aborted and the store (its stamp
 * too) is exactly as it was. While the transaction is open the stamp records {@link Stamp#INTERRUPTED}, so a process
 * killed between the commit and the new stamp leaves a store the next build rebuilds whole.
 *
 * <pre>{@code
 * try (StoreLock lock = StoreLock.acquire(dir); StoreUpdater updater = StoreUpdater.open(lock, Stamp.read(dir).orElseThrow())) {
 *     updater.replace(NodeFactory.createURI("https://w3id.org/airkg/graph/doc/x"), graph);
 *     updater.commit(stamp);
 * }
 * }</pre>
 */
public final class StoreUpdater implements AutoCloseable {
    private final StoreLock lock;
    private final Stamp before;
    private final DatasetGraph tdb;
    private long quads;
    private boolean committed;

    private StoreUpdater(StoreLock lock, Stamp before, DatasetGraph tdb) {
        this.lock = lock;
        this.before = before;
        this.tdb = tdb;
        this.quads = before.quads();
    }

    /** Opens the locked, built store whose stamp is {@code before} in a write transaction; refuses when a live process has it open. */
    public static StoreUpdater open(StoreLock lock, Stamp before) {
        TdbStore.refuseIfOpenElsewhere(lock.store());
        new Stamp(before.quads(), before.graphs(), before.distinct(), Stamp.INTERRUPTED, "").write(lock.store());
        DatasetGraph tdb;
        try {
            tdb = DatabaseMgr.connectDatasetGraph(lock.store().toString());
            tdb.begin(ReadWrite.WRITE);
        } catch (RuntimeException e) {
            before.write(lock.store());
            throw new AirkgException(lock.store() + ": cannot open the store to update it: " + e.getMessage(), e);
        }
        return new StoreUpdater(lock, before, tdb);
    }

    /** The store, inside the write transaction (its union graph included). */
    public DatasetGraph dataset() {
        return tdb;
    }

    /** What the store recorded before this update. */
    public Stamp before() {
        return before;
    }

    /** Replaces the named graph {@code g} by the triples of {@code graph}; returns how many were added. */
    public long replace(Node g, Graph graph) {
        drop(g);
        long[] n = {0};
        StoredForm.of(graph).find().forEachRemaining(t -> {
            tdb.add(g, t.getSubject(), t.getPredicate(), t.getObject());
            n[0]++;
        });
        quads += n[0];
        return n[0];
    }

    /**
     * Makes the named graph {@code g}, which holds {@code before} (as the store gives it back), hold {@code given}:
     * removes the triples only {@code before} has and adds those only {@code given} has.
     */
    public void update(Node g, Graph before, Graph given) {
        Graph after = StoredForm.of(given);
        before.find().forEachRemaining(t -> {
            if (!after.contains(t)) {
                tdb.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
                quads--;
            }
        });
        after.find().forEachRemaining(t -> {
            if (!before.contains(t)) {
                tdb.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                quads++;
            }
        });
    }

    /** Drops the named graph {@code g}, if the store has it. */
    public void drop(Node g) {
        long size = tdb.getGraph(g).size();
        if (size > 0) {
            tdb.removeGraph(g);
            quads -= size;
        }
    }

    /** Commits the update and writes {@code stamp} (its quads those the store now holds); returns the number of quads. */
    public long commit(Stamp stamp) {
        tdb.commit();
        tdb.end();
        committed = true;
        TDBInternal.expel(tdb);
        stamp.withQuads(quads).write(lock.store());
        return quads;
    }

    /** Without {@link #commit}: aborts the transaction and puts the old stamp back. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            TdbStore.abandon(tdb);
        } finally {
            before.write(lock.store());
        }
    }
}
