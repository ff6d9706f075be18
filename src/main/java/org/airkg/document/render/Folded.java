package org.airkg.document.render;

/**
 * Text with its white space folded as XPath's {@code normalize-space()} folds it: each run of spaces, tabs,
 * carriage returns and line feeds becomes one space, and none is left at either end. It keeps where each
 * character of the raw text went, so a stretch of the raw text (a citation element inside a paragraph) has its
 * place in the folded text.
 */
public final class Folded {
    private final String text;
    private final int[] at;

    private Folded(String text, int[] at) {
        this.text = text;
        this.at = at;
    }

    /** Folds {@code raw}. */
    public static Folded of(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int[] at = new int[raw.length() + 1];
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                at[i] = out.length();
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                at[i] = out.length();
                out.append(c);
            }
        }
        at[raw.length()] = out.length();
        return new Folded(out.toString(), at);
    }

    /** The folded form of a string, without the map. */
    public static String fold(String raw) {
        return of(raw).text;
    }

    /** True for the four characters XML calls white space. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** The folded text. */
    public String text() {
        return text;
    }

    /** The index in the folded text where raw char {@code rawIndex} went (or, for folded space, the next char). */
    public int index(int rawIndex) {
        return at[rawIndex];
    }
}
