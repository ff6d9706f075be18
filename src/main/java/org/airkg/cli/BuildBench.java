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
import org.airkg.build.Build;
import org.airkg.build.BuildListener;
import org.airkg.build.BuildOptions;
import org.airkg.build.BuildResult;
import org.airkg.build.GraphSink;
import org.airkg.build.Inputs;
import org.airkg.store.StoreLock;

/**
 * The whole build pipeline measured, {@code ./airkg bench --stage build}: the corpus (copied round until it has
 * {@code --documents} files, when given) built into a scratch TDB2 store on one thread and on N, in one run, with
 * wall time, documents/s, MB/s, triples/s and the peak heap of each. Shapes are validated and the dataset described,
 * as {@code ./airkg build} does.
 */
final class BuildBench {
    private static final double MB = 1_000_000.0;

    private final Inputs inputs;
    private final Path shapes;
    private final Path catalogue;
    private final PrintWriter out;

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
            Inputs corpus = documents > 0 ? inputs.withCorpus(copies(scratch.resolve("corpus"), documents)) : inputs;
            List<Path> files = Inputs.corpusFiles(corpus.corpus());
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            out.println(String.format(Locale.ROOT, "build: %d documents, %.3f MB, from %s; %d cores", files.size(), bytes / MB,
                    corpus.corpus(), Runtime.getRuntime().availableProcessors()));
            out.flush();
            once(corpus, scratch.resolve("warm-up"), threadCounts.get(threadCounts.size() - 1), BuildListener.NONE);
            List<Double> seconds = new ArrayList<>();
            for (int threads : threadCounts) {
                resetPeaks();
                long start = System.nanoTime();
                long[] setUp = {0};
                BuildResult result = once(corpus, scratch.resolve("store-" + threads), threads, new BuildListener() {
                    @Override
                    public void starting(int count) {
                        setUp[0] = System.nanoTime();
                    }
                });
                double s = (System.nanoTime() - start) / 1e9;
                double ready = (setUp[0] - start) / 1e9;
                double docs = s - ready;
                seconds.add(docs);
                out.println(String.format(Locale.ROOT,
                        "build on %d thread%s: %.2f s (%.2f s loading lexicon, rules and shapes, %.2f s the documents and corpus-wide graphs):"
                                + " %.2f docs/s, %.4f MB/s, %.0f triples/s (%d triples) over the documents' part; peak heap %.0f MB",
                        threads, threads == 1 ? "" : "s", s, ready, docs, result.documents() / docs, bytes / MB / docs, result.quads() / docs,
                        result.quads(), peakHeap() / MB));
                out.flush();
            }
            if (seconds.size() > 1) {
                out.println(String.format(Locale.ROOT, "speed-up of %d threads over %d on the documents' part: %.2f", threadCounts.get(threadCounts.size() - 1),
                        threadCounts.get(0), seconds.get(0) / seconds.get(seconds.size() - 1)));
            }
            out.flush();
        } finally {
            deleteTree(scratch);
        }
    }

    private BuildResult once(Inputs corpus, Path store, int threads, BuildListener listener) throws IOException {
        BuildOptions options = BuildOptions.defaults().threads(threads).shapes(shapes).describe(catalogue).target("the bench store");
        try (StoreLock lock = StoreLock.acquire(store); GraphSink sink = GraphSink.store(lock)) {
            return Build.run(corpus, options, sink, listener);
        }
    }

    /** {@code n} files cycling through the corpus, each under a new name (so each is a document of its own). */
    private Path copies(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = Inputs.corpusFiles(inputs.corpus());
        for (int i = 0; i < n; i++) {
            Path f = files.get(i % files.size());
            String name = f.getFileName().toString();
            Files.copy(f, dir.resolve(String.format(Locale.ROOT, "%05d-%s", i, name)));
        }
        return dir;
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
