package org.airkg.vocab;

import java.util.List;

/** One public vocabulary: the files it reads and how it turns them into name-table rows. */
public interface VocabSource {
    /** The table this source writes, e.g. {@code genes}. */
    String table();

    /** What the table holds, in a few words, for {@code data/vocab/SOURCES.md}. */
    String description();

    /** The licence of the source files. */
    String licence();

    /** The licences of the source files as IRIs, for {@code dcterms:license}. */
    List<String> licenceIris();

    /** The version of the source files, as their provider states it. */
    String version();

    /** Reads the source files and adds rows to {@code table}; problems found go to {@code report}. */
    void read(SourceFiles files, NameTable table, ImportReport report);

    /** The sources, in import order. */
    static List<VocabSource> all() {
        return List.of(new org.airkg.vocab.source.GeneSource(), new org.airkg.vocab.source.FamplexSource(),
                new org.airkg.vocab.source.DrugSource(), new org.airkg.vocab.source.DiseaseSource(),
                new org.airkg.vocab.source.PhenotypeSource(), new org.airkg.vocab.source.CellLineSource(),
                new org.airkg.vocab.source.PathwaySource(), new org.airkg.vocab.source.AssaySource());
    }
}
