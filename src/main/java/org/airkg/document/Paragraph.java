package org.airkg.document;

import java.util.Objects;
import java.util.Optional;

/**
 * A paragraph, list item or label line. {@code span} covers the block in the source (a list item's marker
 * included; both halves of a paragraph a page break split); {@code content} is its normalised text.
 * {@code depth} is the nesting of a list item (0 for the outermost list and for other kinds).
 */
public record Paragraph(int position, Optional<String> sectionId, BlockKind kind, int depth, Passage content, Span span)
        implements Block {
    public Paragraph {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(span, "span");
    }

    /** The normalised text. */
    public String text() {
        return content.text();
    }
}
