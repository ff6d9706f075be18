package org.airkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.airkg.SeedStore;
import org.airkg.export.DatasetDump;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSetRewindable;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every catalogue query gives the same rows on a second SPARQL engine, RDF4J's in-memory store, loaded from
 * the seed build's N-Quads dump, as on Jena's TDB2 store, with its defaults and with parameters bound. RDF4J
 * gets the dump's quads without their graph names, in one graph: the union default graph Jena's store answers
 * from (an RDF4J store whose default graph spans contexts would count a triple once per graph it is in).
 * Rows are compared as a sorted list of terms (N-Triples forms), so a tie that the two engines order
 * differently is no difference. A difference an engine cannot avoid is written in the query's header as a
 * {@code # portability:} line.
 */
class PortableCatalogTest {
    private static final Path CATALOGUE = SeedStore.root().resolve("queries");

    @TempDir
    static Path tmp;

    private static SailRepository rdf4j;

    @BeforeAll
    static void load() throws Exception {
        Path dump = tmp.resolve("airkg.nq");
        DatasetDump.write(SeedStore.dataset(), dump);
        rdf4j = new SailRepository(new MemoryStore());
        rdf4j.initialize();
        try (RepositoryConnection con = rdf4j.getConnection(); InputStream in = Files.newInputStream(dump)) {
            con.begin();
            org.eclipse.rdf4j.rio.RDFParser parser = Rio.createParser(RDFFormat.NQUADS);
            parser.setRDFHandler(new AbstractRDFHandler() {
                @Override
                public void handleStatement(Statement st) {
                    con.add(st.getSubject(), st.getPredicate(), st.getObject());
                }
            });
            parser.parse(in, "");
            con.commit();
        }
    }

    @AfterAll
    static void close() {
        rdf4j.shutDown();
    }

    static Stream<CatalogQuery> queries() throws IOException {
        return new QueryCatalog(CATALOGUE).list().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void rdf4jAnswersAsJenaDoes(CatalogQuery query) throws IOException {
        compare(query, Map.of());
    }

    @Test
    void boundParametersAnswerAlikeToo() throws IOException {
        QueryCatalog catalog = new QueryCatalog(CATALOGUE);
        compare(catalog.find("therapies-after-ai").orElseThrow(), Map.of("ai", QueryRunner.term("https://w3id.org/airkg/id/drug/letrozole")));
        compare(catalog.find("paragraphs-mentioning").orElseThrow(), Map.of("term", QueryRunner.term("FALCON")));
        compare(catalog.find("statement-sources").orElseThrow(),
                Map.of("subject", QueryRunner.term("https://w3id.org/airkg/id/drug/fulvestrant")));
    }

    /**
     * A parameter without a default that the query reads inside the branches of a {@code UNION} (trial-outcomes'
     * {@code ?trial}) narrows the answer there too: every row is the trial's, in both engines.
     */
    @Test
    void aParameterReadInsideUnionBranchesNarrowsTheAnswer() throws IOException {
        CatalogQuery outcomes = new QueryCatalog(CATALOGUE).find("trial-outcomes").orElseThrow();
        Map<String, Node> falcon = Map.of("trial", QueryRunner.term("https://w3id.org/airkg/id/clinicaltrial/falcon"));
        List<String> rows = jena(outcomes, falcon);
        assertFalse(rows.isEmpty(), "FALCON's outcomes");
        assertTrue(jena(outcomes, Map.of()).size() > rows.size(), "every trial's outcomes are more than FALCON's");
        rows.forEach(row -> assertTrue(row.contains("trialName=\"FALCON\""), row));
        compare(outcomes, falcon);
    }

    private static void compare(CatalogQuery query, Map<String, Node> bindings) throws IOException {
        List<String> jena = jena(query, bindings);
        List<String> other = rdf4j(query, bindings);
        if (jena.isEmpty() && QueryRunner.parse(query).hasGroupBy() && other.size() == 1
                && other.get(0).matches("\\{[^=]+=(\"\"\\^\\^<[^>]+>)?(, [^=]+=(\"\"\\^\\^<[^>]+>)?)*}")) {
            // RDF4J 2.3 answers a grouped query that has no solutions with one group of unbound keys, where SPARQL 1.1
            // (section 18.5, Group) has no group; the queries this can happen to say so in their header.
            assertTrue(query.sparql().contains("# portability:"), query.name() + " does not document RDF4J's empty group");
            return;
        }
        List<String> onlyJena = new ArrayList<>(jena);
        other.forEach(onlyJena::remove);
        List<String> onlyRdf4j = new ArrayList<>(other);
        jena.forEach(onlyRdf4j::remove);
        assertEquals(jena, other, query.name() + " " + bindings + ": RDF4J answers differently from Jena; only in Jena's rows: "
                + onlyJena + "; only in RDF4J's: " + onlyRdf4j);
    }

    private static List<String> jena(CatalogQuery query, Map<String, Node> bindings) throws IOException {
        ResultSetRewindable rs = QueryRunner.select(SeedStore.dataset(), QueryRunner.parse(query), bindings);
        List<String> rows = new ArrayList<>();
        rs.forEachRemaining(s -> {
            Map<String, String> row = new TreeMap<>();
            rs.getResultVars().forEach(v -> {
                Node n = s.get(v) == null ? null : s.get(v).asNode();
                row.put(v, n == null ? "" : jenaTerm(n));
            });
            rows.add(row.toString());
        });
        rows.sort(null);
        return rows;
    }

    private static List<String> rdf4j(CatalogQuery query, Map<String, Node> bindings) {
        List<String> rows = new ArrayList<>();
        try (RepositoryConnection con = rdf4j.getConnection()) {
            TupleQuery tq = con.prepareTupleQuery(QueryLanguage.SPARQL, QueryRunner.withParameters(QueryRunner.parse(query), bindings).serialize());
            try (TupleQueryResult result = tq.evaluate()) {
                List<String> vars = result.getBindingNames();
                while (result.hasNext()) {
                    BindingSet b = result.next();
                    Map<String, String> row = new TreeMap<>();
                    vars.forEach(v -> row.put(v, b.getValue(v) == null ? "" : rdf4jTerm(b.getValue(v))));
                    rows.add(row.toString());
                }
            }
        }
        rows.sort(null);
        assertTrue(rows.stream().allMatch(r -> !r.isEmpty()));
        return rows;
    }

    private static String jenaTerm(Node n) {
        if (n.isURI()) {
            return "<" + n.getURI() + ">";
        }
        if (n.isBlank()) {
            return "_:";
        }
        String lang = n.getLiteralLanguage();
        return "\"" + n.getLiteralLexicalForm() + "\"" + (lang.isEmpty() ? "^^<" + n.getLiteralDatatypeURI() + ">" : "@" + lang.toLowerCase());
    }

    private static String rdf4jTerm(Value v) {
        if (v instanceof IRI iri) {
            return "<" + iri.stringValue() + ">";
        }
        if (v instanceof BNode) {
            return "_:";
        }
        Literal l = (Literal) v;
        return "\"" + l.getLabel() + "\"" + l.getLanguage().map(x -> "@" + x.toLowerCase()).orElse("^^<" + l.getDatatype().stringValue() + ">");
    }
}
