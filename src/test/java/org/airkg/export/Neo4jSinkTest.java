package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.airkg.export.sink.Neo4jSink;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Neo4j: the two CSV files read back with commons-csv under their neo4j-admin headers, and the LOAD CSV script covering them. */
class Neo4jSinkTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.airkg.export.ExportedGraphs#both")
    void readsBackToTheModel(String name, EntityGraph graph) throws Exception {
        Path dir = tmp.resolve(name + "-neo4j");
        ExportReport report = Exporter.write(graph, ExportFormat.NEO4J, dir);
        assertEquals(List.of(dir.resolve("nodes.csv"), dir.resolve("relationships.csv"), dir.resolve("load.cypher")), report.files());

        List<CSVRecord> nodes = read(dir.resolve("nodes.csv"), Neo4jSink.NODE_HEADER);
        assertEquals(graph.nodes().size(), nodes.size());
        Set<String> nodeFacts = new TreeSet<>();
        for (CSVRecord r : nodes) {
            nodeFacts.add(ExportedGraphs.node(r.get("iri:ID"), r.get("name:string"), r.get("kind:string"),
                    r.get("identifiers:string[]").replace(Neo4jSink.ARRAY_DELIMITER, " "), r.get("mention_count:int"), r.get("document_count:int")));
            assertEquals(List.of(Neo4jSink.ENTITY_LABEL, r.get("kind:string")), List.of(r.get(":LABEL").split(Neo4jSink.ARRAY_DELIMITER)));
        }
        assertEquals(ExportedGraphs.nodeFacts(graph), nodeFacts);

        List<CSVRecord> relationships = read(dir.resolve("relationships.csv"), Neo4jSink.RELATIONSHIP_HEADER);
        assertEquals(graph.edges().size(), relationships.size());
        Set<String> edgeFacts = new TreeSet<>();
        String script = Files.readString(dir.resolve("load.cypher"));
        for (CSVRecord r : relationships) {
            edgeFacts.add(ExportedGraphs.edge(r.get(":START_ID"), r.get("predicate:string"), r.get(":END_ID"), r.get("polarity:string"),
                    r.get("evidence_count:int"), r.get("quote:string")));
            assertTrue(r.get(":TYPE").matches("[A-Z][A-Z0-9_]*"), r.get(":TYPE"));
            assertTrue(script.contains("WITH row WHERE row.`:TYPE` = '" + r.get(":TYPE") + "'"), r.get(":TYPE"));
            assertTrue(script.contains("MERGE (s)-[r:" + r.get(":TYPE") + " "), r.get(":TYPE"));
        }
        assertEquals(ExportedGraphs.edgeFacts(graph), edgeFacts);
        assertTrue(script.contains("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row"));
        for (EntityNode n : graph.nodes()) {
            assertTrue(script.contains("{kind: '" + n.kind() + "'}) SET n:" + n.kind() + ";"), n.kind());
        }
    }

    static List<CSVRecord> read(Path file, List<String> header) throws IOException {
        try (Reader reader = Files.newBufferedReader(file);
                CSVParser parser = CSVParser.builder().setReader(reader)
                        .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            assertEquals(header, parser.getHeaderNames());
            return new ArrayList<>(parser.getRecords());
        }
    }
}
