package org.airkg.document;

import java.util.Arrays;

/**
 * Maps each character of a normalised text back to the stretch of the source file it came from, in code
 * points, so that any part of the normalised text (a sentence, a mention) has an exact span in the file.
 */
public final class TextMap {
    private final int[] starts;
    private final int[] ends;

    /** {@code starts[i]} and {@code ends[i]} bound, in code points, the source of normalised char {@code i}. */
    public TextMap(int[] starts, int[] ends) {
        this(starts.clone(), ends.clone(), true);
    }

    private TextMap(int[] starts, int[] ends, boolean owned) {
        if (starts.length != ends.length) {
            throw new IllegalArgumentException("starts and ends differ in length");
        }
        this.starts = starts;
        this.ends = ends;
    }

    /** A map over arrays the caller hands over and never touches again (no defensive copy: the reader's hot path). */
    public static TextMap adopt(int[] starts, int[] ends) {
        return new TextMap(starts, ends, true);
    }

    /** The number of normalised chars mapped. */
    public int length() {
        return starts.length;
    }

    /**
     * The source span of normalised chars {@code [from, to)}.
     *
     * @param line the line of the source position, from the caller's {@link SourceText}
     */
    public int sourceStart(int from) {
        return starts[from];
    }

    /** The source offset, in code points, just past normalised char {@code to - 1}. */
    public int sourceEnd(int to) {
        return ends[to - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextMap m && Arrays.equals(starts, m.starts) && Arrays.equals(ends, m.ends);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
    }

    @Override
    public String toString() {
        return "TextMap[" + starts.length + " chars]";
    }
}
