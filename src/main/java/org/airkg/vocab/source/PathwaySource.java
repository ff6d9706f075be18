package org.airkg.vocab.source;

import java.util.List;

import java.util.Map;
import org.airkg.vocab.ImportReport;
import org.airkg.vocab.NameTable;
import org.airkg.vocab.NameTypes;
import org.airkg.vocab.SourceFiles;
import org.airkg.vocab.VocabSource;

/**
 * Human Reactome pathways and GO biological processes, by their labels (GO's synonyms carry no scope in the
 * derived file, so they are not used). A label that is one common English word ("growth", "transport") is
 * too general to name a process in running text and is left out.
 */
public final class PathwaySource implements VocabSource {
    private static final String REACTOME = "reactome/reactome.tsv";
    private static final String GO = "go/go_bp_names.tsv.gz";

    @Override
    public String table() {
        return "pathways";
    }

    @Override
    public String description() {
        return "human Reactome pathways and GO biological processes, by label; Reactome and GO ids";
    }

    @Override
    public String licence() {
        return "CC0 (Reactome); CC BY 4.0 (GO)";
    }

    @Override
    public List<String> licenceIris() {
        return List.of("https://creativecommons.org/publicdomain/zero/1.0/", "https://creativecommons.org/licenses/by/4.0/");
    }

    @Override
    public String version() {
        return "Reactome 94 (obo-db-ingest@5613ff7); GO 2022-07-01 (go-basic via Debian r-bioc-go.db 3.16.0-1)";
    }

    @Override
    public void read(SourceFiles files, NameTable table, ImportReport report) {
        for (Map<String, String> row : files.rows(REACTOME, '\t')) {
            if ("ncbitaxon:9606".equals(row.get("species"))) {
                add(files, table, "reactome:" + row.get("identifier"), "Pathway", SourceFiles.clean(row.get("name")), REACTOME);
            }
        }
        for (Map<String, String> row : files.rows(GO, '\t')) {
            if ("label".equals(row.get("kind"))) {
                add(files, table, row.get("go_id"), "BiologicalProcess", SourceFiles.clean(row.get("name")), GO);
            }
        }
    }

    private static void add(SourceFiles files, NameTable table, String id, String kind, String label, String file) {
        table.add(id, "class", kind);
        table.add(id, "label", label);
        table.add(id, "xref", id + " " + file);
        if (SourceFiles.isTextName(label) && !(label.indexOf(' ') < 0 && files.isEnglishWord(label))) {
            table.add(id, NameTypes.field(NameTypes.LABEL, false), label);
        }
    }
}
