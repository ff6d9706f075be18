package org.airkg.document.parse;

import java.util.regex.Pattern;

/** Small pure functions on text: white space, inline markup and trailing citation markers. */
final class Text {
    private static final Pattern HTML_TAG = Pattern.compile("</?(?:b|i|em|strong|sup|sub|span)>");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B\\u2007\\u202F\\uFEFF]+");

    private Text() {}

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }

    static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Folds every run of white space (line breaks and no-break spaces included) to one space, and trims. */
    static String fold(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c != '\n' && c != '\r' && c != '\t' && (c != ' ' || i == 0 || s.charAt(i - 1) != ' ') && (c < 0x80 || !isSpace(c));
        }
        return plain ? s.strip() : SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Removes bold and italic markers and simple HTML emphasis tags, keeping the words. */
    static String stripMarkup(String s) {
        if (s.indexOf('*') < 0 && s.indexOf('_') < 0 && s.indexOf('<') < 0) {
            return fold(s);
        }
        String t = s.indexOf('<') >= 0 ? HTML_TAG.matcher(s).replaceAll("") : s;
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '*' || c == '_') && i + 1 < t.length() && t.charAt(i + 1) == c) {
                i++;
                continue;
            }
            if (c == '*') {
                boolean before = i > 0 && !Character.isWhitespace(t.charAt(i - 1)) && t.charAt(i - 1) != '*';
                boolean after = i + 1 < t.length() && !Character.isWhitespace(t.charAt(i + 1)) && t.charAt(i + 1) != '*';
                boolean wordBefore = i > 0 && Character.isLetterOrDigit(t.charAt(i - 1));
                boolean wordAfter = i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
                if (after && !wordBefore || before && !wordAfter) {
                    continue;
                }
            }
            out.append(c);
        }
        return fold(out.toString());
    }

    /** Removes citation markers ({@code [1][2]}, {@code ^[8]^}, {@code ^{[8]}}, {@code [\[2\]](#)}) at the end of a line. */
    static String stripTrailingCitations(String s) {
        int end = s.length();
        while (true) {
            int e = end;
            while (e > 0 && (isSpace(s.charAt(e - 1)) || s.charAt(e - 1) == '^' || s.charAt(e - 1) == '}')) {
                e--;
            }
            int start = citationEndingAt(s, e);
            if (start < 0) {
                return s.substring(0, end).strip();
            }
            while (start > 0 && (s.charAt(start - 1) == '{' || s.charAt(start - 1) == '^')) {
                start--;
            }
            end = start;
        }
    }

    /** Where a citation marker ending at {@code end} starts ({@code [12]}, {@code [1-3]}, {@code [\[12\]](#)}), or -1. */
    private static int citationEndingAt(String s, int end) {
        int e = end;
        boolean link = s.startsWith("](#)", e - 4) && e >= 4;
        if (link) {
            e -= 4;
            if (e < 2 || s.charAt(e - 1) != ']' || s.charAt(e - 2) != '\\') {
                return -1;
            }
            e -= 2;
        } else if (e == 0 || s.charAt(e - 1) != ']') {
            return -1;
        } else {
            e--;
        }
        int k = e;
        boolean digit = false;
        while (k > 0 && (Character.isDigit(s.charAt(k - 1)) || " ,-–".indexOf(s.charAt(k - 1)) >= 0) && e - k < 40) {
            digit |= Character.isDigit(s.charAt(k - 1));
            k--;
        }
        if (!digit || k == 0) {
            return -1;
        }
        if (link) {
            return k >= 3 && s.charAt(k - 1) == '[' && s.charAt(k - 2) == '\\' && s.charAt(k - 3) == '[' ? k - 3 : -1;
        }
        return s.charAt(k - 1) == '[' ? k - 1 : -1;
    }

    /** The plain words of a line: markup and trailing citations removed, white space folded. */
    static String plain(String s) {
        return stripTrailingCitations(stripMarkup(s));
    }

    /** True when a paragraph's last sentence is complete: it ends in terminal punctuation or a colon. */
    static boolean isTerminated(String s) {
        String p = plain(s);
        if (p.isEmpty()) {
            return true;
        }
        char last = p.charAt(p.length() - 1);
        return ".!?:;".indexOf(last) >= 0
                || (last == ')' || last == '"' || last == '”') && p.length() > 1 && ".!?".indexOf(p.charAt(p.length() - 2)) >= 0;
    }
}
