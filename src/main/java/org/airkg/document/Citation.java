package org.airkg.document;

import java.util.Objects;

/**
 * A citation marker ({@code [3]}, {@code [\[3\]](#)}, {@code ^[3]^}, {@code ^{[3]}}): the number of the
 * reference it cites and its span in the file. A marker citing a range ({@code [2-4]}) gives one citation
 * per number, all with the marker's span.
 */
public record Citation(int number, Span span) {
    public Citation {
        Objects.requireNonNull(span, "span");
        if (number < 1) {
            throw new IllegalArgumentException("citation number must be at least 1: " + number);
        }
    }
}
