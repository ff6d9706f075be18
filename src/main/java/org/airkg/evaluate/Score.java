package org.airkg.evaluate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Counts of one comparison and what they give: precision = true positives / system, recall = true positives
 * / gold, F1 their harmonic mean; each {@code null} when its denominator is 0.
 *
 * @param gold the gold items counted
 * @param system the system items counted
 * @param truePositives the pairs matched
 */
@JsonPropertyOrder({"gold", "system", "truePositives", "precision", "recall", "f1"})
public record Score(int gold, int system, int truePositives) {
    /** Nothing counted. */
    public static final Score ZERO = new Score(0, 0, 0);

    public Score {
        if (gold < 0 || system < 0 || truePositives < 0 || truePositives > gold || truePositives > system) {
            throw new IllegalArgumentException("inconsistent counts: gold " + gold + ", system " + system + ", matched " + truePositives);
        }
    }

    /** The sum of two scores' counts. */
    public Score plus(Score other) {
        return new Score(gold + other.gold, system + other.system, truePositives + other.truePositives);
    }

    @JsonProperty
    public Double precision() {
        return system == 0 ? null : (double) truePositives / system;
    }

    @JsonProperty
    public Double recall() {
        return gold == 0 ? null : (double) truePositives / gold;
    }

    @JsonProperty
    public Double f1() {
        Double p = precision();
        Double r = recall();
        if (p == null || r == null) {
            return null;
        }
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
