package org.airkg.extract.mention;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.airkg.document.Span;

/**
 * A name found in a document's text: the text as normalised, its span in the file, the element and section
 * it is in, how it was resolved, the lexicon entities it names (one when linked, several when ambiguous,
 * none for a candidate), the class a candidate's shape suggests, a confidence and the rule that found it.
 */
public record Mention(
        String text,
        Span span,
        ElementRef element,
        Optional<String> sectionId,
        MentionStatus status,
        List<String> entityIds,
        Optional<String> candidateKind,
        double confidence,
        String method) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(status, "status");
        entityIds = List.copyOf(entityIds);
        Objects.requireNonNull(candidateKind, "candidateKind");
        Objects.requireNonNull(method, "method");
        if (status == MentionStatus.LINKED && entityIds.size() != 1) {
            throw new IllegalArgumentException("a linked mention names one entity: " + entityIds);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }

    /** The same name, linked by the rule {@code method} to the entities {@code ids} instead. */
    public Mention relinked(List<String> ids, String method) {
        return new Mention(text, span, element, sectionId, status, ids, candidateKind, confidence, method);
    }
}
