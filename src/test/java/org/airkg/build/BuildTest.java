package org.airkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.airkg.SeedStore;
import org.airkg.store.StoreLock;
import org.airkg.store.TdbStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildTest {
    @TempDir
    Path tmp;

    private static BuildOptions options(int threads) {
        return BuildOptions.defaults().threads(threads).shapes(SeedStore.root().resolve("ontology/shapes.ttl"))
                .describe(SeedStore.root().resolve("queries"));
    }

    @Test
    void oneThreadAndThreeThreadsBuildIsomorphicDatasetsAndTheSameReport() throws Exception {
        Inputs inputs = Inputs.defaults(SeedStore.root()).withCorpus(SeedStore.root().resolve("data/heldout/corpus"));
        List<String> oneOrder = new ArrayList<>();
        List<String> threeOrder = new ArrayList<>();
        Build.InMemory one = Build.inMemory(inputs, options(1), order(oneOrder));
        Build.InMemory three = Build.inMemory(inputs, options(3), order(threeOrder));
        assertEquals(oneOrder, threeOrder, "documents are told in corpus order");
        assertEquals(10, one.result().documents());
        assertEquals(one.result().quads(), three.result().quads());
        assertEquals(one.result().distinct(), three.result().distinct());
        assertEquals(one.result().conflicts().toString(), three.result().conflicts().toString());
        assertIsomorphic(one.dataset(), three.dataset());
    }

    @Test
    void aFailureMidwayLeavesTheOldStoreAsItWasAndNoScratchDirectory() throws Exception {
        Inputs inputs = Inputs.defaults(SeedStore.root());
        Path store = tmp.resolve("store");
        long quads;
        try (StoreLock lock = StoreLock.acquire(store); GraphSink sink = GraphSink.store(lock)) {
            quads = Build.run(inputs, options(2), sink, BuildListener.NONE).quads();
        }
        Dataset built = TdbStore.open(store);
        String before = dump(built);
        TdbStore.close(built);
        int[] seen = {0};
        BuildListener failing = new BuildListener() {
            @Override
            public void extracted(Extraction e) {
                if (++seen[0] == 3) {
                    throw new IllegalStateException("stopped at " + e.stem());
                }
            }
        };
        try (StoreLock lock = StoreLock.acquire(store); GraphSink sink = GraphSink.store(lock)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Build.run(inputs, options(2), sink, failing));
            assertTrue(e.getMessage().startsWith("stopped at "), e.getMessage());
        }
        assertFalse(Files.exists(tmp.resolve("store.building")), "the scratch store was dropped");
        Dataset after = TdbStore.open(store);
        try {
            assertEquals(before, dump(after));
            assertEquals(quads, Txn.calculateRead(after, () -> (long) after.asDatasetGraph().stream().count()));
        } finally {
            TdbStore.close(after);
        }
    }

    private static BuildListener order(List<String> into) {
        return new BuildListener() {
            @Override
            public void extracted(Extraction e) {
                into.add(e.stem());
            }
        };
    }

    private static String dump(Dataset dataset) {
        java.io.StringWriter out = new java.io.StringWriter();
        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset.asDatasetGraph(), RDFFormat.NQUADS));
        return new TreeSet<>(out.toString().lines().toList()).toString();
    }

    static void assertIsomorphic(Dataset a, Dataset b) {
        DatasetGraph x = a.asDatasetGraph();
        DatasetGraph y = b.asDatasetGraph();
        Txn.executeRead(x, () -> Txn.executeRead(y, () -> {
            TreeSet<String> names = new TreeSet<>();
            x.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            TreeSet<String> other = new TreeSet<>();
            y.listGraphNodes().forEachRemaining(n -> other.add(n.getURI()));
            assertEquals(names, other);
            for (String name : names) {
                Node n = org.apache.jena.graph.NodeFactory.createURI(name);
                Graph g = x.getGraph(n);
                Graph h = y.getGraph(n);
                assertEquals(g.size(), h.size(), name);
                assertTrue(g.isIsomorphicWith(h), name + " differs");
            }
        }));
    }
}
