package org.airkg.document;

import java.util.Objects;

/** A quantity a protocol step states (7,500 cells per well, 570 nm, 37°C, 5% CO2), as written, with its span. */
public record Parameter(String text, Span span) {
    public Parameter {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
