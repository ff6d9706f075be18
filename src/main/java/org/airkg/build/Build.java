package org.airkg.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.airkg.AirkgException;
import org.airkg.document.DocumentException;
import org.airkg.document.DocumentReader;
import org.airkg.extract.fact.StatedQuantity;
import org.airkg.rdf.Iris;
import org.airkg.rdf.Namespaces;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The build pipeline, in the manner of Jena's {@code DataLoader}: {@link #startBulk()} loads what every document
 * shares, {@link #stream} reads, extracts, maps and validates the documents on a bounded pool of threads and streams
 * each document's graph into the sink as it is done (in corpus order, so the result does not depend on the threads),
 * {@link #finishBulk()} adds the corpus-wide graphs ({@link CorpusGraphs}: ontology, lexicon, conflicts, descriptions) computed from what was written, and makes the result
 * the sink's, {@link #finishException} drops it. Only the documents in flight are held whole.
 *
 * <pre>{@code
 * try (StoreLock lock = StoreLock.acquire(dir); GraphSink sink = GraphSink.store(lock)) {
 *     BuildResult result = Build.run(Inputs.defaults(root), BuildOptions.defaults().shapes(shapes), sink, BuildListener.NONE);
 * }
 * }</pre>
 */
public final class Build {
    private final Inputs inputs;
    private final BuildOptions options;
    private final GraphSink sink;
    private final BuildListener listener;
    private final List<DocumentException> failures = new ArrayList<>();
    private final List<DocumentSummary> summaries = new ArrayList<>();
    private final Map<String, List<StatedQuantity>> statements = new java.util.TreeMap<>();
    private final List<DocumentCache.Listed> listed = new ArrayList<>();
    /** The lexicon ids of the entities the documents' graphs name, as each document's stage recorded them. */
    private final Set<String> named = new java.util.TreeSet<>();
    /** For a store updated in place: the document graphs changed, from which the corpus-wide graphs are updated. */
    private Optional<CorpusUpdate> update = Optional.empty();
    private Optional<DocumentCache> cache = Optional.empty();
    private CorpusGraphs corpus;
    private Extractor extractor;
    private DocumentStage stage;
    private int documents;
    private int extracted;
    private String fingerprint;
    private String base;
    /** The documents the sink holds already (a store updated in place), by file name: the SHA-256 of each file. */
    private Map<String, String> held = Map.of();
    private long mark = System.nanoTime();

    private Build(Inputs inputs, BuildOptions options, GraphSink sink, BuildListener listener) {
        this.inputs = inputs;
        this.options = options;
        this.sink = sink;
        this.listener = listener;
    }

    /** Builds the corpus of {@code inputs} into {@code sink}; on any failure the sink is left unfinished. */
    public static BuildResult run(Inputs inputs, BuildOptions options, GraphSink sink, BuildListener listener) throws IOException {
        Build build = new Build(inputs, options, sink, listener);
        try {
            Optional<BuildResult> unchanged = build.unchanged();
            if (unchanged.isPresent()) {
                return unchanged.get();
            }
            List<Path> files = build.startBulk();
            build.step("set-up");
            build.stream(files);
            build.step("documents");
            return build.finishBulk();
        } catch (IOException | RuntimeException | Error e) {
            build.finishException(e);
            throw e;
        }
    }

    /** A dataset built in memory, and what the build reports of it. */
    public record InMemory(org.apache.jena.query.Dataset dataset, BuildResult result) {}

    /** Builds the corpus of {@code inputs} into a new in-memory dataset (for tests, evaluation and exports of a corpus). */
    public static InMemory inMemory(Inputs inputs, BuildOptions options, BuildListener listener) throws IOException {
        try (GraphSink.Memory sink = GraphSink.memory()) {
            BuildResult result = run(inputs, options, sink, listener);
            return new InMemory(sink.dataset(), result);
        }
    }

    /**
     * When the sink is a store updated in place that holds exactly the corpus's files as they are (and was built from the
     * same base, as {@link GraphSink#forBuild} checks): nothing to do but record the fingerprint; the result describes the
     * store as it was (its conflicts and summaries left out, as nothing was extracted).
     */
    Optional<BuildResult> unchanged() throws IOException {
        Optional<org.airkg.store.Stamp> before = sink.before();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        held = HeldDocument.files(sink.written());
        List<Path> files = Inputs.corpusFiles(inputs.corpus());
        if (files.size() != held.size() || before.get().graphs() == 0) {
            return Optional.empty();
        }
        for (Path file : files) {
            String sha = held.get(file.getFileName().toString());
            try {
                if (sha == null || !sha.equals(Fingerprint.sha256(DocumentStage.readBytes(file)))) {
                    return Optional.empty();
                }
            } catch (DocumentException e) {
                return Optional.empty();
            }
        }
        fingerprint = Fingerprint.of(inputs, options);
        base = Fingerprint.base(inputs, options);
        org.airkg.store.Stamp was = before.get();
        long quads = sink.finish(new org.airkg.store.Stamp(0, was.graphs(), was.distinct(), fingerprint, base));
        return Optional.of(new BuildResult(files.size(), List.of(), quads, was.graphs(), was.distinct(), List.of(),
                org.airkg.extract.lexicon.Lexicon.of(List.of()), List.of(), 0, 0, true));
    }

    /**
     * Parses the ontology, checks the rules and curations, loads the lexicon; drops the graphs of the documents the sink
     * holds whose files are gone; returns the corpus's files.
     */
    List<Path> startBulk() throws IOException {
        fingerprint = Fingerprint.of(inputs, options);
        base = Fingerprint.base(inputs, options);
        Stages stages = Stages.load(inputs, options);
        sink.prefixes(Prefixes.adapt(Namespaces.setPrefixes(PrefixMapping.Factory.create())));
        List<Path> files = Inputs.corpusFiles(inputs.corpus());
        stages.checkCurations(files.stream().map(f -> DocumentReader.stem(f.getFileName().toString())).collect(Collectors.toSet()));
        extractor = stages.extractor();
        corpus = stages.corpusGraphs(inputs);
        cache = options.cache().map(DocumentCache::open);
        stage = stages.stage(cache.isEmpty() ? DocumentStage.Caching.NONE
                : new DocumentStage.Caching(cache, Fingerprint.extraction(inputs, options), options.full()));
        update = sink.before().map(b -> new CorpusUpdate());
        Set<String> names = files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        held.keySet().stream().filter(name -> !names.contains(name)).forEach(name -> dropHeld(name));
        return files;
    }

    /** Processes the files on the pool, at most twice as many in flight as threads, writing each graph in corpus order. */
    void stream(List<Path> files) {
        listener.starting(files.size());
        Map<String, Path> bySlug = new HashMap<>();
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "airkg-build-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<DocumentStage.Done>> inFlight = new ArrayDeque<>();
            for (Path file : files) {
                Path clash = bySlug.putIfAbsent(Iris.slug(DocumentReader.stem(file.getFileName().toString())), file);
                if (inFlight.size() >= 2 * options.threads()) {
                    take(inFlight.poll());
                }
                String sha = held.get(file.getFileName().toString());
                inFlight.add(clash == null ? pool.submit(() -> sha == null ? stage.process(file) : stage.keepOrProcess(file, sha))
                        : java.util.concurrent.CompletableFuture.completedFuture(DocumentStage.Done.failed(file,
                                new DocumentException(file, 0, 0, "its IRI would be the same as that of " + clash + "; rename one of them"))));
            }
            while (!inFlight.isEmpty()) {
                take(inFlight.poll());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void take(Future<DocumentStage.Done> future) {
        DocumentStage.Done done;
        try {
            done = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AirkgException("the build was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new AirkgException("the build failed: " + e.getCause(), e.getCause());
        }
        try {
            if (done.failure() != null) {
                if (held.containsKey(done.file().getFileName().toString())) {
                    dropHeld(done.file().getFileName().toString());
                }
                failures.add(done.failure());
                listener.failed(done.failure());
                return;
            }
            if (!done.cached()) {
                listener.extracted(done.extraction());
                summaries.add(DocumentSummary.of(done.extraction()));
                extracted++;
            }
            stage.check(done, listener);
            if (!done.kept()) {
                org.apache.jena.graph.Node g = NodeFactory.createURI(Iris.documentGraph(done.stem()));
                org.apache.jena.graph.Graph before = update.isPresent() && held.containsKey(done.file().getFileName().toString())
                        ? CorpusUpdate.copy(sink.written(), g) : GraphFactory.createDefaultGraph();
                sink.add(g.getURI(), done.graph());
                update.ifPresent(u -> u.document(g, before, CorpusUpdate.readBack(sink.written(), g, done.graph())));
            }
            named.addAll(done.entities());
            if (cache.isPresent()) {
                listed.add(new DocumentCache.Listed(done.stem(), done.file().getFileName().toString(), done.key()));
            } else {
                statements.put(done.stem(), done.statements());
            }
            documents++;
        } finally {
            listener.documentDone(done.file());
        }
    }

    /** Drops the graph of the document of file {@code name}, which the store updated in place holds. */
    private void dropHeld(String name) {
        org.apache.jena.graph.Node g = NodeFactory.createURI(Iris.documentGraph(DocumentReader.stem(name)));
        update.ifPresent(u -> u.document(g, CorpusUpdate.copy(sink.written(), g), GraphFactory.createDefaultGraph()));
        sink.drop(g.getURI());
    }

    /** Adds the ontology, the lexicon, the conflicts and the descriptions, validates them, and finishes the sink. */
    BuildResult finishBulk() throws IOException {
        if (!failures.isEmpty() && !options.skipBad()) {
            throw new AirkgException(failures.size() + " of " + (failures.size() + documents) + " documents could not be read; "
                    + options.target() + " was left as it was (--skip-bad builds from the others)");
        }
        if (documents == 0) {
            throw new AirkgException(inputs.corpus() + ": no document could be read; " + options.target() + " was left as it was");
        }
        if (stage.failed()) {
            stage.failOnViolations(options, listener);    // a document's graph not valid: the corpus-wide graphs would be moot
        }
        java.util.stream.Stream<StatedQuantity> stated = cache.isPresent() ? cache.get().statements(listed)
                : statements.values().stream().flatMap(List::stream);
        CorpusGraphs.Result wide = update.isPresent() ? updateCorpusGraphs(update.get(), stated) : addCorpusGraphs(stated);
        var written = sink.written();
        long graphs = org.apache.jena.atlas.iterator.Iter.count(written.listGraphNodes());
        long distinct = written.getUnionGraph().size();
        step("counts");
        long quads = sink.finish(new org.airkg.store.Stamp(0, graphs, distinct, fingerprint, base));
        cache.ifPresent(c -> {
            c.writeManifest(listed);
            c.prune(listed.stream().map(DocumentCache.Listed::key).collect(Collectors.toSet()));
        });
        step("commit");
        return new BuildResult(documents, failures, quads, graphs, distinct, wide.conflicts(), corpus.lexicon(), summaries, stage.warnings(),
                extracted, false);
    }

    /** The corpus-wide graphs of a new store (or dataset): computed, validated whole, added, then described. */
    private CorpusGraphs.Result addCorpusGraphs(java.util.stream.Stream<StatedQuantity> stated) throws IOException {
        CorpusGraphs.Result wide = corpus.compute(named, stated);
        statements.clear();
        step("corpus graphs");
        stage.checkCorpusGraphs(wide.graphs(), sink.written(), listener);
        wide.graphs().forEach((name, model) -> sink.add(name, model.getGraph()));
        stage.failOnViolations(options, listener);
        step("checks");
        for (Map.Entry<String, Model> d : CorpusGraphs.descriptions(sink.written(), wide.lexicon(), options, Optional.empty()).entrySet()) {
            sink.add(d.getKey(), d.getValue().getGraph());
        }
        step("descriptions");
        return wide;
    }

    /** The corpus-wide graphs of a store updated in place: brought up to date by the documents' changes ({@link CorpusUpdate}). */
    private CorpusGraphs.Result updateCorpusGraphs(CorpusUpdate changes, java.util.stream.Stream<StatedQuantity> stated) {
        CorpusGraphs.Result wide = changes.apply(corpus, sink.written(), sink::update, named, stated, options, (parts, store) -> {
            step("corpus graphs");
            stage.checkCorpusParts(parts, store, listener);
            stage.failOnViolations(options, listener);
            step("checks");
        });
        step("descriptions");
        return wide;
    }

    private void step(String name) {
        long now = System.nanoTime();
        listener.step(name, now - mark);
        mark = now;
    }

    /** Drops what was written: the sink is closed unfinished by its owner, and nothing else is held. */
    void finishException(Throwable e) {
        statements.clear();
        listed.clear();
        summaries.clear();
        named.clear();
    }
}
