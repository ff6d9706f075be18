package org.airkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.airkg.AirkgException;
import org.airkg.SeedStore;
import org.airkg.store.Stamp;
import org.airkg.store.StoreLock;
import org.airkg.store.TdbStore;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build on a store built from the same everything-but-the-documents updates it in place: nothing to do when the
 * corpus is as the store holds it; the changed, added and removed documents only otherwise, giving what a fresh full
 * build gives; a bad document or a shape violation aborts and leaves the store as it was. Anything else changed, or
 * {@code --full}, builds a new store.
 */
class InPlaceBuildTest {
    private static final List<String> FIRST = List.of("000_69488b54e0ebb312.txt", "003_1afece03e2dd8667.txt", "004_0564d2a207f1c997.txt");
    private static final String ADDED = "001_16f9ed06042b2b1e.txt";

    @TempDir
    Path tmp;

    private Path corpus;
    private Path store;

    private static BuildOptions options(Path store) {
        return DocumentUpdatesTest.options().cache(DocumentCache.beside(store));
    }

    private BuildResult build(BuildOptions options, boolean[] inPlace) throws Exception {
        try (StoreLock lock = StoreLock.acquire(store); GraphSink sink = GraphSink.forBuild(lock, DocumentUpdatesTest.inputs(tmp), options)) {
            inPlace[0] = sink.before().isPresent();
            return Build.run(DocumentUpdatesTest.inputs(tmp), options, sink, BuildListener.NONE);
        }
    }

    private void seed() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : FIRST) {
            Files.copy(SeedStore.root().resolve("data/corpus").resolve(name), corpus.resolve(name));
        }
        store = tmp.resolve("tdb2");
    }

    @Test
    void changedAddedAndRemovedDocumentsAreUpdatedInPlaceAsAFullBuildWouldMakeThem() throws Exception {
        seed();
        boolean[] inPlace = {false};
        BuildResult first = build(options(store), inPlace);
        assertFalse(inPlace[0], "the first build writes a new store");
        assertEquals(3, first.extracted());
        Stamp stamp = Stamp.read(store).orElseThrow();
        assertEquals(Fingerprint.base(DocumentUpdatesTest.inputs(tmp), options(store)), stamp.base());
        assertEquals(first.quads(), stamp.quads());

        BuildResult noop = build(options(store), inPlace);
        assertTrue(inPlace[0] && noop.unchanged(), "nothing changed: " + noop);
        assertEquals(List.of(first.documents(), first.quads(), first.graphs(), first.distinct()),
                List.of(noop.documents(), noop.quads(), noop.graphs(), noop.distinct()));

        Files.copy(SeedStore.root().resolve("data/corpus").resolve(ADDED), corpus.resolve(ADDED));
        Path changed = corpus.resolve(FIRST.get(1));
        Files.writeString(changed, Files.readString(changed) + "\nLetrozole was combined with palbociclib in a further cohort.\n");
        Files.delete(corpus.resolve(FIRST.get(2)));
        BuildResult update = build(options(store), inPlace);
        assertTrue(inPlace[0] && !update.unchanged(), update.toString());
        assertEquals(3, update.documents());
        assertEquals(2, update.extracted(), "the added and the changed document, not the one kept");
        assertSameAsFullBuild(update);
        assertEquals(update.quads(), Stamp.read(store).orElseThrow().quads());
    }

    @Test
    void oneDocumentAddedThenOneChangedThenOneRemovedEachGiveWhatAFullBuildGives() throws Exception {
        seed();
        boolean[] inPlace = {false};
        build(options(store), inPlace);

        Files.copy(SeedStore.root().resolve("data/corpus").resolve(ADDED), corpus.resolve(ADDED));
        BuildResult added = build(options(store), inPlace);
        assertTrue(inPlace[0]);
        assertEquals(List.of(4, 1), List.of(added.documents(), added.extracted()));
        assertSameAsFullBuild(added);

        Path changed = corpus.resolve(FIRST.get(0));
        Files.writeString(changed, Files.readString(changed) + "\nAnastrozole was given with everolimus to a second group.\n");
        BuildResult edited = build(options(store), inPlace);
        assertTrue(inPlace[0]);
        assertEquals(List.of(4, 1), List.of(edited.documents(), edited.extracted()));
        assertSameAsFullBuild(edited);

        Files.delete(corpus.resolve(FIRST.get(2)));
        BuildResult removed = build(options(store), inPlace);
        assertTrue(inPlace[0]);
        assertEquals(List.of(3, 0), List.of(removed.documents(), removed.extracted()));
        assertSameAsFullBuild(removed);
        assertEquals(removed.quads(), Stamp.read(store).orElseThrow().quads());
    }

    @Test
    void aBadDocumentOrAShapeViolationLeavesTheStoreAsItWas() throws Exception {
        seed();
        Path shapes = tmp.resolve("strict-shapes.ttl");
        Files.writeString(shapes, Files.readString(SeedStore.root().resolve("ontology/shapes.ttl")) + """

                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX airkg: <https://w3id.org/airkg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                <urn:test:title> a sh:NodeShape ; sh:targetClass airkg:Document ;
                    sh:property [ sh:path dcterms:title ; sh:pattern "^((?!FORBIDDEN).)*$" ; sh:message "title not allowed" ] .
                """);
        BuildOptions options = options(store).shapes(shapes);
        boolean[] inPlace = {false};
        BuildResult first = build(options, inPlace);
        Stamp stamp = Stamp.read(store).orElseThrow();
        String before = dumped();

        Files.write(corpus.resolve("binary.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0});
        Path changed = corpus.resolve(FIRST.get(0));
        Files.writeString(changed, Files.readString(changed) + "\nA sentence added.\n");
        AirkgException bad = assertThrows(AirkgException.class, () -> build(options, inPlace));
        assertTrue(inPlace[0], "the store was updated in place");
        assertTrue(bad.getMessage().contains("could not be read"), bad.getMessage());
        assertEquals(before, dumped(), "a bad document changes nothing");
        assertEquals(stamp, Stamp.read(store).orElseThrow());
        Files.delete(corpus.resolve("binary.txt"));

        Files.writeString(corpus.resolve(ADDED), "FORBIDDEN " + Files.readString(SeedStore.root().resolve("data/corpus").resolve(ADDED)).strip() + "\n");
        AirkgException violated = assertThrows(AirkgException.class, () -> build(options, inPlace));
        assertTrue(inPlace[0]);
        assertTrue(violated.getMessage().contains("violates"), violated.getMessage());
        assertEquals(before, dumped(), "a shape violation changes nothing");
        assertEquals(stamp, Stamp.read(store).orElseThrow());

        Files.copy(SeedStore.root().resolve("data/corpus").resolve(ADDED), corpus.resolve(ADDED), StandardCopyOption.REPLACE_EXISTING);
        BuildResult after = build(options, inPlace);
        assertTrue(inPlace[0]);
        assertEquals(first.documents() + 1, after.documents());
        assertEquals(1, after.extracted(), "the added document; the changed one was cached by the aborted builds");
    }

    @Test
    void anythingButTheDocumentsChangedOrFullBuildsANewStore() throws Exception {
        seed();
        boolean[] inPlace = {false};
        build(options(store), inPlace);
        build(options(store).full(true), inPlace);
        assertFalse(inPlace[0], "--full writes a new store");
        BuildResult other = build(options(store).describe(Files.createDirectories(tmp.resolve("no-queries"))), inPlace);
        assertFalse(inPlace[0], "another catalogue is another base");
        assertEquals(0, other.extracted(), "the cache still serves the documents");
        build(options(store), inPlace);
        assertFalse(inPlace[0], "back to the catalogue: another base again");
        build(options(store), inPlace);
        assertTrue(inPlace[0]);
    }

    private String dumped() {
        Dataset dataset = TdbStore.open(store);
        try {
            return DocumentUpdatesTest.dump(dataset.asDatasetGraph());
        } finally {
            TdbStore.close(dataset);
        }
    }

    private void assertSameAsFullBuild(BuildResult update) throws Exception {
        Path fresh = tmp.resolve("fresh-" + System.nanoTime());
        BuildResult full;
        try (StoreLock lock = StoreLock.acquire(fresh); GraphSink sink = GraphSink.store(lock)) {
            full = Build.run(DocumentUpdatesTest.inputs(tmp), DocumentUpdatesTest.options(), sink, BuildListener.NONE);
        }
        assertEquals(List.of(full.documents(), full.quads(), full.graphs(), full.distinct(), full.conflicts().size()),
                List.of(update.documents(), update.quads(), update.graphs(), update.distinct(), update.conflicts().size()));
        Dataset built = TdbStore.open(fresh);
        Dataset updated = TdbStore.open(store);
        try {
            DocumentUpdatesTest.compare(built.asDatasetGraph(), updated.asDatasetGraph());
        } finally {
            TdbStore.close(built);
            TdbStore.close(updated);
        }
    }
}
