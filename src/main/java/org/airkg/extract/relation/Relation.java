package org.airkg.extract.relation;

import java.util.Objects;
import java.util.Optional;
import org.airkg.document.Span;
import org.airkg.extract.mention.ElementRef;

/**
 * A relation read from one passage: subject and object lexicon ids, the ontology property relating them
 * (its local name, e.g. {@code biomarkerOfResistanceTo}), the qualifiers that keep different evidence apart
 * (polarity, modality, clinical or preclinical, model system, indication) and the evidence: where it stands, its
 * exact span, and the rule that read it ({@code curated} for a statement a curator added, with the reason).
 */
public record Relation(
        String subjectId,
        String predicate,
        String objectId,
        Polarity polarity,
        Modality modality,
        Optional<EvidenceKind> evidenceKind,
        Optional<String> modelId,
        Optional<String> indicationId,
        ElementRef element,
        Optional<String> sectionId,
        Span span,
        String rule,
        Optional<String> curationReason) {
    /** Whether the passage states the relation or states that it does not hold. */
    public enum Polarity {
        SUPPORTS("supports"), DOES_NOT_SUPPORT("does-not-support");

        private final String label;

        Polarity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether the passage states the relation as a finding or as a hypothesis ("may", "is thought to", "suggests"). */
    public enum Modality {
        ASSERTED("asserted"), HYPOTHESISED("hypothesised");

        private final String label;

        Modality(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether the evidence is clinical (patients, trials) or preclinical (cell lines, animals). */
    public enum EvidenceKind {
        CLINICAL("clinical"), PRECLINICAL("preclinical");

        private final String label;

        EvidenceKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Relation {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(evidenceKind, "evidenceKind");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(indicationId, "indicationId");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(curationReason, "curationReason");
        if (subjectId.equals(objectId)) {
            throw new IllegalArgumentException("a relation relates two entities: " + subjectId);
        }
    }
}
