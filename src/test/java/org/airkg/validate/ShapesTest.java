package org.airkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.airkg.extract.lexicon.Curies;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** {@code ontology/shapes.ttl} itself: named shapes with messages, and identifier patterns that are those of {@link Curies}. */
class ShapesTest {
    private static final Model SHAPES = RDFParser.source(Fixtures.root().resolve("ontology/shapes.ttl")).toModel();

    @Test
    void everyShapeHasAnIriAndANameAndEveryPropertyShapeAMessage() {
        List<String> problems = new ArrayList<>();
        for (Resource shape : SHAPES.listSubjectsWithProperty(RDF.type, SHACLM.PropertyShape).toList()) {
            check(shape, SHACLM.message, problems);
            check(shape, SHACLM.name, problems);
        }
        for (Resource shape : SHAPES.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList()) {
            check(shape, SHACLM.name, problems);
        }
        for (Resource shape : SHAPES.listSubjectsWithProperty(SHACLM.path).toList()) {
            if (!shape.hasProperty(RDF.type, SHACLM.PropertyShape)) {
                problems.add(shape + " has a path but is not declared a sh:PropertyShape");
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(Fixtures.validator().shapeCount() > 100, "shapes parsed: " + Fixtures.validator().shapeCount());
    }

    @Test
    void identifierShapesFollowCuries() {
        Set<String> patterns = SHAPES.listObjectsOfProperty(SHACLM.pattern).toList().stream()
                .map(n -> n.asLiteral().getLexicalForm()).collect(Collectors.toCollection(TreeSet::new));
        for (String prefix : Curies.prefixes()) {
            String iri = Curies.iriPrefix(prefix).orElseThrow();
            String local = Curies.localIdPattern(prefix).orElseThrow().pattern();
            assertTrue(patterns.contains("^" + escape(iri)), "no shape recognises " + prefix + " IRIs by " + iri);
            assertTrue(patterns.contains("^" + escape(iri) + "(?:" + local + ")$"), "no shape checks " + prefix + " local ids by " + local);
        }
        Pattern known = Pattern.compile(SHAPES.getResource("https://w3id.org/airkg/shapes#LexiconEntity-xref")
                .getProperty(SHACLM.pattern).getString());
        for (String prefix : Curies.prefixes()) {
            assertTrue(known.matcher(Curies.iriPrefix(prefix).orElseThrow()).find(), "the known registries include " + prefix);
        }
        long registryShapes = SHAPES.listSubjectsWithProperty(SHACLM.path, SKOS.exactMatch).toList().stream()
                .filter(s -> s.hasProperty(SHACLM.or)).count();
        assertEquals(Curies.prefixes().size(), registryShapes, "one identifier shape per Curies prefix");
    }

    private static void check(Resource shape, Property property, List<String> problems) {
        if (shape.isAnon()) {
            problems.add("a blank " + property.getLocalName() + " shape: give it an IRI");
        } else if (!shape.hasProperty(property) || shape.getProperty(property).getObject().asLiteral().getString().isBlank()) {
            problems.add(shape.getLocalName() + " has no sh:" + property.getLocalName());
        }
    }

    private static String escape(String iri) {
        return iri.replaceAll("([.?*+^$()\\[\\]{}|\\\\])", "\\\\$1");
    }

}
