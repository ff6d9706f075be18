package org.airkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airkg.AirkgException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A new store being written: graphs are streamed into a fresh TDB2 directory beside the store (committed in
 * batches, so that memory stays bounded) and the directory is swapped in by {@link #install()}; closed without
 * installing, it is deleted and the old store stays exactly as it was.
 *
 * <pre>{@code
 * try (StoreLock lock = StoreLock.acquire(dir); StoreWriter writer = StoreWriter.create(lock)) {
 *     writer.add("https://w3id.org/airkg/graph/doc/x", graph);
 *     writer.install();
 * }
 * }</pre>
 */
public final class StoreWriter implements AutoCloseable {
    /** Quads written before the transaction is committed and a new one begun. */
    private static final long BATCH = 200_000;

    private final StoreLock lock;
    private final Path fresh;
    private final DatasetGraph tdb;
    private long pending;
    private long quads;
    private boolean installed;

    private StoreWriter(StoreLock lock, Path fresh, DatasetGraph tdb) {
        this.lock = lock;
        this.fresh = fresh;
        this.tdb = tdb;
    }

    /** Starts a new store for the locked directory; refuses when a live process has the store open. */
    public static StoreWriter create(StoreLock lock) {
        Path dir = lock.store();
        TdbStore.refuseIfOpenElsewhere(dir);
        Path fresh = TdbStore.sibling(dir, ".building");
        try {
            Files.createDirectories(fresh.getParent());
            TdbStore.deleteTree(fresh);
        } catch (IOException e) {
            throw new AirkgException("cannot write the store at " + dir + ": " + e.getMessage(), e);
        }
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(fresh.toString());
        tdb.begin(ReadWrite.WRITE);
        return new StoreWriter(lock, fresh, tdb);
    }

    /** The store being written, inside its write transaction: for reading back what was written (its union graph). */
    public DatasetGraph dataset() {
        return tdb;
    }

    /** Adds the prefixes the store declares. */
    public void prefixes(PrefixMap prefixes) {
        tdb.prefixes().putAll(prefixes);
    }

    /** Adds every triple of {@code graph} to the named graph {@code name}; returns the number added. */
    public long add(String name, Graph graph) {
        return add(NodeFactory.createURI(name), graph);
    }

    /** Adds every triple of {@code graph} to the graph {@code g} (the default graph for {@code Quad.defaultGraphIRI}). */
    public long add(Node g, Graph graph) {
        long[] n = {0};
        StoredForm.of(graph).find().forEachRemaining(t -> {
            tdb.add(g, t.getSubject(), t.getPredicate(), t.getObject());
            n[0]++;
        });
        quads += n[0];
        pending += n[0];
        if (pending >= BATCH) {
            tdb.commit();
            tdb.end();
            tdb.begin(ReadWrite.WRITE);
            pending = 0;
        }
        return n[0];
    }

    /** The quads written so far. */
    public long quads() {
        return quads;
    }

    /** Commits what was written and swaps the new store in for the old one; returns the number of quads. */
    public long install() {
        return install(new Stamp(0, 0, 0, "", ""));
    }

    /**
     * Commits what was written and swaps the new store in for the old one, with {@code stamp} (its quads those written);
     * returns the number of quads.
     */
    public long install(Stamp stamp) {
        tdb.commit();
        tdb.end();
        TDBInternal.expel(tdb);
        stamp.withQuads(quads).write(fresh);
        try {
            TdbStore.swapIn(lock.store(), fresh);
        } catch (IOException e) {
            throw new AirkgException("cannot write the store at " + lock.store() + ": " + e.getMessage(), e);
        }
        installed = true;
        return quads;
    }

    /** Without {@link #install()}: drops the new store and leaves the old one as it was. */
    @Override
    public void close() {
        if (installed) {
            return;
        }
        try {
            TdbStore.abandon(tdb);
        } finally {
            TdbStore.deleteQuietly(fresh);
        }
    }
}
