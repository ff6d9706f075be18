package org.airkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/** Test fixtures: a small in-memory TDB2 knowledge graph with a union default graph, and test settings. */
final class TestKg {

    static final String NS = "http://example.org/airkg-test/";
    static final int GRAPHS = 3;
    static final int PER_GRAPH = 1000;
    static final long TRIPLES = (long) GRAPHS * PER_GRAPH;
    static final Node PREDICATE = NodeFactory.createURI(NS + "value");

    /** Counts the triples of the default graph, which is the union of the named graphs. */
    static final String COUNT_ALL = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    private TestKg() {}

    /** Named graph number {@code g}, 1-based. */
    static Node graph(int g) {
        return NodeFactory.createURI(NS + "graph/" + g);
    }

    /** Subject {@code i} of graph {@code g}. */
    static Node subject(int g, int i) {
        return NodeFactory.createURI(NS + "graph/" + g + "/s" + i);
    }

    /** In-memory TDB2 with {@link #GRAPHS} named graphs of {@link #PER_GRAPH} distinct triples each. */
    static DatasetGraph dataset() {
        DatasetGraph dsg = TDB2Factory.createDataset().asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> {
            for (int g = 1; g <= GRAPHS; g++) {
                for (int i = 0; i < PER_GRAPH; i++) {
                    dsg.add(Quad.create(graph(g), subject(g, i), PREDICATE, NodeFactory.createLiteralString("v" + i)));
                }
            }
        });
        return dsg;
    }

    /** A fresh, empty Fuseki base under target/ for one test class. */
    static Path base(String name) {
        Path base = Path.of("target", "serve-test", name).toAbsolutePath();
        try {
            if (Files.exists(base)) {
                try (var walk = Files.walk(base)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(TestKg::delete);
                }
            }
            return Files.createDirectories(base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loopback, any free port, the given timeout, base under target/. */
    static ServerSettings.Builder settings(String name, Duration timeout) {
        return ServerSettings.builder().host("127.0.0.1").port(0).queryTimeout(timeout).fusekiBase(base(name));
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops a test server, if it started, and closes its dataset whatever happened. */
    static void stop(AirkgServer server, org.apache.jena.sparql.core.DatasetGraph dataset) {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            dataset.close();
        }
    }
}
