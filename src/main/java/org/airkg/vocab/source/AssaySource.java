package org.airkg.vocab.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airkg.vocab.ImportReport;
import org.airkg.vocab.NameTable;
import org.airkg.vocab.NameTypes;
import org.airkg.vocab.SourceFiles;
import org.airkg.vocab.VocabSource;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;

/**
 * Assays from OBI (the subclasses of OBI:0000070 "assay", with exact synonyms) and the BioAssay Ontology's
 * method and assay vocabularies (labels). Names of one word are left out when they are common English words,
 * BAO's one-word labels ("functional", "ADME") always: they name categories, not assays; and BAO labels that name no
 * method (assay, blot, PCR, sequencing, staining, cytometry ...) are formats or designs, not assays.
 */
public final class AssaySource implements VocabSource {
    private static final String OBI = "obi/obi.obo";
    private static final String ASSAY_ROOT = "OBI:0000070";
    private static final List<String> BAO = List.of("bao/bao_vocabulary_method.owl", "bao/bao_vocabulary_assay.owl");
    private static final String BAO_NS = "http://www.bioassayontology.org/bao#";
    /** BAO also names formats, targets and study designs ("96 well plate", "preclinical study"); only methods and assays are kept. */
    private static final java.util.regex.Pattern METHOD = java.util.regex.Pattern.compile(
            "(?i)\\b(assay|blot\\w*|PCR|sequencing|ELISA|staining|microscopy|cytometry|spectrometry|chromatography|immuno\\w+|"
            + "hybridization|electrophoresis|imaging|reporter|screen)\\b");

    @Override
    public String table() {
        return "assays";
    }

    @Override
    public String description() {
        return "assays: OBI assay classes with exact synonyms; BAO method and assay labels; OBI and BAO ids";
    }

    @Override
    public String licence() {
        return "CC BY 4.0 (OBI, BAO)";
    }

    @Override
    public List<String> licenceIris() {
        return List.of("https://creativecommons.org/licenses/by/4.0/");
    }

    @Override
    public String version() {
        return "OBI 2026-05-08 (obi@498085a); BAO 2.8.18 (BAO@e3f1250)";
    }

    @Override
    public void read(SourceFiles files, NameTable table, ImportReport report) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> synonyms = new HashMap<>();
        Map<String, List<String>> parents = new HashMap<>();
        String id = null;
        for (String line : files.lines(OBI)) {
            if (line.startsWith("[")) {
                id = line.equals("[Term]") ? "" : null;
            } else if (id != null && line.startsWith("id: ")) {
                id = line.substring(4).strip();
            } else if (id != null && line.startsWith("name: ")) {
                names.put(id, line.substring(6).strip());
            } else if (id != null && line.startsWith("is_a: ")) {
                parents.computeIfAbsent(id, k -> new ArrayList<>()).add(line.substring(6).split(" ")[0]);
            } else if (id != null && line.startsWith("synonym: \"") && line.contains("\" EXACT")) {
                synonyms.computeIfAbsent(id, k -> new ArrayList<>()).add(line.substring(10, line.indexOf("\" EXACT")));
            } else if (id != null && line.equals("is_obsolete: true")) {
                names.remove(id);
                id = null;
            }
        }
        for (var e : names.entrySet()) {
            if (e.getKey().startsWith("OBI:") && !e.getKey().equals(ASSAY_ROOT) && isA(e.getKey(), ASSAY_ROOT, parents)) {
                add(files, table, e.getKey(), e.getValue(), OBI);
                synonyms.getOrDefault(e.getKey(), List.of()).forEach(s -> name(files, table, e.getKey(), NameTypes.SYNONYM, s));
            }
        }
        for (String file : BAO) {
            Model model = RDFParser.source(files.file(file)).lang(Lang.RDFXML).toModel();
            for (Statement s : model.listStatements(null, RDFS.label, (String) null).toList()) {
                String uri = s.getSubject().getURI();
                String label = SourceFiles.clean(s.getString());
                if (uri != null && uri.startsWith(BAO_NS + "BAO_") && label.indexOf(' ') > 0 && METHOD.matcher(label).find()) {
                    add(files, table, "BAO:" + uri.substring(BAO_NS.length() + 4), label, file);
                }
            }
        }
    }

    private static void add(SourceFiles files, NameTable table, String id, String label, String file) {
        table.add(id, "class", "Assay");
        table.add(id, "label", label);
        table.add(id, "xref", id + " " + file);
        name(files, table, id, NameTypes.LABEL, label);
    }

    private static void name(SourceFiles files, NameTable table, String id, String type, String name) {
        String n = SourceFiles.clean(name);
        if (SourceFiles.isTextName(n) && !(n.indexOf(' ') < 0 && files.isEnglishWord(n))) {
            table.add(id, NameTypes.field(type, false), n);
        }
    }

    private static boolean isA(String id, String root, Map<String, List<String>> parents) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (next.equals(root)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(parents.getOrDefault(next, List.of()));
            }
        }
        return false;
    }
}
