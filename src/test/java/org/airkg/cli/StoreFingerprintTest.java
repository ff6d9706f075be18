package org.airkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.airkg.SeedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} builds first when the store was built from other inputs or code, whatever the files' times say. */
class StoreFingerprintTest {
    @TempDir
    Path tmp;

    @Test
    void aStoreIsCurrentUntilADocumentOrARuleChangesNotWhenAFileIsOnlyTouched() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(SeedStore.root().resolve("data/corpus/004_0564d2a207f1c997.txt"), corpus.resolve("004_0564d2a207f1c997.txt"));
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        try (var files = Files.list(SeedStore.root().resolve("rules/relations"))) {
            for (Path f : files.toList()) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        String[] args = {"--corpus", corpus.toString(), "--store", tmp.resolve("store").toString(), "--rules", rules.toString(),
                "--threads", "2"};
        StoreOptions options = CommandLine.populateCommand(new BuildCommand(), args).store;
        assertFalse(BuildRunner.isCurrent(options), "no store yet");
        CliRun run = CliRun.of(concat("build", args));
        assertEquals(0, run.exit(), run.err());
        assertTrue(BuildRunner.isCurrent(options), "just built");

        Path document = corpus.resolve("004_0564d2a207f1c997.txt");
        Files.setLastModifiedTime(document, FileTime.from(Instant.now().plusSeconds(60)));
        assertTrue(BuildRunner.isCurrent(options), "a newer time alone changes nothing");

        Path profile = rules.resolve("profile.txt");
        String before = Files.readString(profile);
        Files.writeString(profile, before + "\n# a comment is a change of the rules' files\n");
        assertFalse(BuildRunner.isCurrent(options), "a rule file changed");
        Files.writeString(profile, before);
        assertTrue(BuildRunner.isCurrent(options), "the rules as they were");

        Files.writeString(document, Files.readString(document) + "\nOne more line.\n");
        assertFalse(BuildRunner.isCurrent(options), "a document changed");
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
