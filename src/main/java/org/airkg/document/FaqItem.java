package org.airkg.document;

import java.util.Objects;
import java.util.Optional;

/**
 * A question and its answer from a FAQ block ({@code Q1: ...} then {@code A1: ...}, or
 * {@code **Q1: ...?** answer} on one line); {@code number} is the question's number in the document.
 */
public record FaqItem(int position, Optional<String> sectionId, int number, Passage question, Optional<Passage> answer, Span span)
        implements Block {
    public FaqItem {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(span, "span");
    }
}
