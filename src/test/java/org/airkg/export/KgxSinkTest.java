package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.airkg.export.model.Biolink;
import org.airkg.export.sink.KgxSink;
import org.airkg.extract.lexicon.Curies;
import org.airkg.rdf.AIRKG;
import org.airkg.rdf.Iris;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** KGX: nodes.tsv and edges.tsv read back with commons-csv, CURIEs expanded, Biolink categories and predicates checked. */
class KgxSinkTest {
    private static final Pattern LIST = Pattern.compile(Pattern.quote(KgxSink.LIST_SEPARATOR));

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.airkg.export.ExportedGraphs#both")
    void readsBackToTheModel(String name, EntityGraph graph) throws Exception {
        Path dir = tmp.resolve(name + "-kgx");
        Exporter.write(graph, ExportFormat.KGX, dir);
        List<CSVRecord> nodes = read(dir.resolve("nodes.tsv"), KgxSink.NODE_COLUMNS);
        assertEquals(graph.nodes().size(), nodes.size());
        Set<String> nodeFacts = new TreeSet<>();
        for (CSVRecord r : nodes) {
            String iri = expand(r.get("id"));
            assertEquals(r.get("iri"), iri);
            List<String> xrefs = r.get("xref").isEmpty() ? List.of() : Arrays.stream(LIST.split(r.get("xref"))).map(KgxSinkTest::expand).toList();
            EntityNode node = graph.node(iri).orElseThrow();
            assertEquals(Biolink.curie(Biolink.category(node.kind())), r.get("category"));
            assertTrue(r.get("category").startsWith("biolink:"));
            nodeFacts.add(ExportedGraphs.node(iri, r.get("name"), node.kind(), String.join(" ", xrefs), r.get("mention_count"),
                    r.get("document_count")));
        }
        assertEquals(cleaned(ExportedGraphs.nodeFacts(graph)), nodeFacts);

        List<CSVRecord> edges = read(dir.resolve("edges.tsv"), KgxSink.EDGE_COLUMNS);
        assertEquals(graph.edges().size(), edges.size());
        Set<String> edgeFacts = new TreeSet<>();
        for (CSVRecord r : edges) {
            String predicate = expand(r.get("original_predicate"));
            RelationEdge edge = graph.edges().stream().filter(e -> e.iri().equals(expand(r.get("id")))).findFirst().orElseThrow();
            assertEquals(edge.biolinkPredicate().orElse(Biolink.iri(Biolink.RELATED_TO)), expand(r.get("predicate")));
            assertEquals(edge.polarity() == RelationEdge.Polarity.DOES_NOT_SUPPORT, Boolean.parseBoolean(r.get("negated")));
            List<String> quotes = r.get("supporting_text").isEmpty() ? List.of() : Arrays.asList(LIST.split(r.get("supporting_text")));
            if (edge.quoteTexts().stream().noneMatch(q -> q.contains(KgxSink.LIST_SEPARATOR))) {
                assertEquals(edge.quoteTexts().stream().map(KgxSink::clean).toList(), quotes);
            }
            assertEquals(edge.documents(), r.get("documents").isEmpty() ? List.of()
                    : Arrays.stream(LIST.split(r.get("documents"))).map(KgxSinkTest::expand).toList());
            assertEquals(edge.references(), r.get("publications").isEmpty() ? List.of()
                    : Arrays.stream(LIST.split(r.get("publications"))).map(x -> x.startsWith("airkg.id:") ? expand(x) : x).toList());
            edgeFacts.add(ExportedGraphs.edge(expand(r.get("subject")), predicate, expand(r.get("object")), edge.polarity().literal(),
                    r.get("evidence_count"), quotes.isEmpty() ? "" : quotes.get(0)));
        }
        assertEquals(cleaned(ExportedGraphs.edgeFacts(graph)), edgeFacts);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.airkg.export.ExportedGraphs#both")
    void affectsEdgesCarryTheirQualifiers(String name, EntityGraph graph) throws Exception {
        Path dir = tmp.resolve(name + "-kgx");
        Exporter.write(graph, ExportFormat.KGX, dir);
        for (CSVRecord r : read(dir.resolve("edges.tsv"), KgxSink.EDGE_COLUMNS)) {
            boolean affects = r.get("predicate").equals("biolink:affects");
            assertEquals(affects, !r.get("qualified_predicate").isEmpty(), r.toString());
            if (r.get("original_predicate").equals("airkg:inhibits")) {
                assertEquals(List.of("biolink:causes", "activity", "decreased"),
                        List.of(r.get("qualified_predicate"), r.get("object_aspect_qualifier"), r.get("object_direction_qualifier")));
            }
        }
    }

    /** The facts with tabs and line breaks folded, as the TSV writes free text. */
    private static Set<String> cleaned(Set<String> facts) {
        return facts.stream().map(KgxSink::clean).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    /** Expands a CURIE of this export: AIR-KG's own, airkg:, biolink:, or a lexicon prefix. */
    static String expand(String curie) {
        int colon = curie.indexOf(':');
        String prefix = curie.substring(0, colon);
        String local = curie.substring(colon + 1);
        return switch (prefix) {
            case "airkg.id" -> Iris.ID + local;
            case "airkg" -> AIRKG.NS + local;
            case "biolink" -> Biolink.NS + local;
            case "http", "https" -> curie;
            default -> Curies.iriPrefix(prefix).orElseThrow(() -> new AssertionError("unknown prefix in " + curie)) + local;
        };
    }

    static List<CSVRecord> read(Path file, List<String> header) throws IOException {
        try (Reader reader = Files.newBufferedReader(file);
                CSVParser parser = CSVParser.builder().setReader(reader)
                        .setFormat(KgxSink.TSV.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            assertEquals(header, parser.getHeaderNames());
            return new ArrayList<>(parser.getRecords());
        }
    }
}
