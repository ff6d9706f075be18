package org.airkg.build;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.airkg.rdf.AIRKG;
import org.airkg.rdf.Iris;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What a store holds of one document, read from its named graph inside the caller's transaction: the file it was read
 * from, that file's SHA-256 and the graph's triples (no file name: the store does not hold the document).
 */
record HeldDocument(String fileName, String sha256, long triples) {

    /** The document whose graph is {@code g}. */
    static HeldDocument of(DatasetGraph store, Node g) {
        Graph graph = store.getGraph(g);
        String file = first(graph, AIRKG.fileName.asNode());
        return new HeldDocument(file, first(graph, AIRKG.sha256.asNode()), file == null ? 0 : graph.size());
    }

    /** The file names of every document graph's document, sorted. */
    static Set<String> names(DatasetGraph store) {
        Set<String> names = new TreeSet<>();
        store.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().startsWith(Iris.DOCUMENT_GRAPH)) {
                store.getGraph(g).find(Node.ANY, AIRKG.fileName.asNode(), Node.ANY)
                        .forEachRemaining(t -> names.add(t.getObject().getLiteralLexicalForm()));
            }
        });
        return names;
    }

    /**
     * The documents of every document graph, by file name: the SHA-256 of each file (empty when its graph records none),
     * read from two index scans rather than graph by graph.
     */
    static Map<String, String> files(DatasetGraph store) {
        Map<Node, String> names = new HashMap<>();
        Map<Node, String> sums = new HashMap<>();
        store.find(Node.ANY, Node.ANY, AIRKG.fileName.asNode(), Node.ANY).forEachRemaining(q -> names.put(q.getGraph(), q.getObject().getLiteralLexicalForm()));
        store.find(Node.ANY, Node.ANY, AIRKG.sha256.asNode(), Node.ANY).forEachRemaining(q -> sums.put(q.getGraph(), q.getObject().getLiteralLexicalForm()));
        Map<String, String> files = new TreeMap<>();
        names.forEach((g, name) -> {
            if (g.isURI() && g.getURI().startsWith(Iris.DOCUMENT_GRAPH)) {
                files.put(name, sums.getOrDefault(g, ""));
            }
        });
        return files;
    }

    private static String first(Graph graph, Node property) {
        var it = graph.find(Node.ANY, property, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        } finally {
            it.close();
        }
    }
}
