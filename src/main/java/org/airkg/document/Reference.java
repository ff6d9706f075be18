package org.airkg.document;

import java.util.Objects;
import java.util.Optional;

/**
 * An entry of a document's numbered reference list: its number, the cited work's title when the entry
 * gives one beyond a bare host name, the source name after the title ("PMC", "PubMed"...), and the host
 * name in brackets. {@code content} is the entry after its number, normalised; {@code span} covers the
 * whole entry, number included.
 */
public record Reference(int number, Optional<String> title, Optional<String> sourceName, Optional<String> host, Passage content, Span span) {
    public Reference {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(span, "span");
        if (number < 1) {
            throw new IllegalArgumentException("reference number must be at least 1: " + number);
        }
    }

    /** The entry's normalised text. */
    public String text() {
        return content.text();
    }
}
