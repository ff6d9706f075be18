package org.airkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.airkg.SeedStore;
import org.airkg.rdf.BuildListener;
import org.airkg.rdf.GraphAssembler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the graph does on the held-out documents of {@code data/heldout/} (written for testing, never used to write
 * rules or names): the figures may not drop below those measured when they were last improved, and no grounding
 * may carry an identifier the gold contradicts. Raise the floors when the figures rise.
 */
class HeldoutFidelityTest {
    static final double ENTITY_PRECISION = 0.82;
    static final double ENTITY_RECALL = 0.71;
    static final double RELATION_PRECISION = 0.66;
    static final double RELATION_RECALL = 0.20;

    private static Evaluation evaluation;

    @BeforeAll
    static void score() throws Exception {
        Path root = SeedStore.root();
        GraphAssembler.Inputs defaults = GraphAssembler.Inputs.defaults(root);
        GraphAssembler.Inputs heldout = new GraphAssembler.Inputs(root.resolve("data/heldout/corpus"), defaults.ontology(),
                defaults.lexicon(), defaults.vocab(), defaults.curated(), defaults.cache());
        GraphAssembler.Assembly assembly = GraphAssembler.assemble(heldout, BuildListener.NONE);
        assertEquals(List.of(), assembly.failures());
        evaluation = Scorer.score(assembly.dataset(), GoldLoader.load(root.resolve("data/heldout/gold")).orThrow());
    }

    @Test
    void entitiesAreFoundAndGroundedAtLeastAsWellAsMeasured() {
        Score s = evaluation.entities().overall();
        assertTrue(s.precision() >= ENTITY_PRECISION, "entity precision " + s.precision());
        assertTrue(s.recall() >= ENTITY_RECALL, "entity recall " + s.recall());
        assertEquals(List.of(), evaluation.entities().wrongIdentifiers(), "no grounding contradicts a gold identifier");
    }

    @Test
    void relationsHoldAtLeastAsWellAsMeasured() {
        Score s = evaluation.relations().overall();
        assertTrue(s.precision() >= RELATION_PRECISION, "relation precision " + s.precision());
        assertTrue(s.recall() >= RELATION_RECALL, "relation recall " + s.recall());
    }
}
