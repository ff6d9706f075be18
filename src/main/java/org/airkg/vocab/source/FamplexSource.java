package org.airkg.vocab.source;

import java.util.List;
import org.airkg.vocab.ImportReport;
import org.airkg.vocab.NameTable;
import org.airkg.vocab.NameTypes;
import org.airkg.vocab.SourceFiles;
import org.airkg.vocab.VocabSource;

/**
 * Protein families and complexes from FamPlex (PI3K, AKT, ERK, mTORC1, ...), with the texts its curated
 * grounding map assigns to them, and its GO equivalences as identifiers of the family or complex. The map's
 * texts for single genes are names in the genes table ({@link GeneSource}).
 */
public final class FamplexSource implements VocabSource {
    @Override
    public String table() {
        return "famplex";
    }

    @Override
    public String description() {
        return "protein families and complexes; curated text groundings to families";
    }

    @Override
    public String licence() {
        return "CC0 (FamPlex LICENSE.txt)";
    }

    @Override
    public List<String> licenceIris() {
        return List.of("https://creativecommons.org/publicdomain/zero/1.0/");
    }

    @Override
    public String version() {
        return "FamPlex sorgerlab/famplex@e19b3a97 (2024-07)";
    }

    @Override
    public void read(SourceFiles files, NameTable table, ImportReport report) {
        for (String line : files.lines("famplex/entities.csv")) {
            String id = line.strip();
            if (!id.isEmpty()) {
                String curie = "fplx:" + id;
                table.add(curie, "class", "ProteinFamily");
                table.add(curie, "label", id.replace('_', ' '));
                table.add(curie, "xref", curie + " famplex/entities.csv");
            }
        }
        for (List<String> row : files.plainRows("famplex/grounding_map.csv")) {
            if (row.size() < 3) {
                continue;
            }
            String text = SourceFiles.clean(row.get(0));
            String db = row.get(1).strip();
            String local = row.get(2).strip();
            if (!SourceFiles.isTextName(text) || local.isEmpty()) {
                continue;
            }
            if (db.equals("FPLX")) {
                table.add("fplx:" + local, NameTypes.field(NameTypes.CURATED, false), text);
            }
        }
        for (List<String> row : files.plainRows("famplex/equivalences.csv")) {
            if (row.size() == 3 && row.get(0).equals("GO") && row.get(1).matches("GO:[0-9]{7}")) {
                table.add("fplx:" + row.get(2).strip(), "xref", row.get(1) + " famplex/equivalences.csv");
            }
        }
    }
}
