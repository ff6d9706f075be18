package org.airkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.airkg.AirkgException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/** The cues the ontology declares, and every cue mark they give on sentences written for the test. */
class SentenceCuesTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel(OntologyTest.ONTOLOGY.toString());
    private static final String RESISTANCE = AIRKG.NS + "ResistanceCue";
    private static final String AFTER_FAILURE = AIRKG.NS + "TreatmentAfterFailureCue";

    @Test
    void theOntologyDeclaresTheCuesTheCatalogueUses() {
        assertEquals(List.of(RESISTANCE, AFTER_FAILURE), SentenceCues.from(ONTOLOGY).iris());
    }

    @Test
    void marksEachSentenceWithEveryCueItsTextHolds() {
        Map<String, String> sentences = new TreeMap<>(Map.of(
                "s1", "Tumours RESISTANT to tamoxifen were studied.",
                "s2", "Patients whose disease progressed on letrozole received fulvestrant.",
                "s3", "Second-line therapy was well tolerated.",
                "s4", "The cells resisted the treatment.",
                "s5", "Letrozole lowers estradiol in plasma.",
                "s6", "Progression was slow in this group."));
        Model graph = ModelFactory.createDefaultModel();
        sentences.forEach((id, text) -> graph.createResource("urn:test:" + id, AIRKG.Sentence).addProperty(AIRKG.text, text));
        graph.createResource("urn:test:paragraph", AIRKG.Paragraph).addProperty(AIRKG.text, "Resistance after failure.");
        SentenceCues.from(ONTOLOGY).mark(graph);

        Map<String, TreeSet<String>> marks = new TreeMap<>();
        graph.listStatements(null, AIRKG.hasCue, (Resource) null).forEachRemaining(s -> marks
                .computeIfAbsent(s.getSubject().getURI().substring("urn:test:".length()), k -> new TreeSet<>())
                .add(s.getResource().getLocalName()));
        assertEquals(Map.of(
                "s1", new TreeSet<>(List.of("ResistanceCue", "TreatmentAfterFailureCue")),
                "s2", new TreeSet<>(List.of("TreatmentAfterFailureCue")),
                "s3", new TreeSet<>(List.of("TreatmentAfterFailureCue")),
                "s4", new TreeSet<>(List.of("ResistanceCue"))), marks);
    }

    @Test
    void aCueWithoutOnePatternOrWithABadOneFailsNamingIt() {
        Model ontology = ModelFactory.createDefaultModel();
        ontology.createResource("urn:test:noPattern", AIRKG.SentenceCue);
        AirkgException none = assertThrows(AirkgException.class, () -> SentenceCues.from(ontology));
        assertTrue(none.getMessage().contains("<urn:test:noPattern> needs exactly one airkg:cuePattern"), none.getMessage());

        ontology.removeAll();
        ontology.createResource("urn:test:bad", AIRKG.SentenceCue).addProperty(AIRKG.cuePattern, "(unclosed");
        AirkgException bad = assertThrows(AirkgException.class, () -> SentenceCues.from(ontology));
        assertTrue(bad.getMessage().contains("<urn:test:bad>") && bad.getMessage().contains("\"(unclosed\""), bad.getMessage());
    }
}
