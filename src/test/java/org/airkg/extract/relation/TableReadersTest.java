package org.airkg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.airkg.document.Document;
import org.airkg.document.DocumentReader;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.mention.EntityRecognizer;
import org.junit.jupiter.api.Test;

/** Relations read from the layout of tables written for the test: adverse events by arm, and drug tables by column; whole output asserted. */
class TableReadersTest {
    private static final Lexicon LEXICON = Lexicon.of(List.of(
            new LexiconEntry("zanetasib", "zanetasib", List.of(), "Drug", List.of()),
            new LexiconEntry("corolestrant", "corolestrant", List.of(), "Drug", List.of()),
            new LexiconEntry("backbone", "fulvestrant", List.of(), "Drug", List.of()),
            new LexiconEntry("partner", "palbociclib", List.of(), "Drug", List.of()),
            new LexiconEntry("nausea", "nausea", List.of(), "AdverseEvent", List.of()),
            new LexiconEntry("rash", "rash", List.of(), "AdverseEvent", List.of()),
            new LexiconEntry("neutropenia", "neutropenia", List.of(), "AdverseEvent", List.of()),
            new LexiconEntry("bradycardia", "bradycardia", List.of(), "AdverseEvent", List.of()),
            new LexiconEntry("akti", "AKT inhibitor", List.of(), "DrugClass", List.of()),
            new LexiconEntry("akt1", "AKT1", List.of(), "Gene", List.of())));
    private static final Set<String> RULES = Set.of("adverse-event-table", "class-column", "target-column", "target-column-other",
            "partner-column");

    private static List<String> read(String body) {
        Document d = DocumentReader.read("t.txt", "t.txt", ("Title\n\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
        return new RelationExtractor(LEXICON).extract(d, new EntityRecognizer(LEXICON).recognize(d)).stream()
                .filter(r -> RULES.contains(r.rule()))
                .map(r -> r.subjectId() + " " + r.predicate() + " " + r.objectId()).distinct().sorted().toList();
    }

    @Test
    void anArmAgainstPlaceboOwnsTheEventsMoreFrequentInIt() {
        assertEquals(List.of("zanetasib causesAdverseEvent nausea", "zanetasib causesAdverseEvent neutropenia"), read("""
                Table 2: Adverse events (% of patients)

                | Adverse event | Zanetasib + fulvestrant, any grade | Grade 3-4 | Placebo + fulvestrant, any grade | Grade 3-4 |
                |---|---|---|---|---|
                | Neutropenia | 44 | 21 | 3 | 1 |
                | Nausea | 4 | 0 | 1 | 0 |
                | Rash | 6 | 0 | 8 | 0 |
                | Bradycardia | 0 | 0 | 0 | 0 |"""));
    }

    @Test
    void besideASharedBackboneAnActiveComparatorLeavesOnlyClearlyMoreFrequentEvents() {
        assertEquals(List.of("corolestrant causesAdverseEvent rash", "zanetasib causesAdverseEvent bradycardia"), read("""
                Table 7: Adverse events in 15% or more of patients (% of patients)

                | Preferred term | Zanetasib + palbociclib | Corolestrant + palbociclib |
                |---|---|---|
                | Neutropenia | 82.6 | 81.1 |
                | Bradycardia | 19.1 | 2.3 |
                | Rash | 10.0 | 16.0 |
                | Nausea | 9.0 | 6.5 |"""));
    }

    /** Two active arms head to head own only the events clearly more frequent in theirs; nausea at 3% and 5% is neither's. */
    @Test
    void twoActiveArmsHeadToHeadOwnOnlyTheirClearlyMoreFrequentEvents() {
        assertEquals(List.of("zanetasib causesAdverseEvent neutropenia"),
                read("""
                        Table 3: Grade 3-4 adverse events (% of patients)

                        Adverse event	Zanetasib + fulvestrant	Corolestrant
                        Neutropenia	12	0
                        Nausea	3	5
                        Rash	—	—"""));
    }

    /** Three drugs side by side (a review's class comparison) each own their non-zero events. */
    @Test
    void threeArmsSharingNoDrugEachOwnTheirNonZeroEvents() {
        assertEquals(List.of("backbone causesAdverseEvent nausea", "corolestrant causesAdverseEvent nausea", "zanetasib causesAdverseEvent nausea",
                "zanetasib causesAdverseEvent neutropenia"),
                read("""
                        Table 3: Grade 3-4 adverse events (% of patients)

                        Adverse event	Zanetasib	Corolestrant	Fulvestrant
                        Neutropenia	12	0	0
                        Nausea	3	5	2
                        Rash	—	—	—"""));
    }

    /** Three arms of one trial, each heading giving its size: an event is an arm's drug's only where clearly more frequent than in every other arm. */
    @Test
    void threeCountedArmsOfATrialOwnOnlyTheEventsClearlyMoreFrequentThanInEachOther() {
        assertEquals(List.of("corolestrant causesAdverseEvent neutropenia", "zanetasib causesAdverseEvent nausea"),
                read("""
                        Table 3: Adverse events, n (%)

                        Adverse event	Zanetasib (n = 60)	Corolestrant (n = 60)	Fulvestrant (n = 60)
                        Nausea	27 (45.0)	14 (23.3)	4 (6.7)
                        Neutropenia	3 (5.0)	16 (26.7)	2 (3.3)
                        Fatigue	6 (10.0)	7 (11.7)	8 (13.3)"""));
    }

    /** An arm of a drug "alone" is the reference the other arms add to: its events are not its drug's. */
    @Test
    void anArmOfADrugAloneOwnsNoEvent() {
        assertEquals(List.of("corolestrant causesAdverseEvent nausea", "corolestrant causesAdverseEvent neutropenia",
                "zanetasib causesAdverseEvent nausea", "zanetasib causesAdverseEvent neutropenia"),
                read("""
                        Table 3: Adverse events (% of patients)

                        Adverse event	Zanetasib	Corolestrant	Fulvestrant alone
                        Neutropenia	12	20	3
                        Nausea	3	5	2"""));
    }

    @Test
    void armsGivenTheSameDrugOwnNoEventButGradeColumnsAreTheirArms() {
        assertEquals(List.of(), read("""
                Table 4: Adverse events (% of patients)

                | Adverse event | Prophylactic zanetasib | On-demand zanetasib |
                |---|---|---|
                | Nausea | 20 | 22 |
                | Rash | 15 | 3 |"""));
        assertEquals(List.of("zanetasib causesAdverseEvent rash"), read("""
                Table 5: Adverse events (% of patients)

                | Adverse event | Zanetasib, any grade | Zanetasib, grade 3-4 | Placebo, any grade | Placebo, grade 3-4 |
                |---|---|---|---|---|
                | Nausea | 0 | 0 | 4 | 0 |
                | Rash | 15 | 3 | 2 | 0 |"""));
    }

    @Test
    void aTableThatSpeaksOfNoSideEffectsStatesNone() {
        assertEquals(List.of(), read("""
                Table 1: Reproductive outcomes

                Outcome	Zanetasib	Corolestrant
                Nausea	11	27"""));
    }

    /**
     * An arm whose heading names no drug but an active comparator ("SOC") is an arm of its own, not more columns of the arm
     * before it; against it, and beside the combination's shared drug, only clearly more frequent events are a drug's.
     */
    @Test
    void aComparatorArmNamingNoDrugIsAnArmOfItsOwn() {
        assertEquals(List.of("zanetasib causesAdverseEvent nausea"), read("""
                Table 4: Adverse events (% of patients)

                | Adverse event | Zanetasib, any grade | Zanetasib, grade 3 | SOC, any grade | SOC, grade 3 |
                |---|---|---|---|---|
                | Nausea | 30.2 | 2.1 | 12.0 | 0.4 |
                | Rash | 20.9 | 1.6 | 19.0 | 1.2 |"""));
        assertEquals(List.of("partner causesAdverseEvent neutropenia"), read("""
                Table 5: Adverse events (% of patients)

                | Adverse event | Zanetasib | Standard therapy | Zanetasib + palbociclib |
                |---|---|---|---|
                | Nausea | 30.2 | 12.0 | 31.0 |
                | Neutropenia | 3.7 | 2.8 | 47.6 |"""), "zanetasib is every dosed arm's backbone; the comparator names none");
    }

    @Test
    void aDrugTableGivesEachRowsClassTargetAndPartner() {
        assertEquals(List.of("backbone targets akt1", "partner combinedWith zanetasib", "zanetasib inClass akti", "zanetasib inhibits akt1"), read("""
                Table 4: Agents studied with endocrine therapy

                Agent	Class	Main target	Endocrine partner
                Zanetasib	AKT inhibitor	AKT1	Palbociclib
                Fulvestrant	Receptor modulator	AKT1	—
                Corolestrant, zanetasib	AKT inhibitor	AKT1	Palbociclib"""));
    }
}
