package org.airkg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.airkg.SeedStore;
import org.airkg.SourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule file is checked against the ontology the way round its statements run. */
class RuleProfileTest {
    private static final Path ONTOLOGY = SeedStore.root().resolve("ontology/airkg.ttl");

    private static RuleProfile load(Path dir, String inverse) throws Exception {
        Files.writeString(dir.resolve("variant-benefit.yaml"), String.join("\n",
                "comment: A drug's benefit in a population named by a variant.",
                "example: Camizestrant prolonged PFS in ESR1-mutated disease.",
                "predicate: biomarkerOfSensitivityTo",
                "reader: clause-verb",
                inverse,
                "subject: [Drug]",
                "object: [GeneVariant]",
                "cue: '\\bin\\b'",
                "expect:",
                "  - 'ESR1 mutation biomarkerOfSensitivityTo Camizestrant'") + "\n");
        Files.writeString(dir.resolve(RuleProfile.PROFILE), "variant-benefit\n");
        return RuleProfile.load(dir, ONTOLOGY);
    }

    @Test
    void anInverseRulesStatementsRunFromItsObjectsToItsSubjects(@TempDir Path dir) throws Exception {
        RelationRule rule = load(dir, "inverse: true").rules().get(0);
        assertTrue(rule.inverse());
        assertTrue(rule.subjects().contains("Drug") && rule.objects().contains("GeneVariant"), rule.subjects() + " " + rule.objects());
    }

    @Test
    void theSameRuleReadTheOtherWayRoundIsOutsideThePropertysDomain(@TempDir Path dir) {
        SourceException e = assertThrows(SourceException.class, () -> load(dir, "inverse: false"));
        assertTrue(e.getMessage().contains("are outside the domain of biomarkerOfSensitivityTo"), e.getMessage());
    }
}
