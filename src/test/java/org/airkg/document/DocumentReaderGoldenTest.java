package org.airkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.airkg.SeedStore;
import org.airkg.build.Inputs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads each seed document and compares the model, as JSON, with its reviewed golden file under
 * {@code src/test/resources/documents/} (rewrite with {@code -Dairkg.regenerate=true}, then review the diff).
 */
class DocumentReaderGoldenTest {
    private static final Path GOLDEN = SeedStore.root().resolve("src/test/resources/documents");

    static Stream<Path> seeds() throws IOException {
        return Inputs.corpusFiles(SeedStore.root().resolve("data/corpus")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void readsAsReviewed(Path seed) throws IOException {
        Document document = DocumentReader.read(seed);
        Path golden = GOLDEN.resolve(document.stem() + ".json");
        String actual = DocumentJson.mapper().writeValueAsString(document) + "\n";
        if (SeedStore.regenerate()) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden);
        JsonNode expected = DocumentJson.mapper().readTree(golden.toFile());
        assertEquals(expected, DocumentJson.mapper().readTree(actual), seed + " reads differently from " + golden);
    }

    private static java.util.List<Passage> passages(Document document) {
        java.util.List<Passage> all = new java.util.ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph p) {
                all.add(p.content());
            } else if (block instanceof Figure f) {
                all.add(f.caption());
            } else if (block instanceof FaqItem q) {
                all.add(q.question());
                q.answer().ifPresent(all::add);
            } else if (block instanceof TableBlock t) {
                t.rows().forEach(r -> r.cells().forEach(c -> all.add(c.content())));
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void spansPointAtTheirText(Path seed) throws IOException {
        Document document = DocumentReader.read(seed);
        SourceText text = SourceText.decode(seed.toString(), Files.readAllBytes(seed));
        assertTrue(text.slice(document.metadata().titleSpan()).contains(document.metadata().title()));
        for (Section section : document.sections()) {
            String heading = text.slice(section.headingSpan());
            String firstWord = section.title().split(" ")[0];
            assertTrue(heading.contains(firstWord), section + " heading span reads '" + heading + "'");
            assertTrue(section.span().start() == section.headingSpan().start() && section.span().end() >= section.headingSpan().end());
            assertEquals(text.lineOf(text.text().offsetByCodePoints(0, section.span().start())), section.span().line());
        }
        for (Passage passage : passages(document)) {
            for (Sentence sentence : passage.sentences()) {
                String slice = text.slice(sentence.span());
                String firstWord = sentence.text().split("[^\\p{L}\\p{N}]+", 2)[0];
                char last = sentence.text().charAt(sentence.text().length() - 1);
                assertTrue(slice.contains(firstWord) && slice.charAt(slice.length() - 1) == last,
                        "sentence '" + sentence.text() + "' has span text '" + slice + "'");
            }
            for (Citation citation : passage.citations()) {
                assertTrue(text.slice(citation.span()).contains(Integer.toString(citation.number()))
                        || text.slice(citation.span()).matches("\\[\\d+\\s*[-–,].*"), "citation span " + text.slice(citation.span()));
            }
        }
        for (TableBlock t : document.tables()) {
            assertTrue(text.slice(t.span()).contains(t.rawText()), "table " + t.position() + " span misses its rows");
        }
        assertEquals(java.util.List.of(), document.unresolvedCitations(), "every citation resolves to a reference");
        for (Reference r : document.references()) {
            assertTrue(text.slice(r.span()).matches("(?s)(- )?" + r.number() + "\\. .*"), "reference " + r.number() + " span: " + text.slice(r.span()));
        }
    }
}
