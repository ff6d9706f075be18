package org.airkg.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.airkg.AirkgException;
import org.airkg.document.DocumentException;
import org.airkg.document.DocumentReader;
import org.airkg.extract.fact.Conflict;
import org.airkg.extract.fact.ConflictFinder;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.VocabularyTables;
import org.airkg.extract.relation.Curations;
import org.airkg.rdf.ConflictMapper;
import org.airkg.rdf.Iris;
import org.airkg.rdf.LexiconMapper;
import org.airkg.rdf.Namespaces;
import org.airkg.rdf.SentenceCues;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shared.PrefixMapping;

/**
 * The build pipeline, in the manner of Jena's {@code DataLoader}: {@link #startBulk()} loads what every document
 * shares, {@link #stream} reads, extracts, maps and validates the documents on a bounded pool of threads and streams
 * each document's graph into the sink as it is done (in corpus order, so the result does not depend on the threads),
 * {@link #finishBulk()} adds the corpus-wide graphs (ontology, lexicon, conflicts, descriptions) and makes the result
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
    private final List<ConflictFinder.Facts> facts = new ArrayList<>();
    private final Set<String> used = new TreeSet<>();
    private Model ontology;
    private Extractor extractor;
    private DocumentStage stage;
    private int documents;
    private String fingerprint;

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
            List<Path> files = build.startBulk();
            build.stream(files);
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

    /** Parses the ontology, checks the rules and curations, loads the lexicon; returns the corpus's files. */
    List<Path> startBulk() throws IOException {
        fingerprint = Fingerprint.of(inputs, options);
        ontology = inputs.loadOntology();
        sink.prefixes(Prefixes.adapt(Namespaces.setPrefixes(PrefixMapping.Factory.create())));
        var rules = org.airkg.extract.relation.RuleProfile.load(inputs.rules(), ontology);
        Lexicon lexicon = inputs.loadLexicon();
        List<Path> files = Inputs.corpusFiles(inputs.corpus());
        Curations curations = Curations.load(inputs.curated());
        curations.check(files.stream().map(f -> DocumentReader.stem(f.getFileName().toString())).collect(Collectors.toSet()), lexicon, ontology);
        extractor = new Extractor(lexicon, rules, inputs.stopLists(), curations, SentenceCues.from(ontology));
        stage = new DocumentStage(extractor, options.shapes().map(s -> org.airkg.validate.GraphValidator.load(s, inputs.ontology())));
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
                inFlight.add(clash == null ? pool.submit(() -> stage.process(file))
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
                failures.add(done.failure());
                listener.failed(done.failure());
                return;
            }
            Extraction e = done.extraction();
            listener.extracted(e);
            stage.check(done, listener);
            sink.add(Iris.documentGraph(e.stem()), done.graph().getGraph());
            used.addAll(e.entityIds());
            facts.add(new ConflictFinder.Facts(e.document(), e.tables().measurements(), e.stated()));
            summaries.add(DocumentSummary.of(e));
            documents++;
        } finally {
            listener.documentDone(done.file());
        }
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
        Lexicon lexicon = extractor.lexicon();
        Model lexiconGraph = Namespaces.setPrefixes(ModelFactory.createDefaultModel());
        LexiconMapper.map(lexicon, used, lexiconGraph);
        LexiconMapper.mapTables(VocabularyTables.load(inputs.vocab()), lexiconGraph);
        List<Conflict> conflicts = new ConflictFinder(lexicon).find(facts);
        facts.clear();
        Model conflictGraph = ConflictMapper.map(conflicts);
        stage.checkCorpusGraphs(Map.of(Iris.ONTOLOGY_GRAPH, ontology, Iris.LEXICON_GRAPH, lexiconGraph, Iris.CONFLICTS_GRAPH, conflictGraph),
                sink.written(), listener);
        sink.add(Iris.ONTOLOGY_GRAPH, ontology.getGraph());
        sink.add(Iris.LEXICON_GRAPH, lexiconGraph.getGraph());
        sink.add(Iris.CONFLICTS_GRAPH, conflictGraph.getGraph());
        stage.failOnViolations(options, listener);
        if (options.describe()) {
            Descriptions.publish(sink, options);
        }
        var written = sink.written();
        long graphs = org.apache.jena.atlas.iterator.Iter.count(written.listGraphNodes());
        long distinct = written.getUnionGraph().size();
        long quads = sink.finish(fingerprint);
        return new BuildResult(documents, failures, quads, graphs, distinct, conflicts, lexicon, summaries, stage.warnings());
    }

    /** Drops what was written: the sink is closed unfinished by its owner, and nothing else is held. */
    void finishException(Throwable e) {
        facts.clear();
        summaries.clear();
    }
}
