package org.airkg.extract.quantity;

/** Character classes and bounded look-arounds shared by the scanners; every method is pure. */
final class Chars {
    private Chars() {}

    /** An ASCII digit: numbers are only ever read from these. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return Character.isLetter(c);
    }

    static boolean isAlnum(char c) {
        return isDigit(c) || Character.isLetterOrDigit(c);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0';
    }

    /** Whether a number starts at {@code i}: a digit, or a decimal point before a digit not inside a word. */
    static boolean startsNumber(String text, int i) {
        char c = text.charAt(i);
        if (isDigit(c)) {
            return true;
        }
        return c == '.' && i + 1 < text.length() && isDigit(text.charAt(i + 1))
                && (i == 0 || !isAlnum(text.charAt(i - 1)));
    }

    /**
     * The end of the identifier-like word starting at {@code start}: letters and digits joined by {@code - _ . /
     * , : ; ' ^} and by brackets inside a chemical name ({@code MCF-7aro}, {@code 4E-BP1}, {@code hg19/GRCh37},
     * {@code 2005;365:60-62}, {@code 3-(4,5-dimethylthiazol-2-yl)-2,5-diphenyl}). Always past {@code start}.
     */
    static int skipWord(String text, int start) {
        int n = text.length();
        int j = start;
        int depth = 0;
        while (j < n) {
            char c = text.charAt(j);
            if (isAlnum(c)) {
                j++;
            } else if (j > start && isConnector(c) && j + 1 < n && joins(text.charAt(j - 1), text.charAt(j + 1), c)) {
                j++;
            } else if (c == '(' && j > start && j + 1 < n && (text.charAt(j - 1) == '-' || isAlnum(text.charAt(j - 1)))
                    && isAlnum(text.charAt(j + 1))) {
                depth++;
                j++;
            } else if (c == ')' && depth > 0) {
                depth--;
                j++;
            } else {
                break;
            }
        }
        return Math.max(j, start + 1);
    }

    private static boolean isConnector(char c) {
        return c == '-' || c == '_' || c == '.' || c == '/' || c == ',' || c == ':' || c == ';' || c == '\'' || c == '^';
    }

    private static boolean joins(char before, char after, char connector) {
        boolean left = isAlnum(before) || before == ')';
        boolean right = isAlnum(after) || (connector == '-' && after == '(');
        return left && right;
    }

    /** Whether {@code word} occurs at {@code pos}, ignoring case, with no letter or digit right before or after it. */
    static boolean wordAt(String text, int pos, String word) {
        int end = pos + word.length();
        if (pos < 0 || end > text.length() || !text.regionMatches(true, pos, word, 0, word.length())) {
            return false;
        }
        return (pos == 0 || !isAlnum(text.charAt(pos - 1))) && (end == text.length() || !isAlnum(text.charAt(end)));
    }

    /** Whether {@code word} ends at {@code end} (exclusive), ignoring case, not preceded by a letter or digit. */
    static boolean wordEndsAt(String text, int end, String word, int floor) {
        int pos = end - word.length();
        if (pos < floor || pos < 0 || !text.regionMatches(true, pos, word, 0, word.length())) {
            return false;
        }
        return pos == 0 || !isAlnum(text.charAt(pos - 1));
    }

    /**
     * Whether {@code form} occurs at {@code pos}, ignoring case when asked; the micro sign (U+00B5) and Greek mu
     * (U+03BC) count as the same letter.
     */
    static boolean formAt(String text, int pos, String form, boolean ignoreCase) {
        if (pos + form.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < form.length(); k++) {
            char a = micro(text.charAt(pos + k));
            char b = micro(form.charAt(k));
            if (a != b && !(ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b))) {
                return false;
            }
        }
        return true;
    }

    static char micro(char c) {
        return c == '\u00B5' ? '\u03BC' : c;
    }

    /** The first index at or after {@code i} that is not a space, at most {@code max} spaces on. */
    static int skipSpaces(String text, int i, int max) {
        int j = i;
        while (j < text.length() && j - i < max && text.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    /** The first index at or before {@code i} (exclusive end) that follows no space, at most {@code max} back, not below {@code floor}. */
    static int skipSpacesBack(String text, int i, int max, int floor) {
        int j = i;
        while (j - 1 >= floor && i - j < max && text.charAt(j - 1) == ' ') {
            j--;
        }
        return j;
    }
}
