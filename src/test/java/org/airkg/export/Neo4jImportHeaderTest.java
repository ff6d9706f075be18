package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.export.sink.Neo4jSink;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Neo4j CSV files checked against the header format of {@code neo4j-admin database import} (Neo4j
 * Operations Manual, "Import: CSV header format"): every field is {@code name:type} with a type the importer
 * knows (arrays as {@code type[]}), or one of {@code :ID}, {@code :LABEL}, {@code :START_ID}, {@code :END_ID},
 * {@code :TYPE}, {@code :IGNORE} (an id field may have a name and an id group); a node file has one id field, a
 * relationship file one start, end and type field. Every value then reads as its field's type: ids unique,
 * relationship ends among the node ids, numbers as numbers, labels and types non-empty names.
 */
class Neo4jImportHeaderTest {
    private static final Pattern FIELD = Pattern.compile(
            "(?<name>[^:]*):(?<special>ID|START_ID|END_ID)(\\((?<group>[^)]+)\\))?|:(?<bare>LABEL|TYPE|IGNORE)"
                    + "|(?<prop>[^:]+)(:(?<type>int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time"
                    + "|localdatetime|datetime|duration)(?<array>\\[\\])?)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.airkg.export.ExportedGraphs#both")
    void filesFollowTheImportHeaderFormat(String name, EntityGraph graph) throws Exception {
        Path dir = tmp.resolve(name + "-neo4j");
        Exporter.write(graph, ExportFormat.NEO4J, dir);
        List<CSVRecord> nodes = Neo4jSinkTest.read(dir.resolve("nodes.csv"), Neo4jSink.NODE_HEADER);
        assertEquals(List.of("ID"), specials(Neo4jSink.NODE_HEADER), "a node file has one id field");
        Set<String> ids = new HashSet<>();
        for (CSVRecord r : nodes) {
            check("nodes.csv", Neo4jSink.NODE_HEADER, r);
            String id = r.get(Neo4jSink.NODE_HEADER.get(idField(Neo4jSink.NODE_HEADER, "ID")));
            assertTrue(ids.add(id), "nodes.csv line " + r.getRecordNumber() + ": id " + id + " twice");
        }
        List<CSVRecord> relationships = Neo4jSinkTest.read(dir.resolve("relationships.csv"), Neo4jSink.RELATIONSHIP_HEADER);
        assertEquals(List.of("START_ID", "END_ID", "TYPE"), specials(Neo4jSink.RELATIONSHIP_HEADER),
                "a relationship file has one start, end and type field");
        for (CSVRecord r : relationships) {
            check("relationships.csv", Neo4jSink.RELATIONSHIP_HEADER, r);
            assertTrue(ids.contains(r.get(":START_ID")) && ids.contains(r.get(":END_ID")),
                    "relationships.csv line " + r.getRecordNumber() + ": an end is no node id");
        }
        assertEquals(graph.edges().size(), relationships.size());
    }

    /** The special fields of a header, in order. */
    private static List<String> specials(List<String> header) {
        return header.stream().map(Neo4jImportHeaderTest::field).filter(m -> m.group("special") != null || "TYPE".equals(m.group("bare")))
                .map(m -> m.group("special") != null ? m.group("special") : m.group("bare")).toList();
    }

    private static int idField(List<String> header, String special) {
        for (int i = 0; i < header.size(); i++) {
            if (special.equals(field(header.get(i)).group("special"))) {
                return i;
            }
        }
        throw new AssertionError("no " + special + " field in " + header);
    }

    private static Matcher field(String field) {
        Matcher m = FIELD.matcher(field);
        assertTrue(m.matches(), "'" + field + "' is no field of the neo4j-admin import header format");
        return m;
    }

    private static void check(String file, List<String> header, CSVRecord r) {
        for (String f : header) {
            Matcher m = field(f);
            String value = r.get(f);
            String where = file + " line " + r.getRecordNumber() + ", " + f + ": ";
            if ("LABEL".equals(m.group("bare"))) {
                for (String label : value.split(Neo4jSink.ARRAY_DELIMITER)) {
                    assertTrue(NAME.matcher(label).matches(), where + "label '" + label + "'");
                }
            } else if ("TYPE".equals(m.group("bare"))) {
                assertTrue(NAME.matcher(value).matches(), where + "type '" + value + "'");
            } else if (m.group("special") != null) {
                assertFalse(value.isEmpty(), where + "empty id");
            } else if (m.group("type") != null && !value.isEmpty()) {
                List<String> values = m.group("array") != null ? List.of(value.split(Neo4jSink.ARRAY_DELIMITER)) : List.of(value);
                for (String v : values) {
                    switch (m.group("type")) {
                        case "int", "long", "short", "byte" -> assertTrue(v.matches("-?\\d+"), where + v + " is no integer");
                        case "float", "double" -> assertTrue(v.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?"), where + v + " is no number");
                        case "boolean" -> assertTrue(v.equals("true") || v.equals("false"), where + v + " is no boolean");
                        default -> { }
                    }
                }
            }
        }
    }
}
