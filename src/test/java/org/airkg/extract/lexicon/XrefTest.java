package org.airkg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where an identifier was confirmed: URLs with notes, repository paths, and URLs that are not IRIs. */
class XrefTest {
    @Test
    void aUrlFollowedByANoteIsSplitIntoTheIriAndTheNote() {
        Xref x = new Xref("dbsnp:rs6166", "https://pubmed.ncbi.nlm.nih.gov/31742168/ ('Asn680Ser; (rs6166)') ; owner/repo/file.tsv");
        assertEquals(List.of(new Xref.Source(Optional.of("https://pubmed.ncbi.nlm.nih.gov/31742168/"), "('Asn680Ser; (rs6166)')"),
                new Xref.Source(Optional.empty(), "owner/repo/file.tsv")), x.parsedSources());
    }

    @Test
    void aUrlThatIsNoIriIsRefusedWithTheIdentifierNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Xref("CHEBI:6413", "https://example.org/a<b>"));
        assertEquals("xref CHEBI:6413: 'https://example.org/a<b>' is not a valid IRI: "
                + e.getMessage().substring(e.getMessage().indexOf("IRI: ") + 5), e.getMessage());
    }
}
