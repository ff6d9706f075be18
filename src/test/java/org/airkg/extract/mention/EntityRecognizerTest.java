package org.airkg.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.airkg.SeedStore;
import org.airkg.document.Document;
import org.airkg.document.DocumentReader;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
    private static final Lexicon LEXICON = Lexicon.of(List.of(
            new LexiconEntry("letrozole", "Letrozole", List.of("Femara"), "Drug", List.of()),
            new LexiconEntry("esr1", "ESR1", List.of("ERα", "ER alpha", "estrogen receptor alpha"), "Gene", List.of()),
            new LexiconEntry("pik3ca", "PIK3CA", List.of(), "Gene", List.of()),
            new LexiconEntry("erbb2", "ERBB2", List.of("HER2", "HER-2"), "Gene", List.of()),
            new LexiconEntry("pi3k-akt-mtor", "PI3K/AKT/mTOR pathway", List.of("PI3K/AKT/mTOR signaling"), "Pathway", List.of()),
            new LexiconEntry("mcf-7", "MCF-7", List.of(), "CellLine", List.of()),
            new LexiconEntry("progesterone", "Progesterone", List.of(), "Drug", List.of()),
            new LexiconEntry("mcf-7ca", "MCF-7Ca", List.of(), "CellLine", List.of()),
            new LexiconEntry("mcf-7aro", "MCF-7aro", List.of(), "CellLine", List.of()),
            new LexiconEntry("mcf-7-letr-2", "MCF-7/LetR-2", List.of("LetR-2"), "CellLine", List.of()),
            new LexiconEntry("falcon", "FALCON", List.of("FALCON trial"), "ClinicalTrial", List.of()),
            new LexiconEntry("osteoporosis-disease", "Osteoporosis", List.of(), "Disease", List.of()),
            new LexiconEntry("osteoporosis-ae", "Osteoporosis (adverse event)", List.of("osteoporosis"), "AdverseEvent", List.of()),
            new LexiconEntry("aromatase-inhibitor", "Aromatase inhibitor", List.of("aromatase inhibitors"), "DrugClass", List.of()),
            new LexiconEntry("overall-survival", "Overall survival", List.of(), "Endpoint", List.of()),
            new LexiconEntry("mapk", "MAPK", List.of(), "ProteinFamily", List.of()),
            new LexiconEntry("mapk-signaling", "MAPK signaling", List.of("MAPK pathway"), "Pathway", List.of()),
            new LexiconEntry("pi3k", "PI3K", List.of(), "ProteinFamily", List.of()),
            new LexiconEntry("pi3k-signaling", "PI3K signaling", List.of("PI3K pathway"), "Pathway", List.of()),
            new LexiconEntry("cdk4-6", "CDK4/6", List.of("cyclin-dependent kinases 4 and 6"), "ProteinFamily", List.of()),
            new LexiconEntry("cdk4", "CDK4", List.of(), "Gene", List.of()),
            new LexiconEntry("recist-1-1", "RECIST 1.1", List.of("RECIST v1.1"), "Assay", List.of()),
            new LexiconEntry("cdk4-6-inhibitor", "CDK4/6 inhibitor", List.of("CDK4/6 inhibitors"), "DrugClass", List.of()),
            new LexiconEntry("cyclin-dependent-kinase-4", "Cyclin-dependent kinase 4", List.of(), "Gene", List.of()),
            new LexiconEntry("gnrh", "GnRH", List.of(), "ProteinFamily", List.of()),
            new LexiconEntry("cdk6", "CDK6", List.of(), "Gene", List.of()),
            new LexiconEntry("pdpk1", "PDPK1", List.of("3-phosphoinositide-dependent protein kinase 1"), "Gene", List.of()),
            new LexiconEntry("fsh", "Follicle-stimulating hormone", List.of("recombinant FSH", "rFSH"), "Drug", List.of()),
            new LexiconEntry("follitropin-alfa", "Follitropin alfa", List.of(), "Drug", List.of()),
            new LexiconEntry("follitropin-beta", "Follitropin beta", List.of(), "Drug", List.of()),
            new LexiconEntry("exemestane", "Exemestane", List.of(), "Drug", List.of()),
            new LexiconEntry("advanced-breast-cancer", "Advanced breast cancer", List.of(), "Disease", List.of())));

    private static List<Mention> recognize(String body) {
        String text = "Title\n\n" + body + "\n";
        Document d = DocumentReader.read("t.txt", "t.txt", text.getBytes(StandardCharsets.UTF_8));
        return new EntityRecognizer(LEXICON).recognize(d);
    }

    private static List<String> linked(List<Mention> mentions) {
        return mentions.stream().filter(m -> m.status() == MentionStatus.LINKED).map(m -> m.text() + "=" + m.entityIds().get(0)).toList();
    }

    @Test
    void findsTheLongestNameAndKeepsCaseRules() {
        List<Mention> m = recognize("FEMARA and letrozole block PI3K/AKT/mTOR signaling in MCF-7Ca, not MCF-7; the era of HER-2.");
        assertEquals(List.of("FEMARA=letrozole", "letrozole=letrozole", "PI3K/AKT/mTOR signaling=pi3k-akt-mtor",
                "MCF-7Ca=mcf-7ca", "MCF-7=mcf-7", "HER-2=erbb2"), linked(m));
    }

    @Test
    void aKnownClassAfterAnAbbreviationIsTheWholeWhoseLongFormNamesTheOtherMembersByNumberAlone() {
        assertEquals(List.of("cyclin-dependent kinase 4 and 6 (CDK4/6) inhibitors=cdk4-6-inhibitor", "CDK4/6=cdk4-6", "CDK4=cdk4",
                "Cyclin-dependent kinase 4=cyclin-dependent-kinase-4", "CDK4=cdk4"),
                linked(recognize("The cyclin-dependent kinase 4 and 6 (CDK4/6) inhibitors block CDK4. Cyclin-dependent kinase 4 (CDK4) binds.")));
    }

    @Test
    void aCuratedNameMayEndInAVersionNumberButNoOtherNameSpansADecimal() {
        assertEquals(List.of("RECIST v1.1=recist-1-1", "RECIST 1.1=recist-1-1", "HER2=erbb2"),
                linked(recognize("Responses were read by RECIST v1.1 (RECIST 1.1.); HER2 1.5 and 76.0 name nothing more.")));
    }

    @Test
    void aTrialsNameGoingOnPastAHyphenNamesAnotherStudy() {
        List<Mention> m = recognize("In FALCON, and in FALCON-EXT, its extension study, and in the FALCON trial, letrozole was not given. "
                + "A FALCON-like design followed.");
        assertEquals(List.of("FALCON=falcon", "FALCON trial=falcon", "letrozole=letrozole", "FALCON=falcon"), linked(m));
    }

    @Test
    void aCodeTheDocumentNamesAsALineIsALineWhereverItStands() {
        List<Mention> m = recognize("The organoid lines BCO-12 and BCO-31 were grown with HBO-7 cells; CD8 cells and Y537S cells were absent.\n\n"
                + "| Line | RB1 |\n|---|---|\n| BCO-31 | lost |\n| BCO-44 | intact |\n\nBCO-44 grew; LX-2 did not.");
        assertEquals(List.of("BCO-12=coded-bco-12", "BCO-31=coded-bco-31", "HBO-7=coded-hbo-7", "BCO-31=coded-bco-31", "BCO-44=coded-bco-44",
                "BCO-44=coded-bco-44"), linked(m));
    }

    @Test
    void aDerivedLineNamedAloneInATableCellIsThatLineWhereverItStandsAndAnotherParentsSuffixMakesALineOfItsOwn() {
        List<Mention> m = recognize("ERK rose in MCF-7 NF1-KO, not in MCF-7aro/LetR-2 or MCF-7/LetR-2; LetR-2 grew.\n\n| Line | IC50 |\n| --- | --- |\n"
                + "| MCF-7 NF1-KO | 6.1 |\n");
        assertEquals(List.of("MCF-7=mcf-7", "MCF-7 NF1-KO=mcf-7-nf1-ko", "MCF-7aro=mcf-7aro", "MCF-7aro/LetR-2=mcf-7aro-letr-2",
                "MCF-7/LetR-2=mcf-7-letr-2", "LetR-2=mcf-7aro-letr-2", "MCF-7=mcf-7", "MCF-7 NF1-KO=mcf-7-nf1-ko"), linked(m),
                "a derived line written alone in a table cell is that line in the text; LetR-2 of MCF-7aro/LetR-2, and alone, is not MCF-7/LetR-2");
    }

    @Test
    void aDefinedAbbreviationEndingAHyphenatedNameIsNoMentionOfIt() {
        List<Mention> m = recognize("Overall survival (OS) was longer in EXTEND-OS, and OS rose.");
        assertEquals(List.of("Overall survival=overall-survival", "OS=overall-survival", "OS=overall-survival"), linked(m),
                "the OS of the trial EXTEND-OS is no mention of overall survival");
    }

    @Test
    void aDerivedLineOnceNamedAsCellsIsThatLineWhereverItStandsAndACodeMayEndOnALetterAndADigit() {
        List<Mention> m = recognize("BCL2 fell in MCF-7 LTED and in FULV-R9.\n\nMCF-7 LTED cells and FULV-R9 cells grew; MCF-7 HIGH did not.");
        assertEquals(List.of("MCF-7=mcf-7", "MCF-7 LTED=mcf-7-lted", "FULV-R9=coded-fulv-r9", "MCF-7=mcf-7", "MCF-7 LTED=mcf-7-lted",
                "FULV-R9=coded-fulv-r9", "MCF-7=mcf-7"), linked(m), "the parent stays inside; a suffix never named as cells leaves it alone");
    }

    @Test
    void aResearchCodeIsTheDrugItIsWrittenAfterInBracketsOrADrugOfItsOwnBesideAClass() {
        List<Mention> m = recognize("Letrozole (CGS-20267) was given. The CDK2 inhibitors PF-07104091 and BLU-222 were tested; HBR-2207 is an "
                + "ATP-competitive CDK2 inhibitor.\n\nCGS-20267 and HBR-2207 were combined in NCT01234567; ZX-1234 was not.");
        assertEquals(List.of("Letrozole=letrozole", "CGS-20267=letrozole", "PF-07104091=code-pf-07104091", "BLU-222=code-blu-222",
                "HBR-2207=code-hbr-2207", "CGS-20267=letrozole", "HBR-2207=code-hbr-2207", "NCT01234567=nct01234567"),
                linked(m).stream().filter(l -> !l.contains("inhibitor")).toList(), "a trial number is a trial; a code beside no class is nothing");
    }

    @Test
    void mutationsOfAGeneMayBeNamedByTheirKindAndAChangeInBracketsEndsBeforeTheBracket() {
        List<Mention> m = recognize("HER2 activating mutations and ESR1 exon 8 mutations were found; ESR1 Y537S (p.Tyr537Ser) was one.");
        assertEquals(List.of("HER2=erbb2", "HER2 activating mutations=erbb2-mutation", "ESR1=esr1", "ESR1 exon 8 mutations=esr1-mutation",
                "ESR1=esr1", "ESR1 Y537S=esr1-p-y537s", "p.Tyr537Ser=esr1-p-y537s"), linked(m), "the genes stay inside their variants");
    }

    @Test
    void aChangeListedAsAGenesMutationsIsThatGenesWhereverItStands() {
        List<Mention> m = recognize("ESR1 ligand-binding domain mutations, including Y537S and D538G, were tested; HER2 and ESR1 mutations "
                + "(L755S, E380Q) too.\n\nLater Y537S rose, and L755S did not.");
        assertEquals(List.of("ESR1=esr1", "Y537S=esr1-p-y537s", "D538G=esr1-p-d538g",
                "HER2=erbb2", "ESR1=esr1", "ESR1 mutations=esr1-mutation", "Y537S=esr1-p-y537s"), linked(m),
                "a change after two genes' mutations is no one's");
    }

    @Test
    void aChangeNamedAsTheCommonestOfAGenesMutationsIsThatGenes() {
        List<Mention> m = recognize("43% carried an ESR1 mutation, most often p.Y537S, and 38% a PIK3CA mutation, mainly p.H1047R or p.E545K.");
        assertEquals(List.of("ESR1=esr1", "ESR1 mutation=esr1-mutation", "p.Y537S=esr1-p-y537s", "PIK3CA=pik3ca", "PIK3CA mutation=pik3ca-mutation",
                "p.H1047R=pik3ca-p-h1047r", "p.E545K=pik3ca-p-e545k"), linked(m));
    }

    @Test
    void aNameSharingThePathwayHeadAfterItIsThatPathway() {
        List<Mention> m = recognize("HER2 activates the MAPK and PI3K/AKT/mTOR pathways; MAPK and HER2 bind; the MAPK and PI3K pathways; PI3K and MAPK.");
        assertEquals(List.of("HER2=erbb2", "MAPK=mapk-signaling", "PI3K/AKT/mTOR pathways=pi3k-akt-mtor", "MAPK=mapk", "HER2=erbb2",
                "MAPK=mapk-signaling", "PI3K pathways=pi3k-signaling", "PI3K=pi3k", "MAPK=mapk"), linked(m));
    }

    @Test
    void aDrugGlossedByTheProductsItIsGivenAsIsOneSubstance() {
        List<Mention> m = recognize("Women received recombinant FSH (rFSH; follitropin alfa) or rFSH (follitropin alfa or follitropin beta, "
                + "from day 3); follitropin alfa was stopped; letrozole (with exemestane) and letrozole (exemestane later) were given.");
        assertEquals(List.of("recombinant FSH=fsh", "rFSH=fsh", "follitropin alfa=fsh", "rFSH=fsh", "follitropin alfa=fsh", "follitropin beta=fsh",
                "follitropin alfa=follitropin-alfa", "letrozole=letrozole", "exemestane=exemestane", "letrozole=letrozole", "exemestane=exemestane"),
                linked(m), "a bracket of drug names only glosses the drug before it; a bracket that says more does not");
    }

    @Test
    void aFamilyGlossedByItsGenesInBracketsNamesTheGenes() {
        List<Mention> m = recognize("It inhibits cyclin-dependent kinases 4 and 6 (CDK4 and CDK6); CDK4/6 (CDK4) and cyclin-dependent kinases 4 and 6 "
                + "(CDK4/6) bind; MAPK (ERα; HER2) too.");
        assertEquals(List.of("CDK4=cdk4", "CDK6=cdk6", "CDK4/6=cdk4-6", "CDK4=cdk4", "cyclin-dependent kinases 4 and 6=cdk4-6", "CDK4/6=cdk4-6",
                "MAPK=mapk", "ERα=esr1", "HER2=erbb2"), linked(m), "two or more genes gloss a family; one gene or the family's own name does not");
    }

    @Test
    void readsGreekAndMarkupFormsThroughNormalisation() {
        List<Mention> m = recognize("Loss of <b>ER<math>\\alpha</math></b> and of ER $\\alpha$ expression.");
        assertEquals(List.of("ERα=esr1", "ERα=esr1"), linked(m));
    }

    @Test
    void spansPointAtTheSourceText() {
        String body = "Resistance to **letrozole** [1] grows.";
        List<Mention> m = recognize(body);
        Mention letrozole = m.get(0);
        String file = "Title\n\n" + body + "\n";
        assertEquals("letrozole", file.substring(letrozole.span().start(), letrozole.span().end()));
    }

    @Test
    void resolvesAmbiguousNamesByContextAndFlagsTheRest() {
        List<Mention> adverse = recognize("Side effects include osteoporosis and hot flashes.");
        assertEquals(List.of("osteoporosis=osteoporosis-ae"), linked(adverse));
        assertEquals("lexicon-context", adverse.get(0).method());
        List<Mention> disease = recognize("Osteoporosis is a disease of bone.");
        assertEquals(List.of("Osteoporosis=osteoporosis-disease"), linked(disease));
    }

    @Test
    void resolvesAbbreviationsTheDocumentDefines() {
        List<Mention> m = recognize("Patients took an aromatase inhibitor (AI). Later the AI failed; overall survival (OS) and OS rates fell.");
        List<String> l = linked(m);
        assertTrue(l.containsAll(List.of("AI=aromatase-inhibitor", "OS=overall-survival")), l.toString());
        assertEquals("abbreviation-defined", m.stream().filter(x -> x.text().equals("AI")).findFirst().orElseThrow().method());
    }

    @Test
    void anAbbreviationMayBeDefinedWithAGlossAfterItsComma() {
        List<Mention> m = recognize("SGK1 is activated by 3-phosphoinositide-dependent protein kinase 1 (PDK1, encoded by PDPK1). PDK1 binds ERα; "
                + "a CDK4 and CDK6 pair (CDK4, CDK6) and a protein ligand (PDKL, not studied) bind.");
        assertEquals(List.of("3-phosphoinositide-dependent protein kinase 1=pdpk1", "PDK1=pdpk1", "PDPK1=pdpk1", "PDK1=pdpk1", "ERα=esr1",
                "CDK4=cdk4", "CDK6=cdk6", "CDK4=cdk4", "CDK6=cdk6"), linked(m), "a list in brackets defines nothing");
    }

    @Test
    void listsCandidatesTheLexiconLacks() {
        List<Mention> m = recognize("Zorbastrant with XYZ-1234 was tested in the ORCHID trial on ABC-12 cells and FALCON trial data.");
        List<String> candidates = m.stream().filter(x -> x.status() == MentionStatus.CANDIDATE)
                .map(x -> x.text() + "/" + x.candidateKind().orElseThrow()).toList();
        assertEquals(List.of("XYZ-1234/Drug"), candidates);
        assertTrue(linked(m).contains("Zorbastrant=zorbastrant"), "a name with a drug's stem is a drug of its own");
        assertTrue(linked(m).contains("FALCON trial=falcon"));
        assertTrue(linked(m).contains("ABC-12=coded-abc-12"), "a code named as cells is a line of its own");
        assertEquals(List.of("ORCHID/pattern-trial"), m.stream().filter(x -> x.method().equals("pattern-trial"))
                .map(x -> x.text() + "/" + x.method()).toList(), "a name before 'trial' is a trial of its own");
        assertTrue(m.stream().filter(x -> x.status() == MentionStatus.CANDIDATE).allMatch(x -> x.confidence() < 0.6 && x.entityIds().isEmpty()));
    }

    @Test
    void aLigandBeforeAgonistNamesAClassNotTheLigand() {
        assertEquals(List.of("progesterone antagonists=progesterone-antagonist", "progesterone=progesterone"),
                linked(recognize("Two progesterone antagonists were tested against progesterone.")));
    }

    @Test
    void aNameWrittenOnlyInsideTheNameOfAnAgonistOrAntagonistClassIsNoMentionOfItsOwn() {
        assertEquals(List.of("GnRH antagonist=gnrh-antagonist"), linked(recognize("The GnRH antagonist was given daily.")));
        assertEquals(List.of("GnRH=gnrh", "GnRH antagonist=gnrh-antagonist", "GnRH=gnrh"),
                linked(recognize("The GnRH antagonist was given daily, and GnRH fell.")), "a name written elsewhere keeps its mentions");
        assertEquals(List.of("CDK4=cdk4", "CDK4 inhibitor=cdk4-inhibitor"), linked(recognize("A CDK4 inhibitor was given.")),
                "an inhibitor's target stays: the drugs of the class inhibit it");
    }

    @Test
    void aNameCountedBeforeStudiesIsAKindOfStudyNotATrial() {
        List<Mention> m = recognize("Two CRISPR studies and several GWAS studies found ARID1A loss; the HERON studies did not.");
        assertEquals(List.of("HERON/pattern-trial"), m.stream().filter(x -> x.method().equals("pattern-trial"))
                .map(x -> x.text() + "/" + x.method()).toList());
    }

    @Test
    void aNameWithADigitThatOpensASurvivalResultAndANameBeforePilotStudyAreTrials() {
        List<Mention> m = recognize("In VEGA-4, after an mTOR inhibitor, PFS was prolonged (HR 0.67). In ALDER, median PFS was 4.2 months. "
                + "In the HARP pilot study, survivors received hydroxychloroquine. In MCF-7, survival fell.");
        assertEquals(List.of("VEGA-4/pattern-trial", "HARP/pattern-trial"), m.stream().filter(x -> x.method().equals("pattern-trial"))
                .map(x -> x.text() + "/" + x.method()).toList());
    }

    @Test
    void aReceptorStatusGlossedInBracketsBeforeTheNextStatusIsPartOfTheSubtype() {
        List<Mention> m = recognize("Letrozole is given for hormone receptor-positive (HR-positive), HER2-negative advanced breast cancer.");
        assertEquals(List.of("Letrozole=letrozole",
                "hormone receptor-positive (HR-positive), HER2-negative advanced breast cancer=hr-positive-her2-negative-advanced-breast-cancer"),
                linked(m));
    }

    @Test
    void aNameInsideATrialsNameOfCapitalsIsPartOfItButANameBesideLowerCaseStaysItself() {
        List<Mention> m = recognize("The phase II MAPK-FIRST trial tested letrozole. MAPK-FIRST enrolled 80 women; the MAPK-ctDNA cohort and "
                + "the ESR1-Mutant study did too, and MAPK rose.");
        assertEquals(List.of("MAPK-FIRST=mapk-first", "letrozole=letrozole", "MAPK-FIRST=mapk-first", "MAPK=mapk", "ESR1=esr1", "ESR1-Mutant=esr1-mutation",
                "MAPK=mapk"),
                linked(m));
    }

    @Test
    void aTrialsNameMayStandBeforeTwoWordsOfItsDesignInAnyCaseOrBeforeItsHazardRatioButNotBeforeAWordInLowerCase() {
        List<Mention> m = recognize("The HARBOUR Randomised Trial enrolled women. In the PIONEER window study, Ki67 fell. Denosumab halved "
                + "fractures in ABCSG-18 (HR 0.50). In the EMERALD-like trial and the HER2-positive study, PFS rose.");
        assertEquals(List.of("HARBOUR/pattern-trial", "PIONEER/pattern-trial", "ABCSG-18/pattern-trial"), m.stream()
                .filter(x -> x.method().equals("pattern-trial")).map(x -> x.text() + "/" + x.method()).toList());
    }

    @Test
    void aCohortSubstudyOrSeriesNamedWithAHyphenOrDigitIsATrialButNotANameTheVocabularyKnowsOrOneWordInCapitals() {
        List<Mention> m = recognize("In the SEQUEL-AI cohort (n = 412), MAPK rose. LUMINA-IHC included 1,184 postmenopausal women. The KI-DIA "
                + "validation series was scored. In the MCF-7 series and the PIK3CA cohort, letrozole failed; the ALDER cohort included "
                + "300 women, and STUDY-9 comprised cells.");
        assertEquals(List.of("SEQUEL-AI/pattern-trial", "LUMINA-IHC/pattern-trial", "KI-DIA/pattern-trial"), m.stream()
                .filter(x -> x.method().equals("pattern-trial")).map(x -> x.text() + "/" + x.method()).toList());
    }

    @Test
    void anAssayNameStartsAfterTheLastFunctionWordOrWordOfHowOftenHowManyOrHowAStainReadsAndAnOutcomeCellEndsBeforeItsFootnoteMarkTimePointOrThreshold() {
        List<Mention> m = recognize("Levels were uncertain because immunoassays lack sensitivity, and variants were called without sequencing; "
                + "the crystal violet assay was used, with paired sequencing and serial sequencing of plasma. Three automated immunoassays "
                + "gave the expected staining, and incomplete membrane staining was scored 1+.\n\n| Outcome | A | B |\n|---|---|---|\n| Miscarriage†, n (%) | 6 (13.3) | 5 (25.0) |\n"
                + "| Radiological response at week 16 | 40% | 35% |\n| Dominant follicles ≥18 mm, mean (SD) | 1.4 (0.6) | 1.2 (0.5) |\n"
                + "| Pregnancy in first cycle | 9 | 7 |");
        assertEquals(List.of("crystal violet assay/pattern-assay", "automated immunoassays/pattern-assay", "Miscarriage/pattern-outcome-cell", "Radiological response/pattern-outcome-cell",
                "Dominant follicles/pattern-outcome-cell", "Pregnancy/pattern-outcome-cell"), m.stream()
                .filter(x -> x.method().equals("pattern-assay") || x.method().equals("pattern-outcome-cell")).map(x -> x.text() + "/" + x.method()).toList());
    }

    @Test
    void findsMentionsInCellsHeadingsCaptionsAndReferences() {
        String text = "Title\n\nLetrozole Studies\n\nName\tValue\nFemara\t2.5 mg\n\nCaption: HER2 signalling.\n\n"
                + "References\n\n1. A letrozole trial - PubMed [pubmed.ncbi.nlm.nih.gov]\n";
        Document d = DocumentReader.read("t.txt", "t.txt", text.getBytes(StandardCharsets.UTF_8));
        List<String> where = new EntityRecognizer(LEXICON).recognize(d).stream().map(x -> x.element().kind() + x.element().path() + ":" + x.text()).toList();
        assertEquals(List.of("section:Letrozole", "table/row/1/cell/0:Femara", "figure:HER2", "reference:letrozole"), where);
    }

    @Test
    void linksTheSeedCorpusNames() throws Exception {
        Lexicon lexicon = Lexicon.load(SeedStore.root().resolve("data/lexicon"));
        Document d = DocumentReader.read(SeedStore.root().resolve("data/corpus/002_da7e4f0a02ba5e9f.txt"));
        List<Mention> m = new EntityRecognizer(lexicon).recognize(d);
        List<String> ids = m.stream().filter(x -> x.status() == MentionStatus.LINKED).map(x -> x.entityIds().get(0)).distinct().toList();
        assertTrue(ids.containsAll(List.of("anastrozole", "letrozole", "exemestane", "fulvestrant", "falcon", "swog-s0226", "ma-27",
                "mcf-7", "progression-free-survival", "overall-survival", "overall-response-rate")), ids.toString());
        assertEquals(List.of(), m.stream().filter(x -> x.status() != MentionStatus.LINKED).map(Mention::text).toList());
        Document xenograft = DocumentReader.read(SeedStore.root().resolve("data/corpus/004_0564d2a207f1c997.txt"));
        List<String> cellLines = new EntityRecognizer(lexicon).recognize(xenograft).stream()
                .filter(x -> x.text().startsWith("MCF-7Ca")).flatMap(x -> x.entityIds().stream()).distinct().sorted().toList();
        assertEquals(List.of("mcf-7ca", "mcf-7ca-xenograft"), cellLines, "MCF-7Ca is never read as MCF-7");
    }
}
