package org.airkg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
    /** The real lexicon, relative to the module directory Maven runs tests in. */
    static final Path LEXICON_DIR = Path.of("data/lexicon");

    /** The drugs the corpus names, by lexicon id, that the lexicon must hold. */
    static final List<String> CORPUS_DRUGS = List.of("letrozole", "anastrozole", "exemestane", "tamoxifen",
            "fulvestrant", "everolimus", "palbociclib", "alpelisib", "lapatinib", "trastuzumab", "sirolimus",
            "mk-2206", "testosterone", "androstenedione");

    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.load(LEXICON_DIR);
    }

    @Test
    void theRealLexiconHasEveryDrugOfTheCorpus() {
        for (String id : CORPUS_DRUGS) {
            LexiconEntry entry = lexicon.byId(id).orElseThrow(() -> new AssertionError("no lexicon entry " + id));
            assertEquals("Drug", entry.ontologyClass(), id);
        }
        assertTrue(lexicon.size() >= CORPUS_DRUGS.size());
    }

    /**
     * A line is named, not its cells: "LTLT-Ca cells" as a name of LTLT-Ca made every mention of the line in a text that always
     * writes "cells" after it read "LTLT-Ca cells", a form no curator gives the line.
     */
    @Test
    void noCuratedNameIsAnotherNameOfItsEntryFollowedByCells() {
        List<String> found = new ArrayList<>();
        for (LexiconEntry entry : lexicon.entries()) {
            List<String> keys = entry.names().stream().map(NameKeys::foldedKey).toList();
            for (String name : entry.names()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.+?)\\s+(?:cells?|cell lines?)").matcher(name);
                if (m.matches() && keys.contains(NameKeys.foldedKey(m.group(1)))) {
                    found.add(entry.id() + ": " + name);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void namesAreFoundIgnoringCase() {
        assertEquals(List.of("letrozole"), ids(lexicon.findByName("FEMARA")));
        assertEquals(List.of("letrozole"), ids(lexicon.findByName(" letrozole ")));
        assertEquals(List.of("sirolimus"), ids(lexicon.findByName("Rapamycin")));
        assertEquals(List.of("mk-2206"), ids(lexicon.findByName("mk-2206")));
        assertTrue(lexicon.findByName("not a drug").isEmpty());
        assertTrue(lexicon.findByName(null).isEmpty());
        assertTrue(lexicon.byId("nothing").isEmpty());
    }

    @Test
    void everyXrefMatchesItsPrefixPatternAndExpands() {
        int count = 0;
        for (LexiconEntry entry : lexicon.entries()) {
            for (Xref xref : entry.xrefs()) {
                Curie curie = xref.parsed();
                assertTrue(Curies.localIdPattern(curie.prefix()).orElseThrow().matcher(curie.localId()).matches(),
                        entry.id() + " " + xref.curie());
                assertEquals(Curies.iriPrefix(curie.prefix()).orElseThrow() + curie.localId(), xref.iri());
                assertFalse(xref.sources().isEmpty(), entry.id() + " " + xref.curie() + " has no source");
                count++;
            }
        }
        assertTrue(count >= 15, "only " + count + " xrefs");
    }

    @Test
    void theXrefsExpandToTheFormsOfIdentifiersMd() {
        Map<String, String> expected = Map.of(
                "letrozole", "http://purl.obolibrary.org/obo/CHEBI_6413",
                "fulvestrant", "https://go.drugbank.com/drugs/DB00947");
        expected.forEach((id, iri) -> assertTrue(
                lexicon.byId(id).orElseThrow().xrefs().stream().anyMatch(x -> x.iri().equals(iri)), id + " " + iri));
    }

    @Test
    void noIdentifierIsGivenToTwoEntriesAndKnownTrapsAreAbsent() {
        Map<String, String> owner = new HashMap<>();
        for (LexiconEntry entry : lexicon.entries()) {
            for (Xref xref : entry.xrefs()) {
                String previous = owner.putIfAbsent(xref.curie(), entry.id());
                assertTrue(previous == null, xref.curie() + " is on both " + previous + " and " + entry.id());
            }
        }
        // shared/IDENTIFIERS.md: CHEMBL1200374 is exemestane, CHEBI:85993 palbociclib, CHEBI:41774 tamoxifen.
        assertFalse(lexicon.byId("letrozole").orElseThrow().xrefs().stream()
                .anyMatch(x -> x.curie().equals("chembl.compound:CHEMBL1200374")));
        assertEquals(List.of("palbociclib"), holders(owner, "CHEBI:85993"));
        assertEquals(List.of("tamoxifen"), holders(owner, "CHEBI:41774"));
    }

    @Test
    void badJsonSyntaxNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path file = write(dir, "broken.json", "[\n  {\n    \"id\": \"x\",\n    \"label\": \"X\"\n    \"class\": \"Drug\"\n  }\n]\n");
        LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().startsWith(file + ":5:"), e.getMessage());
        assertEquals(file.toString(), e.file());
        assertEquals(5, e.line());
        assertTrue(e.column() > 0);
    }

    @Test
    void anUnknownFieldNamesTheFileLineAndField(@TempDir Path dir) throws IOException {
        Path file = write(dir, "drugs.json",
                "[\n  {\"id\": \"x\", \"label\": \"X\", \"class\": \"Drug\",\n   \"synonym\": [\"Y\"]}\n]\n");
        LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown field 'synonym'"), e.getMessage());
    }

    @Test
    void aDuplicateFieldIsRejected(@TempDir Path dir) throws IOException {
        Path file = write(dir, "drugs.json", "[{\"id\": \"x\", \"id\": \"y\", \"label\": \"X\", \"class\": \"Drug\"}]");
        LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().startsWith(file + ":1:"), e.getMessage());
        assertTrue(e.getMessage().contains("id"), e.getMessage());
    }

    @Test
    void anInvalidEntryNamesTheFileAndTheProblem(@TempDir Path dir) throws IOException {
        Path file = write(dir, "drugs.json", "[\n{\"id\": \"x\", \"label\": \"X\", \"class\": \"Drug\",\n"
                + " \"xrefs\": [{\"curie\": \"cellosaurus:CVCL_0031\", \"confirmedBy\": \"https://x.org\"}]}\n]");
        LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("cellosaurus:CVCL_0031"), e.getMessage());
        assertTrue(e.line() > 0, e.getMessage());
    }

    @Test
    void aMissingLabelOrNonArrayFileFails(@TempDir Path dir) throws IOException {
        Path file = write(dir, "a.json", "[{\"id\": \"x\", \"class\": \"Drug\"}]");
        LexiconException missing = assertThrows(LexiconException.class, () -> Lexicon.load(dir));
        assertTrue(missing.getMessage().startsWith(file.toString()), missing.getMessage());
        assertTrue(missing.getMessage().contains("no label"), missing.getMessage());

        Files.writeString(file, "{\"id\": \"x\"}");
        LexiconException object = assertThrows(LexiconException.class, () -> Lexicon.load(dir));
        assertTrue(object.getMessage().startsWith(file + ":1:"), object.getMessage());

        Files.writeString(file, "[null]");
        assertThrows(LexiconException.class, () -> Lexicon.load(dir));

        Files.writeString(file, "[] []");
        assertThrows(LexiconException.class, () -> Lexicon.load(dir));
    }

    @Test
    void duplicateIdsAcrossFilesFailNamingBothFiles(@TempDir Path dir) throws IOException {
        Path a = write(dir, "a.json", "[{\"id\": \"letrozole\", \"label\": \"Letrozole\", \"class\": \"Drug\"}]");
        Path b = write(dir, "b.json", "[{\"id\": \"letrozole\", \"label\": \"Femara\", \"class\": \"Drug\"}]");
        LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().startsWith(b.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("'letrozole'") && e.getMessage().contains(a.toString()), e.getMessage());
    }

    @Test
    void duplicateIdsWithinAFileFail(@TempDir Path dir) throws IOException {
        Path a = write(dir, "a.json", "[{\"id\": \"x\", \"label\": \"X\", \"class\": \"Drug\"},"
                + " {\"id\": \"x\", \"label\": \"Y\", \"class\": \"Drug\"}]");
        LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().startsWith(a.toString()) && e.getMessage().contains("same file"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Lexicon.of(List.of(
                new LexiconEntry("x", "X", List.of(), "Drug", List.of()),
                new LexiconEntry("x", "Y", List.of(), "Drug", List.of()))));
    }

    @Test
    void onlyJsonFilesDirectlyInTheDirectoryAreRead(@TempDir Path dir) throws IOException {
        write(dir, "b.json", "[{\"id\": \"b\", \"label\": \"B\", \"class\": \"Drug\"}]");
        write(dir, "a.json", "[{\"id\": \"a\", \"label\": \"A\", \"class\": \"Gene\"}]");
        write(dir, "README.md", "not json");
        Files.createDirectories(dir.resolve("sub"));
        write(dir.resolve("sub"), "c.json", "not json either");
        assertEquals(List.of("a", "b"), ids(Lexicon.load(dir).entries()));
    }

    @Test
    void aMissingDirectoryFailsNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");
        LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.load(missing));
        assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static List<String> ids(List<LexiconEntry> entries) {
        return entries.stream().map(LexiconEntry::id).toList();
    }

    private static List<String> holders(Map<String, String> owner, String curie) {
        List<String> list = new ArrayList<>();
        if (owner.containsKey(curie)) {
            list.add(owner.get(curie));
        }
        return list;
    }

    @Test
    void aMintedEntryHasTheSameLabelWhicheverFormCameFirst() {
        for (List<String> order : List.of(List.of("Hormone Receptor-Positive Breast Cancer", "hormone receptor-positive breast cancer"),
                List.of("hormone receptor-positive breast cancer", "Hormone Receptor-Positive Breast Cancer"))) {
            Lexicon lexicon = Lexicon.of(List.of(new LexiconEntry("letrozole", "Letrozole", List.of(), "Drug", List.of())));
            order.forEach(label -> lexicon.mint(new LexiconEntry("hr-positive-breast-cancer", label, List.of(), "Disease", List.of())));
            assertEquals("hormone receptor-positive breast cancer", lexicon.byId("hr-positive-breast-cancer").orElseThrow().label(), order.toString());
            assertEquals("Letrozole", lexicon.mint(new LexiconEntry("letrozole", "letrozole", List.of(), "Drug", List.of())).label(),
                    "a curated entry is never replaced");
        }
    }
}
