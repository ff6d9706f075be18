package org.airkg.document;

/**
 * Where an element stands in its source file: {@code start} and {@code end} are offsets in Unicode code
 * points into the decoded text (a byte-order mark is not counted), {@code end} exclusive; {@code line} is
 * the line of {@code start}, from 1.
 */
public record Span(int start, int end, int line) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1: " + line);
        }
    }

    /** The number of code points the span covers. */
    public int length() {
        return end - start;
    }

    /** Whether this span covers {@code other} and more: "AKT1 E17K" holds "AKT1". */
    public boolean holds(Span other) {
        return start <= other.start && other.end <= end && length() > other.length();
    }
}
