package org.airkg.vocab.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.airkg.vocab.ImportReport;
import org.airkg.vocab.NameTable;
import org.airkg.vocab.NameTypes;
import org.airkg.vocab.SourceFiles;
import org.airkg.vocab.VocabSource;

/**
 * Diseases from the Human Disease Ontology (labels; synonyms and NCIt references of the cancer slim) merged
 * with MONDO through MONDO's curated exact mappings (one to one only), with NCIt identifiers from both where
 * they agree. A one-word name of a class with {@value #GENERIC} or more subclasses ("cancer", "carcinoma")
 * is too general to name a disease in running text and is left out.
 */
public final class DiseaseSource implements VocabSource {
    static final int GENERIC = 20;
    private static final String DO = "doid/HumanDO.tsv";
    private static final String SLIM = "doid/DO_cancer_slim.obo";
    private static final String NCI_IN_DO = "doid/NCIinDO.tsv";
    private static final String MONDO = "mondo/class-stats.tsv";
    private static final String MONDO_DOID = "mondo/mondo_exactmatch_doid.sssom.tsv";
    private static final String MONDO_NCIT = "mondo/mondo_exactmatch_ncit.sssom.tsv";

    @Override
    public String table() {
        return "diseases";
    }

    @Override
    public String description() {
        return "diseases: DOID labels and cancer-slim synonyms, MONDO labels; DOID, MONDO, NCIt ids";
    }

    @Override
    public String licence() {
        return "CC0 (Disease Ontology); MONDO labels CC BY 4.0, MONDO SSSOM mappings CC0";
    }

    @Override
    public List<String> licenceIris() {
        return List.of("https://creativecommons.org/publicdomain/zero/1.0/", "https://creativecommons.org/licenses/by/4.0/");
    }

    @Override
    public String version() {
        return "Disease Ontology 2026-07-31 (HumanDiseaseOntology@9fbefd66); MONDO 2026-08 (mondo@fad2512b4)";
    }

    @Override
    public void read(SourceFiles files, NameTable table, ImportReport report) {
        Map<String, String> doLabels = new HashMap<>();
        Map<String, String> idByLabel = new HashMap<>();
        Map<String, Set<String>> parents = new HashMap<>();
        for (Map<String, String> row : files.rows(DO, '\t')) {
            String id = SourceFiles.clean(row.get("id"));
            String label = SourceFiles.clean(row.get("label"));
            doLabels.put(id, label);
            idByLabel.putIfAbsent(label, id);
            parents.computeIfAbsent(id, k -> new HashSet<>()).add(SourceFiles.clean(row.get("subClassOf")));
        }
        Set<String> generic = generic(doLabels, idByLabel, parents);
        Map<String, String> doidOfMondo = oneToOne(files, MONDO_DOID);
        doidOfMondo.values().retainAll(doLabels.keySet());
        Map<String, String> mondoOfDoid = new HashMap<>();
        doidOfMondo.forEach((m, d) -> mondoOfDoid.put(d, m));
        Map<String, List<String>> ncit = new HashMap<>();
        for (Map<String, String> row : files.rows(NCI_IN_DO, '\t')) {
            for (String x : SourceFiles.split(row.get("xrefs"), ",")) {
                ncit.computeIfAbsent(SourceFiles.clean(row.get("id")), k -> new ArrayList<>()).add(x.replace("NCI:", "NCIT:") + " " + NCI_IN_DO);
            }
        }
        oneToOne(files, MONDO_NCIT).forEach((m, n) -> ncit.computeIfAbsent(doidOfMondo.getOrDefault(m, m), k -> new ArrayList<>())
                .add(n + " " + MONDO_NCIT));

        doLabels.forEach((id, label) -> {
            table.add(id, "class", "Disease");
            table.add(id, "label", label);
            table.add(id, "xref", id + " " + DO);
            name(files, table, id, NameTypes.LABEL, label, generic.contains(id));
        });
        readSlim(files, table, doLabels, generic);
        for (Map<String, String> row : files.rows(MONDO, '\t')) {
            String mondo = SourceFiles.clean(row.get("cls"));
            String label = SourceFiles.clean(row.get("cls_label"));
            if (!mondo.startsWith("MONDO:") || label.contains("non-human animal") || label.startsWith("obsolete")) {
                continue;
            }
            String id = doidOfMondo.getOrDefault(mondo, mondo);
            if (id.equals(mondo)) {
                table.add(id, "class", "Disease");
                table.add(id, "label", label);
                if (!(label.indexOf(' ') < 0 && files.isEnglishWord(label))) {
                    name(files, table, id, NameTypes.LABEL, label, false);
                }
            } else {
                name(files, table, id, NameTypes.SYNONYM, label, generic.contains(id));
            }
            table.add(id, "xref", mondo + " " + (id.equals(mondo) ? MONDO : MONDO_DOID));
        }
        ncit.keySet().retainAll(table.rows().stream().map(r -> r.entity()).collect(java.util.stream.Collectors.toSet()));
        ncit.forEach((id, claims) -> {
            Set<String> curies = new TreeSet<>();
            claims.forEach(c -> curies.add(c.substring(0, c.indexOf(' '))));
            if (curies.size() == 1) {
                Set<String> sources = new TreeSet<>();
                claims.forEach(c -> sources.add(c.substring(c.indexOf(' ') + 1)));
                table.add(id, "xref", curies.iterator().next() + " " + String.join(";", sources));
            } else {
                report.leftOut(table(), id, String.join(" ", curies), "several NCIt classes: " + String.join(", ", claims));
            }
        });
    }

    private static void name(SourceFiles files, NameTable table, String id, String type, String name, boolean generic) {
        if (SourceFiles.isTextName(name) && !(generic && name.indexOf(' ') < 0)) {
            table.add(id, files.nameField(type, name), name);
        }
    }

    /** Exact synonyms of the cancer slim. */
    private static void readSlim(SourceFiles files, NameTable table, Map<String, String> known, Set<String> generic) {
        String id = null;
        for (String line : files.lines(SLIM)) {
            if (line.startsWith("[")) {
                id = null;
            } else if (line.startsWith("id: ")) {
                id = line.substring(4).strip();
            } else if (id != null && known.containsKey(id) && line.startsWith("synonym: \"") && line.contains("\" EXACT")) {
                String synonym = line.substring(10, line.indexOf("\" EXACT"));
                name(files, table, id, NameTypes.SYNONYM, synonym, generic.contains(id));
            }
        }
    }

    /** The classes with {@value #GENERIC} or more subclasses, direct or not. */
    private static Set<String> generic(Map<String, String> labels, Map<String, String> idByLabel, Map<String, Set<String>> parents) {
        Map<String, Integer> descendants = new HashMap<>();
        for (String id : labels.keySet()) {
            Set<String> seen = new HashSet<>();
            List<String> todo = new ArrayList<>(parents.getOrDefault(id, Set.of()));
            while (!todo.isEmpty()) {
                String parent = idByLabel.get(todo.remove(todo.size() - 1));
                if (parent != null && seen.add(parent)) {
                    descendants.merge(parent, 1, Integer::sum);
                    todo.addAll(parents.getOrDefault(parent, Set.of()));
                }
            }
        }
        Set<String> generic = new HashSet<>();
        descendants.forEach((id, n) -> {
            if (n >= GENERIC) {
                generic.add(id);
            }
        });
        return generic;
    }

    /** The exact mappings of an SSSOM file whose subject and object each appear in no other mapping. */
    private static Map<String, String> oneToOne(SourceFiles files, String file) {
        Map<String, Set<String>> forward = new HashMap<>();
        Map<String, Set<String>> backward = new HashMap<>();
        for (Map<String, String> row : files.rows(file, '\t')) {
            if ("skos:exactMatch".equals(row.get("predicate_id"))) {
                forward.computeIfAbsent(row.get("subject_id"), k -> new HashSet<>()).add(row.get("object_id"));
                backward.computeIfAbsent(row.get("object_id"), k -> new HashSet<>()).add(row.get("subject_id"));
            }
        }
        Map<String, String> map = new HashMap<>();
        forward.forEach((s, objects) -> {
            if (objects.size() == 1 && backward.get(objects.iterator().next()).size() == 1) {
                map.put(s, objects.iterator().next());
            }
        });
        return map;
    }
}
