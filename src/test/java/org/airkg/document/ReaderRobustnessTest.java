package org.airkg.document;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.airkg.SeedStore;
import org.airkg.build.Inputs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader on a few thousand inputs it was not written for: random bytes, random text made of the
 * tokens the parser reacts to (tabs, pipes, brackets, citation markers, headings, list markers, long
 * runs, blank lines), and the seed documents damaged by each {@link ReaderInputs.Mutation} and by random
 * mixes of them. Every input must give a consistent {@link Document} or a clean {@link DocumentException}
 * ({@link ReaderOracle}), within {@link #TIMEOUT} (a guard against hangs, not a speed requirement).
 *
 * <p>The inputs come from a seeded {@link Random}, the same on every run; a failure names the test,
 * the seed and the iteration, and leaves the input under {@code target/reader-robustness/}. Another seed
 * or more inputs: {@code mvn test -Dtest=ReaderRobustnessTest -Dairkg.robustness.seed=7
 * -Dairkg.robustness.scale=10}. Coverage-guided fuzzing of the same rules is {@link ReaderFuzzTest}
 * (Jazzer), which {@code mvn test} runs only on its stored inputs.
 */
class ReaderRobustnessTest {
    /** How long one read may take before the test calls it a hang. */
    static final long TIMEOUT = 120;
    private static final long SEED = Long.getLong("airkg.robustness.seed", 20_260_611L);
    private static final int SCALE = Integer.getInteger("airkg.robustness.scale", 1);
    private static final int MAX_REPORTED = 10;

    private record Seed(String name, byte[] bytes) {}

    private static final List<Seed> SEEDS = loadSeeds();
    private final ExecutorService executor = newExecutor();

    private static List<Seed> loadSeeds() {
        try {
            List<Seed> seeds = new ArrayList<>();
            for (Path file : Inputs.corpusFiles(SeedStore.root().resolve("data/corpus"))) {
                seeds.add(new Seed(file.getFileName().toString(), Files.readAllBytes(file)));
            }
            return List.copyOf(seeds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void randomBytes() {
        run("random-bytes", 500 * SCALE, r -> new Input("random.txt", ReaderInputs.randomBytes(r)));
    }

    @Test
    void randomText() {
        run("random-text", 600 * SCALE, r -> new Input("random.txt", ReaderInputs.randomText(r)));
    }

    @ParameterizedTest
    @EnumSource(ReaderInputs.Mutation.class)
    void mutatedSeeds(ReaderInputs.Mutation mutation) {
        run(mutation.name(), 12 * SEEDS.size() * SCALE, r -> {
            Seed seed = SEEDS.get(r.nextInt(SEEDS.size()));
            return new Input(seed.name(), mutation.apply(seed.bytes(), r));
        });
    }

    @Test
    void mixedMutations() {
        run("mixed", 400 * SCALE, r -> {
            Seed seed = SEEDS.get(r.nextInt(SEEDS.size()));
            return new Input(seed.name(), ReaderInputs.mutate(seed.bytes(), r));
        });
    }

    /** One input: the file name it is read under and its bytes. */
    private record Input(String fileName, byte[] bytes) {}

    /** Inputs that broke a version of the reader: each is read as any other, under its own name. */
    static Stream<Arguments> earlierFindings() {
        return Stream.of(
                Arguments.of("citation [0] tripped the catch-all", "t\n\n[0]"),
                Arguments.of("reference item 0 tripped the catch-all", "T\n\n## References\n\n0. Title [example.org]"),
                Arguments.of("a table error named the file name, not the display name", "s\n\n)\ts\n\t\t-"),
                Arguments.of("trailing citations overflowed the stack", "T\n\n" + "[1] ".repeat(5000)),
                Arguments.of("a Markdown heading with a long run of spaces took cubic time", "T\n\n# a" + " ".repeat(60_000) + "b"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("earlierFindings")
    void earlierFinding(String what, String text) {
        Input input = new Input("finding.txt", text.getBytes(StandardCharsets.UTF_8));
        read("finding", 0, input).ifPresent(failure -> fail(what + ": " + failure));
    }

    /** A bold question whose closing {@code **} stands in a later block (found by {@link ReaderFuzzTest}). */
    @Test
    void boldQuestionClosedInALaterBlock() {
        Input input = new Input("question.txt", "T\n\n**Q1:\n\n**".getBytes(StandardCharsets.UTF_8));
        read("question", 0, input).ifPresent(Assertions::fail);
    }

    /** Many short sections: the protocol pass once filtered every block for every section (quadratic). */
    @Test
    void manySectionsReadInTime() {
        Input input = new Input("sections.txt", ("T\n\n" + "## H\n\nText.\n\n".repeat(40_000)).getBytes(StandardCharsets.UTF_8));
        read("sections", 0, input).ifPresent(Assertions::fail);
    }

    /**
     * Reads {@code count} inputs, the i-th made from its own {@link Random} so that it can be replayed alone;
     * fails listing the inputs that broke a rule, or at the first that hung.
     */
    private void run(String label, int count, Function<Random, Input> make) {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Input input = make.apply(new Random(SEED * 1_000_003L + label.hashCode() * 65_537L + i));
            read(label, i, input).ifPresent(failures::add);
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + count + " inputs broke the reader's rules (seed " + SEED + "):\n"
                    + String.join("\n", failures.subList(0, Math.min(MAX_REPORTED, failures.size()))));
        }
    }

    /** Reads one input under the oracle; the broken rule, if any; fails at once if the read hangs. */
    private Optional<String> read(String label, int iteration, Input input) {
        String name = label + "#" + iteration + "~" + input.fileName();
        Future<?> read = executor.submit(() -> ReaderOracle.check(name, input.fileName(), input.bytes()));
        try {
            read.get(TIMEOUT, TimeUnit.SECONDS);
            return Optional.empty();
        } catch (TimeoutException e) {
            read.cancel(true);
            return fail(describe(label, iteration, input) + ": no answer within " + TIMEOUT + " s (" + input.bytes().length + " bytes)");
        } catch (ExecutionException e) {
            return Optional.of(describe(label, iteration, input) + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    /** Names an input and keeps it for replay. */
    private static String describe(String label, int iteration, Input input) {
        Path kept = SeedStore.root().resolve("target/reader-robustness").resolve(label + "-" + iteration + "-" + input.fileName());
        try {
            Files.createDirectories(kept.getParent());
            Files.write(kept, input.bytes());
        } catch (IOException e) {
            kept = null;
        }
        return label + " iteration " + iteration + " (seed " + SEED + (kept == null ? "" : ", input kept in " + kept) + ")";
    }

    /** A pool of one daemon thread, so that a read that hangs cannot keep the test JVM alive. */
    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "reader-robustness");
            t.setDaemon(true);
            return t;
        });
    }
}
