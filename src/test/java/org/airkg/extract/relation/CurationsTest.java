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
import org.airkg.SeedStore;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
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
                   "reason": "the rules misread this sentence"},
                  {"action": "add", "document": "doc", "subject": "ltlt-ca", "predicate": "derivedByTreatmentWith", "object": "letrozole",
                   "quote": "The LTLT-Ca line was treated long-term with letrozole.", "evidenceKind": "preclinical",
                   "reason": "read by a curator, no rule reads it"} ]""");
        Document d = document();
        List<Relation> before = extracted(d);
        assertTrue(before.stream().anyMatch(r -> r.predicate().equals("inhibits")), before.toString());
        Curations.Outcome out = Curations.load(tmp).apply(d, before);
        assertEquals(1, out.retracted());
        assertEquals(1, out.added());
        assertTrue(out.relations().stream().noneMatch(r -> r.predicate().equals("inhibits")));
        Relation added = out.relations().stream().filter(r -> r.rule().equals("curated")).findFirst().orElseThrow();
        assertEquals(Optional.of("read by a curator, no rule reads it"), added.curationReason());
        assertEquals("The LTLT-Ca line was treated long-term with letrozole.", TEXT.substring(added.span().start(), added.span().end()));
        assertEquals(Relation.EvidenceKind.PRECLINICAL, added.evidenceKind().orElseThrow());
    }

    @Test
    void reportsStaleRetractionsAndRedundantAdditions() throws Exception {
        Files.writeString(tmp.resolve("c.json"), """
                [ {"action": "retract", "document": "doc", "subject": "letrozole", "predicate": "inhibits", "object": "cyp19a1",
                   "reason": "a statement the rules do not make"},
                  {"action": "add", "document": "doc", "subject": "anastrozole", "predicate": "inhibits", "object": "cyp19a1",
                   "quote": "Anastrozole inhibits the aromatase enzyme.", "reason": "a statement the rules make themselves"} ]""");
        Curations.Outcome out = Curations.load(tmp).apply(document(), extracted(document()));
        assertEquals(List.of(Curations.Status.STALE, Curations.Status.REDUNDANT), out.applied().stream().map(Curations.Applied::status).toList());
        assertEquals(extracted(document()), out.relations(), "neither entry changes the statements");
        assertEquals(tmp.resolve("c.json") + ":1 (entry 1: retract letrozole inhibits cyp19a1 in doc)", out.applied().get(0).entry().toString());
    }

    @Test
    void failsOnAnAdditionWhoseQuoteIsNotInItsDocument() throws Exception {
        Files.writeString(tmp.resolve("c.json"), """
                [ {"action": "add", "document": "doc", "subject": "ltlt-ca", "predicate": "derivedByTreatmentWith", "object": "letrozole",
                   "quote": "a sentence the document does not have", "reason": "the document was edited since"} ]""");
        Curations curations = Curations.load(tmp);
        SourceException e = assertThrows(SourceException.class, () -> curations.apply(document(), extracted(document())));
        assertEquals(tmp.resolve("c.json") + ":1: entry 1 (add ltlt-ca derivedByTreatmentWith letrozole in doc): the quote is not in document doc",
                e.getMessage());
    }

    @Test
    void refusesEntriesThatBreakTheSchemaNamingFileLineAndEntry() throws Exception {
        assertLoadFails("[\n {\"action\": \"retract\", \"document\": \"doc\", \"subject\": \"a\",\n \"predicate\": \"p\", \"object\": \"b\"}\n]",
                ":2: entry 1 does not follow curation.schema.json: ", "reason");
        assertLoadFails("""
                [ {"action": "retract", "document": "doc", "subject": "a", "predicate": "inhibits", "object": "b", "reason": "a reason long enough"},
                  {"action": "add", "document": "doc", "subject": "a", "predicate": "inhibits", "object": "b", "reason": "a reason long enough"} ]""",
                ":2: entry 2 does not follow curation.schema.json: ", "quote");
        assertLoadFails("""
                [ {"action": "add", "document": "doc", "subject": "a", "predicate": "inhibits", "object": "b", "quote": "a quote long enough",
                   "evidenceKind": "anecdotal", "reason": "a reason long enough"} ]""", ":1: entry 1 does not follow curation.schema.json: ", "evidenceKind");
        assertLoadFails("""
                [ {"action": "retract", "document": "doc", "subject": "a", "predicate": "inhibits", "object": "b", "reason": "a reason long enough",
                   "note": "not a field"} ]""", ":1: entry 1 does not follow curation.schema.json: ", "note");
        assertLoadFails("{\"action\": \"add\"}", ":1:1: a curation file is a JSON array of corrections", "");
    }

    private void assertLoadFails(String json, String where, String named) throws Exception {
        Files.writeString(tmp.resolve("bad.json"), json);
        SourceException e = assertThrows(SourceException.class, () -> Curations.load(tmp));
        assertTrue(e.getMessage().startsWith(tmp.resolve("bad.json") + where), e.getMessage());
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    @Test
    void checksDocumentsEntitiesAndPredicatesAgainstCorpusLexiconAndOntology() throws Exception {
        Model ontology = RDFDataMgr.loadModel(SeedStore.root().resolve("ontology/airkg.ttl").toString());
        assertCheckFails("\"document\": \"other\", \"subject\": \"anastrozole\", \"predicate\": \"inhibits\", \"object\": \"cyp19a1\"",
                "entry 1 (retract anastrozole inhibits cyp19a1 in other): no document 'other' in the corpus", ontology);
        assertCheckFails("\"document\": \"doc\", \"subject\": \"exemestane\", \"predicate\": \"inhibits\", \"object\": \"cyp19a1\"",
                "entry 1 (retract exemestane inhibits cyp19a1 in doc): subject 'exemestane' is no entity of the lexicon", ontology);
        assertCheckFails("\"document\": \"doc\", \"subject\": \"anastrozole\", \"predicate\": \"blocks\", \"object\": \"cyp19a1\"",
                "entry 1 (retract anastrozole blocks cyp19a1 in doc): 'blocks' is no object property of the ontology", ontology);
        assertCheckFails("\"document\": \"doc\", \"subject\": \"cyp19a1\", \"predicate\": \"derivedFrom\", \"object\": \"anastrozole\"",
                "entry 1 (retract cyp19a1 derivedFrom anastrozole in doc): subject kinds [Gene] are outside the domain of derivedFrom", ontology);
    }

    private void assertCheckFails(String fields, String problem, Model ontology) throws Exception {
        Files.writeString(tmp.resolve("c.json"), "[ {\"action\": \"retract\", " + fields + ", \"reason\": \"a reason long enough\"} ]");
        Curations curations = Curations.load(tmp);
        SourceException e = assertThrows(SourceException.class, () -> curations.check(java.util.Set.of("doc"), LEXICON, ontology));
        assertTrue(e.getMessage().startsWith(tmp.resolve("c.json") + ":1: " + problem), e.getMessage());
    }

    @Test
    void everyCorrectionOfTheProjectIsValidAndStillNeeded() throws Exception {
        Path root = SeedStore.root();
        Lexicon lexicon = Lexicon.load(root.resolve("data/lexicon"));
        Curations curations = Curations.load(root.resolve("data/curated"));
        java.util.Map<String, Document> documents = new java.util.TreeMap<>();
        for (Path file : org.airkg.build.Inputs.corpusFiles(root.resolve("data/corpus"))) {
            Document d = DocumentReader.read(file);
            documents.put(d.stem(), d);
        }
        curations.check(documents.keySet(), lexicon, RDFDataMgr.loadModel(root.resolve("ontology/airkg.ttl").toString()));
        RelationExtractor extractor = new RelationExtractor(lexicon, RuleProfile.standard());
        EntityRecognizer recognizer = new EntityRecognizer(lexicon);
        List<Curations.Applied> applied = documents.values().stream()
                .flatMap(d -> curations.apply(d, extractor.extract(d, recognizer.recognize(d))).applied().stream()).toList();
        assertEquals(curations.entries().size(), applied.size(), "every entry names a seed document");
        assertEquals(List.of(), applied.stream().filter(a -> a.status() != Curations.Status.APPLIED).toList(),
                "stale and redundant entries are removed from data/curated");
    }
}
