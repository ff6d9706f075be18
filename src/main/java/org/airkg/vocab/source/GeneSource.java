package org.airkg.vocab.source;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.vocab.ImportReport;
import org.airkg.vocab.NameTable;
import org.airkg.vocab.NameTypes;
import org.airkg.vocab.SourceFiles;
import org.airkg.vocab.VocabSource;

/**
 * Human genes from the HGNC complete set: the approved symbol, the full name, alias and previous symbols and
 * names; HGNC, NCBI Gene, UniProt and Ensembl identifiers, all curated by HGNC. To these come the texts that
 * FamPlex's curated grounding map assigns to a single gene, named by its approved symbol or by the UniProt
 * accession of the one gene that encodes the protein: "PDK1" is there the kinase PDPK1, whose alias it is, and not
 * the pyruvate dehydrogenase kinase whose symbol it is; "MST1" is STK4. An alias name that names a whole family, the
 * full name two or more genes share before their number ("cyclin-dependent kinase inhibitor", of CDKN1A, CDKN2A, CDKN3
 * ...), grounds none of them: HGNC gives it to CDKN3 alone. A microRNA gene is also named as its mature microRNA is,
 * by miRBase's convention: MIR221, "microRNA 221", is "miR-221"; MIR125B1 and MIR125B2 are both "miR-125b"; MIRLET7A1 is
 * "let-7a".
 */
public final class GeneSource implements VocabSource {
    private static final String FILE = "hgnc/hgnc_complete_set.txt.gz";
    private static final String GROUNDING_MAP = "famplex/grounding_map.csv";
    /** A full name ending in a member's number or letter: "cyclin dependent kinase inhibitor 1a", "... 3". */
    private static final Pattern NUMBERED = Pattern.compile("(.*\\S)\\s+(?:[0-9]+[a-z]?|[a-z])");
    /** A microRNA gene's full name: "microRNA 221", "microRNA 125b-1" (the second of the loci of miR-125b), "microRNA let-7a-1". */
    private static final Pattern MICRORNA = Pattern.compile("microRNA (let-)?([0-9]+[a-z]?)(?:-[0-9]+)?");
    private static final Pattern SPACES = Pattern.compile("[\\s-]+");

    @Override
    public String table() {
        return "genes";
    }

    @Override
    public String description() {
        return "human genes: approved symbol, full name, aliases, previous symbols, FamPlex's curated texts; HGNC, NCBI Gene, UniProt, "
                + "Ensembl ids";
    }

    @Override
    public String licence() {
        return "CC0 (HGNC; FamPlex LICENSE.txt)";
    }

    @Override
    public List<String> licenceIris() {
        return List.of("https://creativecommons.org/publicdomain/zero/1.0/");
    }

    @Override
    public String version() {
        return "HGNC complete set, date_modified up to 2024-10-18; FamPlex grounding map sorgerlab/famplex@e19b3a97 (2024-07)";
    }

    @Override
    public void read(SourceFiles files, NameTable table, ImportReport report) {
        Map<String, String> bySymbol = new HashMap<>();
        Map<String, Set<String>> byUniprot = new HashMap<>();
        List<Map<String, String>> approved = files.rows(FILE, '\t').stream().filter(row -> "Approved".equals(row.get("status"))).toList();
        Set<String> families = families(approved);
        for (Map<String, String> row : approved) {
            String id = "hgnc:" + row.get("hgnc_id").replace("HGNC:", "");
            String symbol = SourceFiles.clean(row.get("symbol"));
            bySymbol.put(symbol, id);
            table.add(id, "class", "Gene");
            table.add(id, "label", symbol);
            table.add(id, files.nameField(NameTypes.SYMBOL, symbol), symbol);
            name(files, table, id, NameTypes.FULL_NAME, SourceFiles.clean(row.get("name")));
            SourceFiles.split(row.get("alias_symbol"), "|").forEach(n -> name(files, table, id, NameTypes.ALIAS, n));
            SourceFiles.split(row.get("alias_name"), "|").stream().filter(n -> !families.contains(familyKey(n)))
                    .forEach(n -> name(files, table, id, NameTypes.ALIAS, n));
            SourceFiles.split(row.get("prev_symbol"), "|").forEach(n -> name(files, table, id, NameTypes.PREVIOUS, n));
            if ("RNA, micro".equals(row.get("locus_type"))) {
                matureName(SourceFiles.clean(row.get("name"))).ifPresent(n -> name(files, table, id, NameTypes.ALIAS, n));
            }
            table.add(id, "xref", id + " " + FILE);
            xref(table, id, "ncbigene:", row.get("entrez_id"));
            xref(table, id, "ensembl:", row.get("ensembl_gene_id"));
            SourceFiles.split(row.get("uniprot_ids"), "|").forEach(u -> {
                xref(table, id, "uniprot:", u);
                byUniprot.computeIfAbsent(SourceFiles.clean(u), k -> new HashSet<>()).add(id);
            });
        }
        for (List<String> row : files.plainRows(GROUNDING_MAP)) {
            String text = row.size() < 3 ? "" : SourceFiles.clean(row.get(0));
            if (!SourceFiles.isTextName(text)) {
                continue;
            }
            String local = row.get(2).strip();
            Optional<String> gene = switch (row.get(1).strip()) {
                case "HGNC" -> Optional.ofNullable(bySymbol.get(local));
                // a protein of several genes grounds none of them
                case "UP" -> Optional.ofNullable(byUniprot.get(local)).filter(g -> g.size() == 1).map(g -> g.iterator().next());
                default -> Optional.empty();
            };
            gene.ifPresent(g -> table.add(g, files.nameField(NameTypes.CURATED, text), text));
        }
    }

    /** Family names: the full names that two or more genes share before their number ("... inhibitor 1A", "... inhibitor 3"). */
    private static Set<String> families(List<Map<String, String>> rows) {
        Map<String, Set<String>> genes = new HashMap<>();
        for (Map<String, String> row : rows) {
            Matcher m = NUMBERED.matcher(familyKey(SourceFiles.clean(row.get("name"))));
            if (m.matches()) {
                genes.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(row.get("hgnc_id"));
            }
        }
        Set<String> families = new HashSet<>();
        genes.forEach((stem, ids) -> {
            if (ids.size() >= 2) {
                families.add(stem);
            }
        });
        return families;
    }

    /** A full name in lower case, hyphens as spaces: "cyclin-dependent kinase inhibitor" and "cyclin dependent kinase inhibitor" are one. */
    private static String familyKey(String name) {
        return SPACES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The mature microRNA a microRNA gene's full name names: "miR-221" of "microRNA 221", "let-7a" of "microRNA let-7a-1". */
    static Optional<String> matureName(String fullName) {
        Matcher m = MICRORNA.matcher(fullName);
        return m.matches() ? Optional.of(m.group(1) != null ? m.group(1) + m.group(2) : "miR-" + m.group(2)) : Optional.empty();
    }

    private static void name(SourceFiles files, NameTable table, String id, String type, String name) {
        if (SourceFiles.isTextName(name)) {
            table.add(id, files.nameField(type, name), name);
        }
    }

    private static void xref(NameTable table, String id, String prefix, String local) {
        String l = SourceFiles.clean(local);
        if (!l.isEmpty()) {
            table.add(id, "xref", prefix + l + " " + FILE);
        }
    }
}
