package org.airkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.math.BigDecimal;
import java.util.Optional;
import org.airkg.SeedStore;
import org.airkg.extract.fact.StatedQuantity;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.quantity.Comparator;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.airkg.rdf.Iris;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental builds: what the cache gives is what extracting again would, and only changed documents are extracted. */
class DocumentCacheTest {
    private static final List<String> DOCUMENTS = List.of("d09_estradiol_therapy_after_ai.txt", "d11_hdac_inhibitors_exemestane.txt",
            "d12_letrozole_gonadotropins_cc_resistant_pcos.txt");

    @TempDir
    Path tmp;

    private Path corpus;
    private Path cache;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> extracted = new ArrayList<>();

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : DOCUMENTS) {
            Files.copy(SeedStore.root().resolve("data/dev/corpus").resolve(name), corpus.resolve(name));
        }
        cache = tmp.resolve("store.cache");
    }

    private Build.InMemory build(BuildOptions options) throws IOException {
        warnings.clear();
        extracted.clear();
        BuildListener listener = new BuildListener() {
            @Override
            public void extracted(Extraction e) {
                extracted.add(e.stem());
            }

            @Override
            public void warn(String line) {
                warnings.add(line);
            }
        };
        return Build.inMemory(Inputs.defaults(SeedStore.root()).withCorpus(corpus), options, listener);
    }

    private static BuildOptions options() {
        return BuildOptions.defaults().threads(2).shapes(SeedStore.root().resolve("ontology/shapes.ttl")).describe(SeedStore.root().resolve("queries"));
    }

    private Build.InMemory cached() throws IOException {
        return build(options().cache(cache));
    }

    @Test
    void anUnchangedCorpusComesWholeFromTheCacheAndGivesTheSameDatasetAndReport() throws IOException {
        Build.InMemory first = cached();
        assertEquals(3, first.result().extracted());
        Build.InMemory second = cached();
        assertEquals(List.of(), extracted);
        assertEquals(0, second.result().extracted());
        assertEquals(3, second.result().documents());
        assertEquals(first.result().conflicts().toString(), second.result().conflicts().toString());
        assertEquals(first.result().warnings(), second.result().warnings());
        BuildTest.assertIsomorphic(first.dataset(), second.dataset());
        assertEquals(3, entries(".facts.json"));
    }

    @Test
    void aChangedDocumentIsExtractedAloneAndARemovedOneDisappearsFromStoreAndCache() throws IOException {
        cached();
        Files.writeString(corpus.resolve(DOCUMENTS.get(1)), "\nLetrozole was given to the second cohort for 12 weeks.\n",
                StandardOpenOption.APPEND);
        Build.InMemory changed = cached();
        assertEquals(List.of("d11_hdac_inhibitors_exemestane"), extracted);
        BuildTest.assertIsomorphic(build(options()).dataset(), changed.dataset());

        Files.delete(corpus.resolve(DOCUMENTS.get(0)));
        Build.InMemory removed = cached();
        assertEquals(List.of(), extracted);
        assertEquals(2, removed.result().documents());
        Txn.executeRead(removed.dataset(), () -> assertFalse(removed.dataset().asDatasetGraph()
                .containsGraph(NodeFactory.createURI(Iris.documentGraph("d09_estradiol_therapy_after_ai")))));
        BuildTest.assertIsomorphic(build(options()).dataset(), removed.dataset());
        assertEquals(2, entries(".facts.json"), "the entries of the changed and removed documents were pruned");
        assertEquals(2, entries(".graph.rt"));
    }

    @Test
    void aChangeOfTheFingerprintOrFullExtractsEveryDocument() throws IOException {
        cached();
        Path shapes = tmp.resolve("shapes.ttl");
        Files.writeString(shapes, Files.readString(SeedStore.root().resolve("ontology/shapes.ttl")) + "\n# a comment changes the fingerprint\n");
        build(options().shapes(shapes).cache(cache));
        assertEquals(3, extracted.size(), "other shapes: every document again");
        build(options().shapes(shapes).cache(cache).full(true));
        assertEquals(3, extracted.size(), "--full: every document again");
        build(options().shapes(shapes).cache(cache));
        assertEquals(0, extracted.size());
    }

    @Test
    void aCorruptEntryIsDetectedAndExtractedAgainNeverTrusted() throws IOException {
        Build.InMemory first = cached();
        List<Path> graphs = files(".graph.rt");
        List<Path> facts = files(".facts.json");
        flipAByte(graphs.get(0));
        Files.writeString(facts.get(1), Files.readString(facts.get(1)).replace("\"warnings\":", "\"warnings\": "));
        Build.InMemory again = cached();
        assertEquals(2, extracted.size(), extracted.toString());
        assertEquals(2, warnings.stream().filter(w -> w.contains("does not check out; extracted again")).count(), warnings.toString());
        BuildTest.assertIsomorphic(first.dataset(), again.dataset());
        cached();
        assertEquals(List.of(), extracted, "the entries were written again");
    }

    @Test
    void anEntryReadsBackEqualToWhatWasWrittenNumbersWithTheirDecimals() {
        DocumentCache store = DocumentCache.open(cache);
        var number = new StatedQuantity.Number(Optional.of(new BigDecimal("1E+4")), Optional.empty(), Optional.empty(), Comparator.EQ);
        var range = new StatedQuantity.Number(Optional.empty(), Optional.of(new BigDecimal("0.50")), Optional.of(new BigDecimal("12")),
                Comparator.APPROX);
        var stated = new StatedQuantity("quantity=x|unit=", "x", "doc", new ElementRef("table", "7", "/row/2/cell/1"), Optional.of("s2"),
                Optional.empty(), 36, 120, "table 7, row 2, cell 1", "10% - 50%", List.of(new StatedQuantity.Value("1×10^4", "7/2/1/120", number),
                        new StatedQuantity.Value("0.50-12", "7/2/1/130", range)));
        var minted = new LexiconEntry("esr1-y537s", "ESR1 p.Y537S", List.of(), "GeneVariant", List.of(), Optional.of("esr1"));
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(NodeFactory.createURI("https://example.org/s"), NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("o"));
        store.write("k", new DocumentCache.Entry("doc", List.of(stated), List.of(minted), List.of("esr1", "esr1-y537s"), 4, graph));
        DocumentCache.Entry back = store.read("k").orElseThrow();
        assertEquals(List.of(stated), back.statements());
        assertEquals(List.of(minted), back.minted());
        assertEquals(List.of("esr1", "esr1-y537s"), back.entities());
        assertEquals(4, back.warnings());
        assertTrue(graph.isIsomorphicWith(back.graph()));
        assertEquals(Optional.empty(), store.read("other"));
    }

    private static void flipAByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);
    }

    private List<Path> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return new TreeSet<>(s.filter(f -> f.toString().endsWith(suffix)).toList()).stream().toList();
        }
    }

    private long entries(String suffix) throws IOException {
        return files(suffix).size();
    }
}
