package org.airkg.extract.quantity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads one unsigned number exactly: digits with optional thousands separators ({@code 1,743}), a decimal part
 * ({@code 0.0486}, {@code .05}) and a power of ten ({@code 10^-7}, {@code 1×10^4}). Digit runs are bounded, so a
 * long run of digits is rejected after a fixed number of chars and reading stays linear.
 */
final class NumberLexer {
    /** More digits than this (integer and fraction together) are not a number but an identifier or noise. */
    static final int MAX_DIGITS = 30;
    /** An exponent has at most this many digits. */
    static final int MAX_EXPONENT_DIGITS = 2;

    /** A number read at a position: its exact value, where its chars end, and whether it was written as an integer. */
    record Lexed(BigDecimal value, int end, boolean integer) {}

    private NumberLexer() {}

    /** The number starting at {@code start} (see {@link Chars#startsNumber}), or empty when the chars there are no number. */
    static Optional<Lexed> read(String text, int start) {
        int n = text.length();
        StringBuilder digits = new StringBuilder();
        int i = start;
        while (i < n && Chars.isDigit(text.charAt(i))) {
            if (digits.length() == MAX_DIGITS) {
                return Optional.empty();
            }
            digits.append(text.charAt(i++));
        }
        boolean grouped = false;
        if (digits.length() >= 1 && digits.length() <= 3 && digits.charAt(0) != '0') {
            while (isThousandsGroup(text, i)) {
                if (digits.length() + 3 > MAX_DIGITS) {
                    return Optional.empty();
                }
                digits.append(text, i + 1, i + 4);
                i += 4;
                grouped = true;
            }
        }
        boolean integer = true;
        if (i + 1 < n && text.charAt(i) == '.' && Chars.isDigit(text.charAt(i + 1))) {
            integer = false;
            digits.append('.');
            i++;
            while (i < n && Chars.isDigit(text.charAt(i))) {
                if (digits.length() == MAX_DIGITS + 1) {
                    return Optional.empty();
                }
                digits.append(text.charAt(i++));
            }
        }
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal mantissa = new BigDecimal(digits.charAt(0) == '.' ? "0" + digits : digits.toString());
        boolean bareTen = integer && !grouped && i - start == 2 && text.startsWith("10", start);
        if (bareTen && i < n && text.charAt(i) == '^') {
            return exponent(text, i + 1).map(e -> new Lexed(power(BigDecimal.ONE, e[0]), e[1], e[0] >= 0));
        }
        Optional<Lexed> scientific = timesPowerOfTen(text, i, mantissa);
        return scientific.isPresent() ? scientific : Optional.of(new Lexed(mantissa, i, integer));
    }

    private static boolean isThousandsGroup(String text, int i) {
        int n = text.length();
        if (i + 3 >= n || text.charAt(i) != ',') {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (!Chars.isDigit(text.charAt(i + k))) {
                return false;
            }
        }
        return i + 4 >= n || !Chars.isDigit(text.charAt(i + 4));
    }

    /** {@code × 10^e} after a mantissa: an optional space, the sign ×, x or ·, an optional space, then 10^e. */
    private static Optional<Lexed> timesPowerOfTen(String text, int i, BigDecimal mantissa) {
        int j = Chars.skipSpaces(text, i, 1);
        if (j >= text.length() || "×xX·".indexOf(text.charAt(j)) < 0) {
            return Optional.empty();
        }
        j = Chars.skipSpaces(text, j + 1, 1);
        if (!text.startsWith("10^", j)) {
            return Optional.empty();
        }
        return exponent(text, j + 3).map(e -> new Lexed(power(mantissa, e[0]), e[1], false));
    }

    /** An exponent at {@code i}: an optional sign and 1 to {@link #MAX_EXPONENT_DIGITS} digits; {exponent, end}. */
    private static Optional<int[]> exponent(String text, int i) {
        int n = text.length();
        int j = i;
        boolean negative = false;
        if (j < n && (text.charAt(j) == '-' || text.charAt(j) == '+')) {
            negative = text.charAt(j) == '-';
            j++;
        }
        int digitsStart = j;
        int value = 0;
        while (j < n && Chars.isDigit(text.charAt(j))) {
            if (j - digitsStart == MAX_EXPONENT_DIGITS) {
                return Optional.empty();
            }
            value = value * 10 + (text.charAt(j) - '0');
            j++;
        }
        if (j == digitsStart) {
            return Optional.empty();
        }
        return Optional.of(new int[] {negative ? -value : value, j});
    }

    /** {@code mantissa × 10^exponent} exactly, written without a negative scale ({@code 1×10^4} is 10000). */
    private static BigDecimal power(BigDecimal mantissa, int exponent) {
        BigDecimal v = mantissa.scaleByPowerOfTen(exponent);
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
