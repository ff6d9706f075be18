package org.airkg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.airkg.SourceException;
import org.airkg.document.Document;
import org.airkg.document.DocumentReader;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.mention.EntityRecognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurationsTest {
    private static final Lexicon LEXICON = Lexicon.of(List.of(
            new LexiconEntry("anastrozole", "Anastrozole", List.of(), "Drug", List.of()),
            new LexiconEntry("cyp19a1", "aromatase", List.of(), "Gene", List.of()),
            new LexiconEntry("ltlt-ca", "LTLT-Ca", List.of(), "CellLine", List.of()),
            new LexiconEntry("letrozole", "letrozole", List.of(), "Drug", List.of())));
    private static final String TEXT = "Title\n\nAnastrozole inhibits the aromatase enzyme. The LTLT-Ca line was treated long-term with letrozole.\n";

    @TempDir
    Path tmp;

    private static Document document() {
        return DocumentReader.read("doc.txt", "doc.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Relation> extracted(Document d) {
        return new RelationExtractor(LEXICON).extract(d, new EntityRecognizer(LEXICON).recognize(d));
    }

    @Test
    void retractsWhatItNamesAndAddsWhatItAnchors() throws Exception {
        Files.writeString(tmp.resolve("c.json"), """
                [ {"action": "retract", "document": "doc", "subject": "anastrozole", "predicate": "inhibits", "object": "cyp19a1",
                   "reason": "test retraction"},
                  {"action": "add", "document": "doc", "subject": "ltlt-ca", "predicate": "derivedByTreatmentWith", "object": "letrozole",
                   "quote": "The LTLT-Ca line was treated long-term with letrozole.", "evidenceKind": "preclinical",
                   "reason": "read by a curator"} ]""");
        Document d = document();
        List<Relation> before = extracted(d);
        assertTrue(before.stream().anyMatch(r -> r.predicate().equals("inhibits")), before.toString());
        Curations.Outcome out = Curations.load(tmp).apply(d, before);
        assertEquals(1, out.retracted());
        assertEquals(1, out.added());
        assertTrue(out.relations().stream().noneMatch(r -> r.predicate().equals("inhibits")));
        Relation added = out.relations().stream().filter(r -> r.rule().equals("curated")).findFirst().orElseThrow();
        assertEquals(Optional.of("read by a curator"), added.curationReason());
        assertEquals("The LTLT-Ca line was treated long-term with letrozole.", TEXT.substring(added.span().start(), added.span().end()));
        assertEquals(Relation.EvidenceKind.PRECLINICAL, added.evidenceKind().orElseThrow());
    }

    @Test
    void reportsCorrectionsThatNoLongerApply() throws Exception {
        Files.writeString(tmp.resolve("c.json"), """
                [ {"action": "retract", "document": "doc", "subject": "letrozole", "predicate": "treats", "object": "cyp19a1", "reason": "stale"},
                  {"action": "add", "document": "doc", "subject": "ltlt-ca", "predicate": "derivedByTreatmentWith", "object": "letrozole",
                   "quote": "a sentence the document does not have", "reason": "stale"} ]""");
        Curations.Outcome out = Curations.load(tmp).apply(document(), extracted(document()));
        assertEquals(2, out.problems().size(), out.problems().toString());
    }

    @Test
    void refusesACorrectionWithoutReasonNamingFileAndLine() throws Exception {
        Files.writeString(tmp.resolve("bad.json"), "[\n {\"action\": \"retract\", \"document\": \"doc\", \"subject\": \"a\",\n \"predicate\": \"p\", \"object\": \"b\"}\n]");
        SourceException e = assertThrows(SourceException.class, () -> Curations.load(tmp));
        assertTrue(e.getMessage().startsWith(tmp.resolve("bad.json") + ":"), e.getMessage());
        assertTrue(e.line() > 0, e.getMessage());
    }
}
