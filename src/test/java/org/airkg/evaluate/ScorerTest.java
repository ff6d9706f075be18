package org.airkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scorer on the fixture graph and its gold file: every count, false positive, false negative and wrong
 * identifier, compared whole with the reviewed reports {@code expected.txt} and {@code expected.json}.
 */
class ScorerTest {
    private static Evaluation fixture() {
        return Scorer.score(EvaluateFixture.dataset(), GoldLoader.load(EvaluateFixture.GOLD).orThrow());
    }

    @Test
    void textReportOfTheFixtureIsTheReviewedOne() throws IOException {
        String text = EvaluateFixture.write(fixture(), ReportFormat.TEXT);
        assertEquals(EvaluateFixture.expected("expected.txt", text), text);
    }

    @Test
    void jsonReportOfTheFixtureIsTheReviewedOne() throws IOException {
        String json = EvaluateFixture.write(fixture(), ReportFormat.JSON);
        assertEquals(EvaluateFixture.expected("expected.json", json), json);
    }

    @Test
    void countsOfTheFixture() {
        Evaluation e = fixture();
        assertEquals(List.of("ev1"), e.documents());
        assertEquals(new Score(10, 10, 8), e.entities().overall());
        assertEquals(0.8, e.entities().overall().precision(), 1e-9);
        assertEquals(1, e.entities().optionalMatches());
        assertEquals(List.of(new Evaluation.WrongIdentifier("ev1", "entities[1]", "Drug", "palbociclib",
                "https://w3id.org/airkg/id/drug/palbociclib", "drugbank:DB09999", List.of("drugbank:DB09073"))), e.entities().wrongIdentifiers());
        assertEquals(new Score(4, 4, 3), e.relations().overall());
        assertEquals(List.of(new Evaluation.Qualifier("modality", 3, 3, 0, 3, 0), new Evaluation.Qualifier("model", 3, 1, 1, 1, 1),
                new Evaluation.Qualifier("indication", 3, 2, 1, 2, 1), new Evaluation.Qualifier("population", 3, 1, 0, 1, 0)),
                e.relations().qualifiers());
        assertEquals(new Score(5, 5, 4), e.measurements().overall());
    }

    @Test
    void aGoldFileWhoseDocumentIsNotInTheGraphNamesTheFile() {
        Path ghost = Path.of("src/test/resources/evaluate/ghost/ghost.gold.json");
        List<Gold> gold = GoldLoader.load(ghost).orThrow();
        GoldException e = assertThrows(GoldException.class, () -> Scorer.score(EvaluateFixture.dataset(), gold));
        assertEquals(ghost + ": document 'ghost' is not in the store (no graph <https://w3id.org/airkg/graph/doc/ghost> typing "
                + "<https://w3id.org/airkg/id/document/ghost> as a document)", e.getMessage());
    }

    @Test
    void jsonWritesUndefinedScoresAsNull() throws IOException {
        JsonNode json = new ObjectMapper().readTree(EvaluateFixture.write(fixture(), ReportFormat.JSON));
        assertEquals(0.8, json.at("/entities/overall/recall").asDouble(), 1e-9);
        assertEquals(true, json.at("/entities/byKind/4/score/precision").isNull(), "AnimalModel has no system entity: " + json.at("/entities/byKind/4"));
    }
}
