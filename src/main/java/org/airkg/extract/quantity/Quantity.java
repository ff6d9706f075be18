package org.airkg.extract.quantity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number stated in a text, exactly: a single value (with a comparator for bounds such as {@code >15}) or a
 * range ({@code 0.07-20 nM}), its unit, and the chars {@code [start, end)} of the text it was read from.
 *
 * @param value the value of a single number, empty for a range
 * @param lower the lower end of a range, empty for a single number
 * @param upper the upper end of a range, empty for a single number
 * @param comparator how the number relates to the value; a range is only EQ or APPROX
 * @param unit the unit, empty for a bare number
 * @param text the chars of the text the quantity was read from, comparator and unit included
 * @param start where {@code text} starts in the text parsed
 * @param end where {@code text} ends in the text parsed (exclusive)
 */
public record Quantity(Optional<BigDecimal> value, Optional<BigDecimal> lower, Optional<BigDecimal> upper,
        Comparator comparator, Optional<Unit> unit, String text, int start, int end) {

    public Quantity {
        if (value == null || lower == null || upper == null || unit == null || comparator == null || text == null) {
            throw new IllegalArgumentException("quantity at " + start + ": null field, use Optional.empty()");
        }
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("quantity '" + text + "': span [" + start + ", " + end
                    + ") does not fit its text of " + text.length() + " chars");
        }
        if (value.isPresent() == (lower.isPresent() || upper.isPresent())) {
            throw new IllegalArgumentException("quantity '" + text + "' needs either a value or a lower and upper end");
        }
        if (lower.isPresent() != upper.isPresent()) {
            throw new IllegalArgumentException("quantity '" + text + "': a range needs both ends");
        }
        if (lower.isPresent()) {
            if (comparator.isBound()) {
                throw new IllegalArgumentException("quantity '" + text + "': a range cannot be a bound (" + comparator + ")");
            }
            if (lower.get().compareTo(upper.get()) > 0) {
                throw new IllegalArgumentException("quantity '" + text + "': range " + lower.get() + " > " + upper.get());
            }
        }
    }

    /** A single number. */
    public static Quantity single(BigDecimal value, Comparator comparator, Optional<Unit> unit, String text, int start) {
        return new Quantity(Optional.of(value), Optional.empty(), Optional.empty(), comparator, unit, text, start,
                start + text.length());
    }

    /** A range from {@code lower} to {@code upper}. */
    public static Quantity range(BigDecimal lower, BigDecimal upper, Comparator comparator, Optional<Unit> unit,
            String text, int start) {
        return new Quantity(Optional.empty(), Optional.of(lower), Optional.of(upper), comparator, unit, text, start,
                start + text.length());
    }

    /** This quantity with {@code unit} in place of its own (none: {@code Optional.empty()}), its text and span unchanged. */
    public Quantity withUnit(Optional<Unit> unit) {
        return new Quantity(value, lower, upper, comparator, unit, text, start, end);
    }

    /** Whether this is a range (lower and upper set). */
    public boolean isRange() {
        return lower.isPresent();
    }

    /** Whether this is a bound such as {@code >15} or {@code p<0.05}. */
    public boolean isBound() {
        return comparator.isBound();
    }

    /** The unit's symbol as written, or empty. */
    public Optional<String> unitSymbol() {
        return unit.map(Unit::symbol);
    }

    /** The same quantity with its span moved by {@code offset} chars (for a quantity read from a substring). */
    public Quantity shift(int offset) {
        return new Quantity(value, lower, upper, comparator, unit, text, start + offset, end + offset);
    }
}
