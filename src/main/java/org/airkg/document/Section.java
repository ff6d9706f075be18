package org.airkg.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A headed section. {@code id} is its path in the outline ("2", "2.1", ...), {@code level} its heading
 * depth (2 for a top-level section; the document title is level 1 and not a section), {@code span} runs
 * from its heading to the end of its last content; {@code heading} is the heading's normalised text (empty
 * for a section the reader names itself), whose citations are the section's.
 */
public record Section(String id, String title, int level, Optional<String> parentId, Span headingSpan, Span span, Optional<Passage> heading) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(headingSpan, "headingSpan");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(heading, "heading");
        if (level < 2) {
            throw new IllegalArgumentException("section level must be at least 2: " + level);
        }
    }

    /** The citations the heading carries. */
    @JsonIgnore
    public List<Citation> citations() {
        return heading.map(Passage::citations).orElse(List.of());
    }
}
