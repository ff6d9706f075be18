package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airkg.cli.Main;
import org.airkg.store.TdbStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code airkg export} and {@code airkg stats} on the fixture's store, through the command line as users run them. */
class ExportCliTest {
    @TempDir
    Path tmp;

    private Path store;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void buildStore() {
        store = tmp.resolve("tdb2");
        Dataset dataset = ExportFixture.store(store);
        TdbStore.close(dataset);
    }

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void exportPrintsWhatItWrote() {
        Path graphml = tmp.resolve("out/graph.graphml");
        assertEquals(0, run("export", "--format", "graphml", "--out", graphml.toString(), "--store", store.toString()), err.toString());
        assertTrue(Files.isRegularFile(graphml));
        assertTrue(out.toString().contains("wrote " + graphml), out.toString());
        assertTrue(out.toString().contains("12 nodes, 8 edges"), out.toString());

        assertEquals(0, run("export", "--format", "NEO4J", "--out", tmp.resolve("neo4j").toString(), "--store", store.toString(),
                "--around", ExportFixture.LETROZOLE, "--depth", "1"), err.toString());
        assertTrue(out.toString().contains("3 nodes, 2 edges"), out.toString());
        assertTrue(out.toString().contains("bytes in 3 files"), out.toString());
    }

    @Test
    void aBadCombinationIsOneCleanLine() {
        assertEquals(Main.EXIT_DATA, run("export", "--format", "sssom", "--out", tmp.resolve("x.tsv").toString(),
                "--around", ExportFixture.LETROZOLE));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("airkg: --around"), err.toString());
        assertEquals(Main.EXIT_USAGE, run("export", "--format", "pdf", "--out", "x"));
    }

    @Test
    void statsPrintsATableOrTurtle() {
        assertEquals(0, run("stats", "--store", store.toString()), err.toString());
        assertTrue(out.toString().contains("Entities per class"), out.toString());
        assertTrue(out.toString().contains("ChEBI"), out.toString());
        StringWriter table = new StringWriter();
        table.write(out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("stats", "--store", store.toString(), "--format", "turtle", "--endpoint", "http://127.0.0.1:3030/airkg/sparql"));
        Model turtle = RDFParser.fromString(out.toString(), Lang.TURTLE).toModel();
        assertTrue(turtle.contains(turtle.createResource(VoidDescription.DATASET), org.apache.jena.vocabulary.VOID.sparqlEndpoint,
                turtle.createResource("http://127.0.0.1:3030/airkg/sparql")));
    }
}
