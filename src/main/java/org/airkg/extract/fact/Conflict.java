package org.airkg.extract.fact;

import java.util.Objects;

/**
 * Two places that give different values for one quantity: the quantity described with the qualifiers both values
 * share ("frequency of KRAS mutation (population advanced untreated; unit percent)"), and each place with its values
 * (its document, cell or sentence, section, line and exact text).
 */
public record Conflict(String quantity, StatedQuantity first, StatedQuantity second) {
    public Conflict {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    /** One line: the quantity, then each place with its values, section, line and quote. */
    @Override
    public String toString() {
        return quantity + ": " + describe(first) + " vs " + describe(second);
    }

    private static String describe(StatedQuantity s) {
        return s.valuesText() + " at " + s.stem() + ":" + s.line() + " (" + s.sectionTitle().map(t -> "section '" + t + "', ").orElse("")
                + s.place() + ": \"" + s.quote().strip().replaceAll("\\s+", " ") + "\")";
    }
}
