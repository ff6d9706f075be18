package org.airkg.vocab;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * The rows of one name table, sorted and without repeats, written as gzipped TSV ({@code entity field value},
 * one header line). The gzip header carries no time stamp, so the same rows always give the same bytes.
 */
public final class NameTable implements Consumer<VocabRow> {
    /** The header line of every table. */
    public static final String HEADER = "entity\tfield\tvalue";

    private final String name;
    private final Set<VocabRow> rows = new TreeSet<>();

    public NameTable(String name) {
        this.name = name;
    }

    /** The table's name, which is its file name without {@code .tsv.gz}. */
    public String name() {
        return name;
    }

    @Override
    public void accept(VocabRow row) {
        rows.add(row);
    }

    /** Adds a row. */
    public void add(String entity, String field, String value) {
        accept(new VocabRow(entity, field, value));
    }

    /** The rows, sorted. */
    public Collection<VocabRow> rows() {
        return rows;
    }

    /** Removes the rows of entities without a class or a label, and returns those entities. */
    public Set<String> dropIncomplete() {
        Set<String> complete = new TreeSet<>();
        Set<String> all = new TreeSet<>();
        for (VocabRow row : rows) {
            all.add(row.entity());
            if (row.field().equals("class")) {
                complete.add(row.entity());
            }
        }
        all.removeAll(complete);
        rows.removeIf(r -> all.contains(r.entity()));
        return all;
    }

    /** The number of distinct entities. */
    public long entityCount() {
        return rows.stream().map(VocabRow::entity).distinct().count();
    }

    /** Writes the table to {@code dir/NAME.tsv.gz} and returns the file. */
    public Path write(Path dir) throws IOException {
        Path file = dir.resolve(name + ".tsv.gz");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                StandardCharsets.UTF_8))) {
            out.write(HEADER);
            out.write('\n');
            for (VocabRow row : rows) {
                out.write(row.entity());
                out.write('\t');
                out.write(row.field());
                out.write('\t');
                out.write(row.value());
                out.write('\n');
            }
        }
        return file;
    }
}
