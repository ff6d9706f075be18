package org.airkg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconEntryTest {
    private static final Xref CHEBI = new Xref("CHEBI:6413", "https://example.org/chebi");

    @Test
    void copiesItsListsAndDefaultsThemToEmpty() {
        List<String> synonyms = new ArrayList<>(List.of("Femara"));
        LexiconEntry entry = new LexiconEntry("letrozole", "Letrozole", synonyms, "Drug", List.of(CHEBI));
        synonyms.add("later");
        assertEquals(List.of("Femara"), entry.synonyms());
        assertThrows(UnsupportedOperationException.class, () -> entry.synonyms().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> entry.xrefs().clear());

        LexiconEntry bare = new LexiconEntry("mk-2206", "MK-2206", null, "Drug", null);
        assertEquals(List.of(), bare.synonyms());
        assertEquals(List.of(), bare.xrefs());
        assertEquals(List.of("MK-2206"), bare.names());
    }

    @Test
    void rejectsBadIdsLabelsAndClasses() {
        assertThrows(IllegalArgumentException.class, () -> entry("Letrozole", "Letrozole", "Drug"));
        assertThrows(IllegalArgumentException.class, () -> entry("-letrozole", "Letrozole", "Drug"));
        assertThrows(IllegalArgumentException.class, () -> entry("letro zole", "Letrozole", "Drug"));
        assertThrows(IllegalArgumentException.class, () -> entry("", "Letrozole", "Drug"));
        assertThrows(IllegalArgumentException.class, () -> entry(null, "Letrozole", "Drug"));
        assertThrows(IllegalArgumentException.class, () -> entry("letrozole", " ", "Drug"));
        assertThrows(IllegalArgumentException.class, () -> entry("letrozole", null, "Drug"));
        assertThrows(IllegalArgumentException.class, () -> entry("letrozole", "Letrozole", "drug"));
        assertThrows(IllegalArgumentException.class, () -> entry("letrozole", "Letrozole", null));
        assertEquals("r.1_x-2", entry("r.1_x-2", "x", "CellLine").id());
    }

    @Test
    void rejectsRepeatedNamesAndXrefs() {
        assertThrows(IllegalArgumentException.class,
                () -> new LexiconEntry("letrozole", "Letrozole", List.of("LETROZOLE"), "Drug", List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new LexiconEntry("letrozole", "Letrozole", List.of("Femara", "femara"), "Drug", List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new LexiconEntry("letrozole", "Letrozole", List.of(" "), "Drug", List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new LexiconEntry("letrozole", "Letrozole", List.of(), "Drug", List.of(CHEBI, CHEBI)));
    }

    @Test
    void anXrefNeedsAValidCurieAndASource() {
        assertThrows(IllegalArgumentException.class, () -> new Xref("cellosaurus:CVCL_0031", "https://x.org"));
        assertThrows(IllegalArgumentException.class, () -> new Xref("CHEBI:6413", " "));
        assertThrows(IllegalArgumentException.class, () -> new Xref("CHEBI:6413", null));
        assertThrows(IllegalArgumentException.class, () -> new Xref("CHEBI:6413", "https://a.org ; "));
        Xref two = new Xref("CHEBI:6413", "https://a.org/x ; owner/repo/path.tsv");
        assertEquals(List.of("https://a.org/x", "owner/repo/path.tsv"), two.sources());
        assertTrue(Xref.isUrl(two.sources().get(0)));
        assertEquals("CHEBI", two.prefix());
        assertEquals("6413", two.localId());
        assertEquals("http://purl.obolibrary.org/obo/CHEBI_6413", two.iri());
    }

    private static LexiconEntry entry(String id, String label, String cls) {
        return new LexiconEntry(id, label, List.of(), cls, List.of());
    }
}
