package org.airkg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.airkg.SeedStore;
import org.airkg.document.Document;
import org.airkg.document.DocumentReader;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.mention.EntityRecognizer;
import org.airkg.extract.quantity.Statistic;
import org.airkg.extract.quantity.Quantity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Measurements read from the seed corpus's tables, checked value by value against the documents. */
class TableFactsTest {
    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.load(SeedStore.root().resolve("data/lexicon"));
    }

    private static TableFacts.Result facts(String file) {
        Document d = DocumentReader.read(SeedStore.root().resolve(Path.of("data/corpus", file)));
        return new TableFacts(lexicon).extract(d, new EntityRecognizer(lexicon).recognize(d));
    }

    private static Measurement at(TableFacts.Result r, int table, int row, int column) {
        return r.measurements().stream().filter(m -> m.tablePosition() == table && m.row() == row && m.column() == column)
                .findFirst().orElseThrow(() -> new AssertionError("no measurement at " + table + "/" + row + "/" + column));
    }

    private static void assertDecimal(String expected, Optional<BigDecimal> actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.orElseThrow()), expected + " vs " + actual);
    }

    @Test
    void readsTheFalconHazardRatioWithItsIntervalAndPValue() {
        TableFacts.Result r = facts("002_da7e4f0a02ba5e9f.txt");
        Measurement hr = at(r, 10, 1, 3);
        Statistic s = hr.statistic().orElseThrow();
        assertEquals(Statistic.Kind.HR, s.kind());
        assertDecimal("0.797", s.estimate().flatMap(q -> q.value()));
        assertDecimal("0.637", s.ciLower());
        assertDecimal("0.999", s.ciUpper());
        assertDecimal("0.95", s.ciLevel());
        assertEquals(Optional.of("falcon"), hr.trialId());
        assertEquals(Optional.of("progression-free-survival"), hr.endpointId());
        assertDecimal("0.0486", at(r, 10, 1, 4).statistic().orElseThrow().estimate().flatMap(q -> q.value()));
        Measurement fulvestrant = at(r, 10, 1, 2);
        assertEquals(List.of("fulvestrant"), fulvestrant.armDrugIds());
        assertDecimal("16.6", fulvestrant.quantity().orElseThrow().value());
        assertEquals(Optional.of("months"), fulvestrant.quantity().orElseThrow().unitSymbol());
    }

    /** The measurements of the tables of {@code text}, written to {@code file} and read from it. */
    private static TableFacts.Result factsIn(Path file, String text) throws java.io.IOException {
        Document d = DocumentReader.read(java.nio.file.Files.writeString(file, text));
        return new TableFacts(lexicon).extract(d, new EntityRecognizer(lexicon).recognize(d));
    }

    private static TableFacts.Result factsOf(String text) {
        Document d = DocumentReader.read("t.txt", "t.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new TableFacts(lexicon).extract(d, new EntityRecognizer(lexicon).recognize(d));
    }

    @Test
    void aCellsLabelsFollowTheirValuesOnlyWhereEachStandsNearerItsOwnValueAndALabelledFoldIsAFoldChange() {
        TableFacts.Result r = factsOf("Title\n\nThe coefficient of variation (CV) was low.\n\n"
                + "Table 1: Precision and response\n\nMeasure\tResult\n"
                + "Repeatability\tSD 0.9 units; CV 2.1%\nResponse\t45% (ORR), 12% (CBR)\nTelaglenastat\tgrowth -62%; IC50 5.4-fold lower\n");
        assertEquals(List.of("2.1%=Optional[coefficient-of-variation]=value", "45%=Optional[overall-response-rate]=value",
                "12%=Optional[clinical-benefit-rate]=value", "5.4-fold=Optional[ic50]=FOLD_CHANGE"), r.measurements().stream()
                .map(m -> m.text() + "=" + m.endpointId() + "=" + m.statistic().map(st -> st.kind().name()).orElse("value")).toList());
    }

    @Test
    void aRowOfSeveralTrialsTogetherIsNoOneTrials() {
        String text = "Title\n\nTable 1: Adjuvant trials\n\nTrial\tEndpoint\tValue\nFALCON\tPFS\t16.6 months\n"
                + "FALCON/ORBIT-7\tPFS\t15.1 months\nFALCON and SWOG S0226\tPFS\t14.0 months\n";
        TableFacts.Result r = factsOf(text);
        assertEquals(List.of(Optional.of("falcon"), Optional.empty(), Optional.empty()),
                r.measurements().stream().filter(m -> m.column() == 2).map(Measurement::trialId).toList());
    }

    @Test
    void aValueWithTheRowsPartnerHasBothDrugsAsItsArmAndThePartnersDoseIsNoResult() {
        String text = "Title\n\nTable 2: Combinations\n\nLine\tPartner\tLetrozole IC50 alone (nM)\tLetrozole IC50 with partner (nM)\n"
                + "MCF-7\tfulvestrant 10 nM\t38\t9\n";
        TableFacts.Result r = factsOf(text);
        assertEquals(List.of("38=[letrozole]", "9=[letrozole, fulvestrant]"),
                r.measurements().stream().map(m -> m.text() + "=" + m.armDrugIds()).toList());
        assertTrue(r.skipped().stream().anyMatch(k -> k.text().equals("fulvestrant 10 nM") && k.reason().contains("partner")));
    }

    @Test
    void aPlaceboIsPartOfItsArmButNoArmAlone() {
        TableFacts.Result r = factsOf("Title\n\nTable 1: Outcomes\n\nEndpoint\tLetrozole + fulvestrant\tPlacebo + fulvestrant\n"
                + "Median PFS (months)\t16.4\t9.3\n\nTable 2: Adverse events\n\nEvent\tLetrozole, any grade\tPlacebo, any grade\n"
                + "Nausea\t12%\t4%\n");
        assertEquals(List.of("16.4=[letrozole, fulvestrant]", "9.3=[placebo, fulvestrant]", "12%=[letrozole, fulvestrant]", "4%=[]"),
                r.measurements().stream().map(m -> m.text() + "=" + m.armDrugIds()).toList(),
                "a column of a placebo alone may leave out the backbone every arm receives; the letrozole column is the letrozole arm");
    }

    @Test
    void readsOddsRatiosVerdictsAndTheCombinationArm() {
        TableFacts.Result r = facts("002_da7e4f0a02ba5e9f.txt");
        Statistic or = at(r, 4, 1, 3).statistic().orElseThrow();
        assertEquals(Statistic.Kind.OR, or.kind());
        assertDecimal("0.90", or.ciLevel());
        assertEquals(Optional.of(Statistic.Verdict.NOT_SIGNIFICANT), at(r, 4, 4, 4).statistic().orElseThrow().verdict());
        assertEquals(List.of("anastrozole", "fulvestrant"), at(r, 12, 1, 2).armDrugIds());
        assertEquals(Optional.of("swog-s0226"), at(r, 12, 1, 2).trialId());
    }

    @Test
    void readsRangesBoundsAndUnitsOfPreclinicalTables() {
        TableFacts.Result letrozole = facts("001_16f9ed06042b2b1e.txt");
        Measurement cellFree = at(letrozole, 26, 1, 1);
        assertDecimal("0.07", cellFree.quantity().orElseThrow().lower());
        assertDecimal("20", cellFree.quantity().orElseThrow().upper());
        assertEquals(Optional.of("http://purl.obolibrary.org/obo/UO_0000065"), cellFree.quantity().orElseThrow().unit().flatMap(u -> u.iri()));
        assertEquals(Optional.of("ic50"), cellFree.endpointId());
        assertTrue(at(letrozole, 26, 2, 1).aboutIds().contains("mcf-7ca"));
        TableFacts.Result xenograft = facts("004_0564d2a207f1c997.txt");
        assertEquals("GT", at(xenograft, 8, 1, 2).statistic().orElseThrow().estimate().orElseThrow().comparator().name());
        assertEquals("APPROX", at(xenograft, 8, 4, 2).statistic().orElseThrow().estimate().orElseThrow().comparator().name());
    }

    @Test
    void splitsCellsThatStateSeveralLabelledValues() {
        TableFacts.Result r = facts("000_69488b54e0ebb312.txt");
        List<String> firstRow = r.measurements().stream().filter(m -> m.tablePosition() == 2 && m.row() == 1 && m.column() == 2)
                .map(m -> m.endpointId().orElse("?") + "=" + m.text()).toList();
        assertEquals(List.of("ovulation-rate=95.16%", "clinical-pregnancy-rate=23.73%", "live-birth-rate=16.95%"), firstRow);
        assertTrue(r.measurements().stream().noneMatch(m -> m.tablePosition() == 2 && m.row() == 1 && m.text().equals("47 days")),
                "the other arm's 47 days, in parentheses, is not this arm's value");
    }

    @Test
    void accountsForEveryCell() {
        for (String file : List.of("000_69488b54e0ebb312.txt", "001_16f9ed06042b2b1e.txt", "002_da7e4f0a02ba5e9f.txt",
                "003_1afece03e2dd8667.txt", "004_0564d2a207f1c997.txt")) {
            Document d = DocumentReader.read(SeedStore.root().resolve(Path.of("data/corpus", file)));
            TableFacts.Result r = new TableFacts(lexicon).extract(d, new EntityRecognizer(lexicon).recognize(d));
            long cells = d.tables().stream().flatMap(t -> t.bodyRows().stream()).flatMap(row -> row.cells().stream())
                    .filter(c -> c.column() > 0).count();
            long referenceCells = d.tables().stream().filter(t -> t.header().map(h -> h.cells().stream()
                    .anyMatch(c -> c.text().equalsIgnoreCase("Reference"))).orElse(false))
                    .mapToLong(t -> t.bodyRows().size()).sum();
            long measuredCells = r.measurements().stream().map(Measurement::cell).distinct().count();
            assertEquals(cells - referenceCells, measuredCells + r.skipped().size(), file + ": every value cell is measured or skipped with a reason");
        }
    }

    @Test
    void takesUnitsFromTheHeaderAndArmsFromTreatmentGroupRows() {
        TableFacts.Result r = facts("004_0564d2a207f1c997.txt");
        Measurement control = at(r, 8, 1, 1);
        assertEquals(Optional.of("http://purl.obolibrary.org/obo/UO_0000034"), control.quantity().orElseThrow().unit().flatMap(u -> u.iri()),
                "'~5' under 'Time to Double Initial Tumor Size (weeks)' is five weeks");
        assertEquals(Optional.of("tumor-doubling-time"), control.endpointId());
        assertTrue(control.hasArm() && control.armDrugIds().isEmpty(), "the vehicle control is an arm without drugs");
        Measurement combination = at(r, 8, 4, 2);
        assertEquals(List.of("anastrozole", "fulvestrant"), combination.armDrugIds());
        assertEquals("row/4", combination.armKey());
        assertEquals(org.airkg.extract.quantity.Statistic.Kind.FOLD_CHANGE, combination.statistic().orElseThrow().kind(),
                "a number under 'Fold Increase in Tumor Size' is a fold change");
        assertTrue(combination.quantity().isEmpty(), "its number is the fold change's estimate, not a second value");
    }

    @Test
    void readsPopulationsEndpointNamesAndPairedValuesOfTheLetrozoleTables() {
        TableFacts.Result r = facts("001_16f9ed06042b2b1e.txt");
        assertTrue(r.measurements().stream().noneMatch(m -> m.tablePosition() == 28 && m.column() == 1),
                "'after 5 years of endocrine therapy' describes the NSABP B-42 population, it is no measurement");
        Measurement ed50 = at(r, 27, 1, 1);
        assertEquals(Optional.of("ed50"), ed50.endpointId(), "the outcome cell '50% effective dose (ED50)' names the dose's endpoint");
        assertTrue(r.measurements().stream().noneMatch(m -> m.tablePosition() == 27 && m.column() == 2));
        List<String> phaseOne = r.measurements().stream().filter(m -> m.tablePosition() == 28 && m.row() == 1)
                .map(m -> m.armLabel() + "=" + m.text() + "/" + m.endpointId().orElse("?")).toList();
        assertEquals(List.of("0.5 mg/day=98.4%/aromatase-inhibition", "2.5 mg/day=>98.9%/aromatase-inhibition"), phaseOne);
        assertEquals(Optional.of("Postmenopausal women with advanced breast cancer"), at(r, 28, 1, 2).population());
        Measurement ideal = at(r, 28, 5, 2);
        assertEquals("18.4%", ideal.text(), "the value comes before its label; 'at 2.5 years' only qualifies it");
        assertEquals(Optional.of("non-compliance-rate"), ideal.endpointId());
    }

    @Test
    void readsFoldChangesPerGeneAndSelectionCriteria() {
        TableFacts.Result r = facts("003_1afece03e2dd8667.txt");
        List<String> changes = r.measurements().stream().filter(m -> m.tablePosition() == 47 && m.row() == 3)
                .map(m -> m.aboutIds().get(0) + " " + m.statistic().orElseThrow().estimate().orElseThrow().value().orElseThrow().toPlainString()
                        + " " + m.statistic().orElseThrow().direction().orElseThrow())
                .toList();
        assertEquals(List.of("egfr 28 INCREASE", "erbb2 6 INCREASE", "esr1 28 DECREASE"), changes);
        Measurement up = at(r, 47, 1, 1);
        assertDecimal("411", up.quantity().orElseThrow().value());
        assertEquals(Optional.of("p<0.05, fold change > 1.20"), up.criterion());
        assertEquals(Optional.of("upregulated-proteins"), up.endpointId());
        assertEquals(Optional.of("Treatment-Naïve / Primary Tumors"), at(r, 7, 1, 1).population(), "the cohort column is the population");
    }

    @Test
    void numbersInsideEntityNamesAreNoValues() {
        TableFacts.Result r = facts("000_69488b54e0ebb312.txt");
        assertTrue(r.measurements().stream().noneMatch(m -> m.tablePosition() == 4),
                "'Thr/Thr at 307' names the FSHR p.Thr307Ala genotype; 307 is a residue, not a value");
    }

    @Test
    void readsValuesAnAbbreviationLabelsInTheRemark() {
        TableFacts.Result r = facts("002_da7e4f0a02ba5e9f.txt");
        List<String> exemestane = r.measurements().stream().filter(m -> m.tablePosition() == 6 && m.row() == 1 && m.column() == 2)
                .map(m -> m.endpointId().orElse("?") + "=" + m.text()).toList();
        assertEquals(List.of("overall-response-rate=8% (CR: 2%, PR: 6%)", "complete-response=2%", "partial-response=6%"), exemestane);
        assertEquals(List.of("exemestane"), at(r, 6, 1, 2).armDrugIds(), "'after Anastrozole' names the prior therapy, not the arm");
        assertTrue(r.skipped().stream().noneMatch(s -> s.reason().equals("number not read")));
    }

    @Test
    void aNumberInATableWhoseTitleSaysFoldChangeIsAFoldChange(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("note.txt"), """
                A note on resistant lines

                ## Expression

                Table 1: Protein levels in palbociclib-resistant lines (fold change versus parental cells)

                Line	CDK6	CCNE1
                MCF-7/PalboR	3.4	2.2
                T-47D/PalboR	1.9	0.8
                """);
        Measurement cdk6 = r.measurements().stream().filter(m -> m.row() == 1 && m.column() == 1).findFirst().orElseThrow();
        assertEquals(Statistic.Kind.FOLD_CHANGE, cdk6.statistic().orElseThrow().kind());
        assertDecimal("3.4", cdk6.statistic().orElseThrow().estimate().flatMap(q -> q.value()));
        assertTrue(cdk6.quantity().isEmpty(), "the number is the fold change's estimate, not a second value");
        assertEquals(4, r.measurements().stream().filter(m -> m.statistic().map(st -> st.kind() == Statistic.Kind.FOLD_CHANGE).orElse(false)).count());
    }

    @Test
    void aRowWhoseLabelNamesItsUnitKeepsItUnderAFoldChangeTitle(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("note.txt"), """
                A note on resistant lines

                ## Results

                Table 1: Readouts of the resistant lines (mRNA as fold change versus parental cells)

                Readout	MCF-7	MCF-7/PalboR
                CDK6 mRNA	1.0	3.4
                Viable cells (%)	88	61
                """);
        Measurement cdk6 = r.measurements().stream().filter(m -> m.row() == 1 && m.column() == 2).findFirst().orElseThrow();
        assertEquals(Statistic.Kind.FOLD_CHANGE, cdk6.statistic().orElseThrow().kind());
        Measurement viable = r.measurements().stream().filter(m -> m.row() == 2 && m.column() == 2).findFirst().orElseThrow();
        assertTrue(viable.statistic().isEmpty(), "a percentage row is no fold change");
        assertDecimal("61", viable.quantity().flatMap(q -> q.value()));
    }

    @Test
    void aTableOfLevelsRelativeToParentalCellsHoldsFoldChanges(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("note.txt"), """
                A note on resistant lines

                ## Results

                Table 1: Protein levels relative to parental MCF-7 (densitometry)

                Line	BCL2	MCL1
                MCF-7/FulvR	0.2	3.1
                """);
        assertEquals(2, r.measurements().stream().filter(m -> m.statistic().map(st -> st.kind() == Statistic.Kind.FOLD_CHANGE).orElse(false)).count());
    }

    @Test
    void anArmHeadingGivesItsDrugsAndTheClassGivenWithThem(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("trial.txt"), """
                A fertility trial

                ## Results

                Table 2: Outcomes

                Outcome	Letrozole + gonadotropins (n = 112)	Gonadotropins alone (n = 112)
                Oocytes retrieved, mean	4.1	3.3
                """);
        Measurement combined = r.measurements().stream().filter(m -> m.row() == 1 && m.column() == 1).findFirst().orElseThrow();
        assertEquals(List.of("letrozole", "gonadotropin"), combined.armDrugIds());
        Measurement alone = r.measurements().stream().filter(m -> m.row() == 1 && m.column() == 2).findFirst().orElseThrow();
        assertEquals(List.of(), alone.armDrugIds(), "a class alone in a heading is no arm's drug (it names a class of regimens)");
    }

    /**
     * A column heading that names one drug of a regimen another table heads is that regimen's arm, and a table or a title
     * naming one trial gives it to the values that name none; a drug beside the regimen in a table of single drugs stays alone.
     */
    @Test
    void anArmHeadedByOneDrugOfARegimenIsTheWholeRegimenAndTheTitlesTrialIsTheValuesTrial(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("trial.txt"), """
                # Abemaciclib versus palbociclib with letrozole: the KESTREL-9 randomised trial

                ## Results

                Table 1: Efficacy

                | Endpoint | Abemaciclib + letrozole (n = 157) | Palbociclib + letrozole (n = 155) |
                |---|---|---|
                | Median PFS, months | 27.6 | 21.3 |

                Table 2: Adverse events

                | Adverse event | Abemaciclib, any grade | Palbociclib, any grade |
                |---|---|---|
                | Neutropenia | 41.0% | 86.5% |

                Table 3: Comparison with the pooled trials

                | Endpoint | MONALEESA-2 | PALOMA-2 |
                |---|---|---|
                | Median PFS, months | 25.3 | 24.8 |
                """);
        assertEquals(List.of("1 27.6 [abemaciclib, letrozole] kestrel-9", "1 21.3 [palbociclib, letrozole] kestrel-9",
                "2 41.0% [abemaciclib, letrozole] kestrel-9", "2 86.5% [palbociclib, letrozole] kestrel-9", "3 25.3 [] -", "3 24.8 [] -"),
                r.measurements().stream().map(m -> m.tablePosition() + " " + m.text() + " " + m.armDrugIds() + " " + m.trialId().orElse("-")).toList());

        Path note = java.nio.file.Files.writeString(dir.resolve("note.txt"), """
                # Alisertib in letrozole-resistant cells

                ## Results

                Table 1: Combination

                | Line | Alisertib + fulvestrant |
                |---|---|
                | MCF-7 | 62% |

                Table 2: Single agents

                | Line | Alisertib | Fulvestrant |
                |---|---|---|
                | MCF-7 | 35% | 21% |
                """);
        Document n = DocumentReader.read(note);
        TableFacts.Result single = new TableFacts(lexicon).extract(n, new EntityRecognizer(lexicon).recognize(n));
        assertEquals(List.of("62% [fulvestrant, alisertib]", "35% [alisertib]", "21% [fulvestrant]"),
                single.measurements().stream().map(m -> m.text() + " " + m.armDrugIds()).toList());
    }

    @Test
    void aSubgroupColumnNamesThePopulationAndACountOfPatientsDoesNot(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("trial.txt"), """
                A trial report

                ## Subgroups

                Table 3: Progression-free survival by subgroup

                Subgroup	Patients	HR (95% CI)
                Visceral metastases	271	0.49 (0.37-0.65)
                """);
        Measurement hr = r.measurements().stream().filter(m -> m.row() == 1 && m.column() == 2).findFirst().orElseThrow();
        assertEquals(Optional.of("Visceral metastases"), hr.population());
    }

    /**
     * A hazard ratio's p-value is the one its row gives in the table's p column; not a p for interaction, nor one of two p
     * columns, nor where two effect columns share one.
     */
    @Test
    void anEffectMeasureTakesItsRowsPValue(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<String> read = new ArrayList<>();
        for (String header : List.of("Subgroup\tHR (95% CI)\tp", "Subgroup\tHR (95% CI)\tp for interaction",
                "Subgroup\tHR (95% CI)\tp\tp (OS)", "Subgroup\tHR (95% CI)\tOR (95% CI)\tp")) {
            String row = header.endsWith("interaction") || header.split("\t").length == 3 ? "Visceral metastases\t0.49 (0.37-0.65)\t<0.001"
                    : "Visceral metastases\t0.49 (0.37-0.65)\t0.03\t0.20";
            TableFacts.Result r = factsIn(dir.resolve("t" + read.size() + ".txt"), "A trial report\n\n## Subgroups\n\nTable 3: PFS by subgroup\n\n"
                    + header + "\n" + row + "\n");
            r.measurements().stream().filter(m -> m.row() == 1 && m.column() == 1)
                    .forEach(m -> read.add(m.pValue().map(p -> p.comparator().symbol() + p.value().orElseThrow().toPlainString()).orElse("none")));
        }
        assertEquals(List.of("<0.001", "none", "none", "none"), read);
    }

    /** The level of an interval its cell does not state is the one its column heading announces: "HR (95% CI)", "OR (90% CI)". */
    @Test
    void aColumnHeadingGivesTheLevelOfTheIntervalsBelowIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("trial.txt"), """
                A trial report

                ## Subgroups

                Table 3: Progression-free survival by subgroup

                Subgroup	HR (95% CI)	OR (90% CI)	HR	RR (95% CI)
                Visceral metastases	0.49 (0.37-0.65)	1.8 (1.1-2.9)	0.61 (0.44-0.85)	1.2 (99% CI 1.0-1.5)
                """);
        List<String> levels = r.measurements().stream().filter(m -> m.row() == 1)
                .map(m -> m.text() + " " + m.statistic().flatMap(Statistic::ciLevel).map(l -> l.toPlainString()).orElse("none")).toList();
        assertEquals(List.of("0.49 (0.37-0.65) 0.95", "1.8 (1.1-2.9) 0.90", "0.61 (0.44-0.85) none", "1.2 (99% CI 1.0-1.5) 0.99"), levels);
    }

    /**
     * A title naming a regimen ("Ribociclib plus letrozole ...") gives it to a column heading one of its drugs; two drugs
     * "and" alone joins ("Palbociclib and ribociclib ...") are no regimen.
     */
    @Test
    void aTitlesRegimenIsTheArmOfAColumnHeadingOneOfItsDrugs(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String table = """

                ## Safety

                Table 1: Adverse events

                | Adverse event | Ribociclib, any grade | Placebo, any grade |
                |---|---|---|
                | Neutropenia | 73.4% | 5.6% |
                """;
        Path regimen = java.nio.file.Files.writeString(dir.resolve("regimen.txt"), "# Ribociclib plus letrozole as first-line therapy\n" + table);
        Path pair = java.nio.file.Files.writeString(dir.resolve("pair.txt"), "# Palbociclib and ribociclib in advanced disease\n" + table);
        List<String> arms = new ArrayList<>();
        for (Path file : List.of(regimen, pair)) {
            Document d = DocumentReader.read(file);
            new TableFacts(lexicon).extract(d, new EntityRecognizer(lexicon).recognize(d)).measurements()
                    .forEach(m -> arms.add(m.text() + " " + m.armDrugIds()));
        }
        assertEquals(List.of("73.4% [ribociclib, letrozole]", "5.6% []", "73.4% [ribociclib]", "5.6% []"), arms);
    }

    /**
     * A table whose first column names subgroups gives its values the one endpoint its title names and no subgroup does:
     * "BMI under 25 kg/m²" is a population, body mass index no endpoint of the row's values.
     */
    @Test
    void aTitleNamesTheEndpointOfValuesInRowsOfSubgroups(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("trial.txt"), """
                A trial report

                ## Subgroups

                Table 2. Live birth rate by body mass index (BMI)

                | Subgroup | Letrozole | Clomiphene |
                |---|---|---|
                | BMI under 25 kg/m² | 50.0% | 45.1% |
                | BMI 30 kg/m² or more | 41.1% | 31.3% |
                """);
        assertEquals(List.of("50.0% live-birth-rate BMI under 25 kg/m²", "45.1% live-birth-rate BMI under 25 kg/m²",
                "41.1% live-birth-rate BMI 30 kg/m² or more", "31.3% live-birth-rate BMI 30 kg/m² or more"), r.measurements().stream()
                .map(m -> m.text() + " " + m.endpointId().orElse("-") + " " + m.population().orElse("-")).toList());
    }

    /**
     * A first column headed "Endpoint (population)" names each row's endpoint, with its population in brackets: the whole
     * cell is no population.
     */
    @Test
    void aFirstColumnOfEndpointsWithTheirPopulationInBracketsGivesBoth(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("trial.txt"), """
                A trial report

                ## Efficacy

                Table 2. Outcomes

                | Endpoint (population) | Letrozole, median, months | Clomiphene, median, months |
                |---|---|---|
                | Progression-free survival, investigator (all) | 16.4 | 9.2 |
                | Progression-free survival (ESR1-mutant) | 15.0 | 7.1 |
                """);
        assertEquals(List.of("16.4 progression-free-survival overall", "9.2 progression-free-survival overall",
                "15.0 progression-free-survival ESR1-mutant", "7.1 progression-free-survival ESR1-mutant"), r.measurements().stream()
                .map(m -> m.text().split(" ")[0] + " " + m.endpointId().orElse("-") + " " + m.population().orElse("-")).toList());
    }

    /** A column heading naming a quantity of its own ("Bliss score") does not take the one its table's title names. */
    @Test
    void aColumnNamingItsOwnQuantityDoesNotTakeTheTitlesEndpoint(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("note.txt"), """
                A note

                ## Results

                Table 2: Venetoclax IC50 alone and with fulvestrant

                | Line | IC50 alone (µM) | Bliss score |
                |---|---|---|
                | MCF-7 | 2.4 | 12.5 |
                """);
        assertEquals(List.of("2.4 ic50", "12.5 -"), r.measurements().stream()
                .map(m -> m.text().split(" ")[0] + " " + m.endpointId().orElse("-")).toList());
    }

    /** Rows under "Group" of which none names a drug are subgroups of patients, the population of their values, no arms. */
    @Test
    void groupRowsThatNameNoDrugAreSubgroupsNoArms(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("cohort.txt"), """
                A cohort report

                ## Outcomes

                Table 3: Progression-free survival by age

                | Group | Median PFS, months |
                |---|---|
                | Under 70 | 22.9 |
                | 70 or over | 21.6 |
                """);
        assertEquals(List.of("22.9 Under 70 false", "21.6 70 or over false"), r.measurements().stream()
                .map(m -> m.text() + " " + m.population().orElse("-") + " " + m.hasArm()).toList());
    }

    /**
     * A cell that sets the row's arm against its comparator ("5.0 vs 2.1") gives both values: the second is the arm's the
     * row names under "Comparator" (a class too, "Fulvestrant or AI"), with the first value's unit when it writes none; a
     * table with no such column names no arm for it and leaves it out.
     */
    @Test
    void theSecondValueOfAVersusCellIsTheComparatorsWhereTheRowNamesIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("review.txt"), """
                A review

                ## Trials

                Table 1: Oral SERDs after a CDK4/6 inhibitor

                | Trial | Experimental arm | Comparator | Median PFS, months |
                |---|---|---|---|
                | EMERALD | Elacestrant | Fulvestrant or AI | 3.8 vs 1.9 |
                | VERITAC-2 | Vepdegestrant | Fulvestrant | 5.0 versus 2.1 months |

                Table 2: Subgroups

                | Subgroup | Median PFS, months |
                |---|---|
                | Visceral disease | 13.7 vs 15.2 |
                """);
        assertEquals(List.of("3.8 elacestrant", "1.9 fulvestrant+aromatase-inhibitor", "5.0 vepdegestrant", "2.1 fulvestrant", "13.7 -"),
                r.measurements().stream().map(m -> m.text().split(" ")[0] + " "
                        + (m.armDrugIds().isEmpty() ? "-" : String.join("+", m.armDrugIds()))).toList());
        assertEquals(List.of("months", "months"), r.measurements().stream().filter(m -> m.text().startsWith("5.0") || m.text().startsWith("2.1"))
                .map(m -> m.quantity().flatMap(q -> q.unitSymbol()).orElse("-")).toList());
    }

    /**
     * An effect measure beside the columns of two arms is the first arm's, compared with the second ("| Ribociclib +
     * letrozole | Placebo + letrozole | HR |"); one in a row that names its arms under "Experimental arm" and "Comparator"
     * is the row's experimental arm's, compared with its comparator; a table of three arms names no pair.
     */
    @Test
    void anEffectMeasureOfTwoArmsNamesTheArmItComparesWith(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("report.txt"), """
                A trial report

                ## Results

                Table 1: Outcomes

                | Endpoint | Ribociclib + letrozole | Placebo + letrozole | HR (95% CI) |
                |---|---|---|---|
                | Median PFS, months | 25.3 | 16.0 | 0.56 (0.43-0.72) |

                Table 2: Other trials

                | Trial | Experimental arm | Comparator | HR (95% CI) |
                |---|---|---|---|
                | EMERALD | Elacestrant | Fulvestrant or AI | 0.55 (0.39-0.77) |

                Table 3: Three arms

                | Endpoint | Letrozole | Anastrozole | Exemestane | HR (95% CI) |
                |---|---|---|---|---|
                | Median PFS, months | 9.4 | 8.8 | 7.9 | 0.89 (0.70-1.12) |
                """);
        assertEquals(List.of("0.56 letrozole+ribociclib vs letrozole+placebo", "0.55 elacestrant vs aromatase-inhibitor+fulvestrant", "0.89 - vs -"),
                r.measurements().stream().filter(m -> m.statistic().isPresent()).map(m -> m.text().split(" ")[0] + " "
                        + (m.armDrugIds().isEmpty() ? "-" : String.join("+", m.armDrugIds().stream().sorted().toList())) + " vs "
                        + m.compared().map(c -> String.join("+", c.drugIds().stream().sorted().toList())).orElse("-")).toList());
    }

    /**
     * In a table with no arm columns, the values of a trial report whose title sets two regimens against each other
     * ("Fulvestrant 500 mg versus anastrozole 1 mg ...") are those arms': the first of "13.7 vs 15.2" the first regimen's,
     * the second the second's, and the HR the first's compared with the second; a row naming another trial is left alone.
     */
    @Test
    void theTitlesTwoRegimensAreTheArmsOfATableThatNamesNone(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("report.txt"), """
                # Fulvestrant 500 mg versus anastrozole 1 mg in advanced breast cancer: the CORMORANT trial

                ## Results

                Table 1: Progression-free survival by subgroup

                | Subgroup | n | Median PFS, months | HR (95% CI) |
                |---|---|---|---|
                | Visceral disease | 265 | 13.7 vs 15.2 | 1.01 (0.77-1.33) |
                | FALCON (all patients) | 462 | 16.6 vs 13.8 | 0.80 (0.64-1.00) |
                """);
        assertEquals(List.of("265 - vs -", "13.7 fulvestrant vs -", "15.2 anastrozole vs -", "1.01 fulvestrant vs anastrozole",
                "462 - vs -", "16.6 - vs -", "0.80 - vs -"), r.measurements().stream().map(m -> m.text().split(" ")[0] + " "
                        + (m.armDrugIds().isEmpty() ? "-" : String.join("+", m.armDrugIds())) + " vs "
                        + m.compared().map(c -> String.join("+", c.drugIds())).orElse("-")).toList());
    }

    /** A population is given as the document writes it ("kg/m²"), without the trial its row names before it in brackets. */
    @Test
    void aPopulationIsAsWrittenAndWithoutTheTrialItBelongsTo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("review.txt"), """
                A review

                ## Trials

                Table 1: Progression-free survival by subgroup

                | Subgroup | HR (95% CI) |
                |---|---|
                | BMI under 25 kg/m² | 0.62 (0.45-0.85) |
                | SOLAR-1 (PIK3CA-mutant) | 0.65 (0.50-0.85) |
                """);
        assertEquals(List.of("0.62 BMI under 25 kg/m² -", "0.65 PIK3CA-mutant solar-1"), r.measurements().stream()
                .map(m -> m.text().split(" ")[0] + " " + m.population().orElse("-") + " " + m.trialId().orElse("-")).toList());
    }

    @Test
    void underATitleOfPotenciesAndFoldChangesOnlyTheFoldColumnsHoldFoldChangesAndTheyHaveNoUnit(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("note.txt"), """
                A note on resistant lines

                ## Sensitivity

                Table 2: EC50 values (nM) and fold change versus the parental line

                Drug	T-47D	T-47D/AnaR	Fold change
                Fulvestrant	0.8	2.4	3.0
                """);
        List<String> read = r.measurements().stream().filter(m -> m.row() == 1).map(m -> m.column() + " "
                + m.statistic().map(st -> st.kind().name()).orElse("value") + " "
                + m.statistic().flatMap(st -> st.estimate()).or(() -> m.quantity()).flatMap(Quantity::unitSymbol).orElse("no unit")).toList();
        assertEquals(List.of("1 value nM", "2 value nM", "3 FOLD_CHANGE no unit"), read,
                "the title's fold change is the fold column's; a fold change is a ratio without unit");
    }

    @Test
    void aMeasureWithItsFoldChangeInBracketsGivesBothEachWithItsOwnStatistic(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("note.txt"), """
                A note on knock-in lines

                ## Sensitivity

                Table 2: IC50 (nM) after 7 days, with fold change versus parental MCF-7

                Model	Fulvestrant IC50 (fold)
                MCF-7	0.42 (ref.)
                MCF-7/LetR	3.9 (9.3)
                """);
        List<String> read = r.measurements().stream().filter(m -> m.column() == 1).map(m -> m.row() + " "
                + m.statistic().map(st -> st.kind().name()).orElse("value") + " "
                + m.statistic().flatMap(st -> st.estimate()).or(() -> m.quantity()).map(q -> q.value().orElseThrow() + " "
                        + q.unitSymbol().orElse("no unit")).orElse("?")).toList();
        assertEquals(List.of("1 value 0.42 nM", "2 value 3.9 nM", "2 FOLD_CHANGE 9.3 no unit"), read,
                "the IC50 is the cell's value, in the title's unit; the bracketed number is its fold change");
    }

    @Test
    void theSpecimenAStatusWasReadInIsNoPartOfThePopulation(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("trial.txt"), """
                A trial

                ## Efficacy

                Table 3: Progression-free survival by subgroup

                Subgroup	Patients	HR (95% CI)
                ESR1-mutant (ctDNA)	118	0.51 (0.33-0.79)
                """);
        Measurement hr = r.measurements().stream().filter(m -> m.row() == 1 && m.column() == 2).findFirst().orElseThrow();
        assertEquals(Optional.of("ESR1-mutant"), hr.population());
    }

    @Test
    void aCohortNamedByItsDrugsIsTheArmNotAPopulation(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("trial.txt"), """
                A basket study

                ## Efficacy

                Table 3: Responses by cohort

                Cohort	ORR
                Tucatinib + fulvestrant	31%
                ESR1-mutant, prior CDK4/6 inhibitor	12%
                """);
        Measurement treated = r.measurements().stream().filter(m -> m.row() == 1 && m.column() == 1).findFirst().orElseThrow();
        assertEquals(Optional.empty(), treated.population(), "'Tucatinib + fulvestrant' names what the cohort was given");
        Measurement selected = r.measurements().stream().filter(m -> m.row() == 2 && m.column() == 1).findFirst().orElseThrow();
        assertEquals(Optional.of("ESR1-mutant, prior CDK4/6 inhibitor"), selected.population());
    }

    @Test
    void aTitlesUnitIsNotTheUnitOfASecondMeasureItNames(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("note.txt"), """
                A note on resistant lines

                ## Sensitivity

                Table 2: IC50 values (nM) after 5 days and combination index (CI) with fulvestrant

                Line	Alpelisib	CI
                MCF-7/LetR	410	0.42
                """);
        List<String> units = r.measurements().stream().filter(m -> m.row() == 1)
                .map(m -> m.column() + " " + m.quantity().flatMap(Quantity::unitSymbol).orElse("no unit")).toList();
        assertEquals(List.of("1 no unit", "2 no unit"), units, "which columns the title's nM belongs to is not said");
    }

    @Test
    void aLabelNamesOnlyTheValuesOfItsOwnStretchOfACell(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("review.txt"), """
                A review of imaging

                ## Studies

                Table 1: Studies of tracer uptake

                Study	Patients	Result
                First	99	clinical benefit at 6 months 56% versus 18%; sensitivity 89%, specificity 41%
                Second	47	overall response rate 45% versus 30%; specificity 52%
                """);
        List<String> read = r.measurements().stream().filter(m -> m.column() == 2)
                .map(m -> m.row() + " " + m.endpointId().orElse("?") + "=" + m.text()).toList();
        assertEquals(List.of("1 specificity=41%", "2 overall-response-rate=45%", "2 overall-response-rate=30%", "2 specificity=52%"), read,
                "a value whose stretch names no endpoint it knows is no value of the endpoint named past a semicolon");
    }

    @Test
    void aRatioOfValuesIsAFoldChangeAndARatioOfEventsIsNot(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        TableFacts.Result r = factsIn(dir.resolve("note.txt"), """
                A note on interactions

                ## Exposure

                Table 1: Effect of a CYP3A4 inhibitor on exposure (geometric mean ratio)

                Drug	Perpetrator	AUC ratio (90% CI)	Ratio
                Palbociclib	Itraconazole	1.87 (1.73-2.02)	1.34

                ## Safety

                Table 2: Events by arm

                Event	Letrozole	Placebo	Ratio
                Nausea	12%	6%	2.0
                """);
        List<String> read = r.measurements().stream().filter(m -> m.row() == 1 && m.column() >= 2).map(m -> m.column() + " "
                + m.statistic().map(st -> st.kind().name()).orElse("value")).toList();
        assertEquals(List.of("2 FOLD_CHANGE", "3 FOLD_CHANGE", "2 value", "3 value"), read,
                "an AUC ratio, and a bare ratio under a title of ratios of values, are fold changes; a ratio of event rates is not");
    }
}
