package org.airkg.build;

import org.airkg.store.StoreLock;
import org.airkg.store.StoreWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where a build streams its named graphs, all from the one thread that runs the build: a new TDB2 store swapped
 * in on success ({@link #store}) or a dataset in memory ({@link #memory}). Closed without {@link #finish}, a
 * sink drops what it was given.
 */
public interface GraphSink extends AutoCloseable {
    /** Declares the prefixes of the dataset. */
    void prefixes(PrefixMap prefixes);

    /** Adds the triples of {@code graph} to the named graph {@code name}; returns how many. */
    long add(String name, Graph graph);

    /** What was written so far, readable (its union graph included) from the thread that runs the build. */
    DatasetGraph written();

    /** Makes what was written the result, recording the fingerprint of what it was built from; returns the number of quads. */
    long finish(String fingerprint);

    @Override
    void close();

    /** A sink into a new TDB2 store that replaces the locked one on {@link #finish}. */
    static GraphSink store(StoreLock lock) {
        StoreWriter writer = StoreWriter.create(lock);
        return new GraphSink() {
            @Override
            public void prefixes(PrefixMap prefixes) {
                writer.prefixes(prefixes);
            }

            @Override
            public long add(String name, Graph graph) {
                return writer.add(name, graph);
            }

            @Override
            public DatasetGraph written() {
                return writer.dataset();
            }

            @Override
            public long finish(String fingerprint) {
                return writer.install(fingerprint);
            }

            @Override
            public void close() {
                writer.close();
            }
        };
    }

    /** A sink into a new in-memory dataset, which {@link Memory#dataset()} gives once finished. */
    static Memory memory() {
        return new Memory();
    }

    /** The in-memory sink. */
    final class Memory implements GraphSink {
        private final Dataset dataset = DatasetFactory.createTxnMem();
        private long quads;

        private Memory() {
            dataset.begin(ReadWrite.WRITE);
        }

        @Override
        public void prefixes(PrefixMap prefixes) {
            dataset.asDatasetGraph().prefixes().putAll(prefixes);
        }

        @Override
        public long add(String name, Graph graph) {
            org.apache.jena.graph.Node g = org.apache.jena.graph.NodeFactory.createURI(name);
            long[] added = {0};
            graph.find().forEachRemaining(t -> {
                dataset.asDatasetGraph().add(g, t.getSubject(), t.getPredicate(), t.getObject());
                added[0]++;
            });
            quads += added[0];
            return added[0];
        }

        @Override
        public DatasetGraph written() {
            return dataset.asDatasetGraph();
        }

        @Override
        public long finish(String fingerprint) {
            dataset.commit();
            dataset.end();
            return quads;
        }

        /** The dataset built, after {@link #finish}; its default graph is its own, not the union. */
        public Dataset dataset() {
            return dataset;
        }

        @Override
        public void close() {
            if (dataset.isInTransaction()) {
                dataset.abort();
                dataset.end();
            }
        }
    }
}
