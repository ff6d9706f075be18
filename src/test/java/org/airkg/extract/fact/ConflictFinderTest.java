package org.airkg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.airkg.SeedStore;
import org.airkg.document.Document;
import org.airkg.document.DocumentReader;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.mention.EntityRecognizer;
import org.airkg.extract.mention.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conflicts among three documents written for testing ({@code src/test/resources/conflicts/}), each holding
 * true conflicts beside near misses: values that differ only by rounding (12.4% and 12%, 10.2 and 10.20 months,
 * 570 and 570.0 nm), and values of other qualifiers (population, timepoint, analysis, assessment, cohort, arm,
 * vessel, assay), values in a fluorescence step and values given as examples. The whole list is compared, so a
 * false conflict fails as a missing one does.
 */
class ConflictFinderTest {
    private static final Path FIXTURES = SeedStore.root().resolve("src/test/resources/conflicts");

    private static Lexicon lexicon;
    private static List<Conflict> conflicts;

    @BeforeAll
    static void find() {
        lexicon = Lexicon.load(SeedStore.root().resolve("data/lexicon"));
        List<ConflictFinder.Facts> facts = List.of("frequencies.txt", "assays-and-trial.txt", "second-protocol.txt").stream()
                .map(ConflictFinderTest::facts).toList();
        conflicts = new ConflictFinder(lexicon).find(facts);
    }

    static ConflictFinder.Facts facts(String file) {
        Document d = DocumentReader.read(FIXTURES.resolve(file));
        List<Mention> mentions = new EntityRecognizer(lexicon).recognize(d);
        return new ConflictFinder.Facts(d, new TableFacts(lexicon).extract(d, mentions).measurements(), new TextFacts(lexicon).extract(d, mentions));
    }

    private static String brief(Conflict c) {
        return c.quantity() + ": " + String.join(" vs ", c.places().stream().map(p -> p.valuesText() + " (" + p.stem() + " " + p.place() + ")").toList());
    }

    @Test
    void findsTheTrueConflictsAndNoOther() {
        assertEquals(List.of(
                "Progression-free survival (trial ORCHID; arm Fulvestrant; analysis interim; assessment investigator; unit month): "
                        + "12.5 months (assays-and-trial table 8, row 1, cell 2) vs 12.9 months (assays-and-trial table 14, row 1, cell 2)",
                "frequency of PIK3CA activating mutation (population advanced resistant; unit percent): "
                        + "28-36% (frequencies paragraph 1, sentence 1) vs 30% - 40% (frequencies table 3, row 1, cell 1)",
                "seeding density of MTT assay (cell lines MCF-7; vessel 96-well plate; unit cells per well): "
                        + "5,000 cells per well (assays-and-trial paragraph 1, sentence 1) vs 8,000 cells per well (second-protocol paragraph 1, sentence 1)"),
                conflicts.stream().map(ConflictFinderTest::brief).toList());
    }

    @Test
    void eachPlaceKeepsItsSectionLineAndExactQuote() {
        Conflict frequency = conflicts.get(1);
        assertEquals(new ElementRef("paragraph", "1", "/sentence/1"), frequency.first().element());
        assertEquals(Optional.of("Alteration frequencies"), frequency.first().sectionTitle());
        assertEquals(5, frequency.first().line());
        assertEquals("In the first registry, activating PIK3CA mutations were found in 28-36% of advanced, AI-resistant tumours.",
                frequency.first().quote());
        assertEquals(new ElementRef("table", "3", "/row/1/cell/1"), frequency.places().get(1).element());
        assertEquals(12, frequency.places().get(1).line());
        assertEquals("30% - 40%", frequency.places().get(1).quote());
    }

    /** A place of document {@code stem} stating {@code value} for the quantity {@code key}, in paragraph {@code paragraph}. */
    private static StatedQuantity place(String key, String stem, int paragraph, String value) {
        StatedQuantity.Number number = new StatedQuantity.Number(Optional.of(new java.math.BigDecimal(value)), Optional.empty(), Optional.empty(),
                org.airkg.extract.quantity.Comparator.EQ);
        return new StatedQuantity(key, "quantity " + key, stem, new ElementRef("paragraph", String.valueOf(paragraph), "/sentence/1"),
                Optional.empty(), Optional.empty(), paragraph, paragraph * 100, "paragraph " + paragraph, value + " months",
                List.of(new StatedQuantity.Value(value + " months", "v" + paragraph, number)));
    }

    @Test
    void aQuantityIsOneConflictOfEveryPlaceThatDisagreesWithAnother() {
        List<Conflict> found = ConflictFinder.compare(java.util.stream.Stream.of(
                place("pfs", "a", 1, "10"), place("pfs", "b", 1, "10"), place("pfs", "c", 1, "20"), place("pfs", "c", 2, "10"),
                place("os", "a", 2, "30"), place("os", "b", 2, "30"), place("os", "c", 3, "30.0")));
        assertEquals(List.of("quantity pfs: 10 months (a paragraph 1) vs 10 months (b paragraph 1) vs 20 months (c paragraph 1) vs 10 months (c paragraph 2)"),
                found.stream().map(ConflictFinderTest::brief).toList());
        assertEquals("pfs", found.get(0).key());
    }

    @Test
    void aPlaceThatAgreesWithEveryOtherIsNotInTheConflict() {
        List<Conflict> found = ConflictFinder.compare(java.util.stream.Stream.of(
                place("hr", "a", 1, "0.6"), place("hr", "b", 1, "0.64"), place("hr", "c", 1, "0.57")));
        assertEquals(List.of("quantity hr: 0.64 months (b paragraph 1) vs 0.57 months (c paragraph 1)"),
                found.stream().map(ConflictFinderTest::brief).toList());
        List<Conflict> none = ConflictFinder.compare(java.util.stream.Stream.of(place("hr", "a", 1, "0.5"), place("hr", "b", 1, "0.50")));
        assertEquals(List.of(), none);
    }

    /** A place of document {@code stem} stating {@code value} for {@code key} in cell {@code cell} of row 1 of table 8. */
    private static StatedQuantity cell(String key, String stem, int cell, String value) {
        StatedQuantity.Number number = new StatedQuantity.Number(Optional.of(new java.math.BigDecimal(value)), Optional.empty(), Optional.empty(),
                org.airkg.extract.quantity.Comparator.EQ);
        return new StatedQuantity(key, "quantity " + key, stem, new ElementRef("table", "8", "/row/1/cell/" + cell), Optional.empty(),
                Optional.empty(), 30, 1000 + cell, "table 8, row 1, cell " + cell, value,
                List.of(new StatedQuantity.Value(value, "c" + cell, number)));
    }

    /**
     * Two cells of one table never conflict, whatever their qualifiers: a row's columns are its arms, comparisons or
     * statistics ("RR vs clomiphene" and "RR vs gonadotropins"); the same table's cell and a sentence elsewhere do.
     */
    @Test
    void twoCellsOfOneTableNeverConflictButACellAndASentenceDo() {
        assertEquals(List.of(), ConflictFinder.compare(java.util.stream.Stream.of(cell("rr", "a", 4, "0.92"), cell("rr", "a", 5, "0.74"))));
        assertEquals(List.of("quantity rr: 0.74 months (a paragraph 2) vs 0.92 (a table 8, row 1, cell 4)"),
                ConflictFinder.compare(java.util.stream.Stream.of(cell("rr", "a", 4, "0.92"), place("rr", "a", 2, "0.74")))
                        .stream().map(ConflictFinderTest::brief).toList());
    }
}
