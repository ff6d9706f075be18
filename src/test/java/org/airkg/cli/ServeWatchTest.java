package org.airkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.airkg.build.DocumentChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --watch} (issue 12): a document added, changed and removed in the corpus folder while another thread
 * queries; every answer counts the old or the new triples of the document's graph and of all graphs, never a mix; a
 * bad document changes nothing; {@code build} into the served store is refused, naming the server.
 */
class ServeWatchTest {
    private static final String ADDED = "001_16f9ed06042b2b1e.txt";
    private static final String CHANGED = "004_0564d2a207f1c997.txt";

    @TempDir
    Path tmp;

    @Test
    void addChangeRemoveWhileQuerying() throws Exception {
        LiveFixture fixture = new LiveFixture(tmp, List.of("000_69488b54e0ebb312.txt", CHANGED));
        BlockingQueue<DocumentChange> changes = new LinkedBlockingQueue<>();
        try (Serving serving = fixture.serve(null, new Serving.Live(true, Duration.ofSeconds(1)), changes::add)) {
            Path corpus = fixture.corpus();

            LiveFixture.Counts added = fixture.whileQuerying(serving, ADDED, () -> {
                Path scratch = corpus.resolve(".copy.tmp");
                Files.copy(LiveFixture.seed(ADDED), scratch);
                Files.move(scratch, corpus.resolve(ADDED));
                assertChange(changes, ADDED, DocumentChange.Kind.ADDED);
            });
            assertTrue(added.document() > 100, added.toString());

            LiveFixture.Counts before = fixture.counts(serving, CHANGED);
            LiveFixture.Counts changed = fixture.whileQuerying(serving, CHANGED, () -> {
                // Written in two steps, as an editor saving a long file might: the quiet period (1 s, serve's default) waits
                // for the second, so the first is never read.
                List<String> lines = Files.readAllLines(corpus.resolve(CHANGED));
                Files.write(corpus.resolve(CHANGED), lines.subList(0, lines.size() / 3));
                Files.write(corpus.resolve(CHANGED), lines.subList(0, lines.size() * 2 / 3));
                DocumentChange change = assertChange(changes, CHANGED, DocumentChange.Kind.REPLACED);
                assertEquals(before.document(), change.triplesBefore());
            });
            assertTrue(changed.document() < before.document() && changed.document() > 0, changed + " after " + before);

            LiveFixture.Counts removed = fixture.whileQuerying(serving, ADDED, () -> {
                Files.delete(corpus.resolve(ADDED));
                assertChange(changes, ADDED, DocumentChange.Kind.REMOVED);
            });
            assertEquals(0, removed.document());

            LiveFixture.Counts beforeBad = fixture.counts(serving, CHANGED);
            LiveFixture.Counts unchanged = fixture.whileQuerying(serving, CHANGED, () -> {
                Files.write(corpus.resolve("bad.txt"), new byte[] {'a', 0, 0, (byte) 0xfe, 'b'});
                DocumentChange change = assertChange(changes, "bad.txt", DocumentChange.Kind.REJECTED);
                assertTrue(change.reasons().get(0).contains("bad.txt"), change.reasons().toString());
            });
            assertEquals(beforeBad, unchanged, "the rejected document changed nothing");

            CliRun build = CliRun.of("build", "--store", fixture.store.store.toString(), "--corpus", corpus.toString());
            assertEquals(Main.EXIT_DATA, build.exit(), build.err());
            assertTrue(build.err().contains(fixture.store.store + " is served by another process (pid " + ProcessHandle.current().pid()),
                    build.err());
            assertTrue(build.err().contains("serving " + serving.server().datasetUrl()), build.err());
        }
        CliRun build = CliRun.of("build", "--store", fixture.store.store.toString(), "--corpus", fixture.corpus().toString(), "--skip-bad");
        assertEquals(0, build.exit(), "the lock was released when serving stopped: " + build.err());
    }

    /** Waits (bounded, against a hang) for the watcher's change to {@code name}, and checks what it did. */
    static DocumentChange assertChange(BlockingQueue<DocumentChange> changes, String name, DocumentChange.Kind kind) throws InterruptedException {
        while (true) {
            DocumentChange change = changes.poll(120, TimeUnit.SECONDS);
            assertNotNull(change, "no change to " + name + " within 120 s");
            if (change.document().equals(name) && change.kind() != DocumentChange.Kind.UNCHANGED) {
                assertEquals(kind, change.kind(), change.toString());
                return change;
            }
        }
    }
}
