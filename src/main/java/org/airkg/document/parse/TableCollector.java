package org.airkg.document.parse;

import java.util.Optional;
import java.util.regex.Pattern;
import org.airkg.document.Passage;
import org.airkg.document.SourceText;

/**
 * Gathers the blocks of one table: tab-separated or pipe rows, a header whose rows follow after a blank
 * line, a pipe row that a page break cut, with the title line above and the source line below.
 */
final class TableCollector {
    private static final Pattern DASHED_RULE = Pattern.compile("^[-\\s\\t|:]*-{3,}[-\\s\\t|:]*$");

    /** A finished table: chars {@code [start, end)} from title to source line; the table itself at {@code [bodyStart, bodyEnd)}. */
    record Draft(int start, int end, int bodyStart, int bodyEnd, Optional<Passage> title, Optional<Passage> source, String rawText) {}

    private final SourceText source;
    private int start = -1;
    private int bodyStart = -1;
    private int bodyEnd;
    private int end;
    private String lastLine = "";
    private Optional<Passage> title = Optional.empty();
    private Optional<Passage> sourceLine = Optional.empty();

    TableCollector(SourceText source) {
        this.source = source;
    }

    boolean isOpen() {
        return bodyStart >= 0;
    }

    /** True when a block's first line is a table row. */
    boolean isTableStart(RawBlock block) {
        String first = block.first().text();
        return first.indexOf('\t') >= 0 || first.strip().startsWith("|");
    }

    /** True when the open table still expects rows: it has only a header so far, or its last row was cut. */
    boolean expectsRows() {
        return isOpen() && (DASHED_RULE.matcher(lastLine).matches() || isCutPipeRow(lastLine));
    }

    /** True when a block carries on a pipe row that the blank lines before it cut. */
    boolean continues(RawBlock block) {
        return isOpen() && isCutPipeRow(lastLine);
    }

    private static boolean isCutPipeRow(String line) {
        String s = line.strip();
        return s.indexOf('|') >= 0 && !s.endsWith("|") && !DASHED_RULE.matcher(s).matches();
    }

    /** Uses a line above the table, at char {@code at}, as its title. */
    void title(Passage text, int at) {
        title = Optional.of(text);
        start = at;
    }

    void add(RawBlock block) {
        if (bodyStart < 0) {
            bodyStart = block.start();
            if (start < 0) {
                start = bodyStart;
            }
        }
        bodyEnd = block.end();
        end = bodyEnd;
        lastLine = block.last().text();
    }

    /** Uses a block below the table as its source line. */
    void source(RawBlock block) {
        sourceLine = Optional.of(Normalizer.passage(source, block.start(), block.end()));
        end = block.end();
    }

    /** The table gathered so far, if any; the collector is then empty again. */
    Optional<Draft> finish() {
        if (!isOpen()) {
            return Optional.empty();
        }
        Draft draft = new Draft(start, end, bodyStart, bodyEnd, title, sourceLine, source.text().substring(bodyStart, bodyEnd));
        start = -1;
        bodyStart = -1;
        lastLine = "";
        title = Optional.empty();
        sourceLine = Optional.empty();
        return Optional.of(draft);
    }
}
