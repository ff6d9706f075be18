package org.airkg.export;

import static org.airkg.export.ExportFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.airkg.AirkgException;
import org.airkg.export.RelationEdge.Polarity;
import org.airkg.export.RelationEdge.Quote;
import org.airkg.rdf.AIRKG;
import org.airkg.store.TdbStore;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entity graph read from the fixture: which entities are nodes, how associations merge into edges, neighbourhoods. */
class EntityGraphTest {
    @TempDir
    Path tmp;

    private EntityGraph readFromStore() {
        Dataset dataset = ExportFixture.store(tmp.resolve("tdb2"));
        try {
            return EntityGraph.read(dataset);
        } finally {
            TdbStore.close(dataset);
        }
    }

    @Test
    void nodesAreTheMentionedEntitiesAndThoseInAssociations() {
        EntityGraph graph = readFromStore();
        assertEquals(Set.of(LETROZOLE, PALBOCICLIB, FULVESTRANT, EVEROLIMUS, CCNE1, CYP19A1, PI3K, MCF7, LTLT, PALOMA2,
                BREAST_CANCER, NEUTROPENIA), graph.nodes().stream().map(EntityNode::iri).collect(Collectors.toSet()));
        EntityNode letrozole = graph.node(LETROZOLE).orElseThrow();
        assertEquals(new EntityNode(LETROZOLE, "Drug", "letrozole",
                List.of("http://purl.obolibrary.org/obo/CHEBI_6413", "https://go.drugbank.com/drugs/DB01006"), 5, 2), letrozole);
        EntityNode everolimus = graph.node(EVEROLIMUS).orElseThrow();
        assertEquals(0, everolimus.mentions(), "named only by an association");
        assertEquals("CellLine", graph.node(LTLT).orElseThrow().kind());
        assertTrue(graph.node(LTLT).orElseThrow().identifiers().isEmpty());
        assertFalse(graph.node(ESR1).isPresent(), "an ambiguous mention does not make a node");
    }

    @Test
    void theSameRelationInTwoDocumentsIsOneEdgeWithItsEvidenceSummedAndQuotesInOrder() {
        EntityGraph graph = readFromStore();
        assertEquals(8, graph.edges().size());
        RelationEdge edge = edge(graph, CCNE1, "biomarkerOfResistanceTo", PALBOCICLIB, Polarity.SUPPORTS);
        assertEquals(3, edge.evidenceCount(), "2 stated in one document, 1 piece of evidence in the other");
        assertEquals(List.of(DOC1, DOC2), edge.documents());
        assertEquals(List.of(new Quote(DOC1, 120, HARD_QUOTE),
                new Quote(DOC1, 500, "CCNE1 amplification predicts resistance to palbociclib."),
                new Quote(DOC2, 40, "In PALOMA-2, high CCNE1 went with shorter progression-free survival.")), edge.quotes());
        assertEquals(edge.quotes().get(0), edge.supportingQuote().orElseThrow());
        assertEquals(List.of("clinical", "preclinical"), edge.evidenceKinds());
        assertEquals(Optional.of("https://w3id.org/biolink/vocab/associated_with_resistance_to"), edge.biolinkPredicate());
        assertEquals("BIOMARKER_OF_RESISTANCE_TO", edge.relationshipType());
    }

    @Test
    void polarityKeepsASupportedAndADeniedRelationApart() {
        EntityGraph graph = readFromStore();
        RelationEdge denied = edge(graph, FULVESTRANT, "causesAdverseEvent", NEUTROPENIA, Polarity.DOES_NOT_SUPPORT);
        RelationEdge supported = edge(graph, FULVESTRANT, "causesAdverseEvent", NEUTROPENIA, Polarity.SUPPORTS);
        assertEquals(1, denied.evidenceCount());
        assertEquals(2, supported.evidenceCount());
        assertFalse(denied.id().equals(supported.id()));
        assertEquals(Optional.of("https://w3id.org/biolink/vocab/has_adverse_event"), supported.biolinkPredicate());
    }

    @Test
    void anAssociationWithoutEvidenceTakesItsDocumentFromItsGraphAndAnUnmappedPredicateHasNoBiolinkPredicate() {
        RelationEdge trial = edge(readFromStore(), PALBOCICLIB, "evaluatedInTrial", PALOMA2, Polarity.SUPPORTS);
        assertEquals(List.of(DOC2), trial.documents());
        assertEquals(1, trial.evidenceCount());
        assertTrue(trial.quotes().isEmpty());
        assertEquals(Optional.empty(), trial.biolinkPredicate());
    }

    @Test
    void theInMemoryDatasetAsBuiltReadsLikeTheStore() {
        assertEquals(readFromStore(), EntityGraph.read(ExportFixture.dataset()));
    }

    @Test
    void aNeighbourhoodFollowsEdgesBothWaysToItsDepth() {
        EntityGraph graph = readFromStore();
        EntityGraph one = graph.around(LETROZOLE, 1);
        assertEquals(Set.of(LETROZOLE, CYP19A1, PALBOCICLIB), iris(one));
        assertEquals(2, one.edges().size());
        EntityGraph two = graph.around(LETROZOLE, 2);
        assertEquals(Set.of(LETROZOLE, CYP19A1, PALBOCICLIB, CCNE1, PALOMA2), iris(two));
        assertEquals(4, two.edges().size());
        assertEquals(Set.of(LETROZOLE), iris(graph.around(LETROZOLE, 0)));
        assertEquals(Set.of(BREAST_CANCER), iris(graph.around(BREAST_CANCER, 3)), "an entity without edges stands alone");
        AirkgException e = assertThrows(AirkgException.class, () -> graph.around(ESR1, 1));
        assertTrue(e.getMessage().startsWith(ESR1), e.getMessage());
    }

    @Test
    void edgeIdentifiersAreStable() {
        RelationEdge edge = edge(readFromStore(), LETROZOLE, "targets", CYP19A1, Polarity.SUPPORTS);
        assertTrue(edge.id().matches("e[0-9a-f]{16}"), edge.id());
        assertEquals(edge.id(), edge(EntityGraph.read(ExportFixture.dataset()), LETROZOLE, "targets", CYP19A1, Polarity.SUPPORTS).id());
    }

    static RelationEdge edge(EntityGraph graph, String s, String p, String o, Polarity polarity) {
        return graph.edges().stream().filter(e -> e.subject().equals(s) && e.predicate().equals(AIRKG.NS + p)
                && e.object().equals(o) && e.polarity() == polarity).findFirst().orElseThrow(() -> new AssertionError(s + " " + p + " " + o));
    }

    static Set<String> iris(EntityGraph graph) {
        return graph.nodes().stream().map(EntityNode::iri).collect(Collectors.toSet());
    }
}
