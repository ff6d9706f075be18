package org.airkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.airkg.cli.CliRun;
import org.airkg.cli.Main;
import org.airkg.store.TdbStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code airkg validate} on a store built from the seed corpus, and on one holding a defect. */
class ValidateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void seedStoreValidatesWithExitZero() throws IOException {
        Path store = tmp.resolve("seed");
        TdbStore.replace(store, Fixtures.seed());
        CliRun run = run("validate", "--store", store.toString());
        assertEquals(0, run.exit(), run.err() + run.out());
        String first = run.out().lines().findFirst().orElse("");
        assertTrue(first.startsWith("SHACL: conforms") && first.contains(" 0 violations, "), first);
        System.out.println("airkg validate on the seed store: " + first);
    }

    @Test
    void storeWithAViolationExitsOneAndNamesTheNode() {
        Path store = tmp.resolve("bad");
        Dataset dataset = DatasetFactory.createTxnMem();
        dataset.addNamedModel("https://w3id.org/airkg/graph/doc/d1",
                ModelFactory.createModelForGraph(Fixtures.graph("association-polarity-maybe")));
        TdbStore.replace(store, dataset);
        CliRun run = run("validate", "--store", store.toString());
        assertEquals(1, run.exit(), run.err() + run.out());
        assertTrue(run.out().startsWith("SHACL: does not conform: 1 violations, 0 warnings"), run.out());
        assertTrue(run.out().contains("Violation: <https://w3id.org/airkg/id/association/a2> airkg:polarity = \"maybe\""), run.out());

        CliRun turtle = run("validate", "--store", store.toString(), "--format", "turtle");
        assertEquals(1, turtle.exit());
        assertTrue(turtle.out().contains("sh:ValidationReport"), turtle.out());
    }

    @Test
    void missingStoreIsAOneLineError() {
        CliRun run = run("validate", "--store", tmp.resolve("none").toString());
        assertEquals(Main.EXIT_DATA, run.exit());
        assertTrue(run.err().startsWith("airkg: ") && run.err().contains("no AIR-KG store here"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

}
