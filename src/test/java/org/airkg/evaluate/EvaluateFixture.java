package org.airkg.evaluate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airkg.SeedStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;

/** The scorer's test fixture: {@code src/test/resources/evaluate/}, a graph, its gold file and the expected reports. */
public final class EvaluateFixture {
    /** The fixture directory. */
    public static final Path DIR = SeedStore.root().resolve("src/test/resources/evaluate");
    /** The gold directory. */
    public static final Path GOLD = DIR.resolve("gold");

    private EvaluateFixture() {}

    /** The fixture graph in a new in-memory dataset. */
    public static Dataset dataset() {
        Dataset dataset = DatasetFactory.createTxnMem();
        RDFParser.source(DIR.resolve("fixture.trig")).parse(dataset.asDatasetGraph());
        return dataset;
    }

    /** {@code evaluation} written in {@code format}. */
    public static String write(Evaluation evaluation, ReportFormat format) {
        StringWriter out = new StringWriter();
        format.write(evaluation, new PrintWriter(out));
        return out.toString();
    }

    /** The expected file {@code name}; with {@code -Dairkg.regenerate=true}, first rewritten with {@code actual}. */
    public static String expected(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (SeedStore.regenerate()) {
            Files.writeString(file, actual);
        }
        return Files.readString(file);
    }
}
