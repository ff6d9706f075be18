package org.airkg.export.sink;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.airkg.export.EntityGraph;
import org.airkg.export.EntityNode;
import org.airkg.export.RelationEdge;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes GraphML through JGraphT's {@link GraphMLExporter}, for yEd, Gephi and Cytoscape: every attribute is a
 * declared {@code <key>}; node and edge names are in a key named {@code label} (Gephi and Cytoscape show it; in
 * yEd, Edit, Properties Mapper maps it to the label text); edge weights are evidence counts. GraphML ids must
 * be XML name tokens, so nodes are {@code n0, n1 ...} in IRI order with the IRI in the {@code iri} key.
 */
public final class GraphMlSink implements GraphSink {
    @Override
    public List<Path> write(EntityGraph graph, Path out) throws IOException {
        Map<String, String> ids = new HashMap<>();
        for (EntityNode node : graph.nodes()) {
            ids.put(node.iri(), "n" + ids.size());
        }
        GraphMLExporter<EntityNode, RelationEdge> exporter = new GraphMLExporter<>(n -> ids.get(n.iri()));
        exporter.setEdgeIdProvider(RelationEdge::id);
        exporter.setExportVertexLabels(true);
        exporter.setVertexLabelAttributeName(ViewerGraph.LABEL);
        exporter.setExportEdgeLabels(true);
        exporter.setEdgeLabelAttributeName(ViewerGraph.LABEL);
        exporter.setExportEdgeWeights(true);
        ViewerGraph.NODE_STRINGS.forEach(a -> exporter.registerAttribute(a, AttributeCategory.NODE, AttributeType.STRING));
        ViewerGraph.NODE_INTS.forEach(a -> exporter.registerAttribute(a, AttributeCategory.NODE, AttributeType.INT));
        ViewerGraph.EDGE_STRINGS.forEach(a -> exporter.registerAttribute(a, AttributeCategory.EDGE, AttributeType.STRING));
        ViewerGraph.EDGE_INTS.forEach(a -> exporter.registerAttribute(a, AttributeCategory.EDGE, AttributeType.INT));
        exporter.setVertexAttributeProvider(ViewerGraph::nodeAttributes);
        exporter.setEdgeAttributeProvider(ViewerGraph::edgeAttributes);
        try (Writer writer = ViewerGraph.open(out)) {
            exporter.exportGraph(ViewerGraph.of(graph), writer);
        }
        return List.of(out);
    }
}
