package org.airkg.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes PDFs for the tests with PDFBox, from text the tests give: headings, paragraphs wrapped at spaces (or
 * hyphenated where the text says), tables with their cells at aligned positions, in one or two columns, with a
 * running header and page numbers. Nothing is downloaded; the font is Helvetica or a TrueType file given.
 */
public final class TestPdf {
    /** A unit of layout: a heading, a paragraph (whose lines break at spaces or at "\u00AD" soft hyphens), or a table. */
    sealed interface Part permits Title, Heading, Text, Table, Gap {}

    /** The document's title, across the full width of the first page above the columns. */
    record Title(String text) implements Part {}

    record Heading(String text) implements Part {}

    /** A paragraph; a soft hyphen marks where a word may break, with a hyphen, at a line end. */
    record Text(String text) implements Part {}

    record Table(List<List<String>> rows) implements Part {}

    /** Extra space, as between paragraphs. */
    record Gap() implements Part {}

    private static final float MARGIN = 56;
    private static final float SIZE = 10;
    private static final float LEADING = 13;
    private static final float COLUMN_GAP = 28;
    private static final float CELL_GAP = 24;

    private final PDDocument pdf = new PDDocument();
    private PDFont font;
    private final int columns;
    private final String header;
    private PDPageContentStream content;
    private int pageCount;
    private int column;
    private float y;
    private float columnTop;

    private TestPdf(int columns, String header) {
        this.columns = columns;
        this.header = header;
    }

    /** Lays the parts out into a PDF and returns its bytes. */
    static byte[] write(List<Part> parts, int columns, String header, Path trueTypeFont) throws IOException {
        TestPdf out = new TestPdf(columns, header);
        out.font = trueTypeFont == null ? new PDType1Font(Standard14Fonts.FontName.HELVETICA) : PDType0Font.load(out.pdf, trueTypeFont.toFile());
        return out.layout(parts);
    }

    private byte[] layout(List<Part> parts) throws IOException {
        newPage();
        for (Part part : parts) {
            if (part instanceof Title t) {
                for (String line : wrap(t.text(), PDRectangle.A4.getWidth() - 2 * MARGIN, SIZE + 4)) {
                    show(line, MARGIN, y, SIZE + 4);
                    y -= LEADING + 4;
                }
                y -= LEADING;
                columnTop = y;
            } else if (part instanceof Heading h) {
                lines(wrap(h.text(), width(), SIZE + 2), 2);
                y -= 4;
            } else if (part instanceof Text t) {
                lines(wrap(t.text(), width(), SIZE), 0);
            } else if (part instanceof Table t) {
                table(t.rows());
            } else {
                y -= LEADING;
            }
        }
        content.close();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pdf.setDocumentId(42L);
        pdf.save(bytes);
        pdf.close();
        return bytes.toByteArray();
    }

    private float width() {
        return (PDRectangle.A4.getWidth() - 2 * MARGIN - (columns - 1) * COLUMN_GAP) / columns;
    }

    private float x() {
        return MARGIN + column * (width() + COLUMN_GAP);
    }

    private void lines(List<String> lines, float extra) throws IOException {
        for (String line : lines) {
            room();
            show(line, x(), y, SIZE + extra);
            y -= LEADING + extra;
        }
    }

    /**
     * Sets a table one row a line, each column at the same x; a table wider than the column is set in a font
     * small enough to fit (cells wrapped over several lines are beyond what the reader recovers).
     */
    private void table(List<List<String>> rows) throws IOException {
        int n = rows.stream().mapToInt(List::size).max().orElse(0);
        float[] widths = new float[n];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], textWidth(row.get(i), SIZE));
            }
        }
        float total = 0;
        for (float w : widths) {
            total += w + CELL_GAP;
        }
        float scale = Math.min(1, width() / total);
        for (List<String> row : rows) {
            room();
            float at = x();
            for (int i = 0; i < row.size(); i++) {
                show(row.get(i), at, y, SIZE * scale);
                at += (widths[i] + CELL_GAP) * scale;
            }
            y -= LEADING;
        }
    }

    private void room() throws IOException {
        if (y < MARGIN + LEADING) {
            if (++column == columns) {
                newPage();
            } else {
                y = columnTop;
            }
        }
    }

    private float top() {
        return PDRectangle.A4.getHeight() - MARGIN - LEADING;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        pageCount++;
        content = new PDPageContentStream(pdf, page);
        column = 0;
        y = top();
        columnTop = y;
        if (header != null) {
            show(header, MARGIN, PDRectangle.A4.getHeight() - 30, 8);
            show("Page " + pageCount, PDRectangle.A4.getWidth() / 2 - 10, 28, 8);
        }
    }

    private void show(String text, float x, float atY, float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, atY);
        content.showText(text);
        content.endText();
    }

    private float textWidth(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Breaks a paragraph into lines no wider than {@code max}, at spaces, or at a soft hyphen (shown as "-"). */
    private List<String> wrap(String text, float max, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (textWidth(candidate.replace("\u00AD", ""), size) <= max || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            int soft = word.indexOf('\u00AD');
            if (soft > 0 && textWidth(line + " " + word.substring(0, soft) + "-", size) <= max) {
                lines.add(line + " " + word.substring(0, soft) + "-");
                line.setLength(0);
                line.append(word.substring(soft + 1));
            } else {
                lines.add(line.toString().replace("\u00AD", ""));
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString().replace("\u00AD", ""));
        }
        return lines;
    }
}
