package org.airkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.airkg.SeedStore;
import org.airkg.build.BuildListener;
import org.airkg.build.Inputs;
import org.airkg.build.BuildOptions;
import org.airkg.build.Build;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue queries whose answer on the seed corpus is empty (no denied statement, no conflicting
 * value, no unresolved name), run on a small corpus that has one of each.
 */
class QueryFixtureTest {
    private static final String NOTE = """
            Fixture note

            Introduction

            Letrozole did not significantly improve outcomes as therapy for breast cancer.

            XYZ-1234 was then tested in the ORCHID trial.

            Table 1: Results of the FALCON trial

            Endpoint\tAnastrozole (1 mg/day)\tFulvestrant (500 mg)
            Median Progression-Free Survival (PFS)\t13.8 months\t16.6 months

            Table 2: Outcomes of the FALCON trial

            Endpoint\tAnastrozole (1 mg/day)\tFulvestrant (500 mg)
            Median Progression-Free Survival (PFS)\t13.80 months\t15.9 months
            """;

    @TempDir
    static Path tmp;

    private static Dataset union;

    @BeforeAll
    static void build() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("fixture.txt"), NOTE);
        Path root = SeedStore.root();
        Build.InMemory a = Build.inMemory(new Inputs(corpus, root.resolve("ontology/airkg.ttl"),
                root.resolve("data/lexicon"), root.resolve("data/vocab"), tmp.resolve("no-curation")), BuildOptions.defaults(), BuildListener.NONE);
        DatasetGraph merged = DatasetGraphFactory.createTxnMem();
        a.dataset().asDatasetGraph().find().forEachRemaining(q -> merged.add(Quad.create(Quad.defaultGraphIRI, q.asTriple())));
        union = DatasetFactory.wrap(merged);
    }

    private static List<String> rows(String name) throws Exception {
        CatalogQuery q = new QueryCatalog(SeedStore.root().resolve("queries")).find(name).orElseThrow();
        ResultSetRewindable rs = QueryRunner.select(union, QueryRunner.parse(q), Map.of());
        List<String> rows = new ArrayList<>();
        rs.forEachRemaining(s -> rows.add(s.toString()));
        return rows;
    }

    @Test
    void negativeFindingsListsADeniedStatement() throws Exception {
        List<String> rows = rows("negative-findings");
        assertTrue(rows.stream().anyMatch(r -> r.contains("Letrozole") && r.contains("treats") && r.contains("did not significantly")), rows.toString());
    }

    @Test
    void measurementConflictsListsBothPlacesOfTwoValuesForOneArmAndEndpoint() throws Exception {
        List<String> rows = rows("measurement-conflicts");
        assertTrue(rows.stream().anyMatch(r -> r.contains("FALCON") && r.contains("Fulvestrant") && r.contains("\"16.6 months\"")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("FALCON") && r.contains("Fulvestrant") && r.contains("\"15.9 months\"")), rows.toString());
        assertEquals(2, rows.size(), "one conflict, one row per place; 13.8 and 13.80 months are one value: " + rows);
    }

    @Test
    void mentionsAmbiguousListsCandidatesTheLexiconLacks() throws Exception {
        List<String> rows = rows("mentions-ambiguous");
        assertTrue(rows.stream().anyMatch(r -> r.contains("XYZ-1234") && r.contains("CANDIDATE")), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.contains("ORCHID")), "a name before 'trial' is a trial of its own, not a candidate: " + rows);
    }
}
