package org.airkg.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with its rows and cells, the title line above it ("Table 3: ...") and the source line below it
 * ("Data from ...") when the document gives them. {@code layout} says how its rows are written;
 * {@code rawText} is the table's rows exactly as in the file; {@code span} runs from title to source line.
 */
public record TableBlock(
        int position,
        Optional<String> sectionId,
        Optional<Passage> title,
        Optional<Passage> source,
        Layout layout,
        List<TableRow> rows,
        String rawText,
        Span span)
        implements Block {
    /** How a table's rows are written in the source. */
    public enum Layout {
        /** Cells separated by tabs, one row a line. */
        TAB_SEPARATED,
        /** Markdown pipe rows, one a line or run together with {@code ||}. */
        PIPE,
        /** A tab-separated header followed by pipe rows. */
        MIXED,
        /** Two columns of names and values, without a header row. */
        KEY_VALUE
    }

    public TableBlock {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(layout, "layout");
        rows = List.copyOf(rows);
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(span, "span");
    }

    /** The header row, if the table has one. */
    public Optional<TableRow> header() {
        return rows.stream().filter(TableRow::header).findFirst();
    }

    /** The rows below the header. */
    public List<TableRow> bodyRows() {
        return rows.stream().filter(r -> !r.header()).toList();
    }

    /** The number of columns: the most cells any row has. */
    public int columnCount() {
        return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }
}
