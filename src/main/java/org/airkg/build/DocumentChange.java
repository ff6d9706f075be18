package org.airkg.build;

import java.util.List;
import java.util.Objects;

/**
 * What a live update did to one document of a served store: its file name, what happened, and the triples of its
 * named graph before and after (equal when nothing changed); for a rejected document, why, one line each.
 *
 * @param document the document's file name in the corpus
 * @param graph the IRI of its named graph
 */
public record DocumentChange(String document, String graph, Kind kind, long triplesBefore, long triplesAfter, List<String> reasons) {
    /** What happened to the document. */
    public enum Kind {
        /** A new document's graph was added. */
        ADDED,
        /** The document's graph was replaced by that of its new content. */
        REPLACED,
        /** The document's graph was dropped. */
        REMOVED,
        /** The store already held this content (the same SHA-256), or held nothing to remove. */
        UNCHANGED,
        /** The document could not be read, or its graph is not valid; the store was left as it was. */
        REJECTED,
        /** No such document, in the store or the corpus. */
        NOT_FOUND
    }

    public DocumentChange {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(kind, "kind");
        reasons = List.copyOf(reasons);
    }

    static DocumentChange rejected(String document, String graph, long triples, List<String> reasons) {
        return new DocumentChange(document, graph, Kind.REJECTED, triples, triples, reasons);
    }

    /** True when the store was changed. */
    public boolean changed() {
        return kind == Kind.ADDED || kind == Kind.REPLACED || kind == Kind.REMOVED;
    }

    /** One line for a log: "002.txt: replaced, 1200 -> 1250 triples" or "x.txt: rejected: reason; reason". */
    @Override
    public String toString() {
        String what = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return document + ": " + what + (kind == Kind.REJECTED ? ": " + String.join("; ", reasons)
                : ", " + triplesBefore + " -> " + triplesAfter + " triples");
    }
}
