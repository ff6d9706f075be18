package org.airkg.vocab.source;

import java.util.List;

import java.util.Map;
import org.airkg.vocab.ImportReport;
import org.airkg.vocab.NameTable;
import org.airkg.vocab.NameTypes;
import org.airkg.vocab.SourceContext;
import org.airkg.vocab.SourceFiles;
import org.airkg.vocab.VocabSource;

/**
 * Human genes from the HGNC complete set: the approved symbol, the full name, alias and previous symbols and
 * names; HGNC, NCBI Gene, UniProt and Ensembl identifiers, all curated by HGNC.
 */
public final class GeneSource implements VocabSource {
    private static final String FILE = "hgnc/hgnc_complete_set.txt.gz";
    private final SourceContext context;

    public GeneSource(SourceContext context) {
        this.context = context;
    }

    @Override
    public String table() {
        return "genes";
    }

    @Override
    public String description() {
        return "human genes: approved symbol, full name, aliases, previous symbols; HGNC, NCBI Gene, UniProt, Ensembl ids";
    }

    @Override
    public String licence() {
        return "CC0 (HGNC)";
    }

    @Override
    public List<String> licenceIris() {
        return List.of("https://creativecommons.org/publicdomain/zero/1.0/");
    }

    @Override
    public String version() {
        return "HGNC complete set, date_modified up to 2024-10-18";
    }

    @Override
    public void read(SourceFiles files, NameTable table, ImportReport report) {
        for (Map<String, String> row : files.rows(FILE, '\t')) {
            if (!"Approved".equals(row.get("status"))) {
                continue;
            }
            String id = "hgnc:" + row.get("hgnc_id").replace("HGNC:", "");
            String symbol = SourceFiles.clean(row.get("symbol"));
            context.approvedSymbol(symbol, id);
            table.add(id, "class", "Gene");
            table.add(id, "label", symbol);
            table.add(id, files.nameField(NameTypes.SYMBOL, symbol), symbol);
            name(files, table, id, NameTypes.FULL_NAME, SourceFiles.clean(row.get("name")));
            SourceFiles.split(row.get("alias_symbol"), "|").forEach(n -> name(files, table, id, NameTypes.ALIAS, n));
            SourceFiles.split(row.get("alias_name"), "|").forEach(n -> name(files, table, id, NameTypes.ALIAS, n));
            SourceFiles.split(row.get("prev_symbol"), "|").forEach(n -> name(files, table, id, NameTypes.PREVIOUS, n));
            table.add(id, "xref", id + " " + FILE);
            xref(table, id, "ncbigene:", row.get("entrez_id"));
            xref(table, id, "ensembl:", row.get("ensembl_gene_id"));
            SourceFiles.split(row.get("uniprot_ids"), "|").forEach(u -> xref(table, id, "uniprot:", u));
        }
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
