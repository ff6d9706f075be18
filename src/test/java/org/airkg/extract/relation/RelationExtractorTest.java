package org.airkg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.airkg.document.Document;
import org.airkg.document.DocumentReader;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.mention.EntityRecognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each named rule on a sentence that states its relation, and the qualifiers that keep evidence apart. */
class RelationExtractorTest {
    private static final Lexicon LEXICON = Lexicon.of(List.of(
            entry("letrozole", "Letrozole", "Drug"), entry("anastrozole", "Anastrozole", "Drug"),
            entry("fulvestrant", "Fulvestrant", "Drug"), entry("everolimus", "Everolimus", "Drug"),
            entry("exemestane", "Exemestane", "Drug"), entry("palbociclib", "Palbociclib", "Drug"),
            entry("aromatase-inhibitor", "aromatase inhibitors", "DrugClass"),
            entry("ccne1", "CCNE1", "Gene"), entry("erbb2", "HER2", "Gene"), entry("esr1", "ERα", "Gene"),
            entry("cyp19a1", "aromatase", "Gene"), entry("mtor", "mTOR", "Gene"),
            entry("pi3k-pathway", "PI3K/AKT/mTOR pathway", "Pathway"),
            entry("ltlt-ca", "LTLT-Ca", "CellLine"), entry("rlt-ca", "RLT-Ca", "CellLine"), entry("mcf-7", "MCF-7", "CellLine"),
            entry("falcon", "FALCON", "ClinicalTrial"), entry("breast-cancer", "breast cancer", "Disease"),
            entry("pcos", "PCOS", "Disease"), entry("arthralgia", "arthralgia", "AdverseEvent"),
            entry("hot-flashes", "hot flashes", "AdverseEvent")));

    private static LexiconEntry entry(String id, String label, String kind) {
        return new LexiconEntry(id, label, List.of(), kind, List.of());
    }

    private static List<Relation> extract(String body) {
        String text = "Title\n\n" + body + "\n";
        Document d = DocumentReader.read("t.txt", "t.txt", text.getBytes(StandardCharsets.UTF_8));
        return new RelationExtractor(LEXICON).extract(d, new EntityRecognizer(LEXICON).recognize(d));
    }

    private static List<String> triples(List<Relation> relations) {
        return relations.stream().map(r -> r.rule() + ": " + r.subjectId() + " " + r.predicate() + " " + r.objectId()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "biomarker-of-resistance | High baseline CCNE1 is a biomarker of resistance to letrozole. | ccne1 biomarkerOfResistanceTo letrozole",
        "expression-change | In LTLT-Ca cells we saw upregulation of HER2 and downregulation of ERα. | erbb2 upregulatedIn ltlt-ca",
        "expression-change | In LTLT-Ca cells we saw upregulation of HER2 and downregulation of ERα. | esr1 downregulatedIn ltlt-ca",
        "drug-inhibits | Anastrozole inhibits the aromatase enzyme. | anastrozole inhibits cyp19a1",
        "drug-inhibits | Everolimus, an inhibitor of mTOR, was given. | everolimus inhibits mtor",
        "combined-with | Combining anastrozole with fulvestrant delayed resistance. | anastrozole combinedWith fulvestrant",
        "combined-with | Tumors respond less well to letrozole + palbociclib. | letrozole combinedWith palbociclib",
        "overcomes-resistance | Everolimus restores sensitivity to aromatase inhibitors in resistant cells. | everolimus overcomesResistanceTo aromatase-inhibitor",
        "cross-resistance | Cells showed cross-resistance between letrozole and exemestane. | letrozole crossResistantWith exemestane",
        "adverse-event | Common side effects of letrozole include arthralgia and hot flashes. | letrozole causesAdverseEvent hot-flashes",
        "evaluated-in-trial | The FALCON trial compared fulvestrant with anastrozole. | fulvestrant evaluatedInTrial falcon",
        "drug-treats | Letrozole is a cornerstone of therapy for breast cancer. | letrozole treats breast-cancer",
        "derived-from | Resistant LTLT-Ca cells regain sensitivity after a holiday, becoming RLT-Ca cells. | rlt-ca derivedFrom ltlt-ca",
        "model-of | The LTLT-Ca cell line (letrozole-resistant breast cancer) was used. | ltlt-ca modelOf breast-cancer",
        "resistance-driver | Acquired ERα mutations are a key driver of resistance to letrozole. | esr1 biomarkerOfResistanceTo letrozole",
        "resistance-driver | HER2 is overexpressed in fulvestrant-resistant cells. | erbb2 biomarkerOfResistanceTo fulvestrant",
    })
    void eachRuleReadsItsRelation(String rule, String sentence, String expected) {
        List<String> found = triples(extract(sentence));
        assertTrue(found.contains(rule + ": " + expected), found.toString());
    }

    @Test
    void aStrategyAgainstResistanceIsNoDriver() {
        List<String> found = triples(extract("For tumors with HER2 activation, adding lapatinib is a way of overcoming resistance to letrozole."));
        assertTrue(found.stream().noneMatch(t -> t.startsWith("resistance-driver")), found.toString());
    }

    @Test
    void aNegatedFindingIsKeptWithItsPolarity() {
        List<Relation> r = extract("Extended letrozole therapy did not significantly improve breast cancer outcomes, as treatment for breast cancer.");
        Relation treats = r.stream().filter(x -> x.predicate().equals("treats")).findFirst().orElseThrow();
        assertEquals(Relation.Polarity.DOES_NOT_SUPPORT, treats.polarity());
        List<Relation> trial = extract("The FALCON trial of fulvestrant did not significantly improve survival.");
        assertEquals(Relation.Polarity.SUPPORTS, trial.stream().filter(x -> x.predicate().equals("evaluatedInTrial")).findFirst().orElseThrow().polarity(),
                "a negative outcome does not deny that the trial evaluated the drug");
    }

    @Test
    void qualifiersKeepClinicalAndPreclinicalEvidenceApart() {
        Relation cells = extract("Combining anastrozole with fulvestrant restored control in MCF-7 cells.").stream()
                .filter(x -> x.predicate().equals("combinedWith")).findFirst().orElseThrow();
        assertEquals(Relation.EvidenceKind.PRECLINICAL, cells.evidenceKind().orElseThrow());
        assertEquals("mcf-7", cells.modelId().orElseThrow());
        Relation patients = extract("In patients with PCOS, combining letrozole with palbociclib was not tried. Combining anastrozole with fulvestrant helped patients.")
                .stream().filter(x -> x.subjectId().equals("anastrozole")).findFirst().orElseThrow();
        assertEquals(Relation.EvidenceKind.CLINICAL, patients.evidenceKind().orElseThrow());
        assertEquals("pcos", patients.indicationId().orElseThrow(), "without a disease in its sentence, the document's main disease");
    }

    @Test
    void readsTableRowsWithTheirTableTitle() {
        List<String> found = triples(extract("Table 1: Side effects of letrozole\n\nStudy\tFinding\nTrial A\tCommon side effects include arthralgia.\n"));
        assertTrue(found.contains("adverse-event: letrozole causesAdverseEvent arthralgia"), found.toString());
    }

    @Test
    void evidenceSpansAreTheSentenceOrRow() {
        String body = "Side effects of **letrozole** include arthralgia.";
        List<Relation> r = extract(body);
        String file = "Title\n\n" + body + "\n";
        assertEquals(body, file.substring(r.get(0).span().start(), r.get(0).span().end()));
    }
}
