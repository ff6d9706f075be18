package org.airkg.document.parse;

import java.util.List;
import java.util.stream.Collectors;

/** A run of consecutive non-blank lines, the unit the parser classifies; its text and plain words are computed once. */
final class RawBlock {
    private final List<Line> lines;
    private String text;
    private String plain;

    RawBlock(List<Line> lines) {
        this.lines = List.copyOf(lines);
        if (this.lines.isEmpty()) {
            throw new IllegalArgumentException("a block has at least one line");
        }
    }

    List<Line> lines() {
        return lines;
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
        if (text == null) {
            text = lines.size() == 1 ? lines.get(0).text() : lines.stream().map(Line::text).collect(Collectors.joining("\n"));
        }
        return text;
    }

    /** The block's words with markup, trailing citations and line breaks folded away. */
    String plain() {
        if (plain == null) {
            plain = Text.plain(text());
        }
        return plain;
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
