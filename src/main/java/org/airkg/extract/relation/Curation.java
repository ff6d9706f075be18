package org.airkg.extract.relation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;
import java.util.Optional;

/**
 * A curator's correction of what extraction read from one document: {@code retract} removes a relation
 * the rules got wrong, {@code add} states one they missed, anchored on an exact quote of the document.
 * Every correction gives its reason; added statements are marked as curated in their provenance.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Curation(
        Action action,
        String document,
        String subject,
        String predicate,
        String object,
        Optional<String> quote,
        Optional<String> indication,
        Optional<String> model,
        Optional<String> evidenceKind,
        String reason) {
    /** What a correction does. */
    public enum Action { ADD, RETRACT }

    public Curation {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        quote = quote == null ? Optional.empty() : quote;
        indication = indication == null ? Optional.empty() : indication;
        model = model == null ? Optional.empty() : model;
        evidenceKind = evidenceKind == null ? Optional.empty() : evidenceKind;
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a correction gives its reason");
        }
        if (action == Action.ADD && quote.isEmpty()) {
            throw new IllegalArgumentException("an added statement is anchored on a quote of its document");
        }
    }

    /** True when {@code r} is the relation this correction names. */
    boolean matches(Relation r) {
        return r.subjectId().equals(subject) && r.predicate().equals(predicate) && r.objectId().equals(object)
                && indication.map(i -> r.indicationId().equals(Optional.of(i))).orElse(true)
                && model.map(m -> r.modelId().equals(Optional.of(m))).orElse(true);
    }
}
