package org.airkg.extract.mention;

import java.util.Objects;

/**
 * The document element a text belongs to, as the RDF stage names it: a kind ({@code paragraph},
 * {@code table}, {@code figure}, {@code faq}, {@code section}, {@code reference}), the element's key in its
 * document (a block position, a section id, a reference number) and a path below it ({@code /row/1/cell/2}).
 */
public record ElementRef(String kind, String key, String path) {
    public ElementRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(path, "path");
    }
}
