package org.airkg.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * A stretch of text as the extractors see it: normalised (markup, citation markers and TeX or HTML forms
 * turned into plain Unicode, white space folded), split into sentences, with the citations it carries
 * and the map back to the file, so every part of it has an exact span in the source.
 */
public record Passage(String text, Span span, List<Sentence> sentences, List<Citation> citations, @JsonIgnore TextMap map) {
    public Passage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        sentences = List.copyOf(sentences);
        citations = List.copyOf(citations);
        Objects.requireNonNull(map, "map");
        if (map.length() != text.length()) {
            throw new IllegalArgumentException("map covers " + map.length() + " chars, text has " + text.length());
        }
    }

    /** The span in the file of the normalised chars {@code [from, to)} of {@link #text()}. */
    public Span sourceSpan(int from, int to, SourceText source) {
        if (from >= to) {
            throw new IllegalArgumentException("empty range " + from + ".." + to);
        }
        int start = map.sourceStart(from);
        int end = map.sourceEnd(to);
        return new Span(start, end, source.lineOf(source.charIndex(start)));
    }
}
