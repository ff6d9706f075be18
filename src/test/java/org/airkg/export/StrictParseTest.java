package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airkg.SeedStore;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed build's N-Quads and TriG dumps parse in a second, strict RDF parser (RDF4J Rio), quad for quad. */
class StrictParseTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"airkg.nq", "airkg.trig"})
    void dumpsParseInRdf4jWithEveryQuad(String name) throws Exception {
        Path file = tmp.resolve(name);
        DatasetDump.write(SeedStore.dataset(), file);
        ParserConfig strict = new ParserConfig().set(BasicParserSettings.VERIFY_URI_SYNTAX, true)
                .set(BasicParserSettings.VERIFY_DATATYPE_VALUES, true).set(BasicParserSettings.FAIL_ON_UNKNOWN_DATATYPES, false);
        Model model = new org.eclipse.rdf4j.model.impl.LinkedHashModel();
        org.eclipse.rdf4j.rio.RDFParser parser = Rio.createParser(name.endsWith(".nq") ? RDFFormat.NQUADS : RDFFormat.TRIG);
        parser.setParserConfig(strict);
        parser.setRDFHandler(new org.eclipse.rdf4j.rio.helpers.StatementCollector(model));
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, "");
        }
        org.apache.jena.query.Dataset dataset = SeedStore.dataset();
        long quads = Txn.calculateRead(dataset, () -> (long) org.apache.jena.atlas.iterator.Iter.count(dataset.asDatasetGraph().find()));
        assertTrue(quads > 0);
        assertEquals(quads, model.size(), "every quad of the dataset is read back");
    }
}
