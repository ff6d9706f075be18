package org.airkg.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks that every constant of {@link AIRKG} is declared in {@code ontology/airkg.ttl} with the right kind. */
class AIRKGTest {
    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(OntologyTest.ONTOLOGY.toString());
    }

    /** The public static Resource and Property constants of {@link AIRKG}. */
    private static List<Field> vocabularyFields() {
        return Arrays.stream(AIRKG.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                .toList();
    }

    @Test
    void theOntologyIriIsTheOntologysHeader() {
        assertTrue(ontology.contains(ontology.createResource(AIRKG.ONTOLOGY_IRI), RDF.type, OWL2.Ontology),
                "ontology/airkg.ttl declares no owl:Ontology " + AIRKG.ONTOLOGY_IRI);
        assertTrue(AIRKG.NS.equals(AIRKG.ONTOLOGY_IRI + "#"), "NS is not the ontology IRI followed by #");
    }

    @Test
    void everyConstantIsDeclaredWithTheRightKind() throws IllegalAccessException {
        List<Field> fields = vocabularyFields();
        assertTrue(fields.size() > 20, "found only " + fields.size() + " vocabulary constants in AIRKG");
        List<String> problems = new ArrayList<>();
        for (Field field : fields) {
            Resource term = (Resource) field.get(null);
            if (!term.getURI().equals(AIRKG.NS + field.getName())) {
                problems.add("AIRKG." + field.getName() + " is <" + term.getURI() + ">, not in the namespace under its own name");
            }
            boolean property = Property.class.isAssignableFrom(field.getType());
            Set<Resource> kinds = property ? Set.of(OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty)
                    : Set.of(OWL2.Class);
            boolean declared = kinds.stream().anyMatch(kind -> ontology.contains(term, RDF.type, kind));
            if (!declared) {
                problems.add("AIRKG." + field.getName() + " is not declared in " + OntologyTest.ONTOLOGY + " as "
                        + (property ? "owl:ObjectProperty, owl:DatatypeProperty or owl:AnnotationProperty" : "owl:Class"));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
