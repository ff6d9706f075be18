package org.airkg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.airkg.document.Document;
import org.airkg.document.DocumentReader;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.mention.EntityRecognizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The class of a drug and the gene of a variant, read from the shape of sentences written for the test; whole output asserted. */
class StructuralRulesTest {
    private static final Lexicon LEXICON = Lexicon.of(List.of(
            new LexiconEntry("ribociclib", "ribociclib", List.of("LEE011", "Kisqali"), "Drug", List.of()),
            new LexiconEntry("abemaciclib", "abemaciclib", List.of(), "Drug", List.of()),
            new LexiconEntry("elacestrant", "elacestrant", List.of(), "Drug", List.of()),
            new LexiconEntry("giredestrant", "giredestrant", List.of(), "Drug", List.of()),
            new LexiconEntry("cdk46i", "CDK4/6 inhibitor", List.of("CDK4/6 inhibitors"), "DrugClass", List.of()),
            new LexiconEntry("serd", "SERD", List.of("oral SERDs", "SERDs"), "DrugClass", List.of()),
            new LexiconEntry("pik3ca", "PIK3CA", List.of(), "Gene", List.of()),
            new LexiconEntry("emerald", "EMERALD", List.of(), "ClinicalTrial", List.of()),
            new LexiconEntry("serena-4", "SERENA-4", List.of(), "ClinicalTrial", List.of()),
            new LexiconEntry("letrozole", "letrozole", List.of(), "Drug", List.of()),
            new LexiconEntry("pik3ca-h1047r", "PIK3CA H1047R", List.of(), "GeneVariant", List.of(), Optional.of("pik3ca"))));

    private static List<String> read(String body) {
        Document d = DocumentReader.read("t.txt", "t.txt", ("Title\n\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
        return new RelationExtractor(LEXICON).extract(d, new EntityRecognizer(LEXICON).recognize(d)).stream()
                .filter(r -> r.rule().equals("in-class") || r.rule().equals("variant-of") || r.rule().equals("evaluated-in-trial"))
                .map(r -> r.subjectId() + " " + r.predicate() + " " + r.objectId()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The CDK4/6 inhibitor abemaciclib was given daily. | abemaciclib inClass cdk46i",
        "Ribociclib (LEE011, Kisqali), an oral CDK4/6 inhibitor, was studied. | ribociclib inClass cdk46i",
        "Oral SERDs such as elacestrant and giredestrant were compared. | elacestrant inClass serd;giredestrant inClass serd",
        "Elacestrant is a SERD with oral bioavailability. | elacestrant inClass serd",
        "Abemaciclib or another CDK4/6 inhibitor was continued. | abemaciclib inClass cdk46i",
        "Abemaciclib was added after SERDs failed. | ",
        "Responses were seen with elacestrant and giredestrant, both oral SERDs. | giredestrant inClass serd;elacestrant inClass serd",
        "Giredestrant was compared with elacestrant, both given daily, and with SERDs. | ",
        "The two oral SERDs, elacestrant and giredestrant, were compared. | elacestrant inClass serd;giredestrant inClass serd",
        "The study compared treatment with SERDs, abemaciclib and letrozole. | ",
        "Tumours with PIK3CA H1047R responded. | pik3ca-h1047r variantOf pik3ca",
        "In EMERALD, patients who had progressed on letrozole received elacestrant. | elacestrant evaluatedInTrial emerald",
        "Elacestrant was tested in EMERALD, whereas giredestrant was tested in SERENA-4. | elacestrant evaluatedInTrial emerald;giredestrant evaluatedInTrial serena-4",
        "EMERALD enrolled letrozole-resistant patients rather than untreated ones. | ",
        "SERENA-4 compared giredestrant rather than letrozole with palbociclib. | giredestrant evaluatedInTrial serena-4",
        "SERENA-4 enrolled 410 women whose cancer had progressed on ribociclib or abemaciclib given with letrozole or elacestrant. | ",
        "In SERENA-4, patients were randomised to giredestrant alone or with abemaciclib, stratified by prior adjuvant letrozole. | giredestrant evaluatedInTrial serena-4;abemaciclib evaluatedInTrial serena-4",
        "Two trials tested this: abemaciclib in one cohort, EMERALD with elacestrant. | elacestrant evaluatedInTrial emerald",
        "Patients moved to SERDs, either elacestrant or giredestrant. | elacestrant inClass serd;giredestrant inClass serd",
        "A SERD regimen (elacestrant or giredestrant) was preferred. | elacestrant inClass serd;giredestrant inClass serd",
        "Partners were the oral SERDs elacestrant and giredestrant, or letrozole. | elacestrant inClass serd;giredestrant inClass serd",
        "In cancer progressing on a SERD and a CDK4/6 inhibitor, abemaciclib with letrozole was tested. | ",
        "The previous CDK4/6 inhibitor was ribociclib in 71%, abemaciclib in 18% and elacestrant in 11%; 86% received letrozole. | "
                + "ribociclib inClass cdk46i;abemaciclib inClass cdk46i;elacestrant inClass cdk46i",
        "Ribociclib was the CDK4/6 inhibitor in 57.8% of patients, abemaciclib in 24.2% and letrozole the partner in 70%. | "
                + "ribociclib inClass cdk46i;abemaciclib inClass cdk46i",
        "A SERD was added in 87 (22.1%), elacestrant 400 mg in 49 and giredestrant 30 mg in 38. | elacestrant inClass serd;giredestrant inClass serd",
        "The CDK4/6 inhibitor was stopped in 12 patients with neutropenia, letrozole in 3 and abemaciclib in 2. | ",
        "The CDK4/6 inhibitor continued alongside letrozole or the SERD was ribociclib in 197 patients and abemaciclib in 53. | "})
    void readsTheClassOfADrugAndTheGeneOfAVariant(String sentence, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), read(sentence));
    }
}
