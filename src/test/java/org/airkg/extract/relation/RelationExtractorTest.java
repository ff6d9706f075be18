package org.airkg.extract.relation;

import org.airkg.SeedStore;

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
            entry("hot-flashes", "hot flashes", "AdverseEvent"),
            entry("egfr", "EGFR", "Gene"), entry("igf1r", "IGF-1R", "Gene"), entry("pten", "PTEN", "Gene"), entry("src", "Src kinase", "Gene"),
            entry("akt", "Akt", "Protein"), entry("mtorc1", "mTORC1", "Protein"), entry("rps6kb1", "S6K1", "Gene"),
            entry("eif4ebp1", "4E-BP1", "Gene"), entry("mapk", "MAPK signaling cascade", "Pathway"),
            entry("growth-factor", "Growth factor signaling", "Pathway"), entry("fao", "fatty acid oxidation", "Pathway"),
            entry("pik3ca-mutation", "activating mutations in PIK3CA", "GeneVariant"), entry("esr1-mutation", "ESR1 mutations", "GeneVariant"),
            entry("alpelisib", "Alpelisib", "Drug"), entry("mk-2206", "MK-2206", "Drug"), entry("sirolimus", "rapamycin", "Drug"),
            entry("endocrine-therapy", "endocrine therapy", "DrugClass"), entry("abemaciclib", "Abemaciclib", "Drug"),
            entry("bolero-2", "BOLERO-2", "ClinicalTrial"), entry("solar-1", "SOLAR-1", "ClinicalTrial"),
            entry("neutropenia", "neutropenia", "AdverseEvent"), entry("loperamide", "loperamide", "Drug"),
            entry("diarrhoea", "diarrhoea", "AdverseEvent")));

    private static LexiconEntry entry(String id, String label, String kind) {
        return new LexiconEntry(id, label, List.of(), kind, List.of());
    }

    private static List<Relation> extract(String body) {
        String text = "Title\n\n" + body + "\n";
        Document d = DocumentReader.read("t.txt", "t.txt", text.getBytes(StandardCharsets.UTF_8));
        return new RelationExtractor(LEXICON).extract(d, new EntityRecognizer(LEXICON).recognize(d));
    }

    /** The relations the one rule {@code rule} reads, whether the standard profile runs it or not. */
    private static List<Relation> extract(String body, String rule) {
        String text = "Title\n\n" + body + "\n";
        Document d = DocumentReader.read("t.txt", "t.txt", text.getBytes(StandardCharsets.UTF_8));
        RuleProfile one = RuleProfile.named(SeedStore.root().resolve("rules/relations"), SeedStore.root().resolve("ontology/airkg.ttl"), List.of(rule));
        return new RelationExtractor(LEXICON, one).extract(d, new EntityRecognizer(LEXICON).recognize(d));
    }

    private static List<String> triples(List<Relation> relations) {
        return relations.stream().map(r -> r.rule() + ": " + r.subjectId() + " " + r.predicate() + " " + r.objectId()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "biomarker-of-resistance | High baseline CCNE1 is a biomarker of resistance to letrozole. | ccne1 biomarkerOfResistanceTo letrozole",
        "drug-inhibits | Anastrozole inhibits the aromatase enzyme. | anastrozole inhibits cyp19a1",
        "drug-inhibits | Everolimus, an inhibitor of mTOR, was given. | everolimus inhibits mtor",
        "combined-with | Combining anastrozole with fulvestrant delayed resistance. | anastrozole combinedWith fulvestrant",
        "combined-with | Tumors respond less well to letrozole + palbociclib. | letrozole combinedWith palbociclib",
        "combined-with | Abemaciclib 150 mg twice daily plus letrozole was given. | abemaciclib combinedWith letrozole",
        "combined-with | In the trial, MK-2206 was tested with anastrozole. | anastrozole combinedWith mk-2206",
        "overcomes-resistance | Everolimus restores sensitivity to aromatase inhibitors in resistant cells. | everolimus overcomesResistanceTo aromatase-inhibitor",
        "cross-resistance | Cells showed cross-resistance between letrozole and exemestane. | exemestane crossResistantWith letrozole",
        "adverse-event | Common side effects of letrozole include arthralgia and hot flashes. | letrozole causesAdverseEvent hot-flashes",
        "evaluated-in-trial | The FALCON trial compared fulvestrant with anastrozole. | fulvestrant evaluatedInTrial falcon",
        "drug-treats | Letrozole is a cornerstone of therapy for breast cancer. | letrozole treats breast-cancer",
        "derived-from | Resistant LTLT-Ca cells regain sensitivity after a holiday, becoming RLT-Ca cells. | rlt-ca derivedFrom ltlt-ca",
        "model-of | The LTLT-Ca cell line (letrozole-resistant breast cancer) was used. | ltlt-ca modelOf breast-cancer",
        "contributes-to-resistance | Acquired ERα mutations are a key driver of resistance to letrozole. | esr1-mutation contributesToResistanceTo letrozole",
        "contributes-to-resistance | The PI3K/AKT/mTOR pathway is implicated in resistance to aromatase inhibitors. | pi3k-pathway contributesToResistanceTo aromatase-inhibitor",
        "activates | Growth factor signaling activates the PI3K/AKT/mTOR pathway. | growth-factor activates pi3k-pathway",
        "activation-through | Constitutive activation of the PI3K/AKT/mTOR pathway, often through activating mutations in PIK3CA, promotes growth. | pik3ca-mutation activates pi3k-pathway",
        "activation-through | Activation of the PI3K/AKT/mTOR pathway, often through loss of the tumor suppressor PTEN, promotes growth. | pten inhibits pi3k-pathway",
        "phosphorylates | Akt can directly phosphorylate ERα, enhancing its activity. | akt phosphorylates esr1",
        "phosphorylates | mTORC1 phosphorylates downstream targets like S6K1 and 4E-BP1. | mtorc1 phosphorylates eif4ebp1",
        "variant-sensitivity | Combine an AI with Alpelisib for activating mutations in PIK3CA. | pik3ca-mutation biomarkerOfSensitivityTo alpelisib",
        "variant-sensitivity | For patients with ESR1 mutations, switching to Fulvestrant can be effective. | esr1-mutation biomarkerOfSensitivityTo fulvestrant",
        "overcomes-resistance | Combining anastrozole with an Akt inhibitor (MK-2206) or an mTOR inhibitor (rapamycin) can overcome acquired resistance. | mk-2206 overcomesResistanceTo anastrozole",
        "overcomes-resistance | Combining anastrozole with an Akt inhibitor (MK-2206) or an mTOR inhibitor (rapamycin) can overcome acquired resistance. | sirolimus overcomesResistanceTo anastrozole",
        "drug-holiday | Resistant cells (LTLT-Ca) regain letrozole sensitivity after a drug holiday. | ltlt-ca revertedByWithdrawalOf letrozole",
        "drug-targets | Fulvestrant binds to the ERα, inducing its degradation. | fulvestrant targets esr1",
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
    void readsAnaphorsAsTheEntitiesNamedBefore() {
        List<String> found = triples(extract("Upregulation of HER2, EGFR, and IGF-1R is associated with resistance to letrozole. "
                + "These receptors, upon activation, trigger the MAPK signaling cascade. "
                + "A shift towards fatty acid oxidation is a mechanism of resistance. This metabolic reprogramming can activate Src kinase."));
        for (String gene : List.of("erbb2", "egfr", "igf1r")) {
            assertTrue(found.contains("activates: " + gene + " activates mapk"), found.toString());
        }
        assertTrue(found.contains("activates: fao activates src"), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.equals("activates: growth-factor activates src")), found.toString());
    }

    @Test
    void anAnaphorOfVariantsStandsForThoseItsOwnSentenceNamedBeforeIt() {
        List<String> found = triples(extract("Tumours progressing on letrozole often carry ESR1 mutations. These mutations confer resistance "
                + "to letrozole. ESR1 mutations are rarer before treatment, but activating mutations in PIK3CA occur early, and these "
                + "mutations confer resistance to alpelisib.")).stream().filter(t -> t.startsWith("contributes-to-resistance")).toList();
        assertEquals(List.of("contributes-to-resistance: esr1-mutation contributesToResistanceTo letrozole",
                "contributes-to-resistance: pik3ca-mutation contributesToResistanceTo alpelisib"), found.stream().sorted().toList());
    }

    @Test
    void aNegationEndsAtAColonAndWhereTheSentenceReadsWhatCameBefore() {
        List<Relation> colon = extract("Neutropenia was not a prominent signal in the registration trials, with one exception: neutropenia was "
                + "reported in 20% of patients given palbociclib.").stream().filter(x -> x.predicate().equals("causesAdverseEvent")).toList();
        assertEquals(List.of(Relation.Polarity.SUPPORTS), colon.stream().map(Relation::polarity).toList());
        List<Relation> reading = extract("The two tumours with PTEN loss did not respond, consistent with PTEN loss conferring resistance to alpelisib.")
                .stream().filter(x -> x.predicate().equals("contributesToResistanceTo")).toList();
        assertEquals(List.of(Relation.Polarity.SUPPORTS), reading.stream().map(Relation::polarity).toList());
    }

    @Test
    void aVerbsObjectIsNotPastASubordinateClause() {
        List<String> found = triples(extract("Fulvestrant degrades the full-length receptor while stimulating EGFR."));
        assertTrue(found.stream().noneMatch(t -> t.contains("inhibits")), found.toString());
    }

    @Test
    void aNegationDeniesOnlyItsOwnClause() {
        Relation holiday = extract("While a drug holiday has been shown to reverse acquired letrozole resistance in breast cancer cell lines (LTLT-Ca), "
                + "its direct application in PCOS is not yet supported by clinical evidence.").stream()
                .filter(x -> x.predicate().equals("revertedByWithdrawalOf")).findFirst().orElseThrow();
        assertEquals(Relation.Polarity.SUPPORTS, holiday.polarity());
        List<Relation> modelOf = extract("A drug holiday reverses resistance in breast cancer cell lines (LTLT-Ca), its use in PCOS is untested.")
                .stream().filter(x -> x.predicate().equals("modelOf")).toList();
        assertEquals(List.of("breast-cancer"), modelOf.stream().map(Relation::objectId).toList(), "only the nearest disease is the model's");
    }

    @Test
    void expressionChangesAreReadInTheModelASentenceOpensOn() {
        assertEquals(List.of("expression-change: erbb2 upregulatedIn ltlt-ca", "expression-change: esr1 downregulatedIn ltlt-ca"),
                triples(extract("In LTLT-Ca cells we saw upregulation of HER2 and downregulation of ERα.", "expression-change")));
    }

    @Test
    void aChangeAnAgentMakesIsNoTraitOfTheModel() {
        assertEquals(List.of(), triples(extract("In KGN cells, insulin upregulated CYP19A1 mRNA. ERα was downregulated in MCF-7 cells by fulvestrant. "
                + "AKT phosphorylation was reduced in MCF-7/LetR cells treated with everolimus.", "expression-change")));
    }

    @Test
    void twoDrugsEachCombinedWithAThirdAreAlternatives() {
        assertEquals(List.of("combined-with: everolimus combinedWith fulvestrant", "combined-with: alpelisib combinedWith fulvestrant"),
                triples(extract("Inhibitors such as alpelisib and everolimus are being combined with fulvestrant.", "combined-with")));
    }

    @Test
    void eachDrugOfAListIsCombinedWithEachDrugListedAfterGivenWith() {
        assertEquals(List.of("combined-with: anastrozole combinedWith everolimus", "combined-with: anastrozole combinedWith palbociclib",
                "combined-with: everolimus combinedWith letrozole", "combined-with: letrozole combinedWith palbociclib"),
                triples(extract("Disease progressed on palbociclib or everolimus given with letrozole or anastrozole.", "combined-with"))
                        .stream().sorted().toList());
    }

    @Test
    void aPassiveOvercomingTakesItsAgentAfterTheCue() {
        assertEquals(List.of("overcomes-resistance: abemaciclib overcomesResistanceTo palbociclib"),
                triples(extract("Resistance to palbociclib was overcome by abemaciclib in RB1-intact cells.", "overcomes-resistance")));
    }

    @Test
    void aDrugIsTiedToTheTrialAPrepositionNamesAfterIt() {
        assertEquals(List.of("evaluated-in-trial: everolimus evaluatedInTrial bolero-2", "evaluated-in-trial: alpelisib evaluatedInTrial solar-1"),
                triples(extract("The data come from two trials: everolimus from BOLERO-2, alpelisib from SOLAR-1.", "evaluated-in-trial")));
    }

    @Test
    void aNegationOutsideAParticipialAsideDoesNotDenyWhatTheAsideSays() {
        List<String> read = extract("Neutropenia, reported with palbociclib, was not observed with abemaciclib.", "adverse-event-reported").stream()
                .map(r -> r.subjectId() + " " + r.polarity()).toList();
        assertEquals(List.of("palbociclib SUPPORTS", "abemaciclib DOES_NOT_SUPPORT"), read);
    }

    @Test
    void aNegationBeforeAReducedRelativeDoesNotDenyWhatTheRelativeSays() {
        List<String> read = extract("Letrozole did not cause the neutropenia seen with palbociclib.", "adverse-event-reported").stream()
                .map(r -> r.subjectId() + " " + r.objectId() + " " + r.polarity()).toList();
        assertEquals(List.of("palbociclib neutropenia SUPPORTS"), read);
    }

    @Test
    void aNegationOfTheClauseDoesNotDenyWhatACompoundNounSays() {
        List<String> read = extract("Letrozole did not worsen palbociclib-related neutropenia.", "adverse-event-induced").stream()
                .map(r -> r.subjectId() + " " + r.objectId() + " " + r.polarity()).toList();
        assertEquals(List.of("palbociclib neutropenia SUPPORTS"), read);
    }

    @Test
    void neitherDeniesWhatItsClauseSays() {
        List<String> read = extract("In neither line did anastrozole inhibit mTOR, and everolimus inhibits Akt.", "drug-inhibits")
                .stream().map(r -> r.subjectId() + " " + r.objectId() + " " + r.polarity()).toList();
        assertEquals(List.of("anastrozole mtor DOES_NOT_SUPPORT", "everolimus akt SUPPORTS"), read);
    }

    @Test
    void aNegationBeforeACoordinatedClauseDoesNotDenyWhatTheClauseSays() {
        List<String> read = extract("Alpelisib did not inhibit mTOR, and everolimus inhibits Akt; letrozole did not inhibit mTOR, and Akt.", "drug-inhibits")
                .stream().map(r -> r.subjectId() + " " + r.objectId() + " " + r.polarity()).toList();
        assertEquals(List.of("alpelisib mtor DOES_NOT_SUPPORT", "everolimus akt SUPPORTS", "letrozole mtor DOES_NOT_SUPPORT",
                "letrozole akt DOES_NOT_SUPPORT"), read);
    }

    @Test
    void aNegationInASecondPredicateDoesNotDenyTheFirst() {
        List<String> read = extract("Arthralgia and hot flashes, known side effects of anastrozole, were mild and did not lead to withdrawal.")
                .stream().filter(r -> r.predicate().equals("causesAdverseEvent")).map(r -> r.objectId() + " " + r.polarity()).sorted().toList();
        assertEquals(List.of("arthralgia SUPPORTS", "hot-flashes SUPPORTS"), read);
    }

    @Test
    void anOpenQuestionOrANoneFoundStatesNoFinding() {
        assertEquals(List.of(), triples(extract("Whether abemaciclib overcomes resistance to palbociclib is not yet known.", "overcomes-resistance")));
        List<Relation> none = extract("Abemaciclib caused no neutropenia in this cohort.", "adverse-event-caused");
        assertEquals(List.of(Relation.Polarity.DOES_NOT_SUPPORT), none.stream().map(Relation::polarity).toList());
    }

    /** A question between the two arguments asks about the second; "whether or not" and one before both ask nothing of them. */
    @Test
    void anOpenQuestionBetweenTheArgumentsStatesNothingOfTheSecond() {
        assertEquals(List.of("biomarker-of-better-outcome: esr1-mutation biomarkerOfSensitivityTo fulvestrant"),
                triples(extract("ESR1 mutations are associated with benefit from fulvestrant, but whether they predict benefit from abemaciclib"
                        + " is unknown.", "biomarker-of-better-outcome")));
        assertEquals(List.of("in-class: letrozole inClass aromatase-inhibitor"),
                triples(extract("The association held whether or not aromatase inhibitors such as letrozole were given.", "in-class")));
    }

    @Test
    void aCombinationsEventsAreTheAddedDrugs() {
        assertEquals(List.of("adverse-event-caused: palbociclib causesAdverseEvent neutropenia"),
                triples(extract("Palbociclib plus letrozole caused neutropenia in 66% of patients, versus 2% with letrozole alone.", "adverse-event-caused")));
    }

    @Test
    void aResistantModelsDrugIsCrossResistantWithWhatTheModelResists() {
        assertEquals(List.of("model-cross-resistance: anastrozole crossResistantWith letrozole"),
                triples(extract("Letrozole-resistant LTLT-Ca cells are cross-resistant to anastrozole but not to fulvestrant.", "model-cross-resistance")));
        assertEquals(List.of(), triples(extract("LTLT-Ca cells are letrozole-resistant and exemestane-resistant. They are cross-resistant to "
                + "anastrozole.", "model-cross-resistance")), "a model resistant to two drugs says nothing of which one the cross-resistance is with");
    }

    @Test
    void restoringControlOfAResistantModelOvercomesResistanceToItsDrug() {
        assertEquals(List.of("overcomes-resistance: everolimus overcomesResistanceTo letrozole"),
                triples(extract("Letrozole-resistant LTLT-Ca cells were grown for a year. In LTLT-Ca cells, everolimus combined with fulvestrant "
                        + "restored growth inhibition, and exemestane had no effect.", "overcomes-resistance")));
    }

    @Test
    void aConsequenceClauseKeepsItsNegationAndHedgeToItself() {
        List<Relation> r = extract("Everolimus inhibits mTORC1, so AKT phosphorylation is not suppressed, which suggests a feedback.", "drug-inhibits");
        assertEquals(List.of(Relation.Polarity.SUPPORTS), r.stream().map(Relation::polarity).toList());
        assertEquals(List.of(Relation.Modality.ASSERTED), r.stream().map(Relation::modality).toList());
        List<Relation> and = extract("Fulvestrant inhibits ERα, and so does not rely on ligand deprivation.", "drug-inhibits");
        assertEquals(List.of(Relation.Polarity.SUPPORTS), and.stream().map(Relation::polarity).toList(), "\"and so\" opens a clause too");
    }

    @Test
    void aTreatmentIsTheAddedDrugsNotItsBackbones() {
        assertEquals(List.of("drug-treats: palbociclib treats breast-cancer"),
                triples(extract("Adding palbociclib to letrozole is the first-line treatment for breast cancer.", "drug-treats")));
    }

    @Test
    void ofTwoReadingsOfDisjointPropertiesOnlyOneThatPrevailsStands() {
        assertEquals(List.of("remedy: loperamide treats diarrhoea"),
                triples(extract("Diarrhoea was more frequent with loperamide. Diarrhoea was managed with loperamide.")));
        assertEquals(List.of(), triples(extract("PTEN is a biomarker of resistance to alpelisib. PTEN is a biomarker of sensitivity to alpelisib.")),
                "neither reading prevails");
    }

    @Test
    void aVerbCoordinatedWithAnEarlierOneTakesThatVerbsSubject() {
        assertEquals(List.of("drug-inhibits: alpelisib inhibits mtorc1", "activates: alpelisib activates akt"),
                triples(extract("Alpelisib inhibits mTORC1 and activates Akt.")));
    }

    @Test
    void anEventThatDidNotDifferBetweenArmsIsStillTheDrugs() {
        List<Relation> r = extract("Neutropenia, the main toxicity of abemaciclib, did not differ between arms.");
        assertEquals(List.of("adverse-event: abemaciclib causesAdverseEvent neutropenia", "adverse-event-reported: abemaciclib causesAdverseEvent neutropenia"),
                triples(r));
        assertTrue(r.stream().allMatch(x -> x.polarity() == Relation.Polarity.SUPPORTS), r.toString());
    }

    @Test
    void theToxicitiesOfAListAreEachDrugs() {
        assertEquals(List.of("adverse-event-reported: everolimus causesAdverseEvent neutropenia", "adverse-event-reported: alpelisib causesAdverseEvent neutropenia"),
                triples(extract("Neutropenia is the main toxicity of everolimus and alpelisib.", "adverse-event-reported")));
    }

    @Test
    void engineeredOverexpressionIsNoExpressionFinding() {
        List<String> found = triples(extract("MCF-7 cells stably transfected to overexpress aromatase are a standard model.", "expression-change"));
        assertTrue(found.stream().noneMatch(t -> t.contains("upregulatedIn")), found.toString());
    }

    @Test
    void expressionChangesDoNotTakeAModelFromTheSentenceBefore() {
        // "these cells" as often names a derived line the lexicon does not know as the model named before
        assertEquals(List.of(), triples(extract("In the LTLT-Ca model, resistance is characterized by a shift in signaling. "
                + "In these cells, key changes include downregulation of ERα and upregulation of HER2.", "expression-change")));
    }

    @Test
    void aCombinationIsReadInTheTitleLineToo() {
        String text = "Anastrozole plus fulvestrant in postmenopausal women: a cohort report\n\nThe cohort was followed for two years.\n";
        Document d = DocumentReader.read("t.txt", "t.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("combined-with: anastrozole combinedWith fulvestrant"),
                triples(new RelationExtractor(LEXICON).extract(d, new EntityRecognizer(LEXICON).recognize(d))));
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
