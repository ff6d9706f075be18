package org.airkg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.airkg.SeedStore;
import org.airkg.document.Document;
import org.airkg.document.DocumentReader;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.mention.EntityRecognizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The values sentences state in the documents written for testing ({@code src/test/resources/conflicts/}), each
 * document's whole list: frequencies of variants with their populations, and assay parameters with the assay the
 * protocol's title names, its cell lines and the vessel; no fluorescence wavelength, no value given as an example,
 * no value of a protocol step that is neither parameter (incubation time, temperature).
 */
class TextFactsTest {
    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.load(SeedStore.root().resolve("data/lexicon"));
    }

    private static List<String> values(String file) {
        Document d = DocumentReader.read(SeedStore.root().resolve("src/test/resources/conflicts").resolve(file));
        return new TextFacts(lexicon).extract(d, new EntityRecognizer(lexicon).recognize(d)).stream()
                .map(t -> t.element().key() + t.element().path() + " " + t.kind().label() + " " + t.text() + " of " + t.subjectIds()
                        + (t.contextIds().isEmpty() ? "" : " in " + t.contextIds()) + t.population().map(p -> " among '" + p + "'").orElse("")
                        + t.vessel().map(v -> " per " + v).orElse("") + t.qualifiers().timepoint().map(p -> " at " + p).orElse("")
                        + " [" + t.rule() + "]")
                .toList();
    }

    @Test
    void readsFrequenciesOfVariantsWithTheirPopulations() {
        assertEquals(List.of(
                "1/sentence/1 frequency 28-36% of [pik3ca-mutation] among 'advanced, AI-resistant tumours' [text-frequency]",
                "1/sentence/2 frequency 12.4% of [esr1-mutation] among 'primary tumours' [text-frequency]",
                "2/sentence/1 frequency 45% of [pik3ca-mutation] among 'advanced, Asian tumours' [text-frequency]",
                "2/sentence/1 frequency 30% of [esr1-mutation] among 'patients at progression' at progression [text-frequency]",
                "2/sentence/2 frequency 36.8% of [esr1-mutation] among 'patients who had progressed on an AI' [text-frequency]"),
                values("frequencies.txt"));
    }

    /** A population ends where the clause goes on with a second predicate: "in 80% of patients and was grade 3 in 16%". */
    @Test
    void aFrequencysPopulationEndsBeforeASecondPredicate(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("note.txt"), """
                A note

                ## Results

                ESR1 mutations were found in 40% of pretreated patients and were polyclonal in half of them.
                """);
        Document d = DocumentReader.read(file);
        assertEquals(List.of("40% among 'pretreated patients'"), new TextFacts(lexicon).extract(d, new EntityRecognizer(lexicon).recognize(d))
                .stream().map(t -> t.text() + t.population().map(p -> " among '" + p + "'").orElse("")).toList());
    }

    @Test
    void readsSeedingDensitiesAndAbsorbanceWavelengthsOfTheAssayTheProtocolNames() {
        assertEquals(List.of(
                "1/sentence/1 seeding density 5,000 cells per well of [mtt-assay] in [mcf-7] per 96-well plate [protocol-seeding-density]",
                "2/sentence/1 seeding density 50,000 cells per well of [mtt-assay] in [mcf-7] per 24-well plate [protocol-seeding-density]",
                "4/sentence/1 absorbance wavelength 570 nm of [mtt-assay] in [mcf-7] [protocol-absorbance-wavelength]",
                "7/sentence/1 absorbance wavelength 590 nm of [crystal-violet-assay] in [mcf-7] [protocol-absorbance-wavelength]"),
                values("assays-and-trial.txt"));
        assertEquals(List.of(
                "1/sentence/1 seeding density 8,000 cells per well of [mtt-assay] in [mcf-7] per 96-well plate [protocol-seeding-density]",
                "2/sentence/1 absorbance wavelength 570.0 nm of [mtt-assay] in [mcf-7] [protocol-absorbance-wavelength]"),
                values("second-protocol.txt"));
    }

    /**
     * Each ratio a sentence names with its number, on the endpoint named last before it and in the trial the sentence
     * names, with the p-value in its brackets, and the values of an endpoint written right after it, joined by
     * "versus", "and" or "with ... and": the final analysis qualifies only what follows it; a ratio on no endpoint and
     * in no trial (the transaminase elevation, an adverse event) is none, nor are the values of an event, "2 OR 3", a
     * ratio named without a number, a range in brackets after a value, a percentage the endpoint is not said to be, or
     * the value after another endpoint ("25.0% and the live birth rate 20.4%"); a trial named for comparison ("as in
     * MONALEESA-2") is not the ratio's, unless the clause after it is about it ("consistent with MONALEESA-2, in which").
     */
    @Test
    void readsRatiosAndArmValuesOfTheEndpointBeforeThemInTheTrialTheSentenceNames() {
        Document d = DocumentReader.read(SeedStore.root().resolve("src/test/resources/conflicts/outcomes.txt"));
        List<String> outcomes = new TextFacts(lexicon).outcomes(d, new EntityRecognizer(lexicon).recognize(d)).stream()
                .map(o -> o.element().key() + o.element().path() + " "
                        + o.statistic().map(s -> s.kind() + " " + s.estimate().orElseThrow().text() + " [" + s.ciLower().orElseThrow() + ", "
                                + s.ciUpper().orElseThrow() + "]").orElseGet(() -> o.value().orElseThrow().text())
                        + o.pValue().map(p -> " p" + p.comparator().symbol() + p.value().orElseThrow()).orElse("")
                        + " on " + o.endpointId().orElse("-") + " in " + o.trialId().orElse("-") + o.qualifiers().analysis().map(a -> " (" + a + ")").orElse("")
                        + " [" + o.rule() + "]")
                .toList();
        assertEquals(List.of(
                "1/sentence/1 HR 0.56 [0.43, 0.72] on progression-free-survival in monaleesa-2 [text-effect]",
                "1/sentence/1 HR 0.76 [0.63, 0.93] p=0.008 on overall-survival in monaleesa-2 (final) [text-effect]",
                "1/sentence/1 63.9 on overall-survival in monaleesa-2 (final) [text-outcome-value]",
                "1/sentence/1 51.4 months on overall-survival in monaleesa-2 (final) [text-outcome-value]",
                "2/sentence/1 HR 0.59 [0.47, 0.74] on progression-free-survival in - [text-effect]",
                "2/sentence/1 24.1 months on progression-free-survival in - [text-outcome-value]",
                "2/sentence/1 15.2 months on progression-free-survival in - [text-outcome-value]",
                "3/sentence/1 RR 1.44 [1.10, 1.87] on live-birth-rate in - [text-effect]",
                "3/sentence/1 27.5% on live-birth-rate in - [text-outcome-value]",
                "3/sentence/1 19.1% on live-birth-rate in - [text-outcome-value]",
                "4/sentence/1 17 days on time-to-ovulation in - [text-outcome-value]",
                "4/sentence/1 41 days on time-to-ovulation in - [text-outcome-value]",
                "7/sentence/1 25.0% on clinical-pregnancy-rate in - [text-outcome-value]",
                "8/sentence/1 HR 0.91 [0.70, 1.18] on overall-survival in - [text-effect]",
                "8/sentence/1 HR 0.57 [0.46, 0.70] on progression-free-survival in monaleesa-2 [text-effect]"), outcomes);
    }

    /**
     * The trial a document's title names is the trial of an outcome whose sentence names none; a sentence naming another trial
     * keeps it, and one naming a trial only for comparison ("as in PALOMA-2") gives its outcome none.
     */
    @Test
    void anOutcomeWhoseSentenceNamesNoTrialIsOfTheTrialTheTitleNames(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("trial.txt"), """
                # Abemaciclib plus letrozole: the KESTREL-9 randomised trial

                ## Results

                Median progression-free survival was 27.6 months with abemaciclib and 21.3 months with palbociclib (HR 0.71, 95% CI 0.52-0.97).

                In MONALEESA-2, progression-free survival was 25.3 months (HR 0.56, 95% CI 0.43-0.72).

                Overall survival was longer with abemaciclib, as in PALOMA-2 (HR 0.80, 95% CI 0.66-0.97).
                """);
        Document d = DocumentReader.read(file);
        List<String> outcomes = new TextFacts(lexicon).outcomes(d, new EntityRecognizer(lexicon).recognize(d)).stream()
                .map(o -> o.statistic().map(s -> s.kind() + " " + s.estimate().orElseThrow().text()).orElseGet(() -> o.value().orElseThrow().text())
                        + " in " + o.trialId().orElse("-"))
                .toList();
        assertEquals(List.of("HR 0.71 in kestrel-9", "27.6 months in kestrel-9", "21.3 months in kestrel-9", "HR 0.56 in monaleesa-2",
                "25.3 months in monaleesa-2", "HR 0.80 in -"), outcomes);
    }
}
