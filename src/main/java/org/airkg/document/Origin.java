package org.airkg.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the text of a document read from a file that is not itself text (HTML, JATS XML, PDF) came from.
 * Such a file is first rendered into text the plain-text reader understands, so every span of the
 * {@link Document} is in that rendered text; each {@link Piece} says that a stretch of it is copied from the
 * text of one element (an XPath, for HTML and XML) or one page ({@code page=N}, for PDF), from a position
 * in that text on. Characters the rendering adds (line breaks, heading marks, brackets around a citation)
 * belong to no piece.
 *
 * @param extractor the library and version that extracted the text ("Apache PDFBox 3.0.8")
 */
public record Origin(Kind kind, String mediaType, String extractor, List<Piece> pieces) {
    /** How a selector names a part of the file. */
    public enum Kind {
        /** An XPath 1.0 location path of an element; positions count code points of its {@code normalize-space()} text. */
        XPATH,
        /** A page, {@code page=N} (RFC 8118); positions count code points of the page's extracted text. */
        PAGE
    }

    /**
     * Rendered text {@code [start, end)}, in code points, is the text of {@code selector} from code point
     * {@code offset} on.
     */
    public record Piece(int start, int end, String selector, int offset) {
        public Piece {
            Objects.requireNonNull(selector, "selector");
            if (start < 0 || end <= start || offset < 0) {
                throw new IllegalArgumentException("bad piece " + start + ".." + end + " at " + offset);
            }
        }
    }

    /**
     * A stretch of the file: from code point {@code start} of the text of {@code startSelector} to code point
     * {@code end} (exclusive) of the text of {@code endSelector}; the two selectors are one when the stretch
     * lies in one element or page.
     */
    public record Location(String startSelector, int start, String endSelector, int end) {
        /** True when the stretch lies within one element or page. */
        public boolean single() {
            return startSelector.equals(endSelector);
        }
    }

    public Origin {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(extractor, "extractor");
        pieces = List.copyOf(pieces);
    }

    /** Where the rendered text at {@code span} came from; empty when no character of it was copied from the file. */
    public Optional<Location> locate(Span span) {
        int first = firstEndingAfter(span.start());
        if (first == pieces.size() || pieces.get(first).start() >= span.end()) {
            return Optional.empty();
        }
        int last = first;
        while (last + 1 < pieces.size() && pieces.get(last + 1).start() < span.end()) {
            last++;
        }
        Piece a = pieces.get(first);
        Piece b = pieces.get(last);
        int start = a.offset() + Math.max(0, span.start() - a.start());
        int end = b.offset() + Math.min(b.end(), span.end()) - b.start();
        return Optional.of(new Location(a.selector(), start, b.selector(), end));
    }

    /** The characters of {@code text} (the rendered text) within {@code span} that were copied from the file. */
    public String copied(String text, Span span) {
        StringBuilder out = new StringBuilder();
        for (int i = firstEndingAfter(span.start()); i < pieces.size() && pieces.get(i).start() < span.end(); i++) {
            Piece p = pieces.get(i);
            int from = Math.max(p.start(), span.start());
            int to = Math.min(p.end(), span.end());
            out.append(text, text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
        }
        return out.toString();
    }

    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = pieces.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pieces.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
