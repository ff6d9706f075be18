package org.airkg.vocab;

import java.util.Comparator;
import java.util.Objects;

/**
 * One fact of a name table: an entity (the CURIE of its primary identifier), a field and a value. Fields are
 * {@code class} (an AIR-KG ontology class local name), {@code label}, {@code name:TYPE} (a name of the given
 * type, with {@code :word} appended when it is one common English word) and {@code xref} (a CURIE, a space
 * and the source file that confirms it).
 */
public record VocabRow(String entity, String field, String value) implements Comparable<VocabRow> {
    private static final Comparator<VocabRow> ORDER = Comparator.comparing(VocabRow::entity)
            .thenComparing(VocabRow::field).thenComparing(VocabRow::value);

    public VocabRow {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        for (String part : new String[] {entity, field, value}) {
            if (part.isBlank() || part.indexOf('\t') >= 0 || part.indexOf('\n') >= 0 || part.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a name-table cell is blank or holds a tab or line break: '" + part + "'");
            }
        }
    }

    @Override
    public int compareTo(VocabRow other) {
        return ORDER.compare(this, other);
    }
}
