package org.airkg.extract.fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.quantity.Comparator;
import org.airkg.extract.quantity.Quantity;

/**
 * The values one table cell or sentence of one document states for one quantity, with everything comparing them
 * across documents needs and nothing more: the quantity's key, where the place stands (section, line, a readable
 * name, its exact text) and each value's text, number and id. A document's list of these is what a build keeps of
 * it for the corpus-wide conflicts, small enough to cache beside the store (see {@link ConflictFinder#statements}).
 *
 * @param key the quantity's key: its parts, absent ones included, so that equal keys are one quantity
 * @param quantity the quantity for a reader, with the qualifiers that are set
 * @param start where the first value's number stands in the file, to order places within a document
 */
public record StatedQuantity(String key, String quantity, String stem, ElementRef element, Optional<String> sectionId,
        Optional<String> sectionTitle, int line, int start, String place, String quote, List<Value> values) {
    public StatedQuantity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(sectionTitle, "sectionTitle");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(quote, "quote");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a place states a value: " + stem + " " + place);
        }
    }

    /**
     * One value: as written, its id in its document ({@link StatedValue#id()}, which names its measurement node) and
     * the number compared.
     */
    public record Value(String text, String id, Number number) {
        public Value {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(number, "number");
        }
    }

    /** A number as {@link Rounding} compares it: a value or a range (decimals kept exactly as written) and its comparator. */
    public record Number(Optional<BigDecimal> value, Optional<BigDecimal> lower, Optional<BigDecimal> upper, Comparator comparator) {
        public Number {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(lower, "lower");
            Objects.requireNonNull(upper, "upper");
            Objects.requireNonNull(comparator, "comparator");
        }

        static Number of(Quantity q) {
            return new Number(q.value(), q.lower(), q.upper(), q.comparator());
        }

        Quantity quantity() {
            return new Quantity(value, lower, upper, comparator, Optional.empty(), "", 0, 0);
        }
    }

    /** The values as written, joined by " or ". */
    public String valuesText() {
        return String.join(" or ", values.stream().map(Value::text).toList());
    }

    List<Quantity> numbers() {
        return values.stream().map(v -> v.number().quantity()).toList();
    }

    /**
     * Whether {@code o} stands in another cell of the same table: two rows are two conditions, and two columns of a row two
     * arms, comparisons or statistics ("RR vs clomiphene", "RR vs gonadotropins"; a value and a mean difference), however
     * alike their qualifiers read.
     */
    boolean otherCellOfSameTable(StatedQuantity o) {
        return stem.equals(o.stem) && element.kind().equals("table") && o.element.kind().equals("table") && element.key().equals(o.element.key())
                && !element.path().equals(o.element.path());
    }
}
