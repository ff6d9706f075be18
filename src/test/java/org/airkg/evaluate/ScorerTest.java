package org.airkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer on the fixture graph and its gold file: every count, false positive, false negative and wrong identifier. */
class ScorerTest {
    @Test
    void textReportOfTheFixtureIsTheReviewedOne() throws IOException {
        Evaluation evaluation = Scorer.score(EvaluateFixture.dataset(), GoldLoader.load(EvaluateFixture.GOLD).orThrow());
        String text = EvaluateFixture.write(evaluation, ReportFormat.TEXT);
        assertEquals(EvaluateFixture.expected("expected.txt", text), text);
    }
}
