package org.airkg.build;

import java.io.IOException;
import java.util.Optional;
import org.airkg.store.Stamp;
import org.airkg.store.StoreLock;
import org.airkg.store.StoreUpdater;
import org.airkg.store.StoreWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where a build streams its named graphs, all from the one thread that runs the build: a new TDB2 store swapped
 * in on success ({@link #store}), the built store updated in place in one write transaction ({@link #inPlace}), or a
 * dataset in memory ({@link #memory}). Closed without {@link #finish}, a sink drops what it was given.
 */
public interface GraphSink extends AutoCloseable {
    /** Declares the prefixes of the dataset. */
    void prefixes(PrefixMap prefixes);

    /** Adds the triples of {@code graph} to the named graph {@code name} (replacing what it held); returns how many. */
    long add(String name, Graph graph);

    /**
     * Makes the named graph {@code g}, which holds {@code before}, hold {@code after} instead: for a store updated in
     * place, by removing and adding only the triples that differ.
     */
    default void update(org.apache.jena.graph.Node g, Graph before, Graph after) {
        drop(g.getURI());
        add(g.getURI(), after);
    }

    /** Drops the named graph {@code name}, if the sink holds it. */
    default void drop(String name) {
        written().removeGraph(org.apache.jena.graph.NodeFactory.createURI(name));
    }

    /**
     * What the sink held before the build: the stamp of the store updated in place, whose documents
     * ({@link HeldDocument#files}) the build keeps, replaces or drops. Empty for a sink that starts empty.
     */
    default Optional<Stamp> before() {
        return Optional.empty();
    }

    /** What was written so far, readable (its union graph included) from the thread that runs the build. */
    DatasetGraph written();

    /** Makes what was written the result, recording {@code stamp} (the quads its own count); returns the number of quads. */
    long finish(Stamp stamp);

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
            public long finish(Stamp stamp) {
                return writer.install(stamp);
            }

            @Override
            public void close() {
                writer.close();
            }
        };
    }

    /**
     * The sink a build of {@code inputs} into the locked store takes: the store updated in place when it was built from
     * the same everything-but-the-documents ({@link Fingerprint#base}: code, ontology, rules, lexicon, vocabulary,
     * curations, shapes, catalogue), the options keep a cache of extractions and do not ask for a full build; a new
     * store otherwise.
     */
    static GraphSink forBuild(StoreLock lock, Inputs inputs, BuildOptions options) throws IOException {
        if (options.cache().isPresent() && !options.full()) {
            Optional<Stamp> stamp = Stamp.read(lock.store());
            if (stamp.isPresent() && stamp.get().base().equals(Fingerprint.base(inputs, options))) {
                return inPlace(StoreUpdater.open(lock, stamp.get()));
            }
        }
        return store(lock);
    }

    /** A sink that updates a built store in place: each graph added replaces the one of its name; all in one transaction. */
    static GraphSink inPlace(StoreUpdater updater) {
        return new GraphSink() {
            @Override
            public void prefixes(PrefixMap prefixes) {
                updater.dataset().prefixes().putAll(prefixes);
            }

            @Override
            public long add(String name, Graph graph) {
                return updater.replace(org.apache.jena.graph.NodeFactory.createURI(name), graph);
            }

            @Override
            public void drop(String name) {
                updater.drop(org.apache.jena.graph.NodeFactory.createURI(name));
            }

            @Override
            public void update(org.apache.jena.graph.Node g, Graph before, Graph after) {
                updater.update(g, before, after);
            }

            @Override
            public Optional<Stamp> before() {
                return Optional.of(updater.before());
            }

            @Override
            public DatasetGraph written() {
                return updater.dataset();
            }

            @Override
            public long finish(Stamp stamp) {
                return updater.commit(stamp);
            }

            @Override
            public void close() {
                updater.close();
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
        public long finish(Stamp stamp) {
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
