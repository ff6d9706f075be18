package org.airkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airkg.SeedStore;
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

    @Test
    void buildsQueriesAndDumps() throws IOException {
        Path corpus = copyCorpus();
        Path store = tmp.resolve("store");
        Path dump = tmp.resolve("kg.nq");
        CliRun run = airkg(build(corpus, store, "--dump", dump.toString()));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("(?s)built .*: 5 documents, \\d+ triples in \\d+ graphs, [\\d.]+ s\\s*"), run.out());
        assertTrue(run.err().matches("(?s).*tables: \\d+ measurements; \\d+ cells without one \\(.*describes the population of the row's values: \\d+.*"),
                "the build says why cells gave no measurement: " + run.err());
        assertTrue(run.err().matches("(?s).*its digits belong to entity names: 4.*"),
                "'bypass of CDK4/6 dependency' names a protein family, no number: " + run.err());
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

        Files.write(corpus.resolve("zz_empty.txt"), new byte[0]);
        Files.write(corpus.resolve("zz_latin1.txt"), new byte[] {'T', '\n', 'c', 'a', 'f', (byte) 0xE9});
        CliRun run = airkg(build(corpus, store));
        assertEquals(Main.EXIT_DATA, run.exit());
        assertTrue(run.err().contains("zz_empty.txt: file is empty"), run.err());
        assertTrue(run.err().contains("zz_latin1.txt:2:4: not valid UTF-8"), run.err());
        assertTrue(run.err().contains("2 of 7 documents could not be read"), run.err());
        assertEquals(before, count(store), "the failed build must not touch the store");

        CliRun skipping = airkg(build(corpus, store, "--skip-bad"));
        assertEquals(0, skipping.exit(), skipping.err());
        assertTrue(skipping.err().contains("skipped: "), skipping.err());
        assertTrue(skipping.out().contains("5 documents") && skipping.out().contains("2 skipped"), skipping.out());
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
