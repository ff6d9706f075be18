package org.airkg.document.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits normalised text into sentences: at '.', '!' or '?' followed by white space and a capital, a
 * digit, a quote, a bracket or a symbol written in lower case first ("hCG", "mTORC1", "miR-21"), except after
 * abbreviations (e.g., i.e., vs., et al., Fig.), initials and inside numbers.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "vs", "etc", "al", "fig", "figs", "approx", "ca", "cf", "dr", "no", "nos", "ref", "refs",
            "resp", "mol", "wt", "st", "mr", "ms", "prof", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "min", "max", "vol", "pp", "eq");

    /**
     * Abbreviations that are units after a number, where they end a sentence like any word: "QTcF above 480 ms. Tamoxifen
     * ..." ("Ms." and "min." elsewhere stay abbreviations).
     */
    private static final Set<String> UNITS = Set.of("ms", "min", "mol");

    private Sentences() {}

    /** The sentences of {@code text} as {start, end} char ranges, trimmed. */
    static List<int[]> split(String text) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && isBoundary(text, i)) {
                add(sentences, text, start, i + 1);
                start = i + 1;
            }
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    private static boolean isBoundary(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == '"' || text.charAt(j) == '”' || text.charAt(j) == ')')) {
            j++;
        }
        if (j >= text.length() || text.charAt(j) != ' ') {
            return false;
        }
        char next = j + 1 < text.length() ? text.charAt(j + 1) : 0;
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '“' || next == '(' || next == '['
                || lowerCaseSymbolAt(text, j + 1))) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int w = i;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, i).toLowerCase(java.util.Locale.ROOT);
        if (UNITS.contains(word) && afterNumber(text, w)) {
            return true;
        }
        if (ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
            return false;
        }
        return true;
    }

    /** Whether a number stands right before the word at {@code w}, a space between them: the "480" of "above 480 ms." */
    private static boolean afterNumber(String text, int w) {
        int k = w;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        return k < w && k > 0 && Character.isDigit(text.charAt(k - 1));
    }

    /** Whether a symbol written in lower case first, with a capital or a digit after ("hCG", "p53", "miR-21"), starts at {@code at}. */
    private static boolean lowerCaseSymbolAt(String text, int at) {
        if (at >= text.length() || !Character.isLowerCase(text.charAt(at))) {
            return false;
        }
        for (int k = at + 1; k < text.length() && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '-'); k++) {
            if (Character.isUpperCase(text.charAt(k)) || Character.isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<int[]> sentences, String text, int start, int end) {
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > start) {
            sentences.add(new int[] {start, end});
        }
    }
}
