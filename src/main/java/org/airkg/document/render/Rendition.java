package org.airkg.document.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.airkg.document.Document;
import org.airkg.document.Metadata;
import org.airkg.document.Origin;
import org.airkg.document.SourceText;
import org.airkg.document.parse.PlainTextParser;

/**
 * Text rendered from a file that is not text, in the form the plain-text reader reads (a title line, Markdown
 * headings, paragraphs between blank lines, tab-separated table rows, a numbered reference list), with the
 * {@link Origin.Piece}s that say where each copied stretch is in the file. Added characters (line breaks,
 * heading marks, brackets around citation numbers) belong to no piece.
 */
public final class Rendition {
    private static final java.util.regex.Pattern NUMBERS = java.util.regex.Pattern.compile("\\d{1,3}(?:\\s*[-–,]\\s*\\d{1,3})*");
    private final StringBuilder text = new StringBuilder();
    private final List<Origin.Piece> pieces = new ArrayList<>();
    private int length;

    /** Adds characters of the rendering's own. */
    public Rendition add(String s) {
        text.append(s);
        length += s.codePointCount(0, s.length());
        return this;
    }

    /** Adds {@code source[from, to)}, copied from the text of {@code selector} (which {@code source} is). */
    public Rendition copy(String source, int from, int to, String selector) {
        if (from >= to) {
            return this;
        }
        int offset = source.codePointCount(0, from);
        int count = source.codePointCount(from, to);
        Origin.Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
        if (last != null && last.end() == length && last.selector().equals(selector) && last.offset() + last.end() - last.start() == offset) {
            pieces.set(pieces.size() - 1, new Origin.Piece(last.start(), length + count, selector, last.offset()));
        } else {
            pieces.add(new Origin.Piece(length, length + count, selector, offset));
        }
        text.append(source, from, to);
        length += count;
        return this;
    }

    /**
     * Adds a block: {@code prefix} (the rendering's own), then the element's folded text with the citation
     * numbers at {@code citations} (pairs of folded indexes) put in brackets, then a blank line.
     */
    public Rendition block(String prefix, String folded, List<int[]> citations, String selector) {
        if (folded.isBlank()) {
            return this;
        }
        add(prefix);
        inline(folded, 0, folded.length(), citations, selector);
        return endBlock();
    }

    /**
     * Adds {@code folded[from, to)} with its citation markers made readable: a marker at {@code {start, end}}
     * that is a number or range ("3", "2-4") is put in brackets; one that is not ("Smith et al., 2019"), given
     * as {@code {start, end, number}}, is followed by its reference number in brackets.
     */
    public Rendition inline(String folded, int from, int to, List<int[]> citations, String selector) {
        int at = from;
        for (int[] c : citations) {
            if (c[0] < at || c[1] > to || c[0] >= c[1]) {
                continue;
            }
            copy(folded, at, c[0], selector);
            String marker = folded.substring(c[0], c[1]);
            if (marker.startsWith("[")) {
                copy(folded, c[0], c[1], selector);
            } else if (NUMBERS.matcher(marker).matches() || c.length < 3 || c[2] < 1) {
                add("[").copy(folded, c[0], c[1], selector).add("]");
            } else {
                copy(folded, c[0], c[1], selector).add(" [" + c[2] + "]");
            }
            at = c[1];
        }
        return copy(folded, at, to, selector);
    }

    /** Ends the current block with a blank line. */
    public Rendition endBlock() {
        int n = text.length();
        if (n == 0) {
            return this;
        }
        if (text.charAt(n - 1) != '\n') {
            add("\n\n");
        } else if (n < 2 || text.charAt(n - 2) != '\n') {
            add("\n");
        }
        return this;
    }

    /** The rendered text so far. */
    public String text() {
        return text.toString();
    }

    /** The pieces so far, in order. */
    public List<Origin.Piece> pieces() {
        return List.copyOf(pieces);
    }

    /**
     * Reads the rendered text with the plain-text reader and attaches the origin.
     *
     * @param metadata completes the metadata the plain-text reader found with what the file's markup says
     */
    public Document read(String displayName, String fileName, String stem, String sha256, long byteSize, Origin.Kind kind,
            String mediaType, String extractor, UnaryOperator<Metadata> metadata) {
        Document document = PlainTextParser.parse(displayName, fileName, stem, sha256, byteSize, SourceText.of(text.toString()));
        return document.withOrigin(metadata.apply(document.metadata()), new Origin(kind, mediaType, extractor, pieces));
    }
}
