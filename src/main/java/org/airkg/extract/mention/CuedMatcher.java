package org.airkg.extract.mention;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern's matches in a text, tried only at the positions where one can start. {@link Matcher#find()} tries a
 * pattern at every position of a text; for a pattern that can only start where a cheap test on the text's characters
 * holds (a capital before a digit, say), this finds the same matches, in the same order, for a fraction of the cost.
 * The test must hold at every position where the pattern can match: a test that is false where a match starts loses
 * that match. Word boundaries and look-behinds see the whole text (transparent bounds).
 */
final class CuedMatcher {
    private final Pattern pattern;
    private final String text;
    private final IntPredicate canStart;
    private final int length;
    /** Made at the first position where a match can start: most texts have none, and a matcher costs its groups' arrays. */
    private Matcher matcher;
    private int from;

    CuedMatcher(Pattern pattern, String text, IntPredicate canStart) {
        this.pattern = pattern;
        this.text = text;
        this.canStart = canStart;
        this.length = text.length();
    }

    /** Whether a next match was found; {@link #matcher()} then holds it, as after {@link Matcher#find()}. */
    boolean find() {
        for (int i = from; i <= length; i++) {
            if (canStart.test(i) && matcherAt(i).lookingAt()) {
                from = matcher.end() > i ? matcher.end() : i + 1;
                return true;
            }
        }
        from = length + 1;
        return false;
    }

    private Matcher matcherAt(int start) {
        if (matcher == null) {
            matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        return matcher.region(start, length);
    }

    /** A start at a capital that no letter or digit precedes: where a pattern opening with {@code \\b[A-Z]} can match. */
    static boolean capitalStart(String s, int i) {
        return i < s.length() && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z' && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
    }

    /** The matches of a pattern opening with {@code \\b[A-Z]} in {@code s}, tried only at {@link #capitalStart}s. */
    static CuedMatcher atCapitals(Pattern pattern, String s) {
        return new CuedMatcher(pattern, s, i -> capitalStart(s, i));
    }

    /** Whether {@code c} is one of {@code \\w} (ASCII letters, digits, underscore) or a hyphen. */
    private static boolean wordOrHyphen(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-');
    }

    /**
     * The end of the run of {@code [\\w-]} that starts at {@code i}, when {@code i} starts one with an ASCII letter or digit
     * that no {@code [\\w-]} precedes, as a pattern opening with {@code (?<![\\w-])[A-Za-z0-9][\\w-]*} needs; else -1.
     */
    static int wordRunEnd(String s, int i) {
        if (i >= s.length() || s.charAt(i) >= 128 || !Character.isLetterOrDigit(s.charAt(i)) || i > 0 && wordOrHyphen(s.charAt(i - 1))) {
            return -1;
        }
        int end = i + 1;
        while (end < s.length() && wordOrHyphen(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The matches of a pattern opening with {@code (?<![\\w-])[A-Za-z0-9][\\w-]*} and then {@code next}, tried only where a run so ends. */
    static CuedMatcher atRunsBefore(Pattern pattern, String s, java.util.function.IntPredicate next) {
        return new CuedMatcher(pattern, s, i -> {
            int end = wordRunEnd(s, i);
            return end >= 0 && end < s.length() && next.test(s.charAt(end));
        });
    }

    Matcher matcher() {
        return matcher;
    }
}
