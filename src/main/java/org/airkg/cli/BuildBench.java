package org.airkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.airkg.bench.CorpusGenerator;
import org.airkg.build.Build;
import org.airkg.build.BuildListener;
import org.airkg.build.BuildOptions;
import org.airkg.build.BuildResult;
import org.airkg.build.GraphSink;
import org.airkg.build.DocumentCache;
import org.airkg.build.Inputs;
import org.airkg.export.DatasetDump;
import org.airkg.store.StoreLock;
import org.airkg.store.TdbStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The whole build pipeline measured, {@code ./airkg bench --stage build}: the corpus (or, with {@code --documents N}, N
 * documents generated from it by {@link CorpusGenerator} with the seed {@value #SEED}) built into a scratch TDB2 store on one thread and on N, in one run, with
 * wall time, documents/s, MB/s, triples/s and the peak heap of each. Shapes are validated and the dataset described,
 * as {@code ./airkg build} does, with the build cache beside the store. Then, on the last store: a no-op rebuild and a
 * rebuild after one more generated document is added, both updating the store in place as {@code ./airkg build} does, and Jena's own bulk loader ({@code tdb2.tdbloader}'s
 * default plan) loading the dump of the same dataset into a fresh store, with the ratio of the build's triples/s to it.
 */
final class BuildBench {
    private static final double MB = 1_000_000.0;
    /** Documents of the untimed warm-up build. */
    private static final int WARM_UP = 20;
    /** The seed of the generated corpus. */
    static final long SEED = 20_261_204L;

    private final Inputs inputs;
    private final Path shapes;
    private final Path catalogue;
    private final PrintWriter out;
    private CorpusGenerator generator;

    BuildBench(Inputs inputs, Path shapes, Path catalogue, PrintWriter out) {
        this.inputs = inputs;
        this.shapes = shapes;
        this.catalogue = catalogue;
        this.out = out;
    }

    /** Builds the corpus once untimed (warm-up), then once per thread count; prints a line each and their ratio. */
    void run(int documents, List<Integer> threadCounts) throws IOException {
        Path scratch = Files.createTempDirectory("airkg-bench-build");
        try {
            int n = documents > 0 ? documents : Inputs.corpusFiles(inputs.corpus()).size();
            Inputs corpus = inputs.withCorpus(documents > 0 ? generated(scratch.resolve("corpus"), n) : inputs.corpus());
            List<Path> files = Inputs.corpusFiles(corpus.corpus());
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            out.println(String.format(Locale.ROOT, "build: %d documents, %.3f MB, from %s; %d cores", files.size(), bytes / MB,
                    corpus.corpus(), Runtime.getRuntime().availableProcessors()));
            out.flush();
            Inputs warmUp = documents > 0 ? inputs.withCorpus(generated(scratch.resolve("warm-up-corpus"), Math.min(n, WARM_UP))) : corpus;
            once(warmUp, scratch.resolve("warm-up"), threadCounts.get(threadCounts.size() - 1), BuildListener.NONE);
            List<Double> seconds = new ArrayList<>();
            BuildResult last = null;
            double lastWall = 0;
            for (int threads : threadCounts) {
                resetPeaks();
                long start = System.nanoTime();
                long[] setUp = {0};
                StringBuilder steps = new StringBuilder();
                BuildResult result = once(corpus, scratch.resolve("store-" + threads), threads, new BuildListener() {
                    @Override
                    public void starting(int count) {
                        setUp[0] = System.nanoTime();
                    }

                    @Override
                    public void step(String name, long nanos) {
                        steps.append(steps.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f s", name, nanos / 1e9));
                    }
                });
                double s = (System.nanoTime() - start) / 1e9;
                double ready = (setUp[0] - start) / 1e9;
                double docs = s - ready;
                seconds.add(docs);
                last = result;
                lastWall = s;
                out.println(String.format(Locale.ROOT,
                        "build on %d thread%s: %.2f s (%.2f s loading lexicon, rules and shapes, %.2f s the documents and corpus-wide graphs):"
                                + " %.2f docs/s, %.4f MB/s, %.0f triples/s (%d triples) over the documents' part; peak heap %.0f MB",
                        threads, threads == 1 ? "" : "s", s, ready, docs, result.documents() / docs, bytes / MB / docs, result.quads() / docs,
                        result.quads(), peakHeap() / MB));
                out.println("  steps: " + steps + "; " + result.conflicts().size() + " conflicts");
                out.flush();
            }
            if (seconds.size() > 1) {
                out.println(String.format(Locale.ROOT, "speed-up of %d threads over %d on the documents' part: %.2f", threadCounts.get(threadCounts.size() - 1),
                        threadCounts.get(0), seconds.get(0) / seconds.get(seconds.size() - 1)));
            }
            int threads = threadCounts.get(threadCounts.size() - 1);
            Path store = scratch.resolve("store-" + threads);
            rebuilds(corpus, store, threads, lastWall);
            rawLoad(store, scratch, last.quads() / seconds.get(seconds.size() - 1), last.quads() / lastWall);
            out.flush();
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * A no-op rebuild of {@code store}, then one after a document is added, one after another is changed (a generated
     * document in its place) and one after it is removed, each timed against the full build's wall time.
     */
    private void rebuilds(Inputs corpus, Path store, int threads, double full) throws IOException {
        long start = System.nanoTime();
        BuildResult noop = once(corpus, store, threads, BuildListener.NONE);
        double s = (System.nanoTime() - start) / 1e9;
        out.println(String.format(Locale.ROOT, "no-op rebuild: %.2f s (%d of %d documents extracted), %.1f%% of the full build's %.2f s", s,
                noop.extracted(), noop.documents(), 100 * s / full, full));
        List<Path> files = Inputs.corpusFiles(corpus.corpus());
        Path added = corpus.corpus().resolve("zz-added-" + CorpusGenerator.name(files.size()));
        Files.writeString(added, generator().document(SEED, files.size()));
        timedRebuild("one document added", corpus, store, threads, full);
        Path changed = files.get(files.size() / 2);
        Files.writeString(changed, generator().document(SEED, files.size() + 1));
        timedRebuild("one document changed", corpus, store, threads, full);
        Files.delete(changed);
        timedRebuild("one document removed", corpus, store, threads, full);
    }

    /** Rebuilds {@code store} in place after a change to the corpus; prints its time against the full build's and its steps. */
    private void timedRebuild(String what, Inputs corpus, Path store, int threads, double full) throws IOException {
        long start = System.nanoTime();
        StringBuilder steps = new StringBuilder();
        BuildResult one = once(corpus, store, threads, new BuildListener() {
            @Override
            public void step(String name, long nanos) {
                steps.append(steps.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f s", name, nanos / 1e9));
            }
        });
        double s = (System.nanoTime() - start) / 1e9;
        out.println(String.format(Locale.ROOT, "%s: %.2f s (%d of %d documents extracted), %.1f%% of the full build's %.2f s;"
                + " steps: %s", what, s, one.extracted(), one.documents(), 100 * s / full, full, steps));
        out.flush();
    }

    /** Dumps {@code store} to N-Quads and loads the dump with Jena's bulk loader into a fresh store; prints the rates' ratio. */
    private void rawLoad(Path store, Path scratch, double documentsPart, double wall) throws IOException {
        Path dump = scratch.resolve("dump.nq");
        Dataset built = TdbStore.open(store);
        try {
            DatasetDump.write(built, dump);
        } finally {
            TdbStore.close(built);
        }
        DatasetGraph fresh = DatabaseMgr.connectDatasetGraph(scratch.resolve("raw-load").toString());
        long start = System.nanoTime();
        DataLoader loader = LoaderFactory.createLoader(fresh, (fmt, args) -> {});
        loader.startBulk();
        try {
            loader.load(dump.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        double s = (System.nanoTime() - start) / 1e9;
        long quads = loader.countQuads();
        double raw = quads / s;
        TDBInternal.expel(fresh);
        out.println(String.format(Locale.ROOT, "Jena bulk loader (LoaderFactory.createLoader, as tdb2.tdbloader) on the dump: %d quads, %.2f s,"
                + " %.0f triples/s; build / raw load: %.2f over the documents' part, %.2f over the whole build", quads, s, raw,
                documentsPart / raw, wall / raw));
    }

    private BuildResult once(Inputs corpus, Path store, int threads, BuildListener listener) throws IOException {
        BuildOptions options = BuildOptions.defaults().threads(threads).shapes(shapes).describe(catalogue).target("the bench store")
                .cache(DocumentCache.beside(store));
        BuildListener told = new BuildListener() {
            @Override
            public void starting(int count) {
                listener.starting(count);
            }

            @Override
            public void step(String name, long nanos) {
                listener.step(name, nanos);
            }

            @Override
            public void warn(String line) {
                out.println("  " + line);
                out.flush();
            }
        };
        try (StoreLock lock = StoreLock.acquire(store); GraphSink sink = GraphSink.forBuild(lock, corpus, options)) {
            return Build.run(corpus, options, sink, told);
        }
    }

    /** {@code n} documents generated from the corpus into {@code dir}, which is returned. */
    private Path generated(Path dir, int n) throws IOException {
        generator().write(dir, n, SEED);
        return dir;
    }

    private CorpusGenerator generator() throws IOException {
        if (generator == null) {
            generator = CorpusGenerator.load(inputs.corpus(), inputs.lexicon(), inputs.vocab());
        }
        return generator;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The heap's peak use since the last reset: the pools' peaks summed (an upper bound, as they peak at different times). */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
