package org.airkg.document;

import java.util.Objects;
import java.util.Optional;

/** A figure, known by its caption line ({@code Caption: ...}); the image itself is not in the text. */
public record Figure(int position, Optional<String> sectionId, Passage caption, Span span) implements Block {
    public Figure {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(span, "span");
    }
}
