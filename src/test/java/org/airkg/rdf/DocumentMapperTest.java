package org.airkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.airkg.SeedStore;
import org.airkg.document.Document;
import org.airkg.document.DocumentReader;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/**
 * The RDF of a kitchen-sink document that uses every table, citation, FAQ and protocol form the reader
 * knows, compared as a graph with the reviewed {@code kitchen-sink.ttl} (rewrite with
 * {@code -Dairkg.regenerate=true}).
 */
class DocumentMapperTest {
    private static final Path DIR = SeedStore.root().resolve("src/test/resources/rdf");
    private static final String DRUG = "https://w3id.org/airkg/id/drug/letrozole";

    private static Model kitchenSink() {
        Document document = DocumentReader.read(DIR.resolve("kitchen-sink.txt"));
        return new DocumentMapper("test", name -> name.equalsIgnoreCase("letrozole") ? Optional.of(DRUG) : Optional.empty())
                .map(document);
    }

    @Test
    void writesTheReviewedGraph() throws IOException {
        Model actual = kitchenSink();
        Path golden = DIR.resolve("kitchen-sink.ttl");
        if (SeedStore.regenerate()) {
            try (var out = Files.newOutputStream(golden)) {
                RDFDataMgr.write(out, actual, Lang.TURTLE);
            }
        }
        Model expected = RDFParser.source(golden).toModel();
        if (!expected.isIsomorphicWith(actual)) {
            StringWriter diff = new StringWriter();
            diff.append("missing:\n");
            RDFDataMgr.write(diff, expected.difference(actual), Lang.NTRIPLES);
            diff.append("unexpected:\n");
            RDFDataMgr.write(diff, actual.difference(expected), Lang.NTRIPLES);
            assertTrue(false, "graph differs from " + golden + "\n" + diff);
        }
    }

    @Test
    void roundTripsThroughTurtle() {
        Model model = kitchenSink();
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, model, Lang.TURTLE);
        Model back = RDFParser.fromString(turtle.toString(), Lang.TURTLE).toModel();
        assertTrue(model.isIsomorphicWith(back));
    }

    @Test
    void textThatLooksLikeMarkupOrRdfIsOnlyData() {
        Model model = kitchenSink();
        assertFalse(model.containsResource(ResourceFactory.createResource("urn:x")), "a cell's Turtle became triples");
        assertFalse(model.containsResource(ResourceFactory.createResource("urn:g")), "a cell's SPARQL became a node");
        assertTrue(model.contains(null, AIRKG.text, "<urn:x> <urn:y> <urn:z>."));
        assertTrue(model.contains(null, AIRKG.text, "\">; DROP GRAPH <urn:g>. <script>x</script>"));
    }

    @Test
    void citationsPointAtTheirReferences() {
        Model model = kitchenSink();
        String stem = "kitchen-sink";
        var cell = model.createResource(Iris.block(stem, "table", 2) + "/row/1/cell/2");
        assertTrue(cell.hasProperty(AIRKG.cites, model.createResource(Iris.reference(stem, 1))));
        assertEquals(16, model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, AIRKG.Citation).toList().size());
        assertEquals(16, model.listStatements(null, AIRKG.citesReference, (org.apache.jena.rdf.model.RDFNode) null).toList().size());
    }
}
