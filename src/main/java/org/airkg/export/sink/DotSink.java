package org.airkg.export.sink;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airkg.export.EntityGraph;
import org.airkg.export.EntityNode;
import org.airkg.export.RelationEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Writes Graphviz DOT through JGraphT's {@link DOTExporter}: nodes are their quoted IRIs, labelled and filled
 * by kind; edges are labelled with the predicate's name, dashed when the documents say the relation does not
 * hold, with the supporting quote as tooltip (shown by SVG output). Render with {@code dot -Tsvg}.
 */
public final class DotSink implements GraphSink {
    private static final Map<String, String> FILL = Map.ofEntries(
            Map.entry("Drug", "#a6cee3"), Map.entry("DrugClass", "#1f78b4"), Map.entry("Gene", "#b2df8a"),
            Map.entry("Protein", "#33a02c"), Map.entry("Pathway", "#fb9a99"), Map.entry("Disease", "#e31a1c"),
            Map.entry("AdverseEvent", "#fdbf6f"), Map.entry("CellLine", "#ff7f00"), Map.entry("ClinicalTrial", "#cab2d6"),
            Map.entry("Assay", "#6a3d9a"), Map.entry("Endpoint", "#ffff99"));

    @Override
    public List<Path> write(EntityGraph graph, Path out) throws IOException {
        DOTExporter<EntityNode, RelationEdge> exporter = new DOTExporter<>(n -> '"' + n.iri() + '"');
        exporter.setGraphIdProvider(() -> "airkg");
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> map = new LinkedHashMap<>();
            map.put("rankdir", DefaultAttribute.createAttribute("LR"));
            map.put("overlap", DefaultAttribute.createAttribute("false"));
            return map;
        });
        exporter.setVertexAttributeProvider(DotSink::nodeAttributes);
        exporter.setEdgeAttributeProvider(DotSink::edgeAttributes);
        try (Writer writer = ViewerGraph.open(out)) {
            exporter.exportGraph(ViewerGraph.of(graph), writer);
        }
        return List.of(out);
    }

    private static Map<String, Attribute> nodeAttributes(EntityNode node) {
        Map<String, Attribute> map = new LinkedHashMap<>();
        map.put("label", text(node.label()));
        map.put("shape", text("box"));
        map.put("style", text("rounded,filled"));
        map.put("fillcolor", text(FILL.getOrDefault(node.kind(), "#f0f0f0")));
        map.put("tooltip", text(node.kind() + " " + node.iri()));
        map.put("kind", text(node.kind()));
        map.put("iri", text(node.iri()));
        return map;
    }

    private static Map<String, Attribute> edgeAttributes(RelationEdge edge) {
        Map<String, Attribute> map = new LinkedHashMap<>();
        map.put("label", text(edge.predicateName()));
        if (edge.polarity() == RelationEdge.Polarity.DOES_NOT_SUPPORT) {
            map.put("style", text("dashed"));
        }
        map.put("penwidth", text(String.valueOf(1 + Math.min(4, edge.evidenceCount() / 2))));
        map.put("tooltip", text(edge.supportingQuote().map(RelationEdge.Quote::text).orElse(edge.predicateName())));
        map.put("predicate", text(edge.predicate()));
        map.put("polarity", text(edge.polarity().literal()));
        map.put("evidence_count", text(String.valueOf(edge.evidenceCount())));
        return map;
    }

    /** A quoted DOT string: the exporter escapes double quotes; backslashes and line breaks are made literal here. */
    private static Attribute text(String value) {
        return DefaultAttribute.createAttribute(value.replace("\\", "\\\\").replaceAll("[\\r\\n]+", " "));
    }
}
