package org.airkg.document.parse;

import java.util.List;
import java.util.stream.Collectors;

/** A run of consecutive non-blank lines, the unit the parser classifies. */
record RawBlock(List<Line> lines) {
    RawBlock {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a block has at least one line");
        }
    }

    Line first() {
        return lines.get(0);
    }

    Line last() {
        return lines.get(lines.size() - 1);
    }

    int start() {
        return first().start() + first().indent();
    }

    int end() {
        return last().end();
    }

    boolean isSingleLine() {
        return lines.size() == 1;
    }

    /** The lines' texts joined with line breaks. */
    String text() {
        return lines.stream().map(Line::text).collect(Collectors.joining("\n"));
    }

    /** The block's words with markup, trailing citations and line breaks folded away. */
    String plain() {
        return Text.plain(text());
    }

    /** Splits a source's lines into blocks at blank lines. */
    static List<RawBlock> split(List<Line> all) {
        List<RawBlock> blocks = new java.util.ArrayList<>();
        List<Line> current = new java.util.ArrayList<>();
        for (Line line : all) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new RawBlock(current));
                    current = new java.util.ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new RawBlock(current));
        }
        return blocks;
    }
}
