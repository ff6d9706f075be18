package org.airkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What {@code airkg query} says about wrong parameters and bad SPARQL, before it opens any store. */
class QueryCommandTest {

    private static final String STORE = "target/query-command-test/no-store";

    private static void usageError(String expected, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(Main.EXIT_USAGE, run.exit(), run.err());
        assertEquals(expected, run.err().lines().findFirst().orElse(""), run.err());
    }

    @Test
    void unknownOrRepeatedParametersAreUsageErrorsNamingThem() {
        usageError("--param tem: the query paragraphs-mentioning has no parameter 'tem'; its parameters are term.",
                "query", "paragraphs-mentioning", "--param", "tem=FALCON", "--store", STORE);
        usageError("--param term is given twice; give each parameter once.",
                "query", "paragraphs-mentioning", "--param", "term=a", "--param", "term=b", "--store", STORE);
        usageError("--param term: give NAME=VALUE.", "query", "paragraphs-mentioning", "--param", "term", "--store", STORE);
    }

    @Test
    void aQueryWithoutDeclaredParametersTakesItsVariables() throws IOException {
        Path file = Files.createDirectories(Path.of("target/query-command-test")).resolve("plain.rq");
        Files.writeString(file, "SELECT ?s WHERE { ?s ?p ?o }\n");
        usageError("--param x: the query plain has no parameter 'x'; its parameters are o, p, s.",
                "query", file.toString(), "--param", "x=1", "--store", STORE);
    }

    @Test
    void aSyntaxErrorIsOneLineAtTheParsersPosition() throws IOException {
        Path file = Files.createDirectories(Path.of("target/query-command-test")).resolve("bad.rq");
        Files.writeString(file, "# title: t\n# question: q\nPREFIX ex: <http://example.org/>\nSELECT ?x WHERE {\n"
                + "  ?x ex:p ?y .\n  FILTER(?y > )\n}\n");
        CliRun run = CliRun.of("query", file.toString(), "--store", STORE);
        assertEquals(Main.EXIT_DATA, run.exit(), run.err());
        assertEquals("airkg: " + file + ":6:15: syntax error, unexpected ')'\n", run.err());
        Files.writeString(file, "SELECT ?x WHERE { ?x ex:p ?y }\n");
        run = CliRun.of("query", file.toString(), "--store", STORE);
        assertEquals("airkg: " + file + ":1:22: Unresolved prefixed name: ex:p\n", run.err());
        Files.writeString(file, "SELECT ?x WHERE { ?x ?p ?y ");
        run = CliRun.of("query", file.toString(), "--store", STORE);
        assertEquals("airkg: " + file + ":1:27: syntax error, unexpected end of query\n", run.err());
    }
}
