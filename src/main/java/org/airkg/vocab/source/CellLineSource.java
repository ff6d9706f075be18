package org.airkg.vocab.source;

import java.util.List;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.airkg.vocab.ImportReport;
import org.airkg.vocab.NameTable;
import org.airkg.vocab.NameTypes;
import org.airkg.vocab.SourceFiles;
import org.airkg.vocab.VocabSource;

/**
 * Cancer cell lines of DepMap with their Cellosaurus accessions (only lines with exactly one). A synonym that
 * Cellosaurus lists as shared by several cell lines is left out; a line's own DepMap name is kept, since
 * DepMap's cancer lines are what this domain's texts name.
 */
public final class CellLineSource implements VocabSource {
    private static final String LINES = "cell-lines/depmap.tsv";
    private static final String MAPPINGS = "cell-lines/depmap.sssom.tsv";
    private static final String CONFLICTS = "cell-lines/cellosaurus_name_conflicts.txt";

    @Override
    public String table() {
        return "cell-lines";
    }

    @Override
    public String description() {
        return "cancer cell lines: DepMap names and synonyms; Cellosaurus ids";
    }

    @Override
    public String licence() {
        return "CC BY 4.0 (DepMap via obo-db-ingest; Cellosaurus)";
    }

    @Override
    public List<String> licenceIris() {
        return List.of("https://creativecommons.org/licenses/by/4.0/");
    }

    @Override
    public String version() {
        return "DepMap 25Q3 (obo-db-ingest@5613ff7); Cellosaurus v47 name conflicts";
    }

    @Override
    public void read(SourceFiles files, NameTable table, ImportReport report) {
        Map<String, Set<String>> cellosaurus = new HashMap<>();
        for (Map<String, String> row : files.rows(MAPPINGS, '\t')) {
            String object = row.get("object_id");
            if (object.startsWith("cellosaurus:") && "skos:exactMatch".equals(row.get("predicate_id"))) {
                cellosaurus.computeIfAbsent(row.get("subject_id"), k -> new HashSet<>()).add(object);
            }
        }
        Set<String> shared = new HashSet<>();
        for (String line : files.lines(CONFLICTS)) {
            int colon = line.indexOf(": CVCL_");
            if (colon > 0) {
                shared.add(line.substring(0, colon).strip());
            }
        }
        for (Map<String, String> row : files.rows(LINES, '\t')) {
            String depmap = "depmap:" + row.get("identifier");
            Set<String> ids = cellosaurus.getOrDefault(depmap, Set.of());
            if (ids.size() != 1) {
                if (ids.size() > 1) {
                    report.leftOut(table(), depmap, String.join(" ", ids), "several Cellosaurus accessions");
                }
                continue;
            }
            String id = ids.iterator().next();
            String name = SourceFiles.clean(row.get("name"));
            table.add(id, "class", "CellLine");
            table.add(id, "label", name);
            table.add(id, "xref", id + " " + MAPPINGS);
            if (SourceFiles.isTextName(name.replace(":", " "))) {
                table.add(id, files.nameField(NameTypes.LABEL, name), name);
            }
            for (String synonym : SourceFiles.split(row.get("synonyms"), "|")) {
                if (SourceFiles.isTextName(synonym) && !shared.contains(synonym)) {
                    table.add(id, files.nameField(NameTypes.SYNONYM, synonym), synonym);
                }
            }
        }
    }
}
