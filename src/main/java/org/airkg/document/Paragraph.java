package org.airkg.document;

import java.util.Objects;
import java.util.Optional;

/**
 * A paragraph or list item. {@code text} is the block's text with its line breaks, and the gaps of a
 * paragraph that a page break split, folded to single spaces; {@code span} covers it all in the source.
 * {@code depth} is the nesting of a list item (0 for the outermost list and for other kinds).
 */
public record Paragraph(int position, Optional<String> sectionId, BlockKind kind, int depth, String text, Span span)
        implements Block {
    public Paragraph {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
