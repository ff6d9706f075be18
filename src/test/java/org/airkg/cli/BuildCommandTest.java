package org.airkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airkg.SeedStore;
import org.airkg.document.FormatFixtures;
import org.airkg.rdf.Iris;
import org.airkg.store.TdbStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code airkg build} and {@code airkg query} as a user runs them, on copies of the seed corpus. */
class BuildCommandTest {
    @TempDir
    Path tmp;

    private static CliRun airkg(String... args) {
        return CliRun.of(args);
    }

    private Path copyCorpus() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        try (var files = Files.list(SeedStore.root().resolve("data/corpus"))) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        return corpus;
    }

    private String[] build(Path corpus, Path store, String... more) {
        String[] base = {"build", "--corpus", corpus.toString(), "--store", store.toString(),
                "--ontology", SeedStore.root().resolve("ontology/airkg.ttl").toString(),
                "--lexicon", SeedStore.root().resolve("data/lexicon").toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    /** Issue 17: a second build of one store is refused at once, naming the process that holds it. */
    @Test
    void aSecondBuildOfOneStoreIsRefusedNamingTheFirst() {
        Path store = tmp.resolve("store");
        try (org.airkg.store.StoreLock first = org.airkg.store.StoreLock.acquire(store)) {
            CliRun second = airkg("build", "--store", store.toString());
            assertEquals(Main.EXIT_DATA, second.exit(), second.err());
            assertEquals("airkg: " + store + " is being written by another process (pid " + ProcessHandle.current().pid()
                    + ": ", second.err().substring(0, second.err().indexOf(": ", second.err().indexOf("(pid")) + 2));
            assertTrue(java.nio.file.Files.notExists(store), "the refused build wrote the store");
        }
    }

    @Test
    void buildsQueriesAndDumps() throws IOException {
        Path corpus = copyCorpus();
        Path store = tmp.resolve("store");
        Path dump = tmp.resolve("kg.nq");
        CliRun run = airkg(build(corpus, store, "--dump", dump.toString()));
        assertEquals(0, run.exit(), run.err());
        java.util.regex.Matcher built = java.util.regex.Pattern.compile("built .*: 5 documents, \\d+ triples in \\d+ graphs"
                + " \\((\\d+) distinct triples in their union, the SPARQL default graph, as './airkg stats' counts\\),"
                + " 5 extracted \\(the others from store.cache\\), [\\d.]+ s\\s*").matcher(run.out());
        assertTrue(built.matches(), run.out());
        CliRun stats = airkg("stats", "--store", store.toString());
        assertEquals(0, stats.exit(), stats.err());
        assertTrue(stats.out().contains("triples (distinct)") && stats.out().matches("(?s).*triples \\(distinct\\)\\s+"
                + built.group(1) + "\\s.*"), () -> "build and stats count the union differently: " + built.group(1)
                + " vs\n" + stats.out());
        assertTrue(run.err().matches("(?s).*tables: \\d+ measurements; \\d+ cells without one \\(.*describes the population of the row's values: \\d+.*"),
                "the build says why cells gave no measurement: " + run.err());
        assertTrue(run.err().matches("(?s).*its digits belong to entity names: 4.*"),
                "'bypass of CDK4/6 dependency' names a protein family, no number: " + run.err());
        assertEquals(List.of(
                "conflict: absorbance wavelength of MTT assay (cell lines MCF-7; unit nanometer): 570 nm"
                        + " at 001_16f9ed06042b2b1e:108 (section 'Protocol 1: In Vitro Cell Viability (MTT) Assay'"
                        + ", paragraph 33, sentence 1: \"Absorbance Reading:** Measure the absorbance at 570 nm using a microplate reader.\") vs "
                        + "492 nm or 570 nm"
                        + " at 002_da7e4f0a02ba5e9f:152 (section 'Cell Viability (MTT) Assay'"
                        + ", paragraph 54, sentence 1: \"Measure the absorbance at a wavelength of 492 nm or 570 nm using a microplate reader.\")",
                "conflict: frequency of ESR1 mutation (population metastatic resistant; unit percent): 11-40%"
                        + " at 003_1afece03e2dd8667:31 (section 'Ligand-Independent Estrogen Receptor (ER) Reactivation'"
                        + ", paragraph 6, sentence 2: \"These mutations are rare in primary tumors but are detected in 11-40% of metastatic, endocrine-resistant cancers.\") vs "
                        + "10% - 50%"
                        + " at 003_1afece03e2dd8667:36 (section 'Ligand-Independent Estrogen Receptor (ER) Reactivation'"
                        + ", table 7, row 2, cell 1: \"10% - 50%[9]\")",
                "conflict: seeding density of MTT assay (cell lines MCF-7; vessel 96-well plate; unit cells per well): 7,500 cells per well"
                        + " at 001_16f9ed06042b2b1e:102 (section 'Protocol 1: In Vitro Cell Viability (MTT) Assay'"
                        + ", paragraph 29, sentence 1: \"Cell Seeding: Plate breast cancer cells (e.g., MCF-7) in a 96-well plate at a density of 7,500 cells per well in DMEM with 10% charcoal-stripped FBS.\") vs "
                        + "1×10^4 cells/well"
                        + " at 002_da7e4f0a02ba5e9f:145 (section 'Cell Viability (MTT) Assay'"
                        + ", paragraph 47, sentence 1: \"Seed the parental and **anastrozole**-resistant cells in 96-well plates at a density of 1×10^4 cells/well in 100 μ L of culture medium.\")"),
                run.err().lines().filter(l -> l.startsWith("conflict: ")).toList(),
                "the seeds' conflicts, each with both places, and no other: a frequency given as one range in prose and another in "
                        + "a table of one document, an assay read at two wavelengths, two seeding densities for one assay");
        assertTrue(Files.size(dump) > 0);

        CliRun query = airkg("query", "documents", "--store", store.toString(), "--catalogue",
                SeedStore.root().resolve("queries").toString(), "--format", "csv");
        assertEquals(0, query.exit(), query.err());
        assertEquals(Files.readString(SeedStore.root().resolve("src/test/resources/queries/documents.csv")),
                query.out().replace("\r\n", "\n"));
    }

    @Test
    void aBadFileFailsTheBuildNamesEveryBadFileAndLeavesTheStoreAsItWas() throws IOException {
        Path corpus = copyCorpus();
        Path store = tmp.resolve("store");
        assertEquals(0, airkg(build(corpus, store)).exit());
        long before = count(store);
        CliRun again = airkg(build(corpus, store));
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().matches(java.util.regex.Pattern.quote(store.toString()) + " is up to date: 5 documents, " + before
                + " triples in \\d+ graphs, unchanged, [\\d.]+ s\\s*"), "nothing changed, nothing written: " + again.out());

        Files.write(corpus.resolve("zz_empty.txt"), new byte[0]);
        Files.write(corpus.resolve("zz_latin1.txt"), new byte[] {'T', '\n', 'c', 'a', 'f', (byte) 0xE9});
        CliRun run = airkg(build(corpus, store));
        assertEquals(Main.EXIT_DATA, run.exit());
        assertTrue(run.err().contains("zz_empty.txt: file is empty"), run.err());
        assertTrue(run.err().contains("zz_latin1.txt:2:4: not valid UTF-8"), run.err());
        assertTrue(run.err().contains("2 of 7 documents could not be read"), run.err());
        assertEquals(before, count(store), "the failed build must not touch the store");

        assertSkipBadBuilds(corpus, store, 5, 2);
    }

    /** {@code --skip-bad} builds from the good files, listing each bad one. */
    private void assertSkipBadBuilds(Path corpus, Path store, int documents, int skipped) {
        CliRun skipping = airkg(build(corpus, store, "--skip-bad"));
        assertEquals(0, skipping.exit(), skipping.err());
        assertEquals(skipped, skipping.err().lines().filter(l -> l.startsWith("skipped: ")).count(), skipping.err());
        assertTrue(skipping.out().contains(documents + " documents") && skipping.out().contains(skipped + " skipped"), skipping.out());
    }

    @Test
    void pdfHtmlAndJatsBuildWhileScannedEncryptedTruncatedAndUnknownFilesFailTheBuildByNameAndLeaveTheStoreAsItWas() throws IOException {
        Path corpus = copyCorpus();
        Path store = tmp.resolve("store");
        Files.write(corpus.resolve("zz_page.txt"), Files.readAllBytes(FormatFixtures.resource("vendor-note.html")));
        Files.write(corpus.resolve("zz_article.xml"), Files.readAllBytes(FormatFixtures.resource("article.xml")));
        Files.write(corpus.resolve("zz_note.pdf"), FormatFixtures.notePdf(2));
        CliRun good = airkg(build(corpus, store));
        assertEquals(0, good.exit(), "a PDF, a saved page (named .txt) and a JATS article beside the seeds build and validate: " + good.err());
        assertTrue(good.out().contains("8 documents"), good.out());
        long before = count(store);

        Files.write(corpus.resolve("zz_scan.pdf"), FormatFixtures.scannedPdf());
        Files.write(corpus.resolve("zz_locked.pdf"), FormatFixtures.encryptedPdf());
        Files.write(corpus.resolve("zz_cut.pdf"), FormatFixtures.truncatedPdf());
        Files.write(corpus.resolve("zz_slides.pptx"), new byte[] {'P', 'K', 3, 4, 20, 0});
        CliRun run = airkg(build(corpus, store));
        assertEquals(Main.EXIT_DATA, run.exit());
        assertTrue(run.err().contains("zz_scan.pdf: PDF has no text layer"), run.err());
        assertTrue(run.err().contains("zz_locked.pdf: encrypted PDF"), run.err());
        assertTrue(run.err().contains("zz_cut.pdf: truncated PDF"), run.err());
        assertTrue(run.err().contains("zz_slides.pptx: no reader takes this file"), run.err());
        assertTrue(run.err().contains("4 of 12 documents could not be read"), run.err());
        assertEquals(before, count(store), "the failed build must not touch the store");

        assertSkipBadBuilds(corpus, store, 8, 4);
    }

    @Test
    void oneMoreDocumentLeavesTheIrisOfTheOthersAsTheyWere() throws IOException {
        Path corpus = copyCorpus();
        Path store = tmp.resolve("store");
        assertEquals(0, airkg(build(corpus, store)).exit());
        Model before = graph(store, "002_da7e4f0a02ba5e9f");

        Files.copy(corpus.resolve("004_0564d2a207f1c997.txt"), corpus.resolve("005_extra.txt"));
        Files.delete(corpus.resolve("000_69488b54e0ebb312.txt"));
        assertEquals(0, airkg(build(corpus, store)).exit());
        Model after = graph(store, "002_da7e4f0a02ba5e9f");
        assertTrue(before.isIsomorphicWith(after), "document 002's graph changed when the corpus around it did");
        assertTrue(graph(store, "005_extra").size() > 0);
    }

    private static long count(Path store) {
        Dataset ds = TdbStore.open(store);
        try {
            return Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count());
        } finally {
            TdbStore.close(ds);
        }
    }

    private static Model graph(Path store, String stem) {
        Dataset ds = TdbStore.open(store);
        try {
            return Txn.calculateRead(ds, () -> {
                Model copy = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
                copy.add(ds.getNamedModel(Iris.documentGraph(stem)));
                return copy;
            });
        } finally {
            TdbStore.close(ds);
        }
    }
}
