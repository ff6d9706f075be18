package org.airkg.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A headed section. {@code id} is its path in the outline ("2", "2.1", ...), {@code level} its heading
 * depth (2 for a top-level section; the document title is level 1 and not a section), {@code span} runs
 * from its heading to the end of its last content; {@code citations} are those its heading carries.
 */
public record Section(String id, String title, int level, Optional<String> parentId, Span headingSpan, Span span, List<Citation> citations) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(headingSpan, "headingSpan");
        Objects.requireNonNull(span, "span");
        citations = List.copyOf(citations);
        if (level < 2) {
            throw new IllegalArgumentException("section level must be at least 2: " + level);
        }
    }
}
