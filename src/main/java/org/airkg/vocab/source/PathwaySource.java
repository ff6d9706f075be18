package org.airkg.vocab.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.airkg.vocab.ImportReport;
import org.airkg.vocab.NameTable;
import org.airkg.vocab.NameTypes;
import org.airkg.vocab.SourceFiles;
import org.airkg.vocab.VocabSource;

/**
 * Human Reactome pathways and GO biological processes, by their labels. GO's synonyms carry no scope in the derived
 * file (exact, broad, narrow or related), so only those that are the label itself, with its "X to Y" joint written as a
 * hyphen or en dash, are used: "epithelial-mesenchymal transition" for "epithelial to mesenchymal transition". A label
 * that is one common English word ("growth", "transport") is too general to name a process in running text and is
 * left out.
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
        return "human Reactome pathways and GO biological processes, by label (and GO's synonyms that write a label's \"X to Y\" as \"X-Y\"); Reactome and GO ids";
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
        Map<String, String> labels = new HashMap<>();
        List<Map<String, String>> synonyms = new ArrayList<>();
        for (Map<String, String> row : files.rows(GO, '\t')) {
            if ("label".equals(row.get("kind"))) {
                String label = SourceFiles.clean(row.get("name"));
                labels.put(row.get("go_id"), label);
                add(files, table, row.get("go_id"), "BiologicalProcess", label, GO);
            } else if ("synonym".equals(row.get("kind"))) {
                synonyms.add(row);
            }
        }
        for (Map<String, String> row : synonyms) {
            String label = labels.get(row.get("go_id"));
            String synonym = SourceFiles.clean(row.get("name"));
            if (label != null && isJointSpelling(label, synonym)) {
                table.add(row.get("go_id"), NameTypes.field(NameTypes.SYNONYM, false), synonym);
            }
        }
    }

    /** " to " between the words of a label, as a hyphen or en dash joins them in a synonym. */
    private static final Pattern TO_JOINT = Pattern.compile("\\s+to\\s+");

    /** Whether {@code synonym} is {@code label} with each "X to Y" joint written "X-Y" or "X–Y", as GO's synonyms of EMT do. */
    static boolean isJointSpelling(String label, String synonym) {
        if (!TO_JOINT.matcher(label).find()) {
            return false;
        }
        return synonym.equalsIgnoreCase(TO_JOINT.matcher(label).replaceAll("-")) || synonym.equalsIgnoreCase(TO_JOINT.matcher(label).replaceAll("–"));
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
