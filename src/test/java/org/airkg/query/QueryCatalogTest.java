package org.airkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.airkg.SeedStore;
import org.apache.jena.graph.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Runs every query of the catalogue on the seed corpus and compares its whole answer, as CSV, with the
 * reviewed file {@code src/test/resources/queries/NAME.csv} (rewrite them with {@code -Dairkg.regenerate=true}).
 */
class QueryCatalogTest {
    private static final Path CATALOGUE = SeedStore.root().resolve("queries");
    private static final Path EXPECTED = SeedStore.root().resolve("src/test/resources/queries");

    static Stream<CatalogQuery> queries() throws IOException {
        return new QueryCatalog(CATALOGUE).list().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void answersAsReviewed(CatalogQuery query) throws IOException {
        assertFalse(query.question().isBlank(), query.name() + " has no question in its header");
        assertFalse(query.title().equals(query.name()), query.name() + " has no title in its header");
        check(query, Map.of(), query.name() + ".csv");
    }

    @Test
    void bindsParametersAsTerms() throws IOException {
        QueryCatalog catalog = new QueryCatalog(CATALOGUE);
        check(catalog.find("paragraphs-mentioning").orElseThrow(), Map.of("term", QueryRunner.term("FALCON")),
                "paragraphs-mentioning.term-FALCON.csv");
        check(catalog.find("document-outline").orElseThrow(),
                Map.of("doc", QueryRunner.term("https://w3id.org/airkg/id/document/004_0564d2a207f1c997")),
                "document-outline.doc-004.csv");
    }

    @Test
    void parameterValuesAreNeverSpliced() throws IOException {
        CatalogQuery query = new QueryCatalog(CATALOGUE).find("paragraphs-mentioning").orElseThrow();
        String hostile = "x\")) } DELETE WHERE { ?s ?p ?o } #";
        String csv = run(query, Map.of("term", QueryRunner.term(hostile)));
        assertEquals("doc,section,line,kind,text", csv.strip(), "a hostile term is only a string to look for");
    }

    @Test
    void everyParameterIsAVariableOfItsQuery() throws IOException {
        for (CatalogQuery q : new QueryCatalog(CATALOGUE).list()) {
            List<String> vars = QueryRunner.parse(q).getProjectVars().stream().map(v -> v.getVarName()).toList();
            for (String p : q.parameterNames()) {
                assertTrue(q.sparql().contains("?" + p), q.name() + ": parameter " + p + " is not used; projected " + vars);
            }
        }
    }

    private static void check(CatalogQuery query, Map<String, Node> bindings, String expectedFile) throws IOException {
        String actual = run(query, bindings);
        Path expected = EXPECTED.resolve(expectedFile);
        if (SeedStore.regenerate()) {
            Files.createDirectories(EXPECTED);
            Files.writeString(expected, actual);
        }
        assertTrue(Files.exists(expected), "no reviewed answer " + expected);
        assertEquals(Files.readString(expected), actual, query.name() + " answered differently from " + expected);
    }

    private static String run(CatalogQuery query, Map<String, Node> bindings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(SeedStore.dataset(), QueryRunner.parse(query), bindings, QueryRunner.Format.CSV, out);
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
