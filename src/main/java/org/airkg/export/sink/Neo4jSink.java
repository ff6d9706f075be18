package org.airkg.export.sink;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.airkg.export.EntityGraph;
import org.airkg.export.EntityNode;
import org.airkg.export.RelationEdge;
import org.airkg.export.model.Biolink;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a directory for Neo4j: {@code nodes.csv} and {@code relationships.csv} with the typed headers of
 * {@code neo4j-admin database import} ({@code iri:ID}, {@code :LABEL}, {@code :START_ID}, {@code :END_ID},
 * {@code :TYPE}, {@code name:string}, {@code evidence_count:int}, arrays separated by {@code ;}, the importer's
 * default), written with commons-csv, and {@code load.cypher}, which loads the same files into a running
 * database with {@code LOAD CSV}. Nodes are labelled {@code Entity} and their kind; a relationship's type is
 * its predicate in upper snake case and it keeps the supporting quote (arrays of free text would be split at
 * their semicolons).
 */
public final class Neo4jSink implements GraphSink {
    /** The node file's columns. */
    public static final List<String> NODE_HEADER = List.of("iri:ID", "name:string", "kind:string", "category:string",
            "identifiers:string[]", "mention_count:int", "document_count:int", ":LABEL");
    /** The relationship file's columns. */
    public static final List<String> RELATIONSHIP_HEADER = List.of(":START_ID", ":END_ID", ":TYPE", "id:string",
            "predicate:string", "biolink_predicate:string", "polarity:string", "evidence_count:int", "documents:string[]",
            "quote:string", "evidence_kinds:string[]");
    /** The label every node has. */
    public static final String ENTITY_LABEL = "Entity";
    /** The separator of array values and of labels. */
    public static final String ARRAY_DELIMITER = ";";

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    @Override
    public List<Path> write(EntityGraph graph, Path out) throws IOException {
        Files.createDirectories(out);
        Path nodes = out.resolve("nodes.csv");
        Path relationships = out.resolve("relationships.csv");
        Path script = out.resolve("load.cypher");
        try (Writer writer = ViewerGraph.open(nodes); CSVPrinter csv = new CSVPrinter(writer, CSV)) {
            csv.printRecord(NODE_HEADER);
            for (EntityNode n : graph.nodes()) {
                csv.printRecord(n.iri(), n.label(), n.kind(), Biolink.curie(Biolink.category(n.kind())),
                        String.join(ARRAY_DELIMITER, n.identifiers()), n.mentions(), n.documents(),
                        ENTITY_LABEL + ARRAY_DELIMITER + n.kind());
            }
        }
        try (Writer writer = ViewerGraph.open(relationships); CSVPrinter csv = new CSVPrinter(writer, CSV)) {
            csv.printRecord(RELATIONSHIP_HEADER);
            for (RelationEdge e : graph.edges()) {
                csv.printRecord(e.subject(), e.object(), e.relationshipType(), e.id(), e.predicate(), e.biolinkPredicate().orElse(""),
                        e.polarity().literal(), e.evidenceCount(), String.join(ARRAY_DELIMITER, e.documents()),
                        e.supportingQuote().map(RelationEdge.Quote::text).orElse(""), String.join(ARRAY_DELIMITER, e.evidenceKinds()));
            }
        }
        try (Writer writer = ViewerGraph.open(script)) {
            writer.write(loadScript(graph));
        }
        return List.of(nodes, relationships, script);
    }

    /**
     * The Cypher script: a uniqueness constraint, the nodes, one label statement per kind and one relationship
     * statement per type (plain Cypher has no dynamic labels or types). Kinds and types are letters, digits and
     * underscores, so they are safe to write into the script.
     */
    static String loadScript(EntityGraph graph) {
        StringBuilder s = new StringBuilder();
        s.append("// AIR-KG entity graph for Neo4j 5. Copy nodes.csv and relationships.csv into the database's import\n")
                .append("// directory, then run: cypher-shell -f load.cypher\n")
                .append("// Or, into a new database: neo4j-admin database import full --nodes=nodes.csv ")
                .append("--relationships=relationships.csv --multiline-fields=true airkg\n\n")
                .append("CREATE CONSTRAINT airkg_entity_iri IF NOT EXISTS FOR (n:").append(ENTITY_LABEL).append(") REQUIRE n.iri IS UNIQUE;\n\n")
                .append("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row\n")
                .append("MERGE (n:").append(ENTITY_LABEL).append(" {iri: row.`iri:ID`})\n")
                .append("SET n.name = row.`name:string`, n.kind = row.`kind:string`, n.category = row.`category:string`,\n")
                .append("    n.identifiers = ").append(array("identifiers:string[]")).append(",\n")
                .append("    n.mention_count = toInteger(row.`mention_count:int`), n.document_count = toInteger(row.`document_count:int`);\n\n");
        for (String kind : new TreeSet<>(graph.nodes().stream().map(EntityNode::kind).toList())) {
            String safe = kind.replaceAll("[^A-Za-z0-9_]", "_");
            s.append("MATCH (n:").append(ENTITY_LABEL).append(" {kind: '").append(kind.replace("'", "")).append("'}) SET n:")
                    .append(safe).append(";\n");
        }
        for (String type : new TreeSet<>(graph.edges().stream().map(RelationEdge::relationshipType).toList())) {
            s.append("\nLOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row\n")
                    .append("WITH row WHERE row.`:TYPE` = '").append(type).append("'\n")
                    .append("MATCH (s:").append(ENTITY_LABEL).append(" {iri: row.`:START_ID`}), (o:").append(ENTITY_LABEL)
                    .append(" {iri: row.`:END_ID`})\n")
                    .append("MERGE (s)-[r:").append(type).append(" {id: row.`id:string`}]->(o)\n")
                    .append("SET r.predicate = row.`predicate:string`, r.biolink_predicate = row.`biolink_predicate:string`,\n")
                    .append("    r.polarity = row.`polarity:string`, r.evidence_count = toInteger(row.`evidence_count:int`),\n")
                    .append("    r.documents = ").append(array("documents:string[]")).append(", r.quote = row.`quote:string`,\n")
                    .append("    r.evidence_kinds = ").append(array("evidence_kinds:string[]")).append(";\n");
        }
        return s.toString();
    }

    private static String array(String column) {
        return "CASE WHEN coalesce(row.`" + column + "`, '') = '' THEN [] ELSE split(row.`" + column + "`, '" + ARRAY_DELIMITER + "') END";
    }
}
