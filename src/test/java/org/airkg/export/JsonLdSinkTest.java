package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.airkg.SeedStore;
import org.airkg.rdf.AIRKG;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON-LD: read back with Jackson (its context's prefixes expanded), and the fixture's compared as a graph with its golden file. */
class JsonLdSinkTest {
    private static final Path GOLDEN = Path.of("src/test/resources/export/fixture-entity-graph.ttl");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.airkg.export.ExportedGraphs#both")
    void readsBackToTheModel(String name, EntityGraph graph) throws Exception {
        Path out = tmp.resolve(name + ".jsonld");
        Exporter.write(graph, ExportFormat.JSONLD, out);
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        Map<String, String> context = new HashMap<>();
        root.path("@context").fields().forEachRemaining(e -> {
            if (e.getValue().isTextual()) {
                context.put(e.getKey(), e.getValue().asText());
            }
        });
        Set<String> nodeIris = new TreeSet<>();
        Set<String> labels = new TreeSet<>();
        Set<String> identifiers = new TreeSet<>();
        int associations = 0;
        for (JsonNode item : root.path("@graph")) {
            List<String> types = values(item.path("@type")).stream().map(t -> expand(context, t)).toList();
            String id = expand(context, item.path("@id").asText());
            if (types.contains(AIRKG.Association.getURI())) {
                associations++;
            } else if (types.stream().anyMatch(t -> t.startsWith(AIRKG.NS) && !t.equals(AIRKG.Evidence.getURI()))
                    || item.has("rdfs:label")) {
                nodeIris.add(id);
                values(item.path("rdfs:label")).forEach(l -> labels.add(id + " " + l));
                for (JsonNode match : list(item.path("skos:exactMatch"))) {
                    identifiers.add(id + " " + expand(context, match.path("@id").asText()));
                }
            }
        }
        assertEquals(ExportedGraphs.iris(graph), nodeIris);
        Set<String> expectedLabels = new TreeSet<>();
        Set<String> expectedIds = new TreeSet<>();
        graph.nodes().forEach(n -> {
            expectedLabels.add(n.iri() + " " + n.label());
            n.identifiers().forEach(i -> expectedIds.add(n.iri() + " " + i));
        });
        assertEquals(expectedLabels, labels);
        assertEquals(expectedIds, identifiers);
        assertEquals(graph.edges().size(), associations);
    }

    @Test
    void theFixtureIsItsGoldenGraph() throws Exception {
        Path out = tmp.resolve("fixture.jsonld");
        Exporter.write(ExportedGraphs.fixture(), ExportFormat.JSONLD, out);
        Model actual = RDFDataMgr.loadModel(out.toString());
        if (SeedStore.regenerate()) {
            StringWriter turtle = new StringWriter();
            RDFDataMgr.write(turtle, actual, RDFFormat.TURTLE_PRETTY);
            Files.writeString(GOLDEN, turtle.toString());
        }
        Model expected = RDFDataMgr.loadModel(GOLDEN.toString());
        if (!expected.isIsomorphicWith(actual)) {
            StringWriter both = new StringWriter();
            both.write("expected (" + GOLDEN + "):\n");
            RDFDataMgr.write(both, expected, RDFFormat.TURTLE_PRETTY);
            both.write("\nactual:\n");
            RDFDataMgr.write(both, actual, RDFFormat.TURTLE_PRETTY);
            throw new AssertionError("the JSON-LD export is not the golden graph (regenerate with -Dairkg.regenerate=true)\n" + both);
        }
        assertTrue(actual.size() > 50);
    }

    private static String expand(Map<String, String> context, String value) {
        int colon = value.indexOf(':');
        if (colon > 0 && context.containsKey(value.substring(0, colon)) && !value.startsWith("http")) {
            return context.get(value.substring(0, colon)) + value.substring(colon + 1);
        }
        return value;
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(list::add);
        } else if (!node.isMissingNode()) {
            list.add(node);
        }
        return list;
    }

    private static List<String> values(JsonNode node) {
        return list(node).stream().map(n -> n.isObject() ? n.path("@value").asText() : n.asText()).toList();
    }
}
