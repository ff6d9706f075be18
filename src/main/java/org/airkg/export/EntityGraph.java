package org.airkg.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.airkg.AirkgException;
import org.airkg.export.model.EntityGraphReader;
import org.apache.jena.query.Dataset;

/**
 * The entity graph that the viewer formats export: entities as nodes, merged associations as edges, read once
 * from the dataset into immutable records.
 *
 * <pre>{@code
 * EntityGraph graph = EntityGraph.read(dataset);
 * EntityGraph near = graph.around("https://w3id.org/airkg/id/drug/letrozole", 2);
 * }</pre>
 *
 * @param nodes the entities, sorted by IRI
 * @param edges the relations, sorted by subject, predicate, object and polarity; each end is one of the nodes
 */
public record EntityGraph(List<EntityNode> nodes, List<RelationEdge> edges) {
    public EntityGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Set<String> iris = new HashSet<>();
        for (EntityNode node : nodes) {
            if (!iris.add(node.iri())) {
                throw new IllegalArgumentException("node " + node.iri() + " appears twice");
            }
        }
        for (RelationEdge edge : edges) {
            if (!iris.contains(edge.subject()) || !iris.contains(edge.object())) {
                throw new IllegalArgumentException("edge " + edge.subject() + " " + edge.predicateName() + " " + edge.object()
                        + " has an end that is not a node");
            }
        }
    }

    /** Reads the entity graph from a dataset (its named graphs and the union of them), in one read transaction. */
    public static EntityGraph read(Dataset dataset) {
        return EntityGraphReader.read(dataset);
    }

    /** The node with this IRI. */
    public Optional<EntityNode> node(String iri) {
        return nodes.stream().filter(n -> n.iri().equals(iri)).findFirst();
    }

    /** The nodes by IRI, in order. */
    public Map<String, EntityNode> nodesByIri() {
        Map<String, EntityNode> map = new LinkedHashMap<>();
        nodes.forEach(n -> map.put(n.iri(), n));
        return map;
    }

    /**
     * The neighbourhood of one entity: the nodes at most {@code depth} edges away from it, following edges in
     * either direction, and every edge between two of them.
     *
     * @throws AirkgException when the graph has no node {@code iri}
     */
    public EntityGraph around(String iri, int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be 0 or more, not " + depth);
        }
        if (node(iri).isEmpty()) {
            throw new AirkgException(iri + ": no entity with this IRI in the graph (it is neither mentioned nor in an association)");
        }
        Map<String, List<String>> neighbours = new HashMap<>();
        for (RelationEdge edge : edges) {
            neighbours.computeIfAbsent(edge.subject(), k -> new ArrayList<>()).add(edge.object());
            neighbours.computeIfAbsent(edge.object(), k -> new ArrayList<>()).add(edge.subject());
        }
        Map<String, Integer> distance = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        distance.put(iri, 0);
        queue.add(iri);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            int d = distance.get(current);
            if (d == depth) {
                continue;
            }
            for (String next : neighbours.getOrDefault(current, List.of())) {
                if (distance.putIfAbsent(next, d + 1) == null) {
                    queue.add(next);
                }
            }
        }
        return new EntityGraph(nodes.stream().filter(n -> distance.containsKey(n.iri())).toList(),
                edges.stream().filter(e -> distance.containsKey(e.subject()) && distance.containsKey(e.object())).toList());
    }
}
