package org.airkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airkg.cli.CliRun;
import org.airkg.cli.Main;
import org.airkg.store.TdbStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code airkg evaluate} as a user runs it, on a TDB2 store holding the fixture graph. */
class EvaluateCommandTest {
    private static final String GOLD = "src/test/resources/evaluate/gold";

    @TempDir
    Path tmp;

    private Path store;

    @BeforeEach
    void store() {
        store = tmp.resolve("store");
        TdbStore.replace(store, EvaluateFixture.dataset());
    }

    private CliRun evaluate(String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "evaluate";
        args[1] = "--store";
        args[2] = store.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return CliRun.of(args);
    }

    @Test
    void printsTheTextReport() throws IOException {
        CliRun run = evaluate("--gold", GOLD);
        assertEquals("", run.err());
        assertEquals(0, run.exit());
        assertEquals(Files.readString(EvaluateFixture.DIR.resolve("expected.txt")), run.out());
    }

    @Test
    void printsTheJsonReport() throws IOException {
        CliRun run = evaluate("--gold", GOLD + "/ev1.gold.json", "--format", "json");
        assertEquals("", run.err());
        assertEquals(0, run.exit());
        assertEquals(Files.readString(EvaluateFixture.DIR.resolve("expected.json")), run.out());
    }

    @Test
    void scoresBelowTheirFloorsExitOneWithASentenceEach() throws IOException {
        CliRun run = evaluate("--gold", GOLD, "--min-entity-precision", "0.9", "--min-entity-recall", "0.8",
                "--min-relation-precision", "0.5", "--min-relation-recall", "0.8");
        assertEquals(Main.EXIT_DATA, run.exit());
        assertEquals(Files.readString(EvaluateFixture.DIR.resolve("expected.txt")), run.out());
        assertEquals("airkg: entity precision 0.800 is below the floor 0.900.\n"
                + "airkg: relation recall 0.750 is below the floor 0.800.\n", run.err());
    }

    @Test
    void scoresAtTheirFloorsPass() {
        CliRun run = evaluate("--gold", GOLD, "--min-entity-precision", "0.8", "--min-relation-recall", "0.75");
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void aBadGoldFileIsOneLineAndExitOne() {
        String file = "src/test/resources/evaluate/bad/unknown-entity.gold.json";
        CliRun run = evaluate("--gold", file);
        assertEquals(Main.EXIT_DATA, run.exit());
        assertEquals("", run.out());
        assertEquals("airkg: " + file + ":32:5: relations[1] (letrozole targets CYP19A1): object 'CYP19A1' is not the name of an "
                + "entity of this file\n", run.err());
    }

    @Test
    void severalBadGoldFilesAreEachNamed() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("gold"));
        Files.copy(Path.of("src/test/resources/evaluate/bad/trailing.gold.json"), dir.resolve("trailing.gold.json"));
        Files.copy(Path.of("src/test/resources/evaluate/bad/no-forms.gold.json"), dir.resolve("no-forms.gold.json"));
        CliRun run = evaluate("--gold", dir.toString());
        assertEquals(Main.EXIT_DATA, run.exit());
        assertEquals("error: " + dir.resolve("no-forms.gold.json") + ":5:5: entities[0] 'letrozole': no forms; give every way the "
                + "document writes it\n"
                + "error: " + dir.resolve("trailing.gold.json") + ":6:1: content after the gold object\n"
                + "airkg: 2 of 2 gold files could not be read\n", run.err());
    }

    @Test
    void aDocumentMissingFromTheStoreNamesTheGoldFile() {
        String file = "src/test/resources/evaluate/ghost/ghost.gold.json";
        CliRun run = evaluate("--gold", file);
        assertEquals(Main.EXIT_DATA, run.exit());
        assertEquals("airkg: " + file + ": document 'ghost' is not in the store (no graph <https://w3id.org/airkg/graph/doc/ghost> "
                + "typing <https://w3id.org/airkg/id/document/ghost> as a document)\n", run.err());
    }

    @Test
    void aMissingStoreIsOneLine() {
        CliRun run = CliRun.of("evaluate", "--gold", GOLD, "--store", tmp.resolve("none").toString());
        assertEquals(Main.EXIT_DATA, run.exit());
        assertEquals("airkg: " + tmp.resolve("none") + ": no AIR-KG store here; run './airkg build' first\n", run.err());
    }

    @Test
    void wrongCommandLinesExitTwo() {
        assertEquals(Main.EXIT_USAGE, evaluate().exit());
        CliRun floor = evaluate("--gold", GOLD, "--min-relation-recall", "80");
        assertEquals(Main.EXIT_USAGE, floor.exit());
        assertEquals("the floor of relation recall must lie between 0 and 1, not 80.0",
                floor.err().lines().findFirst().orElse(""));
        assertEquals(Main.EXIT_USAGE, evaluate("--gold", GOLD, "--format", "csv").exit());
    }
}
