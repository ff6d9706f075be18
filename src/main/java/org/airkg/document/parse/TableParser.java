package org.airkg.document.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.airkg.document.DocumentException;
import org.airkg.document.Passage;
import org.airkg.document.SourceText;
import org.airkg.document.TableBlock.Layout;
import org.airkg.document.TableCell;
import org.airkg.document.TableRow;

/**
 * Reads the rows and cells of a table's text: tab-separated lines (a dashed rule under the header is
 * skipped, a first line with a single cell is the title), Markdown pipe rows one a line or run together
 * with {@code ||}, a pipe row a page break cut, and a tab-separated header over pipe rows.
 */
final class TableParser {
    private static final Pattern DASHED_RULE = Pattern.compile("^[-\\s\\t|:]*-{3,}[-\\s\\t|:]*$");
    private static final Pattern NUMERIC_START = Pattern.compile("^[~≈<>≤≥±+-]?\\s*\\d.*");
    private static final Pattern CITATION = Pattern.compile("\\[\\d{1,4}\\]|\\[\\\\\\[\\d{1,4}\\\\\\]\\]");

    /** What the parser found: the rows, the layout, and the title line when the table's first line is one. */
    record Parsed(List<TableRow> rows, Layout layout, Optional<Passage> title) {}

    private final SourceText source;
    private final String file;
    private final String text;
    private final List<List<int[]>> rawRows = new ArrayList<>();
    private int headerRows = -1;
    private boolean tabs;
    private boolean pipes;
    private Optional<Passage> title = Optional.empty();

    private TableParser(SourceText source, String file) {
        this.source = source;
        this.file = file;
        this.text = source.text();
    }

    /** Parses the table whose rows are at chars {@code [start, end)}. */
    static Parsed parse(SourceText source, String file, int start, int end) {
        TableParser p = new TableParser(source, file);
        p.read(start, end);
        return p.build();
    }

    private void read(int start, int end) {
        int i = start;
        while (i < end) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            String line = text.substring(i, lineEnd);
            if (line.strip().startsWith("|")) {
                readPipes(i + line.indexOf('|'), end);
                return;
            }
            if (DASHED_RULE.matcher(line).matches()) {
                headerRows = rawRows.size();
            } else if (!Text.isBlank(line)) {
                tabs = true;
                List<int[]> cells = splitTabs(i, lineEnd);
                if (rawRows.isEmpty() && title.isEmpty() && cells.size() == 1 && line.indexOf('\t') >= 0) {
                    title = Optional.of(Normalizer.passage(source, cells.get(0)[0], cells.get(0)[1]));
                } else {
                    rawRows.add(cells);
                }
            }
            i = lineEnd + 1;
        }
    }

    /** The non-empty cells of a tab-separated line as char ranges, trimmed; empty cells between kept. */
    private List<int[]> splitTabs(int start, int end) {
        List<int[]> cells = new ArrayList<>();
        int cellStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '\t') {
                cells.add(trim(cellStart, i));
                cellStart = i + 1;
            }
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1)[0] == cells.get(cells.size() - 1)[1]) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    /**
     * Reads pipe rows from {@code start} (a '|') to {@code end}. A row closes at '||' (the second pipe opens
     * the next row) or at a '|' whose line ends and whose next non-blank line starts with '|'; anything
     * else, a line break or a page break included, stays inside the cell.
     */
    private void readPipes(int start, int end) {
        pipes = true;
        int open = start;
        for (int i = start + 1; i < end; i++) {
            if (text.charAt(i) != '|') {
                continue;
            }
            int next = i + 1 < end && text.charAt(i + 1) == '|' ? i + 1 : nextRowOpening(i + 1, end);
            if (next >= 0) {
                addPipeRow(open + 1, i);
                open = next;
                i = next;
            }
        }
        if (open < end - 1 && !Text.isBlank(text.substring(open + 1, end))) {
            addPipeRow(open + 1, end);
        }
    }

    /** After a '|', the index of the '|' that opens the next row when only white space lies between; -1 if not. */
    private int nextRowOpening(int i, int end) {
        int k = i;
        boolean lineBreak = false;
        while (k < end && Text.isSpace(text.charAt(k))) {
            lineBreak |= text.charAt(k) == '\n';
            k++;
        }
        if (k >= end) {
            return end;
        }
        return lineBreak && text.charAt(k) == '|' ? k : -1;
    }

    /** Adds the row whose cells lie between pipes in chars {@code [start, end)}; a separator row marks the header. */
    private void addPipeRow(int start, int end) {
        List<int[]> row = new ArrayList<>();
        int cellStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '|') {
                row.add(trim(cellStart, i));
                cellStart = i + 1;
            }
        }
        if (row.stream().allMatch(c -> text.substring(c[0], c[1]).matches(":?-{3,}:?"))) {
            headerRows = rawRows.size();
        } else if (row.stream().anyMatch(c -> c[0] < c[1])) {
            rawRows.add(row);
        }
    }

    private int[] trim(int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Text.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && Text.isSpace(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }

    private Parsed build() {
        boolean hasHeader = headerRows > 0 || !rawRows.isEmpty() && looksLikeHeader(rawRows.get(0));
        int columns = hasHeader ? rawRows.get(0).size() : rawRows.stream().mapToInt(List::size).max().orElse(0);
        List<TableRow> rows = new ArrayList<>();
        for (int r = 0; r < rawRows.size(); r++) {
            List<int[]> raw = rawRows.get(r);
            if (hasHeader && raw.size() > columns) {
                int[] extra = raw.get(columns);
                throw new DocumentException(file, source.lineOf(extra[0]), extra[0] - source.lineStart(source.lineOf(extra[0])) + 1,
                        "table row has " + raw.size() + " cells, header has " + columns);
            }
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < raw.size(); c++) {
                cells.add(new TableCell(c, Normalizer.passage(source, raw.get(c)[0], raw.get(c)[1])));
            }
            int rowStart = raw.get(0)[0];
            int rowEnd = raw.get(raw.size() - 1)[1];
            rows.add(new TableRow(r, hasHeader && r == 0, cells, source.span(rowStart, Math.max(rowStart, rowEnd))));
        }
        Layout layout = tabs && pipes ? Layout.MIXED : pipes ? Layout.PIPE
                : !hasHeader && columns == 2 ? Layout.KEY_VALUE : Layout.TAB_SEPARATED;
        return new Parsed(rows, layout, title);
    }

    /**
     * A first row is a header unless one of its cells after the first starts with a number or carries a
     * citation: a key/value table starts straight with data ("Total Proteins Identified\t1,743[17]").
     */
    private boolean looksLikeHeader(List<int[]> row) {
        if (row.size() < 2) {
            return false;
        }
        for (int c = 1; c < row.size(); c++) {
            String cell = text.substring(row.get(c)[0], row.get(c)[1]);
            if (NUMERIC_START.matcher(cell).matches() || CITATION.matcher(cell).find()) {
                return false;
            }
        }
        return true;
    }
}
