package org.airkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.airkg.SeedStore;
import org.junit.jupiter.api.Test;

/** {@code airkg bench} on a small run: the shape of its lines and that its figures are positive, never their speed. */
class BenchCommandTest {
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern RUN = Pattern.compile("reader run (\\d+)/(\\d+): " + NUMBER + " MB in " + NUMBER + " s = "
            + NUMBER + " MB/s \\(" + NUMBER + " docs/s\\); heap after GC: (\\d+) / (\\d+) / (\\d+) / (\\d+) MB");
    private static final Pattern MEDIAN = Pattern.compile("reader median of 2 runs: " + NUMBER + " MB/s \\(" + NUMBER + " docs/s\\)");

    private record Run(int exit, String[] lines, String err) {}

    private static Run bench(String... more) {
        String[] args = new String[] {"bench", "--megabytes", "1", "--warmup", "0", "--corpus",
            SeedStore.root().resolve("data/corpus").toString()};
        String[] all = Stream.concat(Arrays.stream(args), Arrays.stream(more)).toArray(String[]::new);
        CliRun run = CliRun.of(all);
        return new Run(run.exit(), run.out().strip().split("\\R"), run.err());
    }

    @Test
    void printsTheCorpusAndOneRunWithPositiveFigures() {
        Run run = bench("--iterations", "1");
        assertEquals(0, run.exit(), run.err());
        assertEquals(2, run.lines().length, String.join("\n", run.lines()));
        assertTrue(run.lines()[0].matches("corpus: 5 documents, [\\d.]+ MB, from .*corpus; warm-up 0\\.0 MB; runs of 1\\.0 MB on one thread"),
                run.lines()[0]);
        Matcher m = RUN.matcher(run.lines()[1]);
        assertTrue(m.matches(), run.lines()[1]);
        assertEquals("1/1", m.group(1) + "/" + m.group(2));
        assertTrue(Double.parseDouble(m.group(3)) >= 1.0, "read at least the megabyte asked for: " + m.group(3));
        for (int g = 4; g <= 6; g++) {
            assertTrue(Double.parseDouble(m.group(g)) > 0, run.lines()[1]);
        }
        for (int g = 7; g <= 10; g++) {
            assertTrue(Long.parseLong(m.group(g)) > 0, "used heap " + m.group(g) + " MB in " + run.lines()[1]);
        }
    }

    @Test
    void printsTheMedianOfSeveralRuns() {
        Run run = bench("--iterations", "2");
        assertEquals(0, run.exit(), run.err());
        assertEquals(4, run.lines().length, String.join("\n", run.lines()));
        assertTrue(RUN.matcher(run.lines()[1]).matches() && RUN.matcher(run.lines()[2]).matches(), String.join("\n", run.lines()));
        Matcher m = MEDIAN.matcher(run.lines()[3]);
        assertTrue(m.matches(), run.lines()[3]);
        assertTrue(Double.parseDouble(m.group(1)) > 0 && Double.parseDouble(m.group(2)) > 0, run.lines()[3]);
    }

    @Test
    void measuresExtractionWithTheLexicon() {
        Run run = bench("--iterations", "1", "--stage", "extract", "--lexicon",
                SeedStore.root().resolve("data/lexicon").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.lines()[0].matches("lexicon and vocabulary index: \\d+ curated entries over \\d+ vocabulary entities, ready in [\\d.]+ s"),
                run.lines()[0]);
        assertTrue(run.lines()[2].matches("extract run 1/1: [\\d.]+ MB in [\\d.]+ s = [\\d.]+ MB/s \\(\\d+ docs/s\\); heap after GC: .* MB"),
                run.lines()[2]);
    }

    @Test
    void refusesANonPositiveSize() {
        Run run = bench("--iterations", "0");
        assertEquals(Main.EXIT_USAGE, run.exit());
        assertTrue(run.err().contains("--iterations at least 1"), run.err());
    }
}
