package org.airkg.document;

import java.util.List;
import java.util.Objects;

/**
 * A row of a table: its index from 0 in reading order, whether it is the header row, its cells, and its
 * span (a row that a page break cut spans both halves). A row may have fewer cells than the header (a
 * truncated row); it never has more.
 */
public record TableRow(int index, boolean header, List<TableCell> cells, Span span) {
    public TableRow {
        cells = List.copyOf(cells);
        Objects.requireNonNull(span, "span");
    }
}
