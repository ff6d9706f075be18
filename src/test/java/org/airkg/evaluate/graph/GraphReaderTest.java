package org.airkg.evaluate.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.airkg.evaluate.EvaluateFixture;
import org.airkg.evaluate.Gold;
import org.junit.jupiter.api.Test;

/** What the scorer reads from the fixture graph, whole: each of the queries beside {@link GraphReader} runs here. */
class GraphReaderTest {
    private static final String ID = "https://w3id.org/airkg/id/";

    private static SystemGraph read() {
        return GraphReader.read(EvaluateFixture.dataset(), List.of("ev1", "ghost"));
    }

    @Test
    void documentsAskedForThatTheGraphHolds() {
        assertEquals(List.of("ev1"), List.copyOf(read().documents().keySet()));
    }

    @Test
    void lexiconEntitiesWithClassKindNamesAndCuries() {
        SystemGraph graph = read();
        assertEquals(13, graph.lexicon().size());
        assertEquals(new LexiconEntity(ID + "drug/letrozole", Optional.of("Drug"), Optional.of(Gold.Kind.Drug), "Letrozole",
                List.of("Letrozole", "Femara"), List.of("CHEBI:6413", "drugbank:DB01006")), graph.entity(ID + "drug/letrozole"));
        assertEquals(new LexiconEntity(ID + "protein/cdk4", Optional.of("Protein"), Optional.of(Gold.Kind.Gene), "CDK4",
                List.of("CDK4"), List.of("hgnc:1773")), graph.entity(ID + "protein/cdk4"));
        assertEquals(new LexiconEntity(ID + "regimen/letrozole-palbociclib", Optional.of("Regimen"), Optional.empty(),
                "Letrozole plus palbociclib", List.of("Letrozole plus palbociclib"), List.of()), graph.entity(ID + "regimen/letrozole-palbociclib"));
        assertEquals(LexiconEntity.unknown(ID + "drug/unknown"), graph.entity(ID + "drug/unknown"));
    }

    @Test
    void linkedMentionsOutsideTheReferenceList() {
        Map<String, List<String>> mentions = read().document("ev1").orElseThrow().mentions();
        assertEquals(Map.ofEntries(
                Map.entry(ID + "cellline/mcf-7", List.of("MCF-7", "MCF-7 xenografts")),
                Map.entry(ID + "clinicaltrial/paloma-2", List.of("PALOMA-2")),
                Map.entry(ID + "disease/breast-cancer", List.of("breast cancer")),
                Map.entry(ID + "drug/letrozole", List.of("Letrozole")),
                Map.entry(ID + "drug/palbociclib", List.of("palbociclib")),
                Map.entry(ID + "endpoint/progression-free-survival", List.of("PFS")),
                Map.entry(ID + "gene/ccnd1", List.of("CCND1")),
                Map.entry(ID + "gene/esr1", List.of("ERα")),
                Map.entry(ID + "pathway/pi3k-signaling", List.of("PI3K signalling")),
                Map.entry(ID + "protein/cdk4", List.of("CDK4")),
                Map.entry(ID + "protein/estrogen-receptor", List.of("estrogen receptor")),
                Map.entry(ID + "regimen/letrozole-palbociclib", List.of("letrozole plus palbociclib"))), mentions);
    }

    @Test
    void associationsOfTheDocumentOnePerStatementAndPolarity() {
        assertEquals(List.of(
                new SystemRelation(ID + "drug/letrozole", "combinedWith", ID + "drug/palbociclib", Gold.Polarity.POSITIVE, List.of(), List.of(),
                        List.of(ID + "disease/breast-cancer"), List.of("Letrozole was combined with palbociclib in breast cancer")),
                new SystemRelation(ID + "drug/palbociclib", "inhibits", ID + "protein/cdk4", Gold.Polarity.POSITIVE, List.of(),
                        List.of(ID + "cellline/mcf-7"), List.of(),
                        List.of("palbociclib inhibits CDK4", "palbociclib inhibits CDK4 and lowers ERα signalling")),
                new SystemRelation(ID + "gene/esr1", "biomarkerOfResistanceTo", ID + "drug/letrozole", Gold.Polarity.POSITIVE,
                        List.of("hypothesised"), List.of(), List.of(), List.of("ESR1 did not predict resistance to letrozole")),
                new SystemRelation(ID + "drug/letrozole", "treats", ID + "disease/breast-cancer", Gold.Polarity.NEGATIVE, List.of(), List.of(),
                        List.of(), List.of("letrozole alone did not treat breast cancer"))),
                read().document("ev1").orElseThrow().relations());
    }

    @Test
    void measurementsWithWhatTheyAreTiedToAndTheirRow() {
        List<SystemMeasurement> measurements = read().document("ev1").orElseThrow().measurements();
        assertEquals(List.of(ID + "measurement/ev1/3/1/1", ID + "measurement/ev1/3/1/2", ID + "measurement/ev1/3/1/3",
                ID + "measurement/ev1/3/1/4", ID + "measurement/ev1/4/1/1"), measurements.stream().map(SystemMeasurement::iri).toList());
        assertEquals(new SystemMeasurement(ID + "measurement/ev1/3/1/1", "24.8 months", Optional.of(new BigDecimal("24.8")), Optional.empty(),
                Optional.empty(), Optional.of("="), Optional.of("months"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("Overall"), Optional.of(ID + "endpoint/progression-free-survival"),
                Optional.of(ID + "clinicaltrial/paloma-2"), List.of(ID + "drug/letrozole", ID + "drug/palbociclib"),
                Optional.of("Letrozole + palbociclib"), List.of(ID + "disease/breast-cancer"), "24.8 months",
                List.of("PFS", "14.5 months", "0.58 (95% CI 0.46–0.72)", "<0.001")), measurements.get(0));
        assertEquals(new SystemMeasurement(ID + "measurement/ev1/3/1/3", "0.58 (95% CI 0.46–0.72)", Optional.of(new BigDecimal("0.58")),
                Optional.empty(), Optional.empty(), Optional.of("="), Optional.empty(), Optional.of("HR"), Optional.of(new BigDecimal("0.46")),
                Optional.of(new BigDecimal("0.72")), Optional.of(new BigDecimal("0.95")), Optional.empty(),
                Optional.of(ID + "endpoint/progression-free-survival"), Optional.of(ID + "clinicaltrial/paloma-2"), List.of(),
                Optional.empty(), List.of(), "0.58 (95% CI 0.46–0.72)", List.of("PFS", "24.8 months", "14.5 months", "<0.001"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(ID + "drug/letrozole"), Optional.of("week 12")),
                measurements.get(2), "the hazard ratio compares its arm with the letrozole arm, at week 12");
    }
}
