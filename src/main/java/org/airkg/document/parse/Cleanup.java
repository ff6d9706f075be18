package org.airkg.document.parse;


/**
 * The last pass over normalised text, deleting only spaces (so every remaining char keeps its source):
 * runs folded to one, none at the ends, none before closing punctuation or after an opening bracket, and
 * the spaces PDF conversion puts inside "μ L", "ER α", "β -oxidation" and "~ 300".
 */
final class Cleanup {
    private Cleanup() {}

    static void apply(StringBuilder out, int[] starts, int[] ends) {
        int w = 0;
        for (int r = 0; r < out.length(); r++) {
            char c = out.charAt(r);
            if (c == ' ' && dropSpace(out, w, r)) {
                continue;
            }
            out.setCharAt(w, c);
            starts[w] = starts[r];
            ends[w] = ends[r];
            w++;
        }
        while (w > 0 && out.charAt(w - 1) == ' ') {
            w--;
        }
        out.setLength(w);
    }

    /** Whether the space at read position {@code r} goes, given the {@code w} chars already kept. */
    private static boolean dropSpace(StringBuilder out, int w, int r) {
        if (w == 0 || out.charAt(w - 1) == ' ') {
            return true;
        }
        char prev = out.charAt(w - 1);
        char next = nextNonSpace(out, r);
        if (next == 0 || ",.;:)]".indexOf(next) >= 0 && !(next == '.' && r + 2 < out.length() && Character.isDigit(out.charAt(r + 2)))) {
            return true;
        }
        if (prev == '(' || prev == '[' || prev == '~' && Character.isDigit(next)) {
            return true;
        }
        if (prev == 'μ' && Character.isLetter(next)) {
            return true;
        }
        if (isGreek(prev) && next == '-') {
            return true;
        }
        return isGreek(next) && !Character.isLetter(afterNext(out, r)) && endsWithSymbol(out, w);
    }

    private static char nextNonSpace(StringBuilder out, int r) {
        for (int k = r; k < out.length(); k++) {
            if (out.charAt(k) != ' ') {
                return out.charAt(k);
            }
        }
        return 0;
    }

    /** The char after the one following the space at {@code r}, or a space at the end. */
    private static char afterNext(StringBuilder out, int r) {
        int k = r;
        while (k < out.length() && out.charAt(k) == ' ') {
            k++;
        }
        return k + 1 < out.length() ? out.charAt(k + 1) : ' ';
    }

    /** True when the kept text ends in a short upper-case symbol such as "ER" or "PKC". */
    private static boolean endsWithSymbol(StringBuilder out, int w) {
        int k = w;
        while (k > 0 && Character.isLetterOrDigit(out.charAt(k - 1))) {
            k--;
        }
        int length = w - k;
        if (length < 1 || length > 6 || !Character.isUpperCase(out.charAt(k))) {
            return false;
        }
        for (int i = k; i < w; i++) {
            if (Character.isLowerCase(out.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isGreek(char c) {
        return c >= '\u0391' && c <= '\u03C9';
    }
}
