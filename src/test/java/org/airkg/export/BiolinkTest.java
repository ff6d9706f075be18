package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.airkg.SeedStore;
import org.airkg.export.model.Biolink;
import org.airkg.rdf.AIRKG;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The Biolink mapping agrees with the ontology's own alignments, and names only properties the ontology declares. */
class BiolinkTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel(SeedStore.root().resolve("ontology/airkg.ttl").toString());

    @Test
    void everyCategoryIsOneOfTheClasssAlignments() {
        for (var e : Biolink.categories().entrySet()) {
            Resource cls = ONTOLOGY.createResource(AIRKG.NS + e.getKey());
            assertTrue(ONTOLOGY.contains(cls, RDF.type, OWL.Class), e.getKey() + " is not a class of the ontology");
            Resource category = ONTOLOGY.createResource(Biolink.iri(e.getValue()));
            boolean aligned = List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch).stream()
                    .anyMatch(p -> ONTOLOGY.contains(cls, p, category));
            assertTrue(aligned, "airkg:" + e.getKey() + " has no SKOS alignment to biolink:" + e.getValue());
        }
    }

    @Test
    void everyMappedPredicateIsAnObjectPropertyAndAgreesWithTheOntologyWhereItAligns() {
        for (String property : List.of("causesAdverseEvent", "treats", "targets", "inhibits", "activates", "memberOfPathway",
                "derivedFrom", "modelOf", "biomarkerOfResistanceTo", "biomarkerOfSensitivityTo")) {
            Property p = ONTOLOGY.createProperty(AIRKG.NS + property);
            assertTrue(ONTOLOGY.contains(p, RDF.type, OWL.ObjectProperty), property);
            String biolink = Biolink.predicate(property).map(Biolink::iri).orElseThrow();
            ONTOLOGY.listObjectsOfProperty(p, SKOS.closeMatch).forEach(o -> assertEquals(o.asResource().getURI(), biolink, property));
        }
        assertEquals(Optional.empty(), Biolink.predicate("combinedWith"));
        assertEquals("biolink:associated_with_resistance_to", Biolink.predicate("biomarkerOfResistanceTo").map(Biolink::curie).orElseThrow());
        assertEquals("NamedThing", Biolink.category("SomethingNew"));
    }
}
