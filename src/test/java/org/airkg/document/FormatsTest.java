package org.airkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.airkg.SeedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML, JATS and PDF readers on documents written for the tests: each reads as its reviewed golden
 * {@code src/test/resources/formats/NAME.json} (rewrite with {@code -Dairkg.regenerate=true}, then review the
 * diff), every sentence and cell is found again in the file where its selector says, a file is read by what
 * it holds whatever its name, and bad files are refused with their name.
 */
class FormatsTest {
    private static final Path GOLDEN = FormatFixtures.resource("");

    @TempDir
    Path tmp;

    /** A fixture's file name and bytes. */
    record Fixture(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Fixture> fixtures() throws IOException {
        return Stream.of(
                new Fixture("vendor-note.html", Files.readAllBytes(FormatFixtures.resource("vendor-note.html"))),
                new Fixture("article.xml", Files.readAllBytes(FormatFixtures.resource("article.xml"))),
                new Fixture("note-one-column.pdf", FormatFixtures.notePdf(1)),
                new Fixture("note-two-columns.pdf", FormatFixtures.notePdf(2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsAsReviewed(Fixture fixture) throws IOException {
        Document document = DocumentReader.read(fixture.name(), fixture.name(), fixture.bytes());
        Path golden = GOLDEN.resolve(document.stem() + ".json");
        String actual = DocumentJson.mapper().writeValueAsString(document) + "\n";
        if (SeedStore.regenerate()) {
            Files.writeString(golden, actual);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden);
        JsonNode expected = DocumentJson.mapper().readTree(golden.toFile());
        assertEquals(expected, DocumentJson.mapper().readTree(actual), fixture + " reads differently from " + golden);
        assertTrue(document.unresolvedCitations().isEmpty(), "every citation has its reference: " + document.unresolvedCitations());
        assertEquals(1, document.tables().size(), "the table is a table");
        assertEquals(3, document.references().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everySentenceAndCellIsFoundInTheFileWhereItsSelectorSays(Fixture fixture) throws IOException {
        Path file = Files.write(tmp.resolve(fixture.name()), fixture.bytes());
        Document document = DocumentReader.read(file);
        Origin origin = document.origin().orElseThrow();
        String text = document.source().text();
        List<Span> spans = new ArrayList<>();
        document.paragraphs().forEach(p -> p.content().sentences().forEach(s -> spans.add(s.span())));
        document.tables().forEach(t -> t.rows().forEach(r -> r.cells().forEach(c -> spans.add(c.content().span()))));
        document.references().forEach(r -> spans.add(r.span()));
        assertTrue(spans.size() > 10, "the fixture has sentences, cells and references");
        int ranges = 0;
        for (Span span : spans) {
            Origin.Location at = origin.locate(span).orElseThrow(() -> new AssertionError("no selector for " + span));
            String copied = FileText.squeeze(origin.copied(text, span));
            String start = FileText.of(file, origin.mediaType(), at.startSelector());
            if (at.single()) {
                assertEquals(copied, FileText.squeeze(FileText.codePoints(start, at.start(), at.end())),
                        fixture + ": " + at + " for '" + document.source().slice(span) + "'");
            } else {
                ranges++;
                String end = FileText.of(file, origin.mediaType(), at.endSelector());
                String head = FileText.squeeze(FileText.codePoints(start, at.start(), start.codePointCount(0, start.length())));
                String tail = FileText.squeeze(FileText.codePoints(end, 0, at.end()));
                assertTrue(copied.startsWith(head.substring(0, Math.min(head.length(), 10))) && copied.endsWith(tail.substring(Math.max(0, tail.length() - 10))),
                        fixture + ": " + at + " for '" + copied + "'");
            }
        }
        assertTrue(ranges <= spans.size() / 10, "few spans run over two elements or pages: " + ranges);
    }

    @Test
    void aJatsReferenceListGivesItsDoisAndPmids() throws IOException {
        Document article = DocumentReader.read(FormatFixtures.resource("article.xml"));
        assertEquals(List.of("10.5555/er.2019.004", "", ""), article.references().stream().map(r -> r.doi().orElse("")).toList());
        assertEquals(List.of("", "99990002", ""), article.references().stream().map(r -> r.pmid().orElse("")).toList());
        assertEquals(java.util.Optional.of("https://doi.org/10.5555/example.2023.017"), article.metadata().sourceUrl());
        assertEquals(java.util.Optional.of("Ana Rivera, Chidi Okafor"), article.metadata().author());
    }

    @Test
    void oneAndTwoColumnsReadAlike() throws IOException {
        Document one = DocumentReader.read("one.pdf", "one.pdf", FormatFixtures.notePdf(1));
        Document two = DocumentReader.read("two.pdf", "two.pdf", FormatFixtures.notePdf(2));
        assertEquals(one.metadata().title(), two.metadata().title());
        assertEquals(one.sections().stream().map(Section::title).toList(), two.sections().stream().map(Section::title).toList());
        assertEquals(one.paragraphs().stream().map(Paragraph::text).toList(), two.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(one.tables().get(0).rows().stream().map(r -> r.cells().stream().map(TableCell::text).toList()).toList(),
                two.tables().get(0).rows().stream().map(r -> r.cells().stream().map(TableCell::text).toList()).toList());
    }

    @Test
    void aPdfLosesItsRunningHeaderAndPageNumbersAndJoinsHyphenatedWords() throws IOException {
        Document pdf = DocumentReader.read("note.pdf", "note.pdf", FormatFixtures.notePdf(1));
        String text = pdf.source().text();
        assertEquals("Exemestane and Everolimus after Nonsteroidal Aromatase Inhibitors", pdf.metadata().title());
        assertFalse(text.contains("TN-042"), "the running header is left out");
        assertFalse(text.matches("(?s).*Page \\d.*"), "page numbers are left out");
        assertTrue(text.contains("independent of") && text.contains("pharmacologically"), "hyphenated words are joined");
        assertTrue(text.contains("MCF-7"), "a hyphen inside a name stays");
        assertEquals("Apache PDFBox 3.0.8", pdf.origin().orElseThrow().extractor());
    }

    @Test
    void aFileIsReadByWhatItHoldsWhateverItsName() throws IOException {
        byte[] html = Files.readAllBytes(FormatFixtures.resource("vendor-note.html"));
        byte[] jats = Files.readAllBytes(FormatFixtures.resource("article.xml"));
        assertEquals("text/html", DocumentReader.read("page.txt", "page.txt", html).origin().orElseThrow().mediaType());
        assertEquals("application/jats+xml", DocumentReader.read("article.txt", "article.txt", jats).origin().orElseThrow().mediaType());
        assertEquals("application/pdf", DocumentReader.read("note.txt", "note.txt", FormatFixtures.notePdf(1)).origin().orElseThrow().mediaType());
        assertTrue(DocumentReader.read("plain.txt", "plain.txt", "A Title\n\nSome text about <b>letrozole</b>.\n".getBytes(StandardCharsets.UTF_8))
                .origin().isEmpty(), "text that merely holds a tag stays text");
    }

    @Test
    void anXmlFileDeclaringAnExternalEntityIsRefusedWithoutReadingIt() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "s3cr3t-value");
        String xml = Files.readString(FormatFixtures.resource("xxe.xml")).replace("SECRET_FILE", secret.toUri().toString());
        DocumentException e = assertThrows(DocumentException.class,
                () -> DocumentReader.read("xxe.xml", "xxe.xml", xml.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("xxe.xml:3:") && e.getMessage().contains("declares the entity 'secret'"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
    }

    @Test
    void anXmlFileExpandingEntitiesWithoutBoundIsRefused() throws IOException {
        DocumentException e = assertThrows(DocumentException.class,
                () -> DocumentReader.read(FormatFixtures.resource("billion-laughs.xml")));
        assertTrue(e.getMessage().contains("billion-laughs.xml:3:") && e.getMessage().contains("declares the entity 'lol'"), e.getMessage());
    }

    @Test
    void scannedEncryptedAndTruncatedPdfsAreRefusedWithTheirNames() throws IOException {
        assertEquals("scan.pdf: PDF has no text layer in any of its 1 pages (a scan?); run OCR on it first",
                assertThrows(DocumentException.class, () -> DocumentReader.read("scan.pdf", "scan.pdf", FormatFixtures.scannedPdf())).getMessage());
        assertEquals("locked.pdf: encrypted PDF: it needs a password to open; save a decrypted copy",
                assertThrows(DocumentException.class, () -> DocumentReader.read("locked.pdf", "locked.pdf", FormatFixtures.encryptedPdf())).getMessage());
        assertEquals("cut.pdf: truncated PDF: the file does not end with %%EOF",
                assertThrows(DocumentException.class, () -> DocumentReader.read("cut.pdf", "cut.pdf", FormatFixtures.truncatedPdf())).getMessage());
    }

    @Test
    void aLongPdfIsReadPageByPage() throws IOException {
        List<TestPdf.Part> parts = new ArrayList<>(List.of(new TestPdf.Title("A Long Report on Endocrine Resistance")));
        String[] endings = {"in many of the models studied so far.", "after several months without estrogen.",
            "while the aromatase inhibitor is still given.", "in cells that were selected for years.", "as earlier reports describe."};
        for (int i = 0; i < 3700; i++) {
            parts.add(new TestPdf.Text("Paragraph " + i + ": letrozole lowers estrogen synthesis, and resistant cells grow again through "
                    + "growth factor signalling " + endings[i % endings.length]));
            parts.add(new TestPdf.Gap());
        }
        Document long_ = DocumentReader.read("long.pdf", "long.pdf", TestPdf.write(parts, 1, "A Long Report", null));
        List<Origin.Piece> pieces = long_.origin().orElseThrow().pieces();
        int pages = Integer.parseInt(pieces.get(pieces.size() - 1).selector().substring("page=".length()));
        assertTrue(pages >= 200, "a report of " + pages + " pages");
        assertEquals(3700, long_.paragraphs().size());
    }
}
