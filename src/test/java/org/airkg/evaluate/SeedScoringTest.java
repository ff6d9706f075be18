package org.airkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.airkg.SeedStore;
import org.junit.jupiter.api.Test;

/**
 * The scorer on the store the build writes from the seed corpus: its queries find the mentions, associations and
 * measurements the mappers write. The gold file has one entity; the counts of the graph's side are not pinned, so
 * that extraction can change without this test.
 */
class SeedScoringTest {
    @Test
    void readsWhatTheBuildWrites() throws IOException {
        Gold gold = GoldLoader.read(Path.of("src/test/resources/evaluate/seed/003_1afece03e2dd8667.gold.json"));
        Evaluation e = Scorer.score(SeedStore.dataset(), List.of(gold));
        Evaluation.Row drugs = e.entities().byKind().stream().filter(r -> r.label().equals("Drug")).findFirst().orElseThrow();
        assertEquals(1, drugs.score().gold());
        assertEquals(1, drugs.score().truePositives(), "Anastrozole is found: " + e.entities().falseNegatives());
        assertEquals(List.of(), e.entities().wrongIdentifiers());
        assertEquals(List.of(), e.entities().unscored());
        assertTrue(e.entities().overall().system() > 5, "the document names many entities: " + e.entities().overall());
        assertTrue(e.entities().falsePositives().stream().allMatch(f -> !f.texts().isEmpty()), "every entity has its texts");
        assertTrue(e.relations().overall().system() > 0, "the document's associations are read");
        assertTrue(e.relations().falsePositives().stream().allMatch(r -> !r.quote().isEmpty()), "every association has its quote");
        assertTrue(e.measurements().overall().system() > 0, "the document's table measurements are read");
    }
}
