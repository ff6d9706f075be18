package org.airkg.validate;

import java.io.IOException;
import java.nio.file.Path;
import org.airkg.build.BuildListener;
import org.airkg.build.Inputs;
import org.airkg.build.BuildOptions;
import org.airkg.build.Build;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The validator, the seed dataset and the hand-written graphs of {@code src/test/resources/validate/}, each made once per JVM. */
final class Fixtures {
    private static GraphValidator validator;
    private static Dataset seed;

    private Fixtures() {}

    static Path root() {
        return Path.of("").toAbsolutePath();
    }

    static synchronized GraphValidator validator() {
        if (validator == null) {
            validator = GraphValidator.defaults(root());
        }
        return validator;
    }

    /** The seed corpus assembled in memory, as {@code ./airkg build} assembles it. */
    static synchronized Dataset seed() throws IOException {
        if (seed == null) {
            seed = Build.inMemory(Inputs.defaults(root()), BuildOptions.defaults(), BuildListener.NONE).dataset();
        }
        return seed;
    }

    static Path resource(String name) {
        return root().resolve("src/test/resources/validate").resolve(name);
    }

    /** The valid graph ({@code valid.ttl}) with the files of {@code bad/} named by {@code cases} added. */
    static Graph graph(String... cases) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(resource("valid.ttl")).parse(graph);
        for (String c : cases) {
            RDFParser.source(resource("bad/" + c + ".ttl")).parse(graph);
        }
        return graph;
    }
}
