package org.airkg.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.airkg.document.Document;
import org.airkg.document.DocumentReader;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.lexicon.Suppressions;
import org.airkg.extract.lexicon.Vocabulary;
import org.airkg.extract.lexicon.Vocabulary.Entity;
import org.airkg.extract.lexicon.Vocabulary.Name;
import org.airkg.extract.lexicon.Xref;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recognition over a small vocabulary: each precision rule of {@link GroundingRules} and each pattern of
 * {@link PatternRules}, on sentences written for the test, with the whole list of mentions asserted.
 */
class VocabularyGroundingTest {
    @TempDir
    static Path cache;

    private static Lexicon lexicon;

    private static Entity entity(String curie, String table, String kind, String label, List<Name> names) {
        return new Entity(curie, table, kind, label, names, List.of(curie + " test/" + table + ".tsv"));
    }

    private static Name name(String text, String type) {
        return new Name(text, type, false);
    }

    private static Name word(String text, String type) {
        return new Name(text, type, true);
    }

    @BeforeAll
    static void vocabulary() throws Exception {
        Vocabulary v = Vocabulary.of(List.of(
                entity("hgnc:391", "genes", "Gene", "AKT1", List.of(name("AKT1", "symbol"), name("PKB", "alias"))),
                entity("hgnc:392", "genes", "Gene", "AKT2", List.of(name("AKT2", "symbol"), name("AKT 2", "alias"))),
                entity("hgnc:23181", "genes", "Gene", "RASA4", List.of(name("RASA4", "symbol"), name("CAPRI", "alias"))),
                entity("hgnc:7710", "genes", "Gene", "NDUFS3", List.of(name("NDUFS3", "symbol"), name("CI-30", "alias"))),
                entity("hgnc:3467", "genes", "Gene", "ESR1", List.of(name("ESR1", "symbol"), name("ER", "alias"), name("NR3A1", "alias"),
                        name("estrogen receptor 1", "fullname"))),
                entity("hgnc:7029", "genes", "Gene", "MET", List.of(word("MET", "symbol"))),
                entity("hgnc:4617", "genes", "Gene", "GSK3B", List.of(name("GSK3B", "symbol"))),
                entity("hgnc:1516", "genes", "Gene", "CAT", List.of(word("CAT", "symbol"))),
                entity("hgnc:17652", "genes", "Gene", "PORCN", List.of(word("PORCN", "symbol"), name("porcupine O-acyltransferase", "fullname"))),
                entity("hgnc:10848", "genes", "Gene", "SHH", List.of(word("SHH", "symbol"), name("sonic hedgehog signaling molecule", "fullname"))),
                entity("hgnc:8910", "genes", "Gene", "PGR", List.of(name("PGR", "symbol"), name("PR", "alias"))),
                entity("hgnc:11", "genes", "Gene", "GENEA", List.of(name("GENEA", "symbol"), name("XYZ9", "alias"))),
                entity("hgnc:12", "genes", "Gene", "GENEB", List.of(name("GENEB", "symbol"), name("XYZ9", "alias"))),
                entity("hgnc:1773", "genes", "Gene", "CDK4", List.of(name("CDK4", "symbol"))),
                entity("hgnc:8809", "genes", "Gene", "PDK1", List.of(name("PDK1", "symbol"))),
                entity("hgnc:8816", "genes", "Gene", "PDPK1", List.of(name("PDPK1", "symbol"), name("PDK1", "alias"), name("PDK1", "curated"))),
                entity("hgnc:10261", "genes", "Gene", "ROS1", List.of(name("ROS1", "symbol"), name("ROS", "curated"))),
                entity("hgnc:5006", "genes", "Gene", "HMGCR", List.of(name("HMGCR", "symbol"))),
                entity("hgnc:2652", "genes", "Gene", "CYP7B1", List.of(name("CYP7B1", "symbol"))),
                entity("hgnc:8975", "genes", "Gene", "PIK3CA", List.of(name("PIK3CA", "symbol"))),
                entity("hgnc:9588", "genes", "Gene", "PTEN", List.of(name("PTEN", "symbol"))),
                entity("hgnc:3697", "genes", "Gene", "FGR", List.of(name("FGR", "symbol"), name("SRC2", "previous"))),
                entity("hgnc:7669", "genes", "Gene", "NCOA2", List.of(name("NCOA2", "symbol"), name("TIF2", "alias"))),
                entity("hgnc:7756", "genes", "Gene", "NES", List.of(name("NES", "symbol"))),
                entity("hgnc:3447", "genes", "Gene", "ERH", List.of(name("ERH", "symbol"))),
                entity("hgnc:17945", "genes", "Gene", "PRLH", List.of(name("PRLH", "symbol"), name("PRH", "alias"))),
                entity("hgnc:3255", "genes", "Gene", "EIF2AK3", List.of(name("EIF2AK3", "symbol"), word("PERK", "alias"))),
                entity("hgnc:10614", "genes", "Gene", "CCL16", List.of(name("CCL16", "symbol"), name("LCC-1", "alias"))),
                entity("hgnc:13", "genes", "Gene", "GENEC", List.of(name("GENEC", "symbol"), name("LDL-C", "alias"))),
                entity("hgnc:2770", "genes", "Gene", "DES", List.of(name("DES", "symbol"))),
                entity("DOID:0070475", "diseases", "Disease", "renal medullary carcinoma", List.of(name("RMC", "synonym"))),
                entity("DOID:2043", "diseases", "Disease", "hepatitis B", List.of(name("hepatitis B", "label"))),
                entity("DOID:0060888", "diseases", "Disease", "transient myeloproliferative syndrome", List.of(word("TAM", "synonym"))),
                entity("fplx:FGFR", "famplex", "ProteinFamily", "FGFR", List.of(name("FGFR", "curated"))),
                entity("hgnc:583", "genes", "Gene", "APC", List.of(word("APC", "symbol"))),
                entity("hgnc:9666", "genes", "Gene", "PTPRC", List.of(name("PTPRC", "symbol"), name("CD45", "alias"))),
                entity("DOID:8778", "diseases", "Disease", "Crohn's disease", List.of(name("Crohn's disease", "label"))),
                entity("hgnc:7107", "genes", "Gene", "MKI67", List.of(name("MKI67", "symbol"), name("Ki-67", "alias"))),
                entity("drugbank:DB17021", "drugs", "Drug", "JQ1", List.of(name("JQ1", "label"))),
                entity("drugbank:DB00171", "drugs", "Drug", "ATP", List.of(name("ATP", "label"))),
                entity("drugbank:DB00133", "drugs", "Drug", "Serine", List.of(name("Serine", "label"))),
                entity("fplx:AKT", "famplex", "ProteinFamily", "AKT", List.of(name("AKT", "curated"), name("Akt", "curated"),
                        name("protein kinase B", "curated"))),
                entity("fplx:Histone", "famplex", "ProteinFamily", "Histone", List.of(name("histone", "curated"))),
                entity("fplx:CDK1_2", "famplex", "ProteinFamily", "CDK1 2", List.of(name("CDK1/2", "curated"))),
                entity("hgnc:24224", "genes", "Gene", "CDK12", List.of(name("CDK12", "symbol"))),
                entity("reactome:R-HSA-381119", "pathways", "Pathway", "Unfolded Protein Response (UPR)",
                        List.of(name("Unfolded Protein Response (UPR)", "label"))),
                entity("drugbank:DB12218", "drugs", "Drug", "Capivasertib", List.of(name("Capivasertib", "label"), name("AZD5363", "code"))),
                entity("drugbank:DB09462", "drugs", "Drug", "Water", List.of(word("Water", "label"))),
                entity("HP:0002018", "phenotypes", "PhenotypicFeature", "Nausea", List.of(word("Nausea", "label"))),
                entity("DOID:1612", "diseases", "Disease", "breast cancer", List.of(name("breast cancer", "label"))),
                entity("HP:0002155", "phenotypes", "PhenotypicFeature", "Hypertriglyceridemia", List.of(name("Hypertriglyceridemia", "label"))),
                entity("fplx:CYP", "famplex", "ProteinFamily", "CYP", List.of(name("CYP", "curated"), name("cytochrome P450", "curated"))),
                entity("hgnc:2637", "genes", "Gene", "CYP3A4", List.of(name("CYP3A4", "symbol"))),
                entity("hgnc:5210", "genes", "Gene", "HSD17B1", List.of(name("HSD17B1", "symbol"))),
                entity("hgnc:10120", "genes", "Gene", "RNU1-1", List.of(name("RNU1-1", "symbol"), name("HSD1", "alias"))),
                entity("HP:0002019", "phenotypes", "PhenotypicFeature", "Constipation", List.of(word("Constipation", "label"))),
                entity("HP:0001824", "phenotypes", "PhenotypicFeature", "Weight loss", List.of(name("Weight loss", "label"))),
                entity("HP:0002527", "phenotypes", "PhenotypicFeature", "Falls", List.of(word("Falls", "label"))),
                entity("HP:0003259", "phenotypes", "PhenotypicFeature", "Elevated serum creatinine", List.of(name("Elevated serum creatinine", "label"))),
                entity("HP:0031964", "phenotypes", "PhenotypicFeature", "Elevated serum alanine aminotransferase",
                        List.of(name("Elevated serum alanine aminotransferase", "label"))),
                entity("HP:0030341", "phenotypes", "PhenotypicFeature", "Increased circulating estradiol",
                        List.of(name("Increased circulating estradiol", "label"), name("Estradiol increased", "synonym"))),
                entity("MONDO:0005347", "diseases", "Disease", "hypertriglyceridemia", List.of(name("hypertriglyceridemia", "label"))),
                entity("DOID:289", "diseases", "Disease", "endometriosis", List.of(name("endometriosis", "label"))),
                entity("DOID:8552", "diseases", "Disease", "chronic myeloid leukemia", List.of(name("chronic myeloid leukemia", "label"))),
                entity("MONDO:0011996", "diseases", "Disease", "chronic myeloid leukemia", List.of(name("chronic myeloid leukemia", "label"))),
                entity("CVCL_0553", "cell-lines", "CellLine", "T-47D", List.of(name("T-47D", "label"))),
                entity("GO:0006915", "pathways", "BiologicalProcess", "apoptotic process", List.of(name("apoptosis", "synonym"))),
                entity("GO:0032259", "pathways", "BiologicalProcess", "methylation", List.of(name("methylation", "label"))),
                entity("GO:0010467", "pathways", "BiologicalProcess", "gene expression", List.of(name("gene expression", "label"))),
                entity("GO:0032355", "pathways", "BiologicalProcess", "response to estradiol", List.of(name("response to estradiol", "label")))),
                cache);
        Lexicon curated = Lexicon.of(List.of(new LexiconEntry("letrozole", "Letrozole", List.of(), "Drug", List.of()),
                new LexiconEntry("live-birth-rate", "Live birth rate", List.of(), "Endpoint", List.of()),
                new LexiconEntry("esr1", "ESR1", List.of("ERα"), "Gene", List.of(new Xref("hgnc:3467", "test")))));
        lexicon = curated.withVocabulary(v, Suppressions.NONE);
    }

    private static List<String> mentions(String body) {
        Document d = DocumentReader.read("t.txt", "t.txt", ("Title\n\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
        StopLists stop = new StopLists(Set.of("cells", "pace", "met", "des"), Set.of("PR"));
        return new EntityRecognizer(lexicon, stop).recognize(d).stream().filter(m -> m.status() != MentionStatus.CANDIDATE)
                .map(m -> m.text() + " -> " + String.join("|", m.entityIds()) + " (" + m.method() + ")").toList();
    }

    @Test
    void namesOfTheTablesAreGroundedAndCuratedEntriesKeepTheirIds() {
        assertEquals(List.of("Capivasertib -> drugbank-db12218 (vocab-drugs-label)", "AZD5363 -> drugbank-db12218 (vocab-drugs-code)",
                "AKT -> fplx-akt (vocab-famplex-curated)", "estrogen receptor 1 -> esr1 (vocab-genes-fullname)",
                "NR3A1 -> esr1 (vocab-genes-alias)"),
                mentions("Capivasertib (AZD5363) inhibits AKT, and estrogen receptor 1 (also NR3A1) is lost."));
    }

    @Test
    void wordsShortNamesStopListsAndSharedAliasesFollowTheRules() {
        assertEquals(List.of("MET -> hgnc-7029 (vocab-genes-symbol)", "Nausea -> hp-0002018 (vocab-phenotypes-label)",
                "ER -> esr1 (abbreviation-default)", "XYZ9 -> hgnc-11|hgnc-12 (vocab-genes-ambiguous)"),
                mentions("MET amplification was seen. CAT scans used water. Nausea and ER and PR were noted. XYZ9 expression rose."));
    }

    @Test
    void anAliasThatIsAWordIsAGeneWrittenInCapitalsInASentenceAboutGenes() {
        assertEquals(List.of("PERK -> hgnc-3255 (vocab-genes-alias)", "PERK inhibitor -> perk-inhibitor (pattern-drug-class)"),
                mentions("The PERK inhibitor blocked it. PERK was a bonus of the design."));
    }

    @Test
    void aSymbolNothingGroundsBeforeInhibitorNamesADrugClass() {
        assertEquals(List.of("AKT1 -> hgnc-391 (vocab-genes-symbol)", "AKT1 inhibitor -> akt1-inhibitor (pattern-drug-class)",
                "FAK inhibitor -> fak-inhibitor (pattern-drug-class-symbol)", "MCL-1 antagonists -> mcl-1-antagonist (pattern-drug-class-symbol)"),
                mentions("An AKT1 inhibitor, the FAK inhibitor and MCL-1 antagonists were compared; The inhibitor and Xy inhibitors were not."));
    }

    @Test
    void aNameGoingOnPastAHyphenIntoANumberIsTheStartOfAResearchCode() {
        assertEquals(List.of("RMC -> doid-0070475 (vocab-diseases-synonym)"), mentions("RMC-4550 was given. RMC is rare."));
    }

    @Test
    void anAbbreviationOfSeveralTokensDefinedAsWhatNoTableKnowsIsNoVocabularyName() {
        assertEquals(List.of("GENEC -> hgnc-13 (vocab-genes-symbol)"),
                mentions("Oestrogen lowers LDL-cholesterol (LDL-C) by raising LDLR expression; LDL-C fell 12%, and GENEC expression rose."));
    }

    @Test
    void aStopWordInCapitalsIsAGenesSymbolOnlyInASentenceAboutGenes() {
        assertEquals(List.of("MET -> hgnc-7029 (vocab-genes-symbol)", "DES -> hgnc-2770 (vocab-genes-symbol)"),
                mentions("MET amplification was seen. DES exposure was common. DES protein fell. We met the goal."));
    }

    @Test
    void weightLossIsAPhenotypeOnlyWhereTheSentenceSpeaksOfSideEffects() {
        assertEquals(List.of("nausea -> hp-0002018 (vocab-phenotypes-label)", "weight loss -> hp-0001824 (vocab-phenotypes-label)"),
                mentions("Preconception weight loss may restore ovulation. Body weight loss did not exceed 7%. The adverse events "
                        + "were nausea and weight loss."));
    }

    @Test
    void aCodeTheDocumentNamesAsCellsIsALineThoughItIsAGenesAlias() {
        assertEquals(List.of("LCC1 -> coded-lcc1 (pattern-coded-cell-line)", "LCC1 -> coded-lcc1 (pattern-coded-cell-line)"),
                mentions("LCC1 cells grew. XBP1 protein was higher than in LCC1."));
    }

    @Test
    void aSymbolThatIsAWordIsAGeneWhereTheFirstWordsOfItsApprovedNameGlossIt() {
        assertEquals(List.of("PORCN -> hgnc-17652 (vocab-genes-symbol)", "SHH -> hgnc-10848 (vocab-genes-symbol)"),
                mentions("Wnt ligands are palmitoylated by porcupine (PORCN) before secretion. SHH (sonic hedgehog) is secreted. "
                        + "SHH rose 2-fold."));
    }

    @Test
    void anAliasIsAGeneWhereTheSentenceSaysHowMuchOfItThereIsAndAShortCodeADrugWhereItSpeaksOfCompounds() {
        assertEquals(List.of("Ki67 -> hgnc-7107 (vocab-genes-alias)", "BET inhibitor -> bet-inhibitor (pattern-drug-class-symbol)",
                "JQ1 -> drugbank-db17021 (vocab-drugs-label)"),
                mentions("Ki67 suppression was greater with the SERD. Ki67 fell. The BET inhibitor JQ1 was used. JQ1 was noted. ATP was added."));
    }

    @Test
    void anAliasIsAGeneOnlyWhereTheSentenceSpeaksOfGenesOrProteins() {
        assertEquals(List.of("NR3A1 -> esr1 (vocab-genes-alias)", "Fulvestrant -> fulvestrant (pattern-drug-stem)"),
                mentions("Cells grew in medium with NR3A1 supplement. Fulvestrant binds NR3A1."));
    }

    @Test
    void aTextFamPlexGroundsBeatsTheSymbolOfAnotherGeneButNeedsTheSupportAnAliasNeeds() {
        assertEquals(List.of("PDK1 -> hgnc-8816 (vocab-genes-curated)", "AKT -> fplx-akt (vocab-famplex-curated)"),
                mentions("PDK1 phosphorylates AKT. ROS levels rose."));
    }

    @Test
    void aNameGlossedByAnApprovedSymbolInBracketsIsThatSymbolsGeneThroughoutTheDocument() {
        assertEquals(List.of("SRC2 -> hgnc-7669 (glossed-symbol)", "SRC2 -> hgnc-7669 (glossed-symbol)", "NCOA2 -> hgnc-7669 (vocab-genes-symbol)",
                "ESR1 -> esr1 (lexicon-name)", "NCOA2 -> hgnc-7669 (vocab-genes-symbol)", "TIF2 -> hgnc-7669 (vocab-genes-alias)", "FGR -> hgnc-3697 (vocab-genes-symbol)",
                "NCOA2 -> hgnc-7669 (vocab-genes-symbol)"),
                mentions("SRC2 protein rose 2-fold. The coactivator SRC2 (NCOA2) binds ESR1. NCOA2 (TIF2) and FGR (NCOA2) bind."));
    }

    @Test
    void anAminoAcidNamedAsAResidueOfAProteinIsNoDrug() {
        assertEquals(List.of("Serine -> drugbank-db00133 (vocab-drugs-label)"),
                mentions("The kinase phosphorylates serine 5, and serine/threonine kinases act later. Serine was added at 2 mM."));
    }

    @Test
    void aNumberThatMakesAQuantityIsNoPartOfTheNameBeforeIt() {
        assertEquals(List.of("AKT -> fplx-akt (vocab-famplex-curated)", "AKT 2 -> hgnc-392 (vocab-genes-alias)",
                "Everolimus -> everolimus (pattern-drug-stem)"),
                mentions("Everolimus raised phospho-AKT 2-fold; AKT 2 did not change."));
    }

    @Test
    void aNumberSetApartByASpaceEndsAnAliasOnlyWhereTheAliasIsSoWritten() {
        assertEquals(List.of("AKT 2 -> hgnc-392 (vocab-genes-alias)", "CI-30 -> hgnc-7710 (vocab-genes-alias)"),
                mentions("AKT 2 protein rose by 49% (95% CI 30-70). CI-30 protein fell."));
    }

    @Test
    void aLetterSetApartByASpaceEndsANameOnlyWhereTheNameIsSoWritten() {
        // "ER H" and "PR H" share their keys with the gene ERH and the alias PRH of PRLH, never so written
        assertEquals(List.of("ER -> esr1 (abbreviation-default)", "hepatitis B -> doid-2043 (vocab-diseases-label)"),
                mentions("The ER H-score and the PR H-score were recorded; hepatitis B was excluded."));
    }

    @Test
    void aNameWithAPossessiveIsFoundAsWrittenAndAPossessiveAfterANameIsNoPartOfIt() {
        assertEquals(List.of("Crohn's disease -> doid-8778 (vocab-diseases-label)", "Crohn’s disease -> doid-8778 (vocab-diseases-label)",
                "letrozole -> letrozole (lexicon-name)"),
                mentions("Crohn's disease and Crohn’s disease were excluded; letrozole's effect was small."));
    }

    @Test
    void aCooperativeGroupsFiveDigitStudyBeforeTrialIsATrial() {
        assertEquals(List.of("CALGB 40503 -> calgb-40503 (pattern-trial)", "letrozole -> letrozole (lexicon-name)",
                "bevacizumab -> bevacizumab (pattern-drug-stem)"),
                mentions("In the phase III CALGB 40503 trial, letrozole was given with bevacizumab."));
    }

    @Test
    void anAliasWrittenWithANumberAsTheNameOfATrialIsTheTrial() {
        assertEquals(List.of("CAPRI-3 -> capri-3 (pattern-trial)", "AKT -> fplx-akt (vocab-famplex-curated)",
                "CAPRI-3 -> capri-3 (pattern-trial)", "CAPRI -> hgnc-23181 (vocab-genes-alias)"),
                mentions("The phase III CAPRI-3 trial of AKT pathway-altered tumours. CAPRI-3 was double-blind. CAPRI protein binds RAS."));
    }

    @Test
    void aGeneSymbolTheDocumentNamesAsATrialIsTheTrialButAMemberOfALongerNameWrittenInLowerCaseIsNot() {
        assertEquals(List.of("NES -> nes (pattern-trial)", "letrozole -> letrozole (lexicon-name)", "NES -> nes (pattern-trial)",
                "PTEN-GO -> pten-go (pattern-trial)", "PTEN -> hgnc-9588 (vocab-genes-symbol)"),
                mentions("The phase III NES trial tested letrozole. NES and the PTEN-GO trial enrolled women with PTEN-deficient tumours."));
    }

    @Test
    void aSlashBetweenDigitsSeparatesTwoMembersSoCdk12IsNoCdk1Or2() {
        assertEquals(List.of("CDK12 -> hgnc-24224 (vocab-genes-symbol)", "CDK1/2 -> fplx-cdk1_2 (vocab-famplex-curated)",
                "dinaciclib -> dinaciclib (pattern-drug-stem)"),
                mentions("THZ1 inhibits CDK12, and dinaciclib CDK1/2."));
    }

    @Test
    void aNameThatOpensABracketEndsAfterTheBracketClosesIt() {
        assertEquals(List.of("unfolded protein response (UPR) -> reactome-r-hsa-381119 (vocab-pathways-label)"),
                mentions("Antiestrogens provoke the unfolded protein response (UPR)."));
    }

    @Test
    void aDiseaseNamedAloneByDoidAndByMondoIsDoids() {
        assertEquals(List.of("chronic myeloid leukaemia -> doid-8552 (vocab-diseases-doid-before-mondo)"),
                mentions("Three patients had chronic myeloid leukaemia."));
    }

    @Test
    void processNamesTooGeneralToBeAPathwayAreNotGrounded() {
        assertEquals(List.of("apoptosis -> go-0006915 (vocab-pathways-synonym)"),
                mentions("Methylation and gene expression changed, the response to estradiol was lost, and apoptosis followed."));
    }

    @Test
    void anAcronymSaidToBeATrialIsOne() {
        assertEquals(List.of("LUMEN-7 -> lumen-7 (pattern-trial)", "LEOPARD-PCOS -> leopard-pcos (pattern-trial)", "LUMEN-7 -> lumen-7 (pattern-trial)"),
                mentions("LUMEN-7, a randomised, double-blind phase III trial, met its aim. LEOPARD-PCOS is a fictional trial. "
                        + "Safety in LUMEN-7 was as expected."));
    }

    @Test
    void aLineNamedAfterTheGeneItWasGivenIsADerivedLine() {
        assertEquals(List.of("T-47D -> cvcl_0553 (vocab-cell-lines-label)", "T-47D/ESR1 -> cvcl_0553-esr1 (pattern-derived-cell-line)",
                "ESR1 -> esr1 (lexicon-name)"),
                mentions("T-47D/ESR1 cells grew without estrogen."));
    }

    @Test
    void codesInAColumnOfModelsAreXenograftsInADocumentAboutPatientDerivedXenografts() {
        String table = "| Model | Prior AI |\n|---|---|\n| NV-B402 | letrozole |\n| HBO-11 | letrozole |\n\nHBO-11 cells were also grown in vitro.";
        assertEquals(List.of("NV-B402 -> coded-nv-b402 (pattern-coded-xenograft)", "letrozole -> letrozole (lexicon-name)",
                "HBO-11 -> coded-hbo-11 (pattern-coded-cell-line)", "letrozole -> letrozole (lexicon-name)",
                "HBO-11 -> coded-hbo-11 (pattern-coded-cell-line)"),
                mentions("We studied six patient-derived xenograft (PDX) models.\n\n" + table).stream()
                        .filter(m -> !m.startsWith("patient") && !m.startsWith("PDX")).toList());
        assertEquals(List.of("NV-B402 -> coded-nv-b402 (pattern-coded-cell-line)", "letrozole -> letrozole (lexicon-name)"),
                mentions("| Model | Prior AI |\n|---|---|\n| NV-B402 | letrozole |"));
    }

    @Test
    void aLineNamedWithTheVariantOrGeneChangeItWasEngineeredWithIsALineOfItsOwn() {
        assertEquals(List.of("T-47D -> cvcl_0553 (vocab-cell-lines-label)", "T-47D AKT1 E17K -> cvcl_0553-akt1-e17k (pattern-engineered-cell-line)",
                "AKT1 -> hgnc-391 (vocab-genes-symbol)", "AKT1 E17K -> akt1-p-e17k (pattern-variant)",
                "PTEN -> hgnc-9588 (vocab-genes-symbol)", "PTEN-null T-47D -> cvcl_0553-pten-null (pattern-engineered-cell-line)",
                "T-47D -> cvcl_0553 (vocab-cell-lines-label)"),
                mentions("T-47D AKT1 E17K cells grew without estradiol; PTEN-null T-47D cells did not."));
        assertEquals(List.of("T-47D -> cvcl_0553 (vocab-cell-lines-label)", "T-47D (empty vector) -> cvcl_0553-empty-vector (pattern-engineered-cell-line)"),
                mentions("T-47D (empty vector) cells were the control."));
    }

    @Test
    void anAbbreviationTheDocumentDefinesInSquareBracketsForSomethingNoTableKnowsIsGroundedByNone() {
        String later = "Letrozole lowered the estrogen response score (NES -2.74).";
        assertEquals(List.of("Letrozole -> letrozole (lexicon-name)", "NES -> hgnc-7756 (vocab-genes-symbol)"), mentions(later));
        assertEquals(List.of("Letrozole -> letrozole (lexicon-name)"),
                mentions("The set was enriched (normalised enrichment score [NES] 2.38).\n\n" + later));
    }

    @Test
    void aGeneSymbolInBracketsAfterAProteinNoTableKnowsIsThatGeneNotTheAbbreviationOfSomethingElse() {
        assertEquals(List.of("HMGCR -> hgnc-5006 (vocab-genes-symbol)", "CYP7B1 -> hgnc-2652 (vocab-genes-symbol)",
                        "HMGCR -> hgnc-5006 (vocab-genes-symbol)", "CYP7B1 -> hgnc-2652 (vocab-genes-symbol)"),
                mentions("Statins block HMG-CoA reductase (HMGCR), and oxysterol 7α-hydroxylase (CYP7B1) clears the oxysterol. "
                        + "HMGCR and CYP7B1 levels rose."));
    }

    @Test
    void aChangeListedAfterAnotherOfAGeneIsThatGenesAndAHyphenMayJoinItToTheLineThatCarriesIt() {
        assertEquals(List.of("ESR1 -> esr1 (lexicon-name)", "ESR1 Y537S -> esr1-p-y537s (pattern-variant)",
                "D538G -> esr1-p-d538g (pattern-variant)", "T-47D -> cvcl_0553 (vocab-cell-lines-label)",
                "T-47D-D538G -> cvcl_0553-d538g (pattern-engineered-cell-line)", "D538G -> esr1-p-d538g (pattern-variant)"),
                mentions("We made ESR1 Y537S and D538G knock-ins. T-47D-D538G cells grew without estradiol."));
    }

    @Test
    void mutationsSaidToLoseTheGenesFunctionAreAClassOfTheirOwn() {
        assertEquals(List.of("PTEN -> hgnc-9588 (vocab-genes-symbol)", "PTEN loss-of-function mutations -> pten-loss-of-function-mutation (pattern-loss-of-function)",
                "inactivating PTEN mutations -> pten-loss-of-function-mutation (pattern-loss-of-function)", "PTEN -> hgnc-9588 (vocab-genes-symbol)"),
                mentions("PTEN loss-of-function mutations were enriched. So were inactivating PTEN mutations."));
    }

    @Test
    void patternsMakeVariantsTrialsAndDrugClasses() {
        assertEquals(List.of("AKT1 -> hgnc-391 (vocab-genes-symbol)", "AKT1 E17K -> akt1-p-e17k (pattern-variant)",
                "ESR1 -> esr1 (lexicon-name)", "ESR1 mutations -> esr1-mutation (pattern-gene-mutation)",
                "PINNACLE-2 -> pinnacle-2 (pattern-trial)", "NCT01234567 -> nct01234567 (pattern-nct)",
                "CDK4 -> hgnc-1773 (vocab-genes-symbol)", "CDK4/6 inhibitors -> cdk4-6-inhibitor (pattern-drug-class)",
                "AKT1 -> hgnc-391 (vocab-genes-symbol)", "p.Glu17Lys -> akt1-p-e17k (pattern-variant)",
                "PINNACLE-2 -> pinnacle-2 (pattern-trial)"),
                mentions("AKT1 E17K and ESR1 mutations were studied in the PINNACLE-2 trial (NCT01234567) of CDK4/6 inhibitors. "
                        + "The AKT1 change p.Glu17Lys was common in PINNACLE-2."));
        assertEquals("GeneVariant AKT1 p.E17K of hgnc-391", lexicon.byId("akt1-p-e17k")
                .map(e -> e.ontologyClass() + " " + e.label() + " of " + e.variantOf().orElse("")).orElseThrow());
    }

    @Test
    void aTrialIsANameWhosePatientsWereRandomisedOrOneOfAListOfPhasedTrials() {
        assertEquals(List.of("ORCA-4 -> orca-4 (pattern-trial)", "HERON -> heron (pattern-trial)", "KESTREL -> kestrel (pattern-trial)",
                "ORCA-4 -> orca-4 (pattern-trial)"),
                mentions("This agrees with ORCA-4, in which 103 patients were randomised. The phase 2 HERON and phase 3 KESTREL trials "
                        + "differed. ORCA-4 was small; PUFFIN, in which cells were grown, is no trial."));
    }

    /** A name with a digit or two capitals that randomised or enrolled people is a trial; "We" and a name that enrolled cells are not. */
    @Test
    void trialsListedBeforeTheirDesignAreTrialsAndAStopWordInCapitalsMayNameOne() {
        assertEquals(List.of("PALLAS -> pallas (pattern-trial)", "PACE -> pace (pattern-trial)", "PACE -> pace (pattern-trial)",
                "Palbociclib -> palbociclib (pattern-drug-stem)", "fulvestrant -> fulvestrant (pattern-drug-stem)"),
                mentions("Palbociclib did not help in the PALLAS and PACE adjuvant trials. In PACE, fulvestrant was the partner; the pace was slow."));
    }

    @Test
    void aNameThatRandomisedOrEnrolledPeopleIsATrialAsIsTheNameOfATrialColumnCell() {
        assertEquals(List.of("OSPREY-1 -> osprey-1 (pattern-trial)", "OSPREY-1 -> osprey-1 (pattern-trial)", "GANNET -> gannet (pattern-trial)"),
                mentions("OSPREY-1 randomised 312 postmenopausal women to two arms. We randomised patients too. LOON-2 enrolled cells. "
                        + "OSPREY-1 was positive.\n\nTrial (population)\tArm\nGANNET (overall)\t12%\n"));
    }

    @Test
    void aCellOfAnOutcomeColumnThatNamesNothingKnownIsAnEndpoint() {
        assertEquals(List.of("Letrozole -> letrozole (lexicon-name)", "Clinical pregnancy per woman -> clinical-pregnancy-per-woman (pattern-outcome-cell)",
                "Time to pregnancy -> time-to-pregnancy (pattern-endpoint)", "Live birth -> live-birth-rate (pattern-outcome-cell)",
                "Nausea -> hp-0002018 (vocab-phenotypes-label)"),
                mentions("Table 1: Pooled outcomes\n\nOutcome\tLetrozole\tPlacebo\nClinical pregnancy per woman\t31%\t28%\n"
                        + "Time to pregnancy, median (cycles)\t2\t3\nLive birth\t25%\t19%\nNausea\t12%\t4%\n\n"
                        + "Clinical pregnancy per woman was the primary outcome."), "the lexicon's live birth rate is the outcome \"Live birth\"");
    }

    @Test
    void aNameOfADiseaseAndAPhenotypeIsThePhenotypeInASectionOnSideEffects() {
        assertEquals(List.of("hypertriglyceridaemia -> mondo-0005347 (vocab-diseases-label)",
                "Hypertriglyceridaemia -> hp-0002155 (vocab-phenotypes-label)",
                "anastrozole -> anastrozole (pattern-drug-stem)"),
                mentions("## Background\n\nPatients with hypertriglyceridaemia were excluded.\n\n## Safety\n\n"
                        + "Hypertriglyceridaemia was reported more often with anastrozole."));
    }

    @Test
    void aWordOfAPhenotypeInLowerCaseIsAnEventInASectionOnSideEffectsUnlessItIsTheVerbOfALevel() {
        assertEquals(List.of("constipation -> hp-0002019 (vocab-phenotypes-label)"),
                mentions("## Background\n\nGlucose falls and constipation may follow.\n\n## Safety\n\n"
                        + "Women reported constipation in 4%. Dosing was resumed once glucose falls below 160 mg/dL."));
    }

    @Test
    void aRaisedLevelWrittenAnotherWayIsTheVocabularysEventWhereSideEffectsAreSpokenOf() {
        assertEquals(List.of("raised serum creatinine -> hp-0003259 (vocab-phenotypes-level)",
                "blood creatinine increased -> hp-0003259 (vocab-phenotypes-level)",
                "alanine aminotransferase increase -> hp-0031964 (vocab-phenotypes-level)",
                "Estradiol increased -> hp-0030341 (vocab-phenotypes-synonym)"),
                mentions("## Methods\n\nRaised serum creatinine before entry excluded women; estradiol increase was tracked.\n\n"
                        + "## Adverse events\n\nA raised serum creatinine, blood creatinine increased and an alanine aminotransferase increase "
                        + "were seen. Estradiol increased in 2%."));
    }

    @Test
    void aChangeAtPositionOneOfAnythingButMethionineIsNoVariant() {
        assertEquals(List.of("AKT1 -> hgnc-391 (vocab-genes-symbol)", "AKT1 -> hgnc-391 (vocab-genes-symbol)", "AKT1 p.M1V -> akt1-p-m1v (pattern-variant)"),
                mentions("AKT1 expression rose with E1S, and AKT1 p.M1V was seen once."));
    }

    @Test
    void anAliasJoinedToANumberWithAGreekLetterIsTheEndOfAnotherName() {
        assertEquals(List.of("HSD1 -> hgnc-10120 (vocab-genes-alias)"), mentions("17β-HSD1 expression rose, and HSD1 expression fell."));
    }

    @Test
    void aFamilyNameWithAMembersNumberGlossedByTheMembersSymbolIsTheMember() {
        assertEquals(List.of("Capivasertib -> drugbank-db12218 (vocab-drugs-label)", "cytochrome P450 3A4 -> hgnc-2637 (glossed-member)",
                "CYP3A4 -> hgnc-2637 (vocab-genes-symbol)", "cytochrome P450 -> fplx-cyp (vocab-famplex-curated)"),
                mentions("Capivasertib inhibits cytochrome P450 3A4 (CYP3A4), and cytochrome P450 enzymes vary."));
    }

    @Test
    void anOutcomeCellNameKeepsAnAbbreviationInBracketsInsideIt() {
        assertEquals(List.of("Mature (MII) oocytes -> mature-mii-oocytes (pattern-outcome-cell)"),
                mentions("Table 1: Outcomes\n\nOutcome\tGroup A\tGroup B\nMature (MII) oocytes, mean\t8.9\t9.7\n"));
    }

    @Test
    void aNameAfterNonAndTheFirstPartOfACatalogueCodeNameNothing() {
        assertEquals(List.of("PTEN -> hgnc-9588 (vocab-genes-symbol)"),
                mentions("The non-PTEN lines and the AKT1-H2M-01 knock-in cells both lost PTEN expression."));
    }

    @Test
    void aTimeToAnEventAndASurvivalFreeOfOneAreEndpoints() {
        assertEquals(List.of("Time to recurrence -> time-to-recurrence (pattern-endpoint)",
                "metastasis-free survival -> metastasis-free-survival (pattern-endpoint)",
                "recurrence-free interval -> recurrence-free-interval (pattern-endpoint)"),
                mentions("Time to recurrence and metastasis-free survival were longer; the time to reach the clinic and drug-free "
                        + "intervals were not, nor was the drug-free interval; non-adherence shortened the recurrence-free interval."));
    }

    @Test
    void aGenesReversionMutationsAreAClassOfVariantsOfTheirOwn() {
        assertEquals(List.of("PTEN -> hgnc-9588 (vocab-genes-symbol)", "PTEN reversion mutations -> pten-reversion-mutation (pattern-reversion)",
                "PTEN -> hgnc-9588 (vocab-genes-symbol)", "PTEN mutations -> pten-mutation (pattern-gene-mutation)"),
                mentions("PTEN reversion mutations restored its function in cells whose PTEN mutations had removed it."));
        assertEquals(List.of("germline PTEN mutations -> pten-mutation (pattern-gene-mutation)", "PTEN -> hgnc-9588 (vocab-genes-symbol)"),
                mentions("Carriers of germline PTEN mutations were excluded."), "the origin is part of the variant's name");
        assertEquals(List.of("Activating AKT1 mutations -> akt1-mutation (pattern-gene-mutation)", "AKT1 -> hgnc-391 (vocab-genes-symbol)"),
                mentions("Activating AKT1 mutations were reported."), "so is their kind");
    }

    /** A symbol ending in a Greek letter is the symbol HGNC writes with its Latin capital; a lower-case or spelled one is not. */
    @Test
    void aSymbolEndingInAGreekLetterIsTheSymbolWithItsLatinCapital() {
        assertEquals(List.of("GSK3β -> hgnc-4617 (vocab-genes-symbol)"), mentions("GSK3β was phosphorylated; gsk3β and GSKβ were not."));
        assertEquals(java.util.Optional.of("GSK3B"), NameDictionary.latinGreekEnding("GSK3β"));
        assertEquals(java.util.Optional.empty(), NameDictionary.latinGreekEnding("p110α"));
        assertEquals(java.util.Optional.empty(), NameDictionary.latinGreekEnding("Rβ"));
    }

    @Test
    void aHeadAfterAnAbbreviationInBracketsNamesTheClassOfTheWhole() {
        assertEquals(List.of("protein kinase B -> fplx-akt (vocab-famplex-curated)", "protein kinase B (AKT) inhibitors -> akt-inhibitor (abbreviated-head)",
                "AKT -> fplx-akt (vocab-famplex-curated)", "protein kinase B -> fplx-akt (vocab-famplex-curated)",
                "AKT -> fplx-akt (vocab-famplex-curated)"),
                mentions("Selective protein kinase B (AKT) inhibitors were tested; protein kinase B (AKT) levels rose."));
    }

    @Test
    void aChangeWrittenAloneIsTheVariantOfTheGeneTheDocumentWritesItBeside() {
        assertEquals(List.of("PIK3CA -> hgnc-8975 (vocab-genes-symbol)", "PIK3CA E545K -> pik3ca-p-e545k (pattern-variant)",
                "E545K -> pik3ca-p-e545k (pattern-variant)",
                "PTEN -> hgnc-9588 (vocab-genes-symbol)"),
                mentions("Resistant cells carried PIK3CA E545K.\n\nLine\tAlterations\nA\tE545K, PTEN loss"));
    }

    @Test
    void aChangeWrittenAloneInAListIsTheVariantOfTheOneGeneOfItsList() {
        assertEquals(List.of("PIK3CA -> hgnc-8975 (vocab-genes-symbol)", "PIK3CA E545K -> pik3ca-p-e545k (pattern-variant)",
                "AKT1 -> hgnc-391 (vocab-genes-symbol)", "AKT1 E17K -> akt1-p-e17k (pattern-variant)",
                "H1047R -> pik3ca-p-h1047r (pattern-variant)", "E545K -> pik3ca-p-e545k (pattern-variant)",
                "E542K -> pik3ca-p-e542k (pattern-variant)",
                "E17K -> akt1-p-e17k (pattern-variant)", "E545K -> pik3ca-p-e545k (pattern-variant)"),
                mentions("Resistant cells carried PIK3CA E545K or AKT1 E17K.\n\nDroplet digital PCR detected H1047R, E545K and E542K in plasma."
                        + "\n\nThe panel also covered E17K, E545K and Q61R."));
    }

    @Test
    void aLineNamedForTheGeneKnockedOutInItIsALineOfItsOwn() {
        assertEquals(List.of("T-47D -> cvcl_0553 (vocab-cell-lines-label)", "T-47D-ARID1A-KO -> cvcl_0553-arid1a-ko (pattern-derived-cell-line)"),
                mentions("T-47D-ARID1A-KO cells lost ARID1A."));
    }

    @Test
    void modelsAreNamedWithTheirHostAndWhatInducedThem() {
        assertEquals(List.of("T-47D -> cvcl_0553 (vocab-cell-lines-label)", "T-47D/AnaR -> cvcl_0553-anar (pattern-derived-cell-line)",
                "T-47D/AnaR xenografts in ovariectomised athymic mice -> cvcl_0553-anar-xenograft (pattern-xenograft)",
                "letrozole -> letrozole (lexicon-name)", "letrozole -> letrozole (lexicon-name)",
                "letrozole-induced endometriosis mouse model -> letrozole-induced-endometriosis-mouse-model (pattern-induced-model)",
                "endometriosis -> doid-289 (vocab-diseases-label)"),
                mentions("T-47D/AnaR xenografts in ovariectomised athymic mice grew on letrozole. "
                        + "The letrozole-induced endometriosis mouse model was also used."));
    }

    @Test
    void trialsAreNamedInListsAndBeforeTheirRegistryNumber() {
        assertEquals(List.of("SOLSTICE-1 -> solstice-1 (pattern-trial)", "ORBIT-2 -> orbit-2 (pattern-trial)",
                "KESTREL -> kestrel (pattern-trial)", "NCT01234568 -> nct01234568 (pattern-nct)", "ORBIT-2 -> orbit-2 (pattern-trial)"),
                mentions("The SOLSTICE-1 and ORBIT-2 trials enrolled women; KESTREL (NCT01234568) did not. ORBIT-2 reported first."));
    }

    @Test
    void aPluralAbbreviationDefinedForWhatNoTableKnowsHidesItsSingularButAFamilysPluralDoesNot() {
        assertEquals(List.of("FGFR -> fplx-fgfr (vocab-famplex-curated)"),
                mentions("Tumour-associated macrophages (TAMs) and TAM-derived cytokines sustain growth. All four FGF receptors "
                        + "(FGFRs) signal, and FGFR blockade helps."));
    }

    @Test
    void theLabelAnAntibodyCarriesAfterItsTargetIsNoName() {
        assertEquals(List.of("CD45 -> hgnc-9666 (vocab-genes-alias)", "APC -> hgnc-583 (vocab-genes-symbol)",
                        "APC -> hgnc-583 (vocab-genes-symbol)"),
                mentions("Cells were stained with anti-CD45-APC; loss of APC was rare, and anti-phospho-APC stained nothing."));
    }
}
