package org.airkg.extract.quantity;

/** How a stated number relates to the true value: equal, approximately, or a bound. */
public enum Comparator {
    /** The value as stated ({@code 12.3%}). */
    EQ("="),
    /** About the value ({@code ~5}, {@code approximately 5}). */
    APPROX("~"),
    /** Below the value ({@code <70 pg/mL}, {@code p<0.05}). */
    LT("<"),
    /** At most the value ({@code ≤5}, {@code up to 5}). */
    LE("≤"),
    /** Above the value ({@code >15}). */
    GT(">"),
    /** At least the value ({@code ≥15}, {@code at least 15}). */
    GE("≥");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    /** The mathematical sign of the relation, such as {@code <}. */
    public String symbol() {
        return symbol;
    }

    /** Whether the stated number bounds the value rather than giving it (LT, LE, GT, GE). */
    public boolean isBound() {
        return this != EQ && this != APPROX;
    }
}
