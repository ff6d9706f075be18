package org.airkg.serve.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/**
 * With {@link LinearRegex#install}, every place a query or update can hold a regular expression runs on RE2/J.
 *
 * <p>The proof does not time anything: RE2 has no back-references, so the pattern {@code (a)\1} is an error under
 * RE2 (the row gets no value or is filtered out) while java.util.regex matches it. The catastrophic pattern of
 * issue 17 is run as well, under a preemptive bound of 60 s that a linear engine never comes near.
 */
class LinearRegexTest {

    private static final String PREFIXES = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>\n"
            + "PREFIX sparql: <http://www.w3.org/ns/sparql#>\n"
            + "PREFIX apf: <http://jena.apache.org/ARQ/property#>\n";
    private static final String RUNAWAY = "\"" + "a".repeat(40) + "!\"";
    private static final Duration BOUND = Duration.ofSeconds(60);

    private static Context linear() {
        Context context = ARQ.getContext().copy();
        LinearRegex.install(context);
        return context;
    }

    private static List<String> column(String query, Context context) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<String> values = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(PREFIXES + query).context(context).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> values.add(row.contains("x") ? row.get("x").getLiteralLexicalForm() : "-"));
        }
        return values;
    }

    @Test
    void backReferencesMatchWithoutAndFailWithTheLinearEngine() {
        String q = "SELECT ?x { BIND(str(regex('aa', '(a)\\\\1')) AS ?x) }";
        assertEquals(List.of("true"), column(q, ARQ.getContext().copy()), "java.util.regex knows back-references");
        assertEquals(List.of("-"), column(q, linear()));
    }

    @Test
    void everyPlaceOfARegexIsLinear() {
        Context linear = linear();
        List<String> queries = List.of(
                "SELECT ?x { BIND(str(regex('aa', '(a)\\\\1')) AS ?x) }",
                "SELECT ?x { BIND('y' AS ?x) FILTER regex('aa', '(a)\\\\1') }",
                "SELECT ?x { BIND('y' AS ?x) FILTER EXISTS { FILTER regex('aa', '(a)\\\\1') } }",
                "SELECT ?x { BIND(replace('aa', '(a)\\\\1', 'b') AS ?x) }",
                "SELECT ?x { BIND(str(fn:matches('aa', '(a)\\\\1')) AS ?x) }",
                "SELECT ?x { BIND(fn:replace('aa', '(a)\\\\1', 'b') AS ?x) }",
                "SELECT ?x { BIND(str(sparql:regex('aa', '(a)\\\\1')) AS ?x) }",
                "SELECT ?x { BIND(str(<http://www.w3.org/ns/sparql#replace>('aa', '(a)\\\\1', 'b')) AS ?x) }",
                "SELECT (SAMPLE(?y) AS ?x) { VALUES ?y { 'aa' } } GROUP BY ?y HAVING(regex(?y, '(a)\\\\1'))",
                "SELECT ?x { { SELECT ?x { BIND(str(regex('aa', '(a)\\\\1')) AS ?x) } } }");
        for (String q : queries) {
            List<String> got = column(q, linear);
            assertEquals(true, got.isEmpty() || got.equals(List.of("-")), () -> q + " used a backtracking engine: " + got);
        }
        // A property function's bad pattern fails the query, as String.split's does in Jena's own strSplit.
        ExprEvalException split = assertThrows(ExprEvalException.class,
                () -> column("SELECT ?x { ?x apf:strSplit ('a11b' '(1)\\\\1') }", linear));
        assertTrue(split.getMessage().startsWith("strSplit: pattern '(1)\\1' cannot be used"), split.getMessage());
        assertEquals(List.of("a", "b"), column("SELECT ?x { ?x apf:strSplit ('a11b' '(1)\\\\1') }",
                ARQ.getContext().copy()), "java.util.regex splits on the back-reference");
    }

    @Test
    void regexFunctionsStillAnswerOnTheLinearEngine() {
        Context linear = linear();
        assertEquals(List.of("true"), column("SELECT ?x { BIND(str(regex('Letrozole', '^LET', 'i')) AS ?x) }", linear));
        assertEquals(List.of("b-c"), column("SELECT ?x { BIND(replace('a-c', '^a', 'b') AS ?x) }", linear));
        assertEquals(List.of("true"), column("SELECT ?x { BIND(str(fn:matches('a b', 'a\\\\sb')) AS ?x) }", linear));
        assertEquals(List.of("x", "y"), column("SELECT ?x { ?x apf:strSplit ('x, y' ',') }", linear));
    }

    @Test
    void theRunawayPatternOfIssue17EndsAtOnce() {
        String q = "SELECT ?x { BIND(str(regex(" + RUNAWAY + ", '^(.*a){12}$')) AS ?x) }";
        assertEquals(List.of("false"), assertTimeoutPreemptively(BOUND, () -> column(q, linear())));
        String r = "SELECT ?x { BIND(replace(" + RUNAWAY + ", '^(.*a){12}$', '') AS ?x) }";
        assertEquals(List.of("a".repeat(40) + "!"), assertTimeoutPreemptively(BOUND, () -> column(r, linear())));
    }

    @Test
    void updatesRunTheirWhereClausesOnTheLinearEngine() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        String update = "INSERT { <urn:s> <urn:p> ?x } WHERE { BIND('y' AS ?x) FILTER regex(" + RUNAWAY
                + ", '^(.*a){12}$|(a)\\\\2') }";
        assertTimeoutPreemptively(BOUND, () -> UpdateExec.dataset(dsg).update(update).context(linear()).execute());
        assertEquals(0, dsg.getDefaultGraph().size());
    }
}
