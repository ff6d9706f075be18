package org.airkg.document;

import java.util.Objects;

/** A cell of a table: its column, from 0, and its normalised content with its span and citations. */
public record TableCell(int column, Passage content) {
    public TableCell {
        Objects.requireNonNull(content, "content");
        if (column < 0) {
            throw new IllegalArgumentException("column must not be negative: " + column);
        }
    }

    /** The normalised text. */
    public String text() {
        return content.text();
    }
}
