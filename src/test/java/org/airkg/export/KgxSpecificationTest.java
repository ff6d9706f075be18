package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.airkg.SeedStore;
import org.airkg.export.model.Biolink;
import org.airkg.export.sink.KgxSink;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The KGX export checked column by column against the KGX format specification and Biolink Model
 * {@value Biolink#VERSION}: the required columns are there and filled on every row, every column is a Biolink
 * slot of nodes or associations (or one of AIR-KG's own, listed), every category and predicate is a concrete
 * Biolink class or slot (no mixin, nothing abstract or deprecated), knowledge level, agent type and qualifier
 * values come from their Biolink enumerations, the knowledge source is an infores id, identifiers are CURIEs,
 * and every edge's ends are nodes. The Biolink terms are {@code src/test/resources/biolink/biolink-terms.tsv},
 * derived from the model's schema by the {@code derive.py} beside it (its header names the commit).
 */
class KgxSpecificationTest {
    private static final Path TERMS = SeedStore.root().resolve("src/test/resources/biolink/biolink-terms.tsv");
    private static final Pattern CURIE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*:[^\\s|]+");
    private static final Pattern INFORES = Pattern.compile("infores:[a-z0-9][a-z0-9.-]*");
    private static final Pattern LIST = Pattern.compile(Pattern.quote(KgxSink.LIST_SEPARATOR));

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.airkg.export.ExportedGraphs#both")
    void nodesFollowTheSpecification(String name, EntityGraph graph) throws Exception {
        Map<String, Set<String>> terms = terms();
        Path dir = export(name, graph);
        for (String column : KgxSink.NODE_COLUMNS) {
            assertTrue(terms.get("node-slot").contains(column) || KgxSink.OWN_COLUMNS.contains(column),
                    column + " is neither a Biolink node slot nor one of AIR-KG's own columns");
        }
        for (CSVRecord r : KgxSinkTest.read(dir.resolve("nodes.tsv"), KgxSink.NODE_COLUMNS)) {
            String where = "nodes.tsv line " + r.getRecordNumber() + ": ";
            assertTrue(CURIE.matcher(r.get("id")).matches(), where + "id " + r.get("id") + " is no CURIE");
            assertTrue(terms.get("category").contains(r.get("category")), where + r.get("category") + " is no Biolink " + Biolink.VERSION + " category");
            assertFalse(r.get("name").isBlank(), where + "no name");
            assertEquals(KgxSink.INFORES, r.get("provided_by"), where);
            for (String xref : values(r.get("xref"))) {
                assertTrue(CURIE.matcher(xref).matches(), where + "xref " + xref + " is no CURIE");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.airkg.export.ExportedGraphs#both")
    void edgesFollowTheSpecification(String name, EntityGraph graph) throws Exception {
        Map<String, Set<String>> terms = terms();
        Path dir = export(name, graph);
        for (String column : KgxSink.EDGE_COLUMNS) {
            assertTrue(terms.get("association-slot").contains(column) || terms.get("qualifier-slot").contains(column)
                    || KgxSink.OWN_COLUMNS.contains(column), column + " is neither a Biolink association slot nor one of AIR-KG's own columns");
        }
        Set<String> nodes = new HashSet<>();
        KgxSinkTest.read(dir.resolve("nodes.tsv"), KgxSink.NODE_COLUMNS).forEach(r -> nodes.add(r.get("id")));
        Map<String, RelationEdge> edges = new HashMap<>();
        graph.edges().forEach(e -> edges.put(e.id(), e));
        for (CSVRecord r : KgxSinkTest.read(dir.resolve("edges.tsv"), KgxSink.EDGE_COLUMNS)) {
            String where = "edges.tsv line " + r.getRecordNumber() + ": ";
            for (String required : List.of("id", "subject", "predicate", "object", "category", "primary_knowledge_source", "knowledge_level",
                    "agent_type")) {
                assertFalse(r.get(required).isEmpty(), where + required + " is empty");
            }
            assertTrue(nodes.contains(r.get("subject")) && nodes.contains(r.get("object")), where + "an end is not a node");
            assertTrue(terms.get("predicate").contains(r.get("predicate")), where + r.get("predicate") + " is no Biolink " + Biolink.VERSION + " predicate");
            assertTrue(terms.get("association-category").contains(r.get("category")), where + r.get("category") + " is no association class");
            assertTrue(Set.of("True", "False", "true", "false").contains(r.get("negated")), where + "negated " + r.get("negated"));
            assertTrue(INFORES.matcher(r.get("primary_knowledge_source")).matches(), where + r.get("primary_knowledge_source"));
            assertTrue(terms.get("knowledge_level").contains(r.get("knowledge_level")), where + r.get("knowledge_level"));
            assertTrue(terms.get("agent_type").contains(r.get("agent_type")), where + r.get("agent_type"));
            RelationEdge edge = edges.get(r.get("id").substring(r.get("id").lastIndexOf('/') + 1));
            assertEquals(edge.curated() ? List.of("knowledge_assertion", "manual_agent") : List.of("not_provided", "text_mining_agent"),
                    List.of(r.get("knowledge_level"), r.get("agent_type")), where + "curated " + edge.curated());
            if (!r.get("qualified_predicate").isEmpty()) {
                assertTrue(terms.get("predicate").contains(r.get("qualified_predicate")), where + r.get("qualified_predicate"));
                assertTrue(terms.get("object_aspect_qualifier").contains(r.get("object_aspect_qualifier")), where + r.get("object_aspect_qualifier"));
                assertTrue(terms.get("object_direction_qualifier").contains(r.get("object_direction_qualifier")),
                        where + r.get("object_direction_qualifier"));
            }
            for (String publication : values(r.get("publications"))) {
                assertTrue(publication.matches("(doi:10\\.\\S+|PMID:\\d+|airkg\\.id:reference/\\S+)"), where + "publication " + publication);
            }
            assertTrue(r.get("evidence_count").matches("\\d+"), where + "evidence_count " + r.get("evidence_count"));
        }
    }

    @Test
    void theSeedGraphHasEdgesOfBothAgentsAndEdgesWithPublications() throws Exception {
        Path dir = export("seed", ExportedGraphs.seed());
        List<CSVRecord> rows = KgxSinkTest.read(dir.resolve("edges.tsv"), KgxSink.EDGE_COLUMNS);
        assertTrue(rows.stream().anyMatch(r -> r.get("agent_type").equals("text_mining_agent")));
        assertTrue(rows.stream().anyMatch(r -> r.get("agent_type").equals("manual_agent")), "the curated statements of data/curated/");
        assertTrue(rows.stream().anyMatch(r -> !r.get("publications").isEmpty()), "a quote with a citation marker inside it");
    }

    private Path export(String name, EntityGraph graph) throws IOException {
        Path dir = tmp.resolve(name + "-kgx");
        Exporter.write(graph, ExportFormat.KGX, dir);
        return dir;
    }

    private static List<String> values(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.asList(LIST.split(cell));
    }

    /** The derived Biolink terms by kind. */
    private static Map<String, Set<String>> terms() throws IOException {
        Map<String, Set<String>> terms = new HashMap<>();
        for (String line : Files.readAllLines(TERMS)) {
            if (line.startsWith("#") || line.startsWith("kind\t")) {
                continue;
            }
            String[] cells = line.split("\t");
            terms.computeIfAbsent(cells[0], k -> new HashSet<>()).add(cells[1]);
        }
        assertTrue(terms.get("predicate").contains("biolink:" + Biolink.RELATED_TO), "the terms table reads");
        return terms;
    }
}
