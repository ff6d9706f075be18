package org.airkg.extract.fact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.airkg.extract.mention.ElementRef;

/**
 * Two places that give different values for one quantity: the quantity described with the qualifiers both values
 * share ("frequency of KRAS mutation (population advanced untreated; unit percent)"), and each place with its values.
 */
public record Conflict(String quantity, Side first, Side second) {
    public Conflict {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    /**
     * One place: the document (by stem), the table cell or sentence, its section, line and exact text in the file,
     * a readable name of the place ("table 7, row 2, cell 1") and the values it states for the quantity.
     */
    public record Side(String stem, ElementRef element, Optional<String> sectionId, Optional<String> sectionTitle, int line,
            String place, String quote, List<StatedValue> values) {
        public Side {
            Objects.requireNonNull(stem, "stem");
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(sectionId, "sectionId");
            Objects.requireNonNull(sectionTitle, "sectionTitle");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(quote, "quote");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a side of a conflict states a value: " + stem + " " + place);
            }
        }

        /** The values as written, joined by " or ". */
        public String valuesText() {
            return String.join(" or ", values.stream().map(StatedValue::text).toList());
        }
    }

    /** One line: the quantity, then each place with its values, section, line and quote. */
    @Override
    public String toString() {
        return quantity + ": " + describe(first) + " vs " + describe(second);
    }

    private static String describe(Side s) {
        return s.valuesText() + " at " + s.stem() + ":" + s.line() + " (" + s.sectionTitle().map(t -> "section '" + t + "', ").orElse("")
                + s.place() + ": \"" + s.quote().strip().replaceAll("\\s+", " ") + "\")";
    }
}
