package org.airkg.document.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out the nesting of list items from their indents, and from labels: an item ending in a colon
 * ("Tumor Inoculation:") heads the items after it at its own indent, which a page break often flattens,
 * until the next label at that depth or an item further out.
 */
final class ListDepths {
    private final List<Integer> indents = new ArrayList<>();
    private final List<Integer> labels = new ArrayList<>();

    /** Forgets the list: what follows starts a new one. */
    void reset() {
        indents.clear();
        labels.clear();
    }

    /** The depth of the next item, at {@code indent}, that is a label when {@code label}. */
    int depth(int indent, boolean label) {
        while (!indents.isEmpty() && indents.get(indents.size() - 1) > indent) {
            indents.remove(indents.size() - 1);
        }
        if (indents.isEmpty() || indents.get(indents.size() - 1) < indent) {
            indents.add(indent);
        }
        int byIndent = indents.size() - 1;
        while (!labels.isEmpty() && last(labels) > byIndent) {
            labels.remove(labels.size() - 1);
        }
        boolean underLabel = !labels.isEmpty() && last(labels) == byIndent;
        if (label) {
            if (underLabel) {
                labels.remove(labels.size() - 1);
            }
            labels.add(byIndent);
            return byIndent;
        }
        return byIndent + (underLabel ? 1 : 0);
    }

    private static int last(List<Integer> list) {
        return list.get(list.size() - 1);
    }
}
