package org.airkg.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One left-to-right pass over a text that reads every quantity: words are skipped whole (so digits inside
 * identifiers such as {@code MCF-7} or {@code IC50} are never numbers), and at each number the scanner reads a
 * sign and comparator before it, a unit after it and an optional second number making a range. Every step
 * looks a bounded distance around the number, so the pass is linear in the text.
 */
final class QuantityScanner {
    private static final int MAX_GAP = 2;
    private static final String SYMBOL_COMPARATORS = "<>≤≥~≈∼";
    private static final String[][] WORD_COMPARATORS = {
        {"approximately", "APPROX"}, {"approx.", "APPROX"}, {"approx", "APPROX"}, {"about", "APPROX"},
        {"around", "APPROX"}, {"nearly", "APPROX"}, {"roughly", "APPROX"}, {"less than", "LT"},
        {"fewer than", "LT"}, {"lower than", "LT"}, {"more than", "GT"}, {"greater than", "GT"},
        {"higher than", "GT"}, {"at least", "GE"}, {"at most", "LE"}, {"up to", "LE"},
    };
    /** Chars after which a {@code -} or {@code +} right before a number is its sign. */
    private static final String SIGN_CONTEXT = "([{~≈<>=:,;≤≥∼";

    private final String text;
    private final UnitMatcher units;
    private final int n;
    private final List<Quantity> found = new ArrayList<>();
    /** Chars before this belong to an earlier quantity and are not looked back into. */
    private int floor;

    private QuantityScanner(String text, UnitMatcher units) {
        this.text = text;
        this.units = units;
        this.n = text.length();
    }

    /** Every quantity of {@code text}, in order. */
    static List<Quantity> scan(String text, UnitMatcher units) {
        return new QuantityScanner(text, units).run();
    }

    private List<Quantity> run() {
        int i = 0;
        while (i < n) {
            if (Chars.startsNumber(text, i)) {
                i = number(i);
            } else if (Chars.isLetter(text.charAt(i))) {
                i = Chars.skipWord(text, i);
            } else {
                i++;
            }
        }
        return List.copyOf(found);
    }

    /** What follows a number: its unit, where the number and unit end, or that the number is part of an identifier. */
    private record Tail(Optional<Unit> unit, int end, boolean identifier) {
        static Tail identifierTail(int end) {
            return new Tail(Optional.empty(), end, true);
        }
    }

    /** What precedes a number: its sign, comparator, where the quantity starts, and whether {@code between} opens a range. */
    private record Prefix(boolean negative, Comparator comparator, int start, boolean between) {}

    private record RangeEnd(BigDecimal upper, Optional<Unit> unit, int end) {}

    /** Reads the quantity whose first digit is at {@code s}; returns where scanning goes on. */
    private int number(int s) {
        Optional<NumberLexer.Lexed> lexed = NumberLexer.read(text, s);
        if (lexed.isEmpty()) {
            return Chars.skipWord(text, s);
        }
        Tail tail = tail(lexed.get().end());
        if (tail.identifier()) {
            return Chars.skipWord(text, s);
        }
        Prefix prefix = prefix(s);
        BigDecimal value = prefix.negative() ? lexed.get().value().negate() : lexed.get().value();
        Optional<RangeEnd> range = prefix.comparator().isBound() ? Optional.empty()
                : range(tail.end(), value, tail.unit(), prefix.between());
        Quantity q;
        if (range.isPresent()) {
            RangeEnd r = range.get();
            q = Quantity.range(value, r.upper(), prefix.comparator(), r.unit(), text.substring(prefix.start(), r.end()),
                    prefix.start());
        } else {
            q = Quantity.single(value, prefix.comparator(), tail.unit(), text.substring(prefix.start(), tail.end()),
                    prefix.start());
        }
        floor = q.end();
        if (!ContextRules.notAQuantity(text, q, lexed.get().integer())) {
            found.add(q);
        }
        return q.end();
    }

    /** The unit after a number ending at {@code e}, attached, hyphenated ({@code 6-fold}) or after a space. */
    private Tail tail(int e) {
        if (e >= n) {
            return new Tail(Optional.empty(), e, false);
        }
        char c = text.charAt(e);
        char next = e + 1 < n ? text.charAt(e + 1) : ' ';
        if (!Chars.isDigit(c) && !Chars.isSpace(c) && "-.,/:;()_^'′=<>[]".indexOf(c) < 0) {
            Optional<UnitMatcher.Hit> attached = units.match(text, e, true);
            if (attached.isPresent()) {
                return new Tail(Optional.of(attached.get().unit()), attached.get().end(), false);
            }
            return Chars.isLetter(c) ? Tail.identifierTail(e) : new Tail(Optional.empty(), e, false);
        }
        if (c == '-' && Chars.isLetter(next)) {
            Optional<UnitMatcher.Hit> hyphenated = units.match(text, e + 1, true);
            return hyphenated.map(h -> new Tail(Optional.of(h.unit()), h.end(), false)).orElse(Tail.identifierTail(e));
        }
        if (isIdentifierJoint(c, next, e)) {
            return Tail.identifierTail(e);
        }
        int k = Chars.skipSpaces(text, e, MAX_GAP);
        if (k > e) {
            Optional<UnitMatcher.Hit> spaced = units.match(text, k, false);
            if (spaced.isPresent()) {
                return new Tail(Optional.of(spaced.get().unit()), spaced.get().end(), false);
            }
        }
        return new Tail(Optional.empty(), e, false);
    }

    /** A char after a number that makes it part of an identifier, version, ratio or chemical name. */
    private boolean isIdentifierJoint(char c, char next, int e) {
        return switch (c) {
            case '-' -> next == '(';
            case '.', '_' -> Chars.isAlnum(next);
            case '\'', '′', '^' -> true;
            case '/', ':', ';' -> Chars.isAlnum(next);
            case '(' -> Chars.isDigit(next);
            case ',' -> isLocantList(e);
            default -> false;
        };
    }

    /** {@code 4,5-dimethyl}: numbers joined by commas, then a hyphen and a letter (the locants of a chemical name). */
    private boolean isLocantList(int e) {
        int j = e;
        for (int groups = 0; groups < 6 && j + 1 < n && text.charAt(j) == ',' && Chars.isDigit(text.charAt(j + 1)); groups++) {
            j++;
            int digits = 0;
            while (j < n && Chars.isDigit(text.charAt(j)) && digits++ < 3) {
                j++;
            }
        }
        return j > e && j + 1 < n && text.charAt(j) == '-' && (Chars.isLetter(text.charAt(j + 1)) || text.charAt(j + 1) == '(');
    }

    /** The sign, comparator and {@code between} before the number at {@code s}, not looking back past {@link #floor}. */
    private Prefix prefix(int s) {
        int start = s;
        boolean negative = false;
        if (s - 1 >= floor && (text.charAt(s - 1) == '-' || text.charAt(s - 1) == '+')
                && (s - 2 < 0 || Chars.isSpace(text.charAt(s - 2)) || SIGN_CONTEXT.indexOf(text.charAt(s - 2)) >= 0)) {
            negative = text.charAt(s - 1) == '-';
            start = s - 1;
        }
        Comparator comparator = Comparator.EQ;
        int k = Chars.skipSpacesBack(text, start, MAX_GAP, floor);
        if (k - 2 >= floor && (text.startsWith("<=", k - 2) || text.startsWith(">=", k - 2))) {
            comparator = text.charAt(k - 2) == '<' ? Comparator.LE : Comparator.GE;
            start = k - 2;
        } else if (k - 1 >= floor && SYMBOL_COMPARATORS.indexOf(text.charAt(k - 1)) >= 0) {
            comparator = symbolComparator(text.charAt(k - 1));
            start = k - 1;
        } else {
            for (String[] word : WORD_COMPARATORS) {
                if ((k < start || word[0].endsWith(".")) && Chars.wordEndsAt(text, k, word[0], floor)) {
                    comparator = Comparator.valueOf(word[1]);
                    start = k - word[0].length();
                    break;
                }
            }
        }
        int b = Chars.skipSpacesBack(text, start, MAX_GAP, floor);
        boolean between = b < start && Chars.wordEndsAt(text, b, "between", floor);
        return new Prefix(negative, comparator, start, between);
    }

    private static Comparator symbolComparator(char c) {
        return switch (c) {
            case '<' -> Comparator.LT;
            case '>' -> Comparator.GT;
            case '≤' -> Comparator.LE;
            case '≥' -> Comparator.GE;
            default -> Comparator.APPROX;
        };
    }

    /** The second number of a range starting after {@code from} ({@code -20 nM}, {@code to 4 hours}, {@code and 3}). */
    private Optional<RangeEnd> range(int from, BigDecimal lower, Optional<Unit> lowerUnit, boolean between) {
        int k = Chars.skipSpaces(text, from, MAX_GAP);
        int afterSeparator;
        if (k < n && text.charAt(k) == '-') {
            afterSeparator = k + 1;
        } else if (k > from && Chars.wordAt(text, k, "to")) {
            afterSeparator = k + 2;
        } else if (between && k > from && Chars.wordAt(text, k, "and")) {
            afterSeparator = k + 3;
        } else {
            return Optional.empty();
        }
        int m = Chars.skipSpaces(text, afterSeparator, MAX_GAP);
        boolean negative = false;
        if (m + 1 < n && text.charAt(m) == '-' && afterSeparator > k + 1 && Chars.isDigit(text.charAt(m + 1))) {
            negative = true;
            m++;
        }
        if (m >= n || !Chars.startsNumber(text, m)) {
            return Optional.empty();
        }
        Optional<NumberLexer.Lexed> second = NumberLexer.read(text, m);
        if (second.isEmpty()) {
            return Optional.empty();
        }
        Tail tail = tail(second.get().end());
        if (tail.identifier() || (lowerUnit.isPresent() && !sameUnit(lowerUnit.get(), tail.unit()))) {
            return Optional.empty();
        }
        BigDecimal upper = negative ? second.get().value().negate() : second.get().value();
        if (upper.compareTo(lower) < 0) {
            return Optional.empty();
        }
        return Optional.of(new RangeEnd(upper, tail.unit(), tail.end()));
    }

    private static boolean sameUnit(Unit lower, Optional<Unit> upper) {
        return upper.isPresent() && (lower.symbol().equals(upper.get().symbol())
                || (lower.iri().isPresent() && lower.iri().equals(upper.get().iri())));
    }
}
