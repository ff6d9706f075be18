package org.airkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reader on small crafted documents: each rule of the plain-text parser on its own. */
class DocumentReaderTest {
    private static Document read(String text) {
        return DocumentReader.read("t.txt", "t.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsHeaderMetadataAndKeepsItOutOfTheContent() {
        Document d = read("""
                # A note on letrozole

                Author: Acme Technical Support Team. **Date:** March 2024

                ## Compound Focus: Letrozole

                CAS No.: 112809-51-5

                Cat. No.: A123

                [Get Quote](#)

                ## Background

                Body text.
                """);
        assertEquals("A note on letrozole", d.metadata().title());
        assertEquals(Optional.of("Acme"), d.metadata().publisher());
        assertEquals("2024-03", d.metadata().date().orElseThrow().toString());
        assertEquals(Optional.of("112809-51-5"), d.metadata().casNumber());
        assertEquals(Optional.of("A123"), d.metadata().catalogNumber());
        assertEquals(List.of("Background"), d.sections().stream().map(Section::title).toList());
        assertEquals(List.of("Body text."), d.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void headerLinesInOneBlockAreMetadataAndWhatFollowsThemIsContent() {
        Document d = read("""
                # A trial of letrozole

                Author: North Atlantic Breast Cancer Research Network
                Date: December 2026
                Document type: Trial report. Every result is an invented example.

                ## Background

                Body text.
                """);
        assertEquals(Optional.of("North Atlantic Breast Cancer Research Network"), d.metadata().author());
        assertEquals("2026-12", d.metadata().date().orElseThrow().toString());
        assertEquals(List.of("Document type: Trial report. Every result is an invented example.", "Body text."),
                d.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void nestsPlainHeadingsAndJoinsPageBreaks() {
        Document d = read("""
                Title line

                Introduction

                A paragraph that a page break cut in the middle of its sentence, right here at

                the word 'at', and which goes on.

                Troubleshooting Guides

                In Vitro Experiments

                Problem: it fails.

                In Vivo Experiments

                Problem: it fails too.

                Conclusion

                Done.
                """);
        assertEquals(List.of("1:2:Introduction", "2:2:Troubleshooting Guides", "2.1:3:In Vitro Experiments",
                        "2.2:3:In Vivo Experiments", "3:2:Conclusion"),
                d.sections().stream().map(s -> s.id() + ":" + s.level() + ":" + s.title()).toList());
        Paragraph joined = d.paragraphs().get(0);
        assertTrue(joined.text().endsWith("right here at the word 'at', and which goes on."), joined.text());
        assertEquals(Optional.of("1"), joined.sectionId());
    }

    @Test
    void readsReferencesInBothStylesAndTheCitationFooter() {
        Document d = read("""
                Title

                Text.

                References

                - 1. A trial of things - PubMed [pubmed.ncbi.nlm.nih.gov]
                - 2. aacrjournals.org [aacrjournals.org]
                - 3. A title broken over a page - PMC

                [pmc.ncbi.nlm.nih.gov]
                - To cite this document: Acme. [Title]. Acme, [2025]. Available at: [https://acme.example/p#x]

                Disclaimer & Data Validity:

                Not content.
                """);
        assertEquals(3, d.references().size());
        Reference first = d.references().get(0);
        assertEquals(Optional.of("A trial of things"), first.title());
        assertEquals(Optional.of("PubMed"), first.sourceName());
        assertEquals(Optional.of("pubmed.ncbi.nlm.nih.gov"), first.host());
        assertEquals(Optional.empty(), d.references().get(1).title());
        assertEquals(Optional.of("pmc.ncbi.nlm.nih.gov"), d.references().get(2).host());
        assertEquals(Optional.of("Acme"), d.metadata().publisher());
        assertEquals(Optional.of("https://acme.example/p#x"), d.metadata().sourceUrl());
        assertTrue(d.paragraphs().stream().noneMatch(p -> p.text().contains("Not content")));
    }

    @Test
    void aParagraphOpeningWithDisclaimerIsContentNotTheFooter() {
        Document d = read("""
                Title

                Digest, Volume 12 (December 2026)

                Disclaimer: the trial below is fictional, and every figure is illustrative.

                Results

                Letrozole gave more live births than clomiphene.

                Disclaimer & Data Validity:

                Not content.
                """);
        assertEquals(List.of("Results"), d.sections().stream().map(s -> s.title()).toList());
        assertTrue(d.paragraphs().stream().anyMatch(p -> p.text().contains("more live births")));
        assertTrue(d.paragraphs().stream().anyMatch(p -> p.text().contains("fictional")));
        assertTrue(d.paragraphs().stream().noneMatch(p -> p.text().contains("Not content")));
    }

    @Test
    void keepsATableWhoseHeaderAndRowsArePageBrokenAsOneTable() {
        Document d = read("""
                Title

                Table 1: Doses

                A\tB
                ---\t---

                | x [1] | y || z | w

                continued |

                Data from a small study.[2]

                After.
                """);
        List<TableBlock> tables = d.tables();
        assertEquals(1, tables.size());
        TableBlock t = tables.get(0);
        assertEquals(Optional.of("Table 1: Doses"), t.title().map(Passage::text));
        assertEquals(Optional.of("Data from a small study."), t.source().map(Passage::text));
        assertEquals(List.of(2), t.source().orElseThrow().citations().stream().map(Citation::number).toList());
        assertTrue(t.rawText().startsWith("A\tB") && t.rawText().endsWith("continued |"), t.rawText());
        assertEquals(TableBlock.Layout.MIXED, t.layout());
        assertEquals(List.of(List.of("A", "B"), List.of("x", "y"), List.of("z", "w continued")),
                t.rows().stream().map(r -> r.cells().stream().map(TableCell::text).toList()).toList());
        assertTrue(t.rows().get(0).header());
        assertEquals(List.of(1), t.rows().get(1).cells().get(0).content().citations().stream().map(Citation::number).toList());
        assertEquals(List.of("After."), d.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void refusesAFileTypeItDoesNotRead() {
        DocumentException e = assertThrows(DocumentException.class,
                () -> DocumentReader.read("x.docx", "x.docx", new byte[] {'P', 'K', 3, 4}));
        assertTrue(e.getMessage().startsWith("x.docx: no reader takes this file"), e.getMessage());
    }

    @Test
    void refusesAPdfThatIsNotOne() {
        DocumentException e = assertThrows(DocumentException.class,
                () -> DocumentReader.read("x.pdf", "x.pdf", new byte[] {1, 2, 3}));
        assertEquals("x.pdf: not a PDF: the file does not start with %PDF-", e.getMessage());
    }
}
