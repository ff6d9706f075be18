package org.airkg.extract.relation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.airkg.document.Span;
import org.airkg.extract.mention.ElementRef;

/**
 * A resistance mechanism as a chain rather than a single edge: the alteration (genes and pathways up or down
 * in a model, a mutation, an activated pathway), what it does to estrogen-receptor or cell-cycle dependence,
 * the drug response that follows, and the strategy proposed against it, each step with its own passage of
 * evidence. {@code key} names the chain within its document: the model it was seen in, else the first entity
 * it involves.
 */
public record MechanismChain(String key, Optional<String> modelId, Optional<String> drugId, List<String> entityIds, List<Step> steps) {
    /** The role of a step in the chain, in the order the chain tells them. */
    public enum Role {
        ALTERATION("alteration"), DEPENDENCE_SHIFT("dependence-shift"), DRUG_RESPONSE("drug-response"), COUNTER_STRATEGY("counter-strategy");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One step: its role, the statement (normalised passage) and where it stands. */
    public record Step(Role role, String statement, Span span, ElementRef element, Optional<String> sectionId, String rule) {
        public Step {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(sectionId, "sectionId");
            Objects.requireNonNull(rule, "rule");
        }
    }

    public MechanismChain {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(drugId, "drugId");
        entityIds = List.copyOf(entityIds);
        steps = List.copyOf(steps);
        if (steps.size() < 2 || steps.get(0).role() != Role.ALTERATION) {
            throw new IllegalArgumentException("a chain starts with an alteration and has at least one more step");
        }
    }
}
