package org.airkg.document.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A block element's text, folded as {@code normalize-space()} folds it, with the stretches of the elements
 * inside it that matter to the rendering (citation markers, table cells, nested lists). Built by a walk over
 * the element's text nodes that marks where those elements start and end.
 *
 * @param <E> the element type of the tree walked (jsoup's or the W3C DOM's)
 */
public final class InlineText<E> {
    /** An element inside the block and its stretch of the folded text, white space at its ends left out. */
    public record Part<E>(E element, int from, int to) {
        /** The stretch as {@code {from, to}}. */
        public int[] range() {
            return new int[] {from, to};
        }
    }

    private final StringBuilder raw = new StringBuilder();
    private final List<Object> elements = new ArrayList<>();
    private final List<int[]> marks = new ArrayList<>();

    /** Adds raw text. */
    public void append(CharSequence text) {
        raw.append(text);
    }

    /** Marks the start of an element's text; returns the handle {@link #close} takes. */
    public int open(E element) {
        elements.add(element);
        marks.add(new int[] {raw.length(), raw.length()});
        return marks.size() - 1;
    }

    /** Marks the end of an element's text. */
    public void close(int handle) {
        marks.get(handle)[1] = raw.length();
    }

    /** The folded text. */
    public Folded folded() {
        return Folded.of(raw.toString());
    }

    /** The marked elements with their stretches of the folded text, in document order. */
    @SuppressWarnings("unchecked")
    public List<Part<E>> parts(Folded folded) {
        String text = folded.text();
        List<Part<E>> parts = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int from = folded.index(marks.get(i)[0]);
            int to = folded.index(marks.get(i)[1]);
            while (from < to && text.charAt(from) == ' ') {
                from++;
            }
            while (to > from && text.charAt(to - 1) == ' ') {
                to--;
            }
            parts.add(new Part<>((E) elements.get(i), from, to));
        }
        return parts;
    }
}
