package org.airkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.airkg.AirkgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Loading gold files: the fixture's file read whole, and each bad file refused with its exact message. */
class GoldLoaderTest {
    private static final String BAD = "src/test/resources/evaluate/bad/";

    @TempDir
    Path tmp;

    @Test
    void readsEveryEntryWithItsPlace() {
        Gold gold = GoldLoader.read(Path.of("src/test/resources/evaluate/gold/ev1.gold.json"));
        assertEquals("ev1", gold.document());
        assertEquals("AIR-KG tests, for the fixture graph fixture.trig", gold.annotator());
        assertEquals(List.of("letrozole", "palbociclib", "ESR1", "CDK4", "breast cancer", "HR-positive breast cancer", "MCF-7",
                "MCF-7 xenografts", "PFS", "PALOMA-2"), gold.entities().stream().map(Gold.Entity::name).toList());
        assertEquals(new Gold.Entity("entities[2]", new Gold.Position(7, 5), Gold.Kind.Gene, "ESR1",
                List.of("ESR1", "ER-alpha", "estrogen receptor"), List.of("hgnc:3467"), Optional.empty(), true), gold.entities().get(2));
        assertEquals(List.of(new Gold.Entity("optional[0]", new Gold.Position(17, 5), Gold.Kind.Pathway, "PI3K signalling",
                List.of("PI3K signalling", "PI3K pathway"), List.of(), Optional.empty(), false)), gold.optional());
        assertEquals(4, gold.relations().size());
        assertEquals(new Gold.Relation("relations[1]", new Gold.Position(23, 5), "palbociclib", "inhibits", "CDK4",
                Gold.Polarity.POSITIVE, Gold.Modality.HYPOTHESISED,
                new Gold.Qualifiers(Optional.of("MCF-7"), Optional.of("HR-positive breast cancer"), Optional.empty()),
                "palbociclib inhibits CDK4"), gold.relations().get(1));
        assertEquals(5, gold.measurements().size());
        String row = "PFS\t24.8 months\t14.5 months\t0.58 (95% CI 0.46–0.72)\t<0.001";
        assertEquals(new Gold.Measurement("measurements[2]", new Gold.Position(40, 5), row, Optional.of("PFS"), Optional.of("PALOMA-2"),
                List.of(), List.of("letrozole"), Optional.of("HR"), Optional.of(new BigDecimal("0.58")), Optional.empty(),
                Optional.of(new BigDecimal("0.46")), Optional.of(new BigDecimal("0.72")), Optional.of(new BigDecimal("95")),
                Optional.of("<0.001"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("24 weeks"), Optional.empty()),
                gold.measurements().get(2));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("malformed", "4:3: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"),
                Arguments.of("duplicate-field", "4:13: field 'document' is given twice"),
                Arguments.of("trailing", "6:1: content after the gold object"),
                Arguments.of("unknown-top-field",
                        "4:3: unknown field 'entites'; known fields: document, annotator, entities, optional, relations, measurements"),
                Arguments.of("unknown-field", "24:6: entities[1]: unknown field 'synonyms'; known fields: forms, gene, ids, kind, name"),
                Arguments.of("wrong-type", "27:16: measurements[0]: field 'value': expected a number"),
                Arguments.of("number-for-text", "6:61: measurements[0]: field 'pValue': expected a string"),
                Arguments.of("document-mismatch", "2:3: document 'another-document' does not match the file name, which says 'document-mismatch'"),
                Arguments.of("unknown-kind", "15:5: entities[1]: unknown kind 'Protein'; kinds: Drug, DrugClass, Gene, ProteinFamily, "
                        + "GeneVariant, Pathway, Disease, AdverseEvent, CellLine, AnimalModel, ClinicalTrial, Assay, Endpoint"),
                Arguments.of("no-forms", "5:5: entities[0] 'letrozole': no forms; give every way the document writes it"),
                Arguments.of("bad-identifier", "5:5: entities[0] 'letrozole': 'drugbank:1006': local identifier '1006' does not match "
                        + "the pattern of drugbank (DB[0-9]{5})"),
                Arguments.of("duplicate-form",
                        "13:5: entities[1] 'estrogen receptor': form 'ER-alpha' is also a form of entities[0] 'ESR1' of the same kind"),
                Arguments.of("gene-not-a-gene", "22:5: entities[2]: gene 'letrozole' is not the name of a Gene entity of this file"),
                Arguments.of("unknown-predicate", "24:5: relations[0] (letrozole inhibit ESR1): unknown predicate 'inhibit'; predicates: "
                        + "targets, inhibits, activates, phosphorylates, combinedWith, crossResistantWith, treats, causesAdverseEvent, "
                        + "evaluatedInTrial, overcomesResistanceTo, biomarkerOfResistanceTo, biomarkerOfSensitivityTo, "
                        + "contributesToResistanceTo, revertedByWithdrawalOf, upregulatedIn, downregulatedIn, derivedFrom, "
                        + "derivedByTreatmentWith, modelOf, variantOf, inClass"),
                Arguments.of("unknown-entity",
                        "32:5: relations[1] (letrozole targets CYP19A1): object 'CYP19A1' is not the name of an entity of this file"),
                Arguments.of("bad-polarity", "24:5: relations[0] (letrozole inhibits ESR1): unknown polarity 'maybe'; one of: positive, negative"),
                Arguments.of("bad-p-value",
                        "24:5: measurements[0]: pValue 'less than 0.05' is not an optional operator (<, >, ≤, ≥, =) and a number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileFailsWithFileLineColumnEntryAndReason(String name, String message) {
        String file = BAD + name + ".gold.json";
        GoldException e = assertThrows(GoldException.class, () -> GoldLoader.read(Path.of(file)));
        assertEquals(file + ":" + message, e.getMessage());
    }

    @Test
    void aDirectoryReportsEveryBadFile() {
        GoldLoader.Result result = GoldLoader.load(Path.of(BAD));
        assertEquals(List.of(), result.golds());
        assertEquals(badFiles().count(), result.failures().size());
        AirkgException e = assertThrows(AirkgException.class, result::orThrow);
        assertEquals(badFiles().count() + " of " + badFiles().count() + " gold files could not be read", e.getMessage());
    }

    @Test
    void oneBadFileOfADirectoryIsThrownAsItIs() throws IOException {
        Files.copy(Path.of("src/test/resources/evaluate/gold/ev1.gold.json"), tmp.resolve("ev1.gold.json"));
        Files.copy(Path.of(BAD + "trailing.gold.json"), tmp.resolve("trailing.gold.json"));
        GoldLoader.Result result = GoldLoader.load(tmp);
        assertEquals(List.of("ev1"), result.golds().stream().map(Gold::document).toList());
        GoldException e = assertThrows(GoldException.class, result::orThrow);
        assertEquals(tmp.resolve("trailing.gold.json") + ":6:1: content after the gold object", e.getMessage());
    }

    @Test
    void filesAndDirectoriesThatAreNotGoldAreRefused() throws IOException {
        Path plain = Files.writeString(tmp.resolve("ev1.json"), "{}");
        assertEquals(plain + ": a gold file is named after its document: NAME.gold.json",
                assertThrows(GoldException.class, () -> GoldLoader.read(plain)).getMessage());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(empty + ": no *.gold.json files in this directory",
                assertThrows(GoldException.class, () -> GoldLoader.load(empty)).getMessage());
        Path none = tmp.resolve("none");
        assertEquals(none + ": no such gold file or directory",
                assertThrows(GoldException.class, () -> GoldLoader.load(none)).getMessage());
    }
}
