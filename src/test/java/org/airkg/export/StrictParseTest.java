package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.airkg.SeedStore;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed build's N-Quads and TriG dumps parse, quad for quad, in a second strict RDF parser (RDF4J Rio,
 * checking IRI syntax and datatype values) and in Jena's own parser in strict mode with every warning an error.
 */
class StrictParseTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"airkg.nq", "airkg.trig"})
    void dumpsParseInRdf4jWithEveryQuad(String name) throws Exception {
        Path file = dump(name);
        ParserConfig strict = new ParserConfig().set(BasicParserSettings.VERIFY_URI_SYNTAX, true)
                .set(BasicParserSettings.VERIFY_DATATYPE_VALUES, true).set(BasicParserSettings.FAIL_ON_UNKNOWN_DATATYPES, false);
        Model model = new LinkedHashModel();
        org.eclipse.rdf4j.rio.RDFParser parser = Rio.createParser(name.endsWith(".nq") ? RDFFormat.NQUADS : RDFFormat.TRIG);
        parser.setParserConfig(strict);
        parser.setRDFHandler(new StatementCollector(model));
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, "");
        }
        assertEquals(quads(), model.size(), "every quad of the dataset is read back");
    }

    @ParameterizedTest
    @ValueSource(strings = {"airkg.nq", "airkg.trig"})
    void dumpsParseInJenaStrictModeWithNoWarning(String name) throws Exception {
        Path file = dump(name);
        List<String> problems = new ArrayList<>();
        DatasetGraph read = DatasetGraphFactory.createTxnMem();
        RDFParser.source(file).lang(name.endsWith(".nq") ? Lang.NQUADS : Lang.TRIG).strict(true).checking(true)
                .errorHandler(collecting(problems)).parse(read);
        assertEquals(List.of(), problems, name + ": Jena's strict parser complains");
        assertEquals(quads(), Iter.count(read.find()), "every quad of the dataset is read back");
    }

    private Path dump(String name) throws Exception {
        Path file = tmp.resolve(name);
        DatasetDump.write(SeedStore.dataset(), file);
        return file;
    }

    private static long quads() throws Exception {
        Dataset dataset = SeedStore.dataset();
        long quads = Txn.calculateRead(dataset, () -> (long) Iter.count(dataset.asDatasetGraph().find()));
        assertTrue(quads > 0);
        return quads;
    }

    /** An error handler that records warnings and errors with their place instead of logging them. */
    private static ErrorHandler collecting(List<String> problems) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                problems.add(line + ":" + col + ": warning: " + message);
            }

            @Override
            public void error(String message, long line, long col) {
                problems.add(line + ":" + col + ": error: " + message);
            }

            @Override
            public void fatal(String message, long line, long col) {
                problems.add(line + ":" + col + ": fatal: " + message);
                throw new org.apache.jena.riot.RiotException(message);
            }
        };
    }
}
