package org.airkg.export.sink;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.airkg.export.EntityGraph;
import org.airkg.export.EntityNode;
import org.airkg.export.RelationEdge;
import org.airkg.export.model.Biolink;
import org.airkg.export.model.ExternalSources;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a KGX TSV directory ({@code nodes.tsv}, {@code edges.tsv}) with commons-csv, as the KGX format
 * specification and Biolink Model {@value Biolink#VERSION} expect: nodes with their Biolink category, external
 * identifiers as {@code xref} and AIR-KG as {@code provided_by}; edges with their Biolink predicate, or
 * {@code biolink:related_to} and the AIR-KG property as {@code original_predicate} where none was confirmed,
 * {@code negated} for relations the documents deny, the qualifiers of {@code affects} edges, AIR-KG
 * ({@value #INFORES}) as {@code primary_knowledge_source}, {@code knowledge_level} and {@code agent_type} (a
 * rule's reading is {@code not_provided} by a {@code text_mining_agent}, a curator's statement a
 * {@code knowledge_assertion} by a {@code manual_agent}), the evidence count, the references the quotes cite as
 * {@code publications} and every quote as {@code supporting_text}. AIR-KG's own columns ({@code iri},
 * {@code mention_count}, {@code document_count}, {@code documents}, {@code evidence_kinds}) follow. Identifiers
 * are CURIEs ({@code airkg.id:drug/letrozole}, {@code CHEBI:6413}); several values are separated by {@code |}.
 */
public final class KgxSink implements GraphSink {
    /** The node file's columns. */
    public static final List<String> NODE_COLUMNS = List.of("id", "category", "name", "xref", "provided_by", "iri", "mention_count",
            "document_count");
    /** The edge file's columns. */
    public static final List<String> EDGE_COLUMNS = List.of("id", "subject", "predicate", "object", "category", "negated",
            "original_predicate", "qualified_predicate", "object_aspect_qualifier", "object_direction_qualifier",
            "primary_knowledge_source", "knowledge_level", "agent_type", "evidence_count", "publications", "supporting_text",
            "documents", "evidence_kinds");
    /** The columns that are AIR-KG's own rather than Biolink slots. */
    public static final List<String> OWN_COLUMNS = List.of("iri", "mention_count", "document_count", "documents", "evidence_kinds");
    /** AIR-KG's information resource id, the knowledge source of every edge. */
    public static final String INFORES = "infores:airkg";
    /** The separator of several values in one cell. */
    public static final String LIST_SEPARATOR = "|";

    /** Tab-separated, unquoted as KGX reads it: values never hold tabs or line breaks (see {@link #clean}). */
    public static final CSVFormat TSV = CSVFormat.TDF.builder().setQuote(null).setIgnoreSurroundingSpaces(false)
            .setRecordSeparator('\n').get();

    @Override
    public List<Path> write(EntityGraph graph, Path out) throws IOException {
        Files.createDirectories(out);
        Path nodes = out.resolve("nodes.tsv");
        Path edges = out.resolve("edges.tsv");
        try (Writer writer = ViewerGraph.open(nodes); CSVPrinter tsv = new CSVPrinter(writer, TSV)) {
            tsv.printRecord(NODE_COLUMNS);
            for (EntityNode n : graph.nodes()) {
                tsv.printRecord(ExternalSources.curie(n.iri()), Biolink.curie(Biolink.category(n.kind())), clean(n.label()),
                        String.join(LIST_SEPARATOR, n.identifiers().stream().map(ExternalSources::curie).toList()),
                        INFORES, n.iri(), n.mentions(), n.documents());
            }
        }
        try (Writer writer = ViewerGraph.open(edges); CSVPrinter tsv = new CSVPrinter(writer, TSV)) {
            tsv.printRecord(EDGE_COLUMNS);
            for (RelationEdge e : graph.edges()) {
                Optional<Biolink.Qualifiers> q = Biolink.qualifiers(e.predicateName()).filter(x -> e.biolinkPredicate().isPresent());
                tsv.printRecord(ExternalSources.curie(e.iri()), ExternalSources.curie(e.subject()),
                        ExternalSources.curie(e.biolinkPredicate().orElse(Biolink.iri(Biolink.RELATED_TO))),
                        ExternalSources.curie(e.object()), Biolink.curie("Association"),
                        e.polarity() == RelationEdge.Polarity.DOES_NOT_SUPPORT,
                        ExternalSources.curie(e.predicate()),
                        q.map(x -> Biolink.curie(x.qualifiedPredicate())).orElse(""),
                        q.map(Biolink.Qualifiers::objectAspect).orElse(""),
                        q.map(Biolink.Qualifiers::objectDirection).orElse(""),
                        INFORES, e.curated() ? "knowledge_assertion" : "not_provided",
                        e.curated() ? "manual_agent" : "text_mining_agent",
                        e.evidenceCount(),
                        String.join(LIST_SEPARATOR, e.references().stream().map(ExternalSources::curie).toList()),
                        String.join(LIST_SEPARATOR, e.quoteTexts().stream().map(KgxSink::clean).toList()),
                        String.join(LIST_SEPARATOR, e.documents().stream().map(ExternalSources::curie).toList()),
                        String.join(LIST_SEPARATOR, e.evidenceKinds()));
            }
        }
        return List.of(nodes, edges);
    }

    /** Free text with its tabs and line breaks folded to single spaces, so that no cell needs quoting. */
    public static String clean(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
