package org.airkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.airkg.SeedStore;
import org.airkg.rdf.Iris;
import org.airkg.store.StoreLock;
import org.airkg.store.TdbStore;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live updates leave the store as a full build of the corpus as it then is would make it: every named graph, the
 * lexicon, conflicts and VoID graphs included, isomorphic; a rejected document changes nothing.
 */
class DocumentUpdatesTest {
    private static final List<String> FIRST = List.of("000_69488b54e0ebb312.txt", "004_0564d2a207f1c997.txt");
    private static final String ADDED = "001_16f9ed06042b2b1e.txt";

    @TempDir
    Path tmp;

    static BuildOptions options() {
        return BuildOptions.defaults().threads(2).shapes(SeedStore.root().resolve("ontology/shapes.ttl"))
                .describe(SeedStore.root().resolve("queries"));
    }

    /** A corpus of a few seed documents in {@code dir}, built into a store beside it; returns the store directory. */
    static Path builtCorpus(Path dir, List<String> names) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (String name : names) {
            Files.copy(SeedStore.root().resolve("data/corpus").resolve(name), corpus.resolve(name));
        }
        Path store = dir.resolve("tdb2");
        try (StoreLock lock = StoreLock.acquire(store); GraphSink sink = GraphSink.store(lock)) {
            Build.run(inputs(dir), options(), sink, BuildListener.NONE);
        }
        return store;
    }

    static Inputs inputs(Path dir) {
        return Inputs.defaults(SeedStore.root()).withCorpus(dir.resolve("corpus"));
    }

    @Test
    void addChangeRemoveAndRejectLeaveWhatAFullBuildMakes() throws Exception {
        Path store = builtCorpus(tmp, FIRST);
        Path corpus = tmp.resolve("corpus");
        Dataset dataset = TdbStore.open(store);
        try {
            DocumentUpdates updates = DocumentUpdates.open(inputs(tmp), options().cache(DocumentCache.beside(store)), dataset.asDatasetGraph());
            assertEquals(new TreeSet<>(FIRST), updates.documents());

            byte[] added = Files.readAllBytes(SeedStore.root().resolve("data/corpus").resolve(ADDED));
            DocumentChange put = updates.put(ADDED, added);
            assertEquals(DocumentChange.Kind.ADDED, put.kind(), put.toString());
            assertEquals(0, put.triplesBefore());
            assertTrue(put.triplesAfter() > 100, put.toString());
            assertTrue(Files.exists(corpus.resolve(ADDED)), "the upload is written into the corpus");
            assertEquals(DocumentChange.Kind.UNCHANGED, updates.sync(ADDED).kind(), "the same content changes nothing");

            Path changed = corpus.resolve(FIRST.get(1));
            Files.writeString(changed, Files.readString(changed) + "\nLetrozole was combined with palbociclib in a further cohort.\n");
            DocumentChange replaced = updates.sync(FIRST.get(1));
            assertEquals(DocumentChange.Kind.REPLACED, replaced.kind(), replaced.toString());
            assertSameAsBuild(dataset.asDatasetGraph());    // one added, one changed

            String before = dump(dataset.asDatasetGraph());
            DocumentChange empty = updates.put("empty.txt", new byte[0]);
            assertEquals(DocumentChange.Kind.REJECTED, empty.kind(), empty.toString());
            assertTrue(empty.reasons().get(0).contains("empty.txt"), empty.reasons().toString());
            assertFalse(Files.exists(corpus.resolve("empty.txt")), "a rejected upload is not written");
            Files.write(corpus.resolve(FIRST.get(0)), new byte[] {0, 1, 2, (byte) 0xff, 0, 0});
            DocumentChange binary = updates.sync(FIRST.get(0));
            assertEquals(DocumentChange.Kind.REJECTED, binary.kind(), binary.toString());
            assertEquals(before, dump(dataset.asDatasetGraph()), "rejected documents change nothing");
            Files.copy(SeedStore.root().resolve("data/corpus").resolve(FIRST.get(0)), corpus.resolve(FIRST.get(0)),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            DocumentChange removed = updates.delete(ADDED);
            assertEquals(DocumentChange.Kind.REMOVED, removed.kind(), removed.toString());
            assertEquals(put.triplesAfter(), removed.triplesBefore());
            assertFalse(Files.exists(corpus.resolve(ADDED)));
            assertSameAsBuild(dataset.asDatasetGraph());
            assertEquals(DocumentChange.Kind.NOT_FOUND, updates.delete(ADDED).kind());
            assertThrows(IllegalArgumentException.class, () -> updates.put("../escape.txt", added));
            assertThrows(IllegalArgumentException.class, () -> updates.delete(".hidden.txt"));
        } finally {
            TdbStore.close(dataset);
        }
    }

    @Test
    void aDocumentViolatingTheShapesIsRejectedAndChangesNothing() throws Exception {
        Path shapes = Files.writeString(tmp.resolve("strict.ttl"), """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX airkg: <https://w3id.org/airkg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                <urn:test:title> a sh:NodeShape ; sh:targetClass airkg:Document ;
                    sh:property [ sh:path dcterms:title ; sh:pattern "^No title is this$" ; sh:message "title not allowed" ] .
                """);
        Files.createDirectories(tmp.resolve("corpus"));
        DatasetGraph store = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        DocumentUpdates updates = DocumentUpdates.open(inputs(tmp), BuildOptions.defaults().threads(1).shapes(shapes), store);
        DocumentChange change = updates.put(ADDED, Files.readAllBytes(SeedStore.root().resolve("data/corpus").resolve(ADDED)));
        assertEquals(DocumentChange.Kind.REJECTED, change.kind(), change.toString());
        assertTrue(change.reasons().stream().anyMatch(r -> r.contains(ADDED + ": shape violation: ") && r.contains("title not allowed")),
                change.reasons().toString());
        assertEquals(0L, (long) Txn.calculateRead(store, () -> store.stream().count()), "the store is unchanged");
        assertFalse(Files.exists(tmp.resolve("corpus").resolve(ADDED)), "a rejected upload is not written");
    }

    @Test
    void namesArePlainFileNamesWithAKnownExtension() {
        assertTrue(DocumentUpdates.badName("002_report.md").isEmpty());
        assertTrue(DocumentUpdates.badName("paper.PDF").isEmpty());
        for (String bad : List.of("", "../x.txt", "a/b.txt", ".x.txt", "x.docx", "x", "x.txt\n", "%2e%2e.txt", "a\\b.txt")) {
            assertTrue(DocumentUpdates.badName(bad).isPresent(), bad);
        }
    }

    /** The store holds the graphs a full build of the corpus as it is now gives, each isomorphic. */
    private void assertSameAsBuild(DatasetGraph live) throws Exception {
        Path dir = tmp.resolve("expected-" + System.nanoTime());
        try (StoreLock lock = StoreLock.acquire(dir); GraphSink sink = GraphSink.store(lock)) {
            Build.run(inputs(tmp), options(), sink, BuildListener.NONE);
        }
        Dataset expected = TdbStore.open(dir);
        DatasetGraph built = expected.asDatasetGraph();
        try {
            compare(built, live);
        } finally {
            TdbStore.close(expected);
        }
    }

    /** Compares two TDB2 stores (so that literals are stored in the same canonical forms), graph by graph. */
    static void compare(DatasetGraph built, DatasetGraph live) {
        Txn.executeRead(live, () -> Txn.executeRead(built, () -> {
            Set<String> names = graphNames(built);
            assertEquals(names, graphNames(live));
            for (String name : names) {
                Node g = org.apache.jena.graph.NodeFactory.createURI(name);
                org.apache.jena.graph.Graph a = copy(built.getGraph(g));
                org.apache.jena.graph.Graph b = copy(live.getGraph(g));
                assertTrue(a.isIsomorphicWith(b), () -> "graph " + name + " differs from a full build's: " + difference(a, b));
            }
        }));
        assertTrue(graphNamesRead(live).contains(Iris.LEXICON_GRAPH));
    }

    /**
     * A graph of a TDB2 store in memory. TDB2 gives a decimal it stores inline in a canonical form ("5.0") that it
     * does not find again by that form when it was written otherwise ("5"), so graphs are compared as read back.
     */
    private static org.apache.jena.graph.Graph copy(org.apache.jena.graph.Graph graph) {
        org.apache.jena.graph.Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(out::add);
        return out;
    }

    /** The ground triples only one of the graphs has, for a failure message. */
    private static String difference(org.apache.jena.graph.Graph built, org.apache.jena.graph.Graph live) {
        List<String> out = new java.util.ArrayList<>();
        built.find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank() && !t.getObject().isBlank() && !live.contains(t)) {
                out.add("only built: " + t);
            }
        });
        live.find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank() && !t.getObject().isBlank() && !built.contains(t)) {
                out.add("only live: " + t);
            }
        });
        return out.size() > 20 ? out.subList(0, 20) + " ... (" + out.size() + ")" : out.toString();
    }

    private static Set<String> graphNamesRead(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> graphNames(dsg));
    }

    private static Set<String> graphNames(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
        return names;
    }

    static String dump(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, dsg, RDFFormat.NQUADS);
            List<String> lines = new java.util.ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
            java.util.Collections.sort(lines);
            return String.join("\n", lines);
        });
    }
}
