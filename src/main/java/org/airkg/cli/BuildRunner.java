package org.airkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.airkg.build.Build;
import org.airkg.build.BuildListener;
import org.airkg.build.BuildOptions;
import org.airkg.build.BuildResult;
import org.airkg.build.DocumentCache;
import org.airkg.build.DocumentSummary;
import org.airkg.build.GraphSink;
import org.airkg.document.DocumentException;
import org.airkg.export.DatasetDump;
import org.airkg.extract.fact.TableFacts;
import org.airkg.extract.relation.Curations;
import org.airkg.store.StoreLock;
import org.airkg.store.TdbStore;
import org.apache.jena.query.Dataset;

/** Runs a build into the store and reports it: the CLI's side of {@link Build}. */
final class BuildRunner {
    private final PrintWriter out;
    private final PrintWriter err;

    BuildRunner(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Builds the store, extracting only the documents its cache misses; see {@link #build(StoreOptions, Path, boolean, int, boolean)}. */
    void build(StoreOptions options, Path dump, boolean skipBad, int threads) throws IOException {
        build(options, dump, skipBad, threads, false);
    }

    /**
     * Builds the store, extracting the documents the cache beside it ({@code NAME.cache}) misses, or every one when
     * {@code full}; throws, leaving the old store as it was, when any document is bad (unless skipping).
     */
    void build(StoreOptions options, Path dump, boolean skipBad, int threads, boolean full) throws IOException {
        try (StoreLock lock = StoreLock.acquire(options.store)) {
            build(options, lock, dump, skipBad, threads, full);
        }
    }

    /** Builds the store whose lock the caller holds (serve, which keeps it while it serves). */
    void build(StoreOptions options, StoreLock lock, Path dump, boolean skipBad, int threads, boolean full) throws IOException {
        Path storeDir = options.store;
        BuildOptions buildOptions = cachedOptions(options, threads).skipBad(skipBad).full(full);
        long started = System.nanoTime();
        BuildResult result;
        boolean inPlace;
        try (Progress progress = new Progress(err, skipBad); GraphSink sink = GraphSink.forBuild(lock, options.inputs(), buildOptions)) {
            inPlace = sink.before().isPresent();
            result = Build.run(options.inputs(), buildOptions, sink, progress);
            if (dump != null) {
                Dataset dataset = TdbStore.open(storeDir);
                try {
                    DatasetDump.write(dataset, dump);
                } finally {
                    TdbStore.close(dataset);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (result.unchanged()) {
            out.printf(Locale.ROOT, "%s is up to date: %d documents, %d triples in %d graphs, unchanged, %.1f s%n", storeDir,
                    result.documents(), result.quads(), result.graphs(), seconds);
            out.flush();
            return;
        }
        report(result);
        out.printf(Locale.ROOT, "%s %s: %d documents, %d triples in %d graphs (%d distinct triples in their union,"
                        + " the SPARQL default graph, as './airkg stats' counts), %d extracted (the others from %s), %.1f s%s%n",
                inPlace ? "updated in place" : "built", storeDir, result.documents(), result.quads(), result.graphs(), result.distinct(), result.extracted(),
                DocumentCache.beside(storeDir).getFileName(), seconds,
                result.skipped().isEmpty() ? "" : ", " + result.skipped().size() + " skipped");
        out.flush();
    }

    /** How the CLI builds: validated against the shapes, described, messages naming the store. */
    static BuildOptions options(StoreOptions options, int threads) {
        return BuildOptions.defaults().threads(threads).shapes(options.shapes).describe(options.catalogue)
                .target("the store at " + options.store);
    }

    /** How the CLI builds, with the cache beside the store ({@code NAME.cache}) that builds and live updates share. */
    static BuildOptions cachedOptions(StoreOptions options, int threads) {
        return options(options, threads).cache(DocumentCache.beside(options.store));
    }

    /**
     * True when the store was built by this code from the inputs as they are now (their fingerprint is the one its
     * stamp records): a changed document, rule, lexicon, vocabulary, curation, shape, query or jar makes it stale. A
     * store whose stamp records no fingerprint was written otherwise (a dataset loaded whole) and is judged by the
     * files' times, as before fingerprints.
     */
    static boolean isCurrent(StoreOptions options) throws IOException {
        if (!TdbStore.isBuilt(options.store)) {
            return false;
        }
        var recorded = TdbStore.fingerprint(options.store);
        if (recorded.isEmpty()) {
            return !TdbStore.isStale(options.store, options.inputs().files());
        }
        return recorded.get().equals(org.airkg.build.Fingerprint.of(options.inputs(), options(options, 1)));
    }

    /** Lists the lexicon entries without an external identifier, the candidates no entry links, curations, tables, conflicts. */
    private void report(BuildResult result) {
        List<String> bare = result.lexicon().entries().stream().filter(e -> e.xrefs().isEmpty()).map(e -> e.id()).toList();
        if (!bare.isEmpty()) {
            err.println("lexicon: " + bare.size() + " of " + result.lexicon().size()
                    + " entries have no confirmed external identifier: " + String.join(", ", bare));
        }
        Map<String, Set<String>> candidates = new TreeMap<>();
        for (DocumentSummary s : result.summaries()) {
            s.candidates().forEach(m -> candidates.computeIfAbsent(m.text() + " (" + m.candidateKind().orElse("?") + ")", k -> new TreeSet<>())
                    .add(s.stem() + ":" + m.span().line()));
        }
        candidates.forEach((name, where) -> err.println("unlinked candidate: " + name + " at " + String.join(", ", where)));
        List<Curations.Outcome> curations = result.summaries().stream().map(DocumentSummary::curation).toList();
        if (!curations.isEmpty()) {
            err.println("curation: " + curations.stream().mapToLong(Curations.Outcome::retracted).sum() + " extracted statements retracted, "
                    + curations.stream().mapToLong(Curations.Outcome::added).sum() + " added");
        }
        curations.forEach(o -> o.applied().forEach(a -> err.println("curation " + switch (a.status()) {
            case APPLIED -> "applied: ";
            case STALE -> "stale (the rules no longer state what it retracts; remove it): ";
            case REDUNDANT -> "redundant (the rules now read what it adds; remove it): ";
        } + a.entry())));
        int measured = result.summaries().stream().mapToInt(DocumentSummary::measurements).sum();
        int unread = result.summaries().stream().mapToInt(s -> s.skipped().size()).sum();
        Map<String, Long> reasons = result.summaries().stream().flatMap(s -> s.skipped().stream())
                .collect(Collectors.groupingBy(TableFacts.Skipped::reason, TreeMap::new, Collectors.counting()));
        err.println("tables: " + measured + " measurements; " + unread + " cells without one"
                + (reasons.isEmpty() ? "" : " (" + String.join(", ", reasons.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()) + ")"));
        result.summaries().forEach(s -> s.skipped().stream().filter(k -> k.reason().equals("number not read"))
                .forEach(k -> err.println("table cell with a number not read: " + s.stem() + " table " + k.cell().key() + k.cell().path() + ": " + k.text())));
        result.conflicts().forEach(c -> err.println("conflict: " + c));
        long ambiguous = result.summaries().stream().mapToLong(DocumentSummary::ambiguous).sum();
        if (ambiguous > 0) {
            err.println("ambiguous mentions: " + ambiguous + " (see query mentions-ambiguous)");
        }
        err.flush();
    }

    /** A progress bar on a terminal, nothing otherwise; the build's warnings and bad files go to the error stream. */
    private static final class Progress implements BuildListener, AutoCloseable {
        private final PrintWriter err;
        private final boolean skipBad;
        private ProgressBar bar;

        Progress(PrintWriter err, boolean skipBad) {
            this.err = err;
            this.skipBad = skipBad;
        }

        @Override
        public void failed(DocumentException e) {
            warn((skipBad ? "skipped: " : "error: ") + e.getMessage());
        }

        @Override
        public void starting(int count) {
            if (System.console() != null) {
                bar = new ProgressBarBuilder().setTaskName("Reading").setInitialMax(count)
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).continuousUpdate().build();
            }
        }

        @Override
        public void warn(String line) {
            err.println(line);
            err.flush();
        }

        @Override
        public void documentDone(Path file) {
            if (bar != null) {
                bar.step();
                bar.setExtraMessage(file.getFileName().toString());
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
