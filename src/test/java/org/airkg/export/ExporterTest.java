package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airkg.AirkgException;
import org.airkg.store.TdbStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export API: options refused in plain sentences, neighbourhoods, and the whole-dataset formats read back. */
class ExporterTest {
    @TempDir
    Path tmp;

    @Test
    void optionsThatMeanNothingAreRefused() {
        assertMessage("No export format specified", () -> ExportOptions.builder().out(tmp).build());
        assertMessage("No output path specified", () -> ExportOptions.builder().format(ExportFormat.DOT).build());
        assertMessage("--around selects part of the entity graph; trig exports the whole dataset",
                () -> ExportOptions.builder().format(ExportFormat.TRIG).out(tmp).around(ExportFixture.LETROZOLE).build());
        assertMessage("--depth needs --around", () -> ExportOptions.builder().format(ExportFormat.DOT).out(tmp).depth(2).build());
        assertMessage("--depth must be 0 or more", () -> ExportOptions.builder().format(ExportFormat.DOT).out(tmp)
                .around(ExportFixture.LETROZOLE).depth(-1).build());
        assertMessage("--around takes an entity's IRI", () -> ExportOptions.builder().format(ExportFormat.DOT).out(tmp)
                .around("letrozole").build());
        assertEquals(ExportOptions.DEFAULT_DEPTH, ExportOptions.builder().format(ExportFormat.DOT).out(tmp)
                .around(ExportFixture.LETROZOLE).build().depth());
    }

    @Test
    void exportsANeighbourhoodAndTheWholeDatasetFromTheStore() throws Exception {
        Dataset dataset = ExportFixture.store(tmp.resolve("tdb2"));
        try {
            ExportReport near = Exporter.export(dataset, ExportOptions.builder().format(ExportFormat.CYJS)
                    .out(tmp.resolve("near.cyjs")).around(ExportFixture.LETROZOLE).depth(2).build());
            assertEquals(new ExportReport.Counts(5, 4), near.graph().orElseThrow());
            assertEquals(Files.size(tmp.resolve("near.cyjs")), near.bytes());

            AirkgException unknown = assertThrows(AirkgException.class, () -> Exporter.export(dataset, ExportOptions.builder()
                    .format(ExportFormat.DOT).out(tmp.resolve("x.dot")).around(ExportFixture.ESR1).build()));
            assertTrue(unknown.getMessage().contains("no entity with this IRI"), unknown.getMessage());
            assertTrue(Files.notExists(tmp.resolve("x.dot")));

            ExportReport ttl = Exporter.export(dataset, ExportOptions.builder().format(ExportFormat.TTL).out(tmp.resolve("all.ttl")).build());
            Model union = Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel().add(dataset.getUnionModel()));
            assertTrue(RDFDataMgr.loadModel(tmp.resolve("all.ttl").toString()).isIsomorphicWith(union));
            assertEquals(List.of(tmp.resolve("all.ttl")), ttl.files());

            ExportReport trig = Exporter.export(dataset, ExportOptions.builder().format(ExportFormat.TRIG).out(tmp.resolve("all")).build());
            assertEquals(List.of(tmp.resolve("all.trig")), trig.files(), "the format's extension is added");
            Dataset back = DatasetFactory.create();
            RDFDataMgr.read(back, tmp.resolve("all.trig").toString());
            assertEquals(3, back.asDatasetGraph().stream().map(q -> q.getGraph()).distinct().count());

            ExportReport nq = Exporter.export(dataset, ExportOptions.builder().format(ExportFormat.NQ).out(tmp.resolve("all.nq.gz")).build());
            assertEquals(List.of(tmp.resolve("all.nq.gz")), nq.files());
        } finally {
            TdbStore.close(dataset);
        }
    }

    @Test
    void directoryFormatsListEveryFile() throws Exception {
        ExportReport kgx = Exporter.write(ExportedGraphs.fixture(), ExportFormat.KGX, tmp.resolve("kgx"));
        assertEquals(List.of(tmp.resolve("kgx/nodes.tsv"), tmp.resolve("kgx/edges.tsv")), kgx.files());
        assertEquals(Files.size(kgx.files().get(0)) + Files.size(kgx.files().get(1)), kgx.bytes());
    }

    private static void assertMessage(String start, org.junit.jupiter.api.function.Executable executable) {
        AirkgException e = assertThrows(AirkgException.class, executable);
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
