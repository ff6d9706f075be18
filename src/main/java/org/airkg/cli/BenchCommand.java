package org.airkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.airkg.AirkgException;
import org.airkg.document.DocumentReader;
import org.airkg.extract.fact.TableFacts;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.mention.EntityRecognizer;
import org.airkg.extract.relation.MechanismBuilder;
import org.airkg.extract.relation.RelationExtractor;
import org.airkg.extract.relation.RuleProfile;
import org.airkg.build.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code airkg bench}: how fast a stage runs, on one thread, and whether its memory stays flat as the input
 * grows. The corpus is loaded into memory and processed over and over, so the figures are the stage's alone,
 * without disk or RDF work; MB are 10<sup>6</sup> bytes. Stage {@code reader} reads documents; stage
 * {@code recognize} recognises entities in documents read beforehand (and says how long the lexicon and the
 * vocabulary index took to be ready); stage {@code extract} reads documents, recognises entities and reads
 * relations, table measurements and mechanism chains.
 *
 * <pre>
 * ./airkg bench --megabytes 100 --iterations 3
 * reader run 1/3: 100.0 MB in 3.41 s = 29.4 MB/s (1834 docs/s); heap after GC: 41 / 42 / 41 / 42 MB
 * ./airkg bench --stage extract --megabytes 10
 * </pre>
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the throughput of the document reader (or of extraction) on the corpus, processed again and again on one thread;"
                + " or of the whole build (--stage build), on one thread and on several.")
final class BenchCommand implements Callable<Integer> {
    private static final double MB = 1_000_000.0;
    /** Where in a run, as fractions of its input, the used heap is measured. */
    private static final double[] CHECKPOINTS = {0.25, 0.5, 0.75, 1.0};

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "data/corpus",
            description = "The documents to read (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--megabytes", paramLabel = "MB", defaultValue = "100",
            description = "Input to read in each measured run, in MB of 10^6 bytes (default: ${DEFAULT-VALUE}).")
    double megabytes;

    @Option(names = "--warmup", paramLabel = "MB", defaultValue = "20",
            description = "Input to read, untimed, before the first run (default: ${DEFAULT-VALUE}).")
    double warmup;

    /** What a run measures. */
    enum Stage {
        /** Reading documents. */
        reader,
        /** Recognising entities in documents already read (curated lexicon and vocabulary names, patterns). */
        recognize,
        /** Reading documents, recognising entities, and reading relations, measurements and mechanism chains. */
        extract,
        /** The whole build into a scratch TDB2 store, on one thread and on {@code --threads}. */
        build,
        /** Serving the store: the catalogue idle, under load from many clients, and under attack ({@link ServeBench}). */
        serve,
        /** Servers under load and builds killed with SIGKILL, the store checked after each ({@link ServeFaults}). */
        faults,
        /**
         * No measure: writes the {@code --documents} generated documents stage build would build into {@code --out}, to
         * build and serve them as a corpus (for instance to measure serving a store of a given size).
         */
        generate
    }

    @Option(names = "--out", paramLabel = "DIR",
            description = "Stage generate: the new folder the generated documents are written to.")
    Path out;

    @Option(names = "--documents", paramLabel = "N", defaultValue = "0",
            description = "Stages build and generate: generate N documents from the corpus (its sections, tables and sentences recombined, names of"
                    + " drugs, genes and cell lines drawn from the vocabulary, numbers varied; default: the corpus as it is).")
    int documents;

    @Option(names = "--threads", paramLabel = "N",
            description = "Stage build: the threads of the second build, after one on a single thread (default: the number of cores).")
    Integer threads;

    @Option(names = "--single-run", description = "Stage build: build only on --threads, not first on one thread as well.")
    boolean singleRun;

    @Option(names = "--stage", paramLabel = "STAGE", defaultValue = "reader",
            description = "What to measure: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Stage stage;

    @Option(names = "--lexicon", paramLabel = "DIR", defaultValue = "data/lexicon",
            description = "The lexicon for stages recognize and extract (default: ${DEFAULT-VALUE}).")
    Path lexiconDir;

    @Option(names = "--vocab", paramLabel = "DIR", defaultValue = "data/vocab",
            description = "The name tables for stages recognize and extract (default: ${DEFAULT-VALUE}).")
    Path vocabDir;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "3",
            description = "Measured runs; with more than one, their median is printed too (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "32",
            description = "Stage serve: clients running the catalogue at once (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "T", defaultValue = "60",
            description = "Stage serve: how long the clients run (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--non-readers", paramLabel = "N", defaultValue = "16",
            description = "Stage serve: clients that send a streaming query and never read its answer, while runaway queries run (default: ${DEFAULT-VALUE}; 0 for no attack).")
    int nonReaders;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "2",
            description = "Stage serve: the server's query timeout (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "target/airkg/tdb2",
            description = "Stage serve: the store to serve (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--catalogue", paramLabel = "DIR", defaultValue = "queries",
            description = "Stage serve: the queries the clients run (default: ${DEFAULT-VALUE}).")
    Path catalogue;

    @Option(names = "--trials", paramLabel = "N", defaultValue = "5",
            description = "Stage faults: servers killed under load (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--build-trials", paramLabel = "N", defaultValue = "2",
            description = "Stage faults: builds killed at a random moment, into a copy of the store (default: ${DEFAULT-VALUE}).")
    int buildTrials;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Stage faults: seed of the random moments (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    /** A document held in memory: how errors name it, its file name, its bytes, and the document read from them. */
    private record Input(String displayName, String fileName, byte[] bytes, org.airkg.document.Document document) {}

    /** One measured run: input read, documents read, time spent reading, used heap after GC at each checkpoint. */
    private record Run(long bytes, long documents, long nanos, long[] heap) {
        double seconds() {
            return nanos / 1e9;
        }

        double mbPerSecond() {
            return bytes / MB / seconds();
        }

        double documentsPerSecond() {
            return documents / seconds();
        }
    }

    @Override
    public Integer call() throws Exception {
        if (stage == Stage.serve) {
            return serve();
        }
        if (stage == Stage.faults) {
            if (trials < 0 || buildTrials < 0) {
                throw new ParameterException(spec.commandLine(), "--trials and --build-trials must be at least 0");
            }
            if (!Files.isDirectory(store)) {
                throw new AirkgException(store + ": no store here; build it first (./airkg build)");
            }
            new ServeFaults(store, spec.commandLine().getOut(), seed).run(trials, buildTrials);
            return 0;
        }
        if (stage == Stage.generate) {
            return generate();
        }
        if (!(megabytes > 0) || !(warmup >= 0) || iterations < 1) {
            throw new ParameterException(spec.commandLine(), "--megabytes must be above 0, --warmup at least 0, --iterations at least 1");
        }
        if (stage == Stage.build) {
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (n < 1 || documents < 0) {
                throw new ParameterException(spec.commandLine(), "--threads must be at least 1 and --documents at least 0");
            }
            Inputs paths = new Inputs(corpus, Path.of("ontology/airkg.ttl"), lexiconDir, vocabDir, Inputs.curatedBeside(corpus));
            new BuildBench(paths, Path.of("ontology/shapes.ttl"), Path.of("queries"), spec.commandLine().getOut())
                    .run(documents, n == 1 || singleRun ? List.of(n) : List.of(1, n));
            return 0;
        }
        List<Input> inputs = load();
        Consumer<Input> work = work();
        long corpusBytes = inputs.stream().mapToLong(i -> i.bytes().length).sum();
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "corpus: %d documents, %.3f MB, from %s; warm-up %.1f MB; runs of %.1f MB on one thread",
                inputs.size(), corpusBytes / MB, corpus, warmup, megabytes));
        out.flush();
        run(inputs, work, (long) Math.ceil(warmup * MB), new long[0]);
        List<Run> runs = new ArrayList<>();
        for (int i = 1; i <= iterations; i++) {
            Run run = measure(inputs, work);
            runs.add(run);
            out.println(String.format(Locale.ROOT, "%s run %d/%d: %.1f MB in %.2f s = %.1f MB/s (%.0f docs/s); heap after GC: %s MB",
                    stage, i, iterations, run.bytes() / MB, run.seconds(), run.mbPerSecond(), run.documentsPerSecond(), heap(run)));
            out.flush();
        }
        if (iterations > 1) {
            out.println(String.format(Locale.ROOT, "%s median of %d runs: %.1f MB/s (%.0f docs/s)",
                    stage, iterations, median(runs, Run::mbPerSecond), median(runs, Run::documentsPerSecond)));
        }
        out.flush();
        return 0;
    }

    /** Stage serve: the store served on a free loopback port, loaded by clients in this JVM. */
    private int serve() throws Exception {
        if (clients < 1 || seconds < 1 || nonReaders < 0 || !(timeoutSeconds > 0) || timeoutSeconds > 3600) {
            throw new ParameterException(spec.commandLine(),
                    "--clients and --seconds must be at least 1, --non-readers at least 0, --timeout from 0 to 3600 s");
        }
        if (!Files.isDirectory(store)) {
            throw new AirkgException(store + ": no store here; build it first (./airkg build)");
        }
        ServeBench.run(store, catalogue, timeoutSeconds, clients, seconds, nonReaders, spec.commandLine().getOut());
        return 0;
    }

    /** The corpus in memory, each document read once so that a bad one stops the benchmark before it starts. */
    private List<Input> load() throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (Path file : Inputs.corpusFiles(corpus)) {
            byte[] bytes = Files.readAllBytes(file);
            inputs.add(new Input(file.toString(), file.getFileName().toString(), bytes,
                    DocumentReader.read(file.toString(), file.getFileName().toString(), bytes)));
        }
        if (inputs.isEmpty()) {
            throw new AirkgException(corpus + ": no documents to read");
        }
        return inputs;
    }

    /** Writes the generated corpus of {@code --documents} into {@code --out}, a folder that must not exist or be empty. */
    private int generate() throws IOException {
        if (documents < 1 || out == null) {
            throw new ParameterException(spec.commandLine(), "stage generate needs --documents N (at least 1) and --out DIR");
        }
        if (Files.exists(out) && !emptyFolder(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": exists and is not an empty folder");
        }
        List<Path> files = org.airkg.bench.CorpusGenerator.load(corpus, lexiconDir, vocabDir).write(out, documents, BuildBench.SEED);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "generate: %d documents, %.3f MB, into %s (seed %d, from %s)",
                files.size(), bytes / MB, out, BuildBench.SEED, corpus));
        return 0;
    }

    private static boolean emptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** What the stage does with one document. */
    private Consumer<Input> work() {
        if (stage == Stage.reader) {
            return input -> DocumentReader.read(input.displayName(), input.fileName(), input.bytes());
        }
        long started = System.nanoTime();
        Inputs paths = new Inputs(corpus, Path.of("ontology/airkg.ttl"), lexiconDir, vocabDir,
                Path.of("data/curated"));
        Lexicon lexicon = paths.loadLexicon();
        EntityRecognizer recognizer = new EntityRecognizer(lexicon, paths.stopLists());
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "lexicon and vocabulary index: %d curated entries over %d vocabulary entities, ready in %.2f s",
                lexicon.size(), lexicon.vocabulary().size(), (System.nanoTime() - started) / 1e9));
        out.flush();
        if (stage == Stage.recognize) {
            return input -> recognizer.recognize(input.document());
        }
        RuleProfile rules = paths.loadRules();
        RelationExtractor relations = new RelationExtractor(lexicon, rules);
        TableFacts tables = new TableFacts(lexicon);
        MechanismBuilder mechanisms = new MechanismBuilder(lexicon, rules);
        return input -> {
            var document = DocumentReader.read(input.displayName(), input.fileName(), input.bytes());
            var mentions = recognizer.recognize(document);
            var found = relations.extract(document, mentions);
            tables.extract(document, mentions);
            mechanisms.build(document, mentions, found);
        };
    }

    private Run measure(List<Input> inputs, Consumer<Input> work) {
        long target = (long) Math.ceil(megabytes * MB);
        long[] checkpoints = Arrays.stream(CHECKPOINTS).mapToLong(f -> (long) Math.ceil(f * target)).toArray();
        return run(inputs, work, target, checkpoints);
    }

    /**
     * Processes the inputs round and round until {@code target} bytes have been processed, measuring the used
     * heap after a GC as the count passes each checkpoint; the time of those measurements is not counted.
     */
    private static Run run(List<Input> inputs, Consumer<Input> work, long target, long[] checkpoints) {
        long[] heap = new long[checkpoints.length];
        long bytes = 0;
        long documents = 0;
        long nanos = 0;
        int next = 0;
        long start = System.nanoTime();
        while (bytes < target) {
            Input input = inputs.get((int) (documents % inputs.size()));
            work.accept(input);
            bytes += input.bytes().length;
            documents++;
            while (next < checkpoints.length && bytes >= checkpoints[next]) {
                nanos += System.nanoTime() - start;
                heap[next++] = usedHeapAfterGc();
                start = System.nanoTime();
            }
        }
        nanos += System.nanoTime() - start;
        return new Run(bytes, documents, nanos, heap);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String heap(Run run) {
        return String.join(" / ", Arrays.stream(run.heap()).mapToObj(b -> Long.toString(Math.round(b / MB))).toList());
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> figure) {
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
