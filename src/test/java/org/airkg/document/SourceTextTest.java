package org.airkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {
    @Test
    void refusesAnEmptyFile() {
        DocumentException e = assertThrows(DocumentException.class, () -> SourceText.decode("x.txt", new byte[0]));
        assertEquals("x.txt: file is empty", e.getMessage());
    }

    @Test
    void refusesWhiteSpaceOnly() {
        DocumentException e = assertThrows(DocumentException.class, () -> SourceText.decode("x.txt", " \n\u00A0\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("no text"), e.getMessage());
    }

    @Test
    void refusesBinaryNamingTheLine() {
        byte[] bytes = "title\nsecond line\nab\0cd".getBytes(StandardCharsets.UTF_8);
        DocumentException e = assertThrows(DocumentException.class, () -> SourceText.decode("b.bin.txt", bytes));
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().startsWith("b.bin.txt:3:3: binary file"), e.getMessage());
    }

    @Test
    void refusesInvalidUtf8NamingLineAndColumn() {
        byte[] bytes = {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'};
        DocumentException e = assertThrows(DocumentException.class, () -> SourceText.decode("latin1.txt", bytes));
        assertEquals("latin1.txt:2:4: not valid UTF-8 (byte offset 6); save the file as UTF-8", e.getMessage());
    }

    @Test
    void decodesUtf16WithByteOrderMark() {
        byte[] be = "\uFEFFTitle\nα-line".getBytes(StandardCharsets.UTF_16BE);
        byte[] le = "\uFEFFTitle\nα-line".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Title\nα-line", SourceText.decode("be.txt", be).text());
        assertEquals("Title\nα-line", SourceText.decode("le.txt", le).text());
    }

    @Test
    void dropsAUtf8ByteOrderMark() {
        byte[] bytes = "\uFEFFTitle".getBytes(StandardCharsets.UTF_8);
        assertEquals("Title", SourceText.decode("bom.txt", bytes).text());
    }

    @Test
    void countsOffsetsInCodePoints() {
        SourceText text = SourceText.of("a\uD835\uDC9Cb\ncd");
        assertEquals(new Span(2, 3, 1), text.span(3, 4));
        assertEquals(new Span(4, 5, 2), text.span(5, 6));
        assertEquals("b", text.slice(new Span(2, 3, 1)));
    }

    @Test
    void numbersLines() {
        SourceText text = SourceText.of("one\r\ntwo\n\nfour");
        assertEquals(4, text.lineCount());
        assertEquals("two", text.line(2));
        assertEquals("", text.line(3));
        assertEquals(4, text.lineOf(text.text().indexOf("four")));
    }
}
