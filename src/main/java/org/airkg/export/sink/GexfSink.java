package org.airkg.export.sink;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.airkg.Version;
import org.airkg.export.EntityGraph;
import org.airkg.export.EntityNode;
import org.airkg.export.RelationEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;
import org.jgrapht.nio.gexf.GEXFExporter.Parameter;
import org.jgrapht.nio.gexf.GEXFExporter;

/**
 * Writes GEXF 1.2 through JGraphT's {@link GEXFExporter}, for Gephi: nodes are identified by IRI and labelled,
 * edges labelled with the predicate's name and weighted by evidence count, every other attribute declared;
 * an edge's quotes, all of them, are a {@code liststring} separated by {@code |}.
 */
public final class GexfSink implements GraphSink {
    /** The separator of {@code liststring} values. */
    public static final String LIST_SEPARATOR = "|";

    @Override
    public List<Path> write(EntityGraph graph, Path out) throws IOException {
        GEXFExporter<EntityNode, RelationEdge> exporter = new GEXFExporter<>(EntityNode::iri, RelationEdge::id);
        exporter.setParameter(Parameter.EXPORT_EDGE_LABELS, true);
        exporter.setParameter(Parameter.EXPORT_EDGE_WEIGHTS, true);
        exporter.setCreator("AIR-KG " + Version.get());
        exporter.setDescription("AIR-KG entity graph: entities named in the documents and the relations the documents state");
        ViewerGraph.NODE_STRINGS.forEach(a -> exporter.registerAttribute(a, AttributeCategory.NODE, GEXFAttributeType.STRING));
        ViewerGraph.NODE_INTS.forEach(a -> exporter.registerAttribute(a, AttributeCategory.NODE, GEXFAttributeType.INTEGER));
        ViewerGraph.EDGE_STRINGS.forEach(a -> exporter.registerAttribute(a, AttributeCategory.EDGE, GEXFAttributeType.STRING));
        ViewerGraph.EDGE_INTS.forEach(a -> exporter.registerAttribute(a, AttributeCategory.EDGE, GEXFAttributeType.INTEGER));
        exporter.registerAttribute("quotes", AttributeCategory.EDGE, GEXFAttributeType.LISTSTRING);
        exporter.setVertexAttributeProvider(ViewerGraph::nodeAttributes);
        exporter.setEdgeAttributeProvider(GexfSink::edgeAttributes);
        try (Writer writer = ViewerGraph.open(out)) {
            exporter.exportGraph(ViewerGraph.of(graph), writer);
        }
        return List.of(out);
    }

    private static Map<String, Attribute> edgeAttributes(RelationEdge edge) {
        Map<String, Attribute> map = ViewerGraph.edgeAttributes(edge);
        map.put("quotes", DefaultAttribute.createAttribute(String.join(LIST_SEPARATOR, edge.quoteTexts())));
        return map;
    }
}
