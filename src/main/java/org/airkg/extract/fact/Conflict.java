package org.airkg.extract.fact;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The places that give different values for one quantity: the quantity described with the qualifiers its values
 * share ("frequency of KRAS mutation (population advanced untreated; unit percent)"), and every place (a document's
 * table cell or sentence, with its section, line and exact text) whose values differ beyond rounding from those of
 * at least one other place, in the order they stand. One conflict per quantity, however many places disagree: a
 * value stated in n places with k different readings is one conflict of those places, not one per pair, so the
 * conflicts of a corpus grow with its places, not with their square.
 *
 * @param key the quantity's key ({@link StatedQuantity#key()}), which names the conflict
 * @param places two or more places, ordered by document and position
 */
public record Conflict(String key, String quantity, List<StatedQuantity> places) {
    public Conflict {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(quantity, "quantity");
        places = List.copyOf(places);
        if (places.size() < 2) {
            throw new IllegalArgumentException("a conflict has two places or more: " + quantity);
        }
    }

    /** The place that stands first. */
    public StatedQuantity first() {
        return places.get(0);
    }

    /** One line: the quantity, then each place with its values, section, line and quote. */
    @Override
    public String toString() {
        return quantity + ": " + places.stream().map(Conflict::describe).collect(Collectors.joining(" vs "));
    }

    private static String describe(StatedQuantity s) {
        return s.valuesText() + " at " + s.stem() + ":" + s.line() + " (" + s.sectionTitle().map(t -> "section '" + t + "', ").orElse("")
                + s.place() + ": \"" + s.quote().strip().replaceAll("\\s+", " ") + "\")";
    }
}
