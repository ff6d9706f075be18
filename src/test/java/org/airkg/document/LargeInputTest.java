package org.airkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.airkg.SeedStore;
import org.airkg.build.Inputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader on a file of several megabytes, and on files that a cut leaves with half a table row. The
 * large file is the seed corpus concatenated and repeated to about 8 MB; each seed is taken up to its
 * closing advertisement, since a document's footer (references, how to cite, disclaimer) ends its content
 * and would hide every copy after the first.
 */
class LargeInputTest {
    private static final int TARGET_BYTES = 8 * 1024 * 1024;
    private static final Pattern FOOTER = Pattern.compile("(?m)^[#*\\s]*Need Custom Synthesis\\?");
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^(?:\\s*\\|.*\\|.*|.*\\t.*)$");

    @TempDir
    Path tmp;

    /** A reader that never finishes is caught by the test run's own guard (Surefire's fork timeout in the POM). */
    @Test
    void eightMegabytesReadAsTheirRepeatedParts() throws IOException {
        String body = seeds().map(LargeInputTest::body).reduce("", (a, b) -> a + b + "\n\n");
        int copies = TARGET_BYTES / body.getBytes(StandardCharsets.UTF_8).length;
        Document one = read("one.txt", body, 1);
        Document two = read("two.txt", body, 2);
        Document large = read("large.txt", body, copies);
        assertTrue(large.byteSize() >= 7 * 1024 * 1024, "only " + large.byteSize() + " bytes");

        for (Function<Document, List<?>> part : List.<Function<Document, List<?>>>of(
                Document::paragraphs, Document::tables, Document::sections, Document::blocks)) {
            int first = part.apply(one).size();
            int perCopy = part.apply(two).size() - first;
            assertTrue(perCopy > 0, "a second copy adds nothing");
            assertEquals(first + (copies - 1) * perCopy, part.apply(large).size(),
                    "one copy has " + first + ", each further copy adds " + perCopy + ", so " + copies + " copies");
        }
        assertTrue(large.paragraphs().size() >= copies * (one.paragraphs().size() - 1));
    }

    static Stream<Path> seeds() throws IOException {
        return Inputs.corpusFiles(SeedStore.root().resolve("data/corpus")).stream();
    }

    /** Each seed cut in the middle of its longest table row. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void aTableCutInTheMiddleOfARowIsReadOrRefusedWithFileAndLine(Path seed) throws IOException {
        String text = Files.readString(seed);
        MatchResult row = TABLE_ROW.matcher(text).results()
                .max(Comparator.comparingInt(m -> m.end() - m.start()))
                .orElseThrow(() -> new AssertionError(seed + " has no table row"));
        String cutText = text.substring(0, text.offsetByCodePoints(row.start(), text.codePointCount(row.start(), row.end()) / 2));
        Path file = Files.writeString(tmp.resolve(seed.getFileName()), cutText);

        Optional<Document> document = ReaderOracle.check(file);
        if (document.isPresent()) {
            List<Block> blocks = document.get().blocks();
            assertTrue(!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof TableBlock,
                    file + " does not end in the table it was cut in: " + (blocks.isEmpty() ? "no blocks" : blocks.get(blocks.size() - 1)));
        } else {
            DocumentException e = assertThrows(DocumentException.class, () -> DocumentReader.read(file));
            assertEquals(file.toString(), e.file(), e.getMessage());
            int lines = ReaderOracle.lineStarts(cutText).length;
            assertTrue(e.line() > 0 && e.line() <= lines, "refusal without a line of the file: " + e.getMessage());
        }
    }

    /** A seed without its title line and footer. */
    private static String body(Path seed) {
        try {
            String text = Files.readString(seed);
            Matcher footer = FOOTER.matcher(text);
            int end = footer.find() ? footer.start() : text.length();
            return text.substring(text.indexOf('\n') + 1, end).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document read(String name, String body, int copies) throws IOException {
        StringBuilder sb = new StringBuilder("# Large input\n\n");
        for (int i = 0; i < copies; i++) {
            sb.append(body);
        }
        Path file = Files.writeString(tmp.resolve(name), sb);
        return ReaderOracle.check(file).orElseThrow(() -> new AssertionError(file + " was refused"));
    }
}
