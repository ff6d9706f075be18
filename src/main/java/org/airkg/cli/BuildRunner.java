package org.airkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.airkg.AirkgException;
import org.airkg.document.DocumentException;
import org.airkg.export.DatasetDump;
import org.airkg.extract.mention.MentionStatus;
import org.airkg.extract.relation.Curations;
import org.airkg.rdf.BuildListener;
import org.airkg.rdf.GraphAssembler;
import org.airkg.store.StoreLock;
import org.airkg.store.TdbStore;
import org.airkg.validate.GraphValidator;
import org.airkg.validate.ReportFormat;
import org.airkg.validate.ShapeReport;

/** Runs a build: assemble the graph, write the store, optionally dump it, and report. */
final class BuildRunner {
    private final PrintWriter out;
    private final PrintWriter err;

    BuildRunner(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Builds the store; throws, leaving the old store as it was, when any document is bad (unless skipping). */
    void build(StoreOptions options, Path dump, boolean skipBad) throws IOException {
        try (StoreLock lock = StoreLock.acquire(options.store)) {
            build(options, dump, skipBad, lock);
        }
    }

    private void build(StoreOptions options, Path dump, boolean skipBad, StoreLock lock) throws IOException {
        GraphAssembler.Inputs inputs = options.inputs();
        Path shapes = options.shapes;
        Path storeDir = options.store;
        long started = System.nanoTime();
        GraphAssembler.Assembly assembly;
        try (Progress progress = new Progress()) {
            assembly = GraphAssembler.assemble(inputs, progress);
        }
        List<DocumentException> failures = assembly.failures();
        failures.forEach(f -> err.println((skipBad ? "skipped: " : "error: ") + f.getMessage()));
        err.flush();
        if (!failures.isEmpty() && !skipBad) {
            throw new AirkgException(failures.size() + " of " + (failures.size() + assembly.documents().size())
                    + " documents could not be read; the store at " + storeDir + " was left as it was"
                    + " (--skip-bad builds from the others)");
        }
        if (assembly.documents().isEmpty()) {
            throw new AirkgException(inputs.corpus() + ": no document could be read; the store was left as it was");
        }
        List<org.airkg.validate.IriCheck.Invalid> badIris = org.airkg.validate.IriCheck.invalid(assembly.dataset());
        if (!badIris.isEmpty()) {
            badIris.stream().limit(20).forEach(b -> err.println("invalid IRI in " + b.graph() + ": <" + b.iri() + ">: " + b.reason()));
            err.flush();
            throw new AirkgException(badIris.size() + " IRIs of the graph are not valid absolute IRIs; the store at " + storeDir
                    + " was left as it was");
        }
        validate(assembly, inputs, shapes, storeDir);
        publishDescriptions(assembly.dataset(), options.catalogue);
        long quads = TdbStore.replace(lock, assembly.dataset());
        if (dump != null) {
            DatasetDump.write(assembly.dataset(), dump);
        }
        report(assembly);
        double seconds = (System.nanoTime() - started) / 1e9;
        long distinct = org.apache.jena.system.Txn.calculateRead(assembly.dataset(),
                () -> assembly.dataset().asDatasetGraph().getUnionGraph().size());
        out.printf(Locale.ROOT, "built %s: %d documents, %d triples in %d graphs (%d distinct triples in their union,"
                        + " the SPARQL default graph, as './airkg stats' counts), %.1f s%s%n",
                storeDir, assembly.documents().size(), quads, graphCount(assembly), distinct, seconds,
                failures.isEmpty() ? "" : ", " + failures.size() + " skipped");
        out.flush();
    }

    /** The endpoint the published descriptions name: where ./airkg serve answers by default. */
    static final String DEFAULT_ENDPOINT = "http://127.0.0.1:3030/airkg/sparql";

    /** Adds the VoID description and the query catalogue to the dataset, each in its own named graph. */
    private static void publishDescriptions(org.apache.jena.query.Dataset dataset, Path catalogue) throws IOException {
        org.apache.jena.rdf.model.Model voidModel = org.airkg.export.VoidDescription.describe(dataset, java.util.Optional.of(DEFAULT_ENDPOINT));
        dataset.addNamedModel(org.airkg.rdf.Iris.BASE + "graph/void", voidModel);
        if (java.nio.file.Files.isDirectory(catalogue)) {
            dataset.addNamedModel(org.airkg.query.QueryCatalog.GRAPH, new org.airkg.query.QueryCatalog(catalogue).describe(DEFAULT_ENDPOINT));
        }
    }

    /** Validates the assembled graph against the SHACL shapes; a violation fails the build before the store is touched. */
    private void validate(GraphAssembler.Assembly assembly, GraphAssembler.Inputs inputs, Path shapes, Path storeDir) {
        ShapeReport report = GraphValidator.load(shapes, inputs.ontology()).validate(assembly.dataset());
        if (report.hasViolations()) {
            report.violations().stream().limit(20).forEach(v -> err.println("shape violation: " + ReportFormat.line(v)));
            err.flush();
            throw new AirkgException("the graph violates " + shapes + " (" + ReportFormat.summary(report)
                    + "); the store at " + storeDir + " was left as it was (see ./airkg validate)");
        }
        long warnings = report.violations().size();
        if (warnings > 0) {
            err.println("shapes: " + warnings + " warnings (see ./airkg validate)");
        }
    }

    /** Lists the lexicon entries without an external identifier and the candidates no entry links. */
    private void report(GraphAssembler.Assembly assembly) {
        List<String> bare = assembly.lexicon().entries().stream().filter(e -> e.xrefs().isEmpty()).map(e -> e.id()).toList();
        if (!bare.isEmpty()) {
            err.println("lexicon: " + bare.size() + " of " + assembly.lexicon().size()
                    + " entries have no confirmed external identifier: " + String.join(", ", bare));
        }
        java.util.Map<String, java.util.Set<String>> candidates = new java.util.TreeMap<>();
        for (var entry : assembly.mentions().entrySet()) {
            entry.getValue().stream().filter(m -> m.status() == MentionStatus.CANDIDATE).forEach(m -> candidates
                    .computeIfAbsent(m.text() + " (" + m.candidateKind().orElse("?") + ")", k -> new java.util.TreeSet<>())
                    .add(entry.getKey() + ":" + m.span().line()));
        }
        candidates.forEach((name, where) -> err.println("unlinked candidate: " + name + " at " + String.join(", ", where)));
        long retracted = assembly.curations().stream().mapToLong(Curations.Outcome::retracted).sum();
        long added = assembly.curations().stream().mapToLong(Curations.Outcome::added).sum();
        if (!assembly.curations().isEmpty()) {
            err.println("curation: " + retracted + " extracted statements retracted, " + added + " added");
        }
        assembly.curations().forEach(o -> o.applied().forEach(a -> err.println("curation " + switch (a.status()) {
            case APPLIED -> "applied: ";
            case STALE -> "stale (the rules no longer state what it retracts; remove it): ";
            case REDUNDANT -> "redundant (the rules now read what it adds; remove it): ";
        } + a.entry())));
        int measured = assembly.measurements().values().stream().mapToInt(r -> r.measurements().size()).sum();
        int unread = assembly.measurements().values().stream().mapToInt(r -> r.skipped().size()).sum();
        java.util.Map<String, Long> reasons = assembly.measurements().values().stream().flatMap(r -> r.skipped().stream())
                .collect(java.util.stream.Collectors.groupingBy(org.airkg.extract.fact.TableFacts.Skipped::reason, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()));
        err.println("tables: " + measured + " measurements; " + unread + " cells without one"
                + (reasons.isEmpty() ? "" : " (" + String.join(", ", reasons.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()) + ")"));
        assembly.measurements().forEach((stem, result) -> result.skipped().stream().filter(k -> k.reason().equals("number not read"))
                .forEach(k -> err.println("table cell with a number not read: " + stem + " table " + k.cell().key() + k.cell().path() + ": " + k.text())));
        assembly.conflicts().forEach(c -> err.println("conflict: " + c));
        long ambiguous = assembly.allMentions().stream().filter(m -> m.status() == MentionStatus.AMBIGUOUS).count();
        if (ambiguous > 0) {
            err.println("ambiguous mentions: " + ambiguous + " (see query mentions-ambiguous)");
        }
        err.flush();
    }

    private static long graphCount(GraphAssembler.Assembly assembly) {
        return org.apache.jena.system.Txn.calculateRead(assembly.dataset(),
                () -> org.apache.jena.atlas.iterator.Iter.count(assembly.dataset().asDatasetGraph().listGraphNodes()));
    }

    /** A progress bar on a terminal, nothing otherwise. */
    private static final class Progress implements BuildListener, AutoCloseable {
        private ProgressBar bar;

        @Override
        public void starting(int count) {
            if (System.console() != null) {
                bar = new ProgressBarBuilder().setTaskName("Reading").setInitialMax(count)
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).continuousUpdate().build();
            }
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
