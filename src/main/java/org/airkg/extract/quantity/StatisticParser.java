package org.airkg.extract.quantity;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.airkg.extract.quantity.Statistic.Direction;
import org.airkg.extract.quantity.Statistic.Kind;
import org.airkg.extract.quantity.Statistic.Verdict;

/**
 * Reads effect estimates with confidence intervals, fold changes and p-values out of the quantities of a text:
 * the quantities come from {@link QuantityScanner}, this class only relates them to the words around them.
 */
final class StatisticParser {
    private static final String[][] RATIO_LABELS = {
        {"hazard ratio", "HR"}, {"odds ratio", "OR"}, {"relative risk", "RR"}, {"risk ratio", "RR"},
    };
    private static final Set<String> RATIO_ACRONYMS = Set.of("HR", "OR", "RR");
    private static final String[] FOLD_LABELS = {"fold change", "fold-change"};
    private static final Set<String> FOLD_SYMBOLS = Set.of("fold", "x", "×");
    private static final Set<String> NOT_SIGNIFICANT = Set.of("not significant", "non-significant", "nonsignificant",
            "non significant", "not statistically significant", "ns", "n.s.", "n.s");
    private static final Set<String> SIGNIFICANT = Set.of("significant", "statistically significant");
    private static final Set<String> INCREASE = Set.of("increase", "increased", "increases", "higher", "up",
            "upregulated", "upregulation", "gain", "greater", "elevated");
    private static final Set<String> DECREASE = Set.of("decrease", "decreased", "decreases", "lower", "down",
            "downregulated", "downregulation", "reduction", "reduced", "loss");
    private static final String[] P_SUFFIXES = {"-value", " value", "-val", " val", "value"};
    private static final int MAX_GAP = 4;
    /** Between a ratio's name and its estimate: " ", " = ", ": ", " (", or a verb or "of" ("the hazard ratio was 0.62", "an OR of 2.4"). */
    private static final java.util.regex.Pattern LABEL_TO_ESTIMATE = java.util.regex.Pattern.compile("(?i)[ =:(]{0,4}|\\s+(?:of|was|were|is)\\s+");
    private static final int CI_WINDOW = 40;
    private static final String FOOTNOTE_MARKS = "*†‡§";

    private final UnitMatcher units;

    StatisticParser(UnitMatcher units) {
        this.units = units;
    }

    private record Label(Kind kind, int start, int end) {}

    /** The first effect estimate of {@code text}: a named ratio, a fold change, or an estimate with its interval. */
    Optional<Statistic> effect(String text) {
        List<Quantity> qs = QuantityScanner.scan(text, units);
        Optional<Label> label = ratioLabel(text).or(() -> foldLabel(text));
        if (label.isPresent()) {
            Label l = label.get();
            return qs.stream().filter(q -> !q.isRange() && q.start() >= l.end() && LABEL_TO_ESTIMATE.matcher(text.substring(l.end(), q.start())).matches())
                    .findFirst().map(est -> build(text, qs, l.kind(), l.start(), est));
        }
        Optional<Quantity> first = qs.stream().filter(q -> !q.isRange()).findFirst();
        if (first.isEmpty() || isLevelOfInterval(text, first.get())) {
            return intervalOnly(text, qs, first.map(Quantity::start).orElse(0));
        }
        Quantity est = first.get();
        if (est.unit().map(u -> FOLD_SYMBOLS.contains(u.symbol().toLowerCase(Locale.ROOT))).orElse(false)) {
            return Optional.of(build(text, qs, Kind.FOLD_CHANGE, est.start(), est));
        }
        Statistic s = build(text, qs, Kind.EFFECT, est.start(), est);
        return s.ci().isPresent() ? Optional.of(s) : Optional.empty();
    }

    private static Optional<Label> ratioLabel(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Chars.isLetter(text.charAt(i)) && (i == 0 || !Chars.isAlnum(text.charAt(i - 1)))) {
                for (String[] phrase : RATIO_LABELS) {
                    if (Chars.wordAt(text, i, phrase[0])) {
                        return Optional.of(new Label(Kind.valueOf(phrase[1]), i, i + phrase[0].length()));
                    }
                }
                if (i + 2 <= text.length() && RATIO_ACRONYMS.contains(text.substring(i, i + 2))
                        && (i + 2 == text.length() || !Chars.isAlnum(text.charAt(i + 2)))) {
                    return Optional.of(new Label(Kind.valueOf(text.substring(i, i + 2)), i, i + 2));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Label> foldLabel(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : FOLD_LABELS) {
            int at = lower.indexOf(phrase);
            if (at >= 0 && Chars.wordAt(text, at, phrase)) {
                return Optional.of(new Label(Kind.FOLD_CHANGE, at, at + phrase.length()));
            }
        }
        return Optional.empty();
    }

    private record Interval(Optional<Quantity> range, Optional<BigDecimal> level) {}

    /** The statistic of {@code kind} with estimate {@code est}, its interval and, for a fold change, its direction. */
    private Statistic build(String text, List<Quantity> qs, Kind kind, int start, Quantity est) {
        Interval interval = interval(text, qs, est.end());
        Optional<Direction> direction = Optional.empty();
        int end = Math.max(est.end(), interval.range().map(Quantity::end).orElse(0));
        if (kind == Kind.FOLD_CHANGE) {
            int w = Chars.skipSpaces(text, est.end(), MAX_GAP);
            int we = w;
            while (we < text.length() && Chars.isLetter(text.charAt(we)) && we - w < 20) {
                we++;
            }
            String word = text.substring(w, we).toLowerCase(Locale.ROOT);
            direction = INCREASE.contains(word) ? Optional.of(Direction.INCREASE)
                    : DECREASE.contains(word) ? Optional.of(Direction.DECREASE) : Optional.empty();
            if (direction.isPresent()) {
                end = Math.max(end, we);
            }
        }
        end = closeBracket(text, start, end);
        return new Statistic(kind, Optional.of(est), interval.range(), interval.level(), Optional.empty(), direction,
                text.substring(start, end), start, end);
    }

    /** A confidence interval with no estimate before it ({@code 95% CI 0.68-0.94}). */
    private static Optional<Statistic> intervalOnly(String text, List<Quantity> qs, int from) {
        if (ciToken(text, from) < 0) {
            return Optional.empty();
        }
        Interval interval = interval(text, qs, from);
        if (interval.range().isEmpty()) {
            return Optional.empty();
        }
        int end = closeBracket(text, from, interval.range().get().end());
        return Optional.of(new Statistic(Kind.CI, Optional.empty(), interval.range(), interval.level(), Optional.empty(),
                Optional.empty(), text.substring(from, end), from, end));
    }

    /**
     * The interval after {@code from}: with a {@code CI} token, the range after it and the percent level before or
     * after it; without, a range right after {@code from} ({@code 0.82 (0.69 to 0.98)}).
     */
    private static Interval interval(String text, List<Quantity> qs, int from) {
        int token = ciToken(text, from);
        if (token < 0) {
            return new Interval(qs.stream().filter(q -> q.isRange() && q.start() >= from
                    && onlyBetween(text, from, q.start(), " ([,;")).findFirst(), Optional.empty());
        }
        Optional<Quantity> percent = qs.stream().filter(q -> q.start() >= from && isLevel(q)
                && (onlyBetween(text, q.end(), token, " ") || (q.start() >= token && q.start() <= token + 2 + MAX_GAP)))
                .findFirst();
        int after = Math.max(token + 2, percent.map(Quantity::end).orElse(0));
        Optional<Quantity> range = qs.stream()
                .filter(q -> q.isRange() && q.start() >= after && onlyBetween(text, after, q.start(), " :,=("))
                .findFirst();
        return range.isPresent() ? new Interval(range, percent.map(q -> q.value().get().movePointLeft(2)))
                : new Interval(Optional.empty(), Optional.empty());
    }

    /** Whether {@code q} is the level of a {@code CI} right after it ({@code 95% CI}). */
    private static boolean isLevelOfInterval(String text, Quantity q) {
        return isLevel(q) && ciToken(text, q.end()) == Chars.skipSpaces(text, q.end(), MAX_GAP);
    }

    private static boolean isLevel(Quantity q) {
        return !q.isRange() && q.comparator() == Comparator.EQ && q.unitSymbol().filter("%"::equals).isPresent()
                && q.value().get().signum() > 0 && q.value().get().compareTo(BigDecimal.valueOf(100)) < 0;
    }

    /** Where {@code CI} or {@code confidence interval} starts within {@link #CI_WINDOW} chars after {@code from}, or -1. */
    private static int ciToken(String text, int from) {
        int limit = Math.min(text.length(), from + CI_WINDOW);
        for (int i = from; i < limit; i++) {
            if (text.startsWith("CI", i) && Chars.wordAt(text, i, "CI")) {
                return i;
            }
            if (Chars.wordAt(text, i, "confidence interval")) {
                return i + "confidence interval".length() - 2;
            }
        }
        return -1;
    }

    private static boolean onlyBetween(String text, int from, int to, String allowed) {
        if (to < from || to - from > MAX_GAP) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (allowed.indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code end}, moved past a closing bracket when the span opened one more than it closed. */
    private static int closeBracket(String text, int start, int end) {
        int open = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            open += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
        }
        return open > 0 && end < text.length() && (text.charAt(end) == ')' || text.charAt(end) == ']') ? end + 1 : end;
    }

    /** The p-value of {@code text}: a verdict, a labelled p ({@code p = 0.013}), or a bare number from 0 to 1. */
    Optional<Statistic> pValue(String text) {
        String trimmed = text.strip();
        int offset = trimmed.isEmpty() ? 0 : text.indexOf(trimmed);
        String key = trimmed.toLowerCase(Locale.ROOT);
        Optional<Verdict> verdict = NOT_SIGNIFICANT.contains(key) ? Optional.of(Verdict.NOT_SIGNIFICANT)
                : SIGNIFICANT.contains(key) ? Optional.of(Verdict.SIGNIFICANT) : Optional.empty();
        if (verdict.isPresent()) {
            return Optional.of(new Statistic(Kind.P_VALUE, Optional.empty(), Optional.empty(), Optional.empty(), verdict,
                    Optional.empty(), trimmed, offset, offset + trimmed.length()));
        }
        List<Quantity> qs = QuantityScanner.scan(text, units);
        Optional<Statistic> labelled = labelledP(text, qs);
        if (labelled.isPresent() || qs.size() != 1) {
            return labelled;
        }
        int cut = trimmed.length();
        while (cut > 0 && FOOTNOTE_MARKS.indexOf(trimmed.charAt(cut - 1)) >= 0) {
            cut--;
        }
        String bare = trimmed.substring(0, cut).strip();
        List<Quantity> only = QuantityScanner.scan(bare, units);
        if (only.size() == 1 && only.get(0).start() == 0 && only.get(0).end() == bare.length() && isProbability(only.get(0))) {
            Quantity p = only.get(0).shift(offset);
            return Optional.of(new Statistic(Kind.P_VALUE, Optional.of(p), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), p.text(), p.start(), p.end()));
        }
        return Optional.empty();
    }

    private static Optional<Statistic> labelledP(String text, List<Quantity> qs) {
        Map<Integer, Quantity> byStart = new HashMap<>();
        qs.forEach(q -> byStart.putIfAbsent(q.start(), q));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c != 'p' && c != 'P') || (i > 0 && Chars.isAlnum(text.charAt(i - 1)))) {
                continue;
            }
            int j = i + 1;
            for (String suffix : P_SUFFIXES) {
                if (text.regionMatches(true, j, suffix, 0, suffix.length())) {
                    j += suffix.length();
                    break;
                }
            }
            if (j < text.length() && Chars.isAlnum(text.charAt(j))) {
                continue;
            }
            j = Chars.skipSpaces(text, j, 2);
            if (j < text.length() && (text.charAt(j) == '=' || text.charAt(j) == ':')) {
                j = Chars.skipSpaces(text, j + 1, 2);
            }
            Quantity q = byStart.get(j);
            if (q != null && isProbability(q)) {
                return Optional.of(new Statistic(Kind.P_VALUE, Optional.of(q), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), text.substring(i, q.end()), i, q.end()));
            }
        }
        return Optional.empty();
    }

    private static boolean isProbability(Quantity q) {
        return !q.isRange() && q.unit().isEmpty()
                && q.value().get().signum() >= 0 && q.value().get().compareTo(BigDecimal.ONE) <= 0;
    }
}
