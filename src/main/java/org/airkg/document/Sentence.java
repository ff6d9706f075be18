package org.airkg.document;

import java.util.Objects;

/** A sentence of a passage: its normalised text and its span in the file. */
public record Sentence(String text, Span span) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
