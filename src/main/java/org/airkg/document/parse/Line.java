package org.airkg.document.parse;

/** One line of the source: its number (from 1), where it starts and ends (char indices), and its text. */
record Line(int number, int start, int end, String text) {
    /** True for an empty line or one of white space only (no-break and zero-width spaces count). */
    boolean isBlank() {
        return Text.isBlank(text);
    }

    /** The number of leading white-space characters. */
    int indent() {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
