package org.airkg.vocab.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.airkg.vocab.ImportReport;
import org.airkg.vocab.NameTable;
import org.airkg.vocab.SourceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pathways table from rows shaped as the Reactome and GO source files write them. */
class PathwaySourceTest {
    @Test
    void ofGosSynonymsOnlyTheLabelWithItsToJointHyphenatedNamesTheProcess(@TempDir Path root) throws Exception {
        Path reactome = root.resolve("reactome/reactome.tsv");
        Files.createDirectories(reactome.getParent());
        Files.writeString(reactome, "identifier\tname\tdefinition\tsynonyms\talts\tparents\tspecies\n"
                + "R-HSA-109581\tApoptosis\t\t\t\t\tncbitaxon:9606\n"
                + "R-BTA-109581\tApoptosis\t\t\t\t\tncbitaxon:9913\n");
        Path go = root.resolve("go/go_bp_names.tsv.gz");
        Files.createDirectories(go.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(go))) {
            out.write((String.join("\n",
                    "go_id\tname\tkind",
                    "GO:0001837\tepithelial to mesenchymal transition\tlabel",
                    "GO:0001837\tEMT\tsynonym",                                    // an abbreviation: scope unknown, left out
                    "GO:0001837\tepithelial-mesenchymal transition\tsynonym",       // the label, its joint hyphenated
                    "GO:0001837\tmesenchymal cell differentiation from epithelial cell\tsynonym",
                    "GO:0060231\tmesenchymal to epithelial transition\tlabel",
                    "GO:0060231\tmesenchymal–epithelial transition\tsynonym",       // an en dash
                    "GO:0006915\tapoptotic process\tlabel",
                    "GO:0006915\tapoptosis\tsynonym") + "\n").getBytes(StandardCharsets.UTF_8)); // no "to" joint: left out
        }

        NameTable table = new NameTable("pathways");
        new PathwaySource().read(new SourceFiles(root, Set.of()), table, new ImportReport());

        List<String> names = table.rows().stream().filter(r -> r.field().startsWith("name:"))
                .map(r -> r.entity() + " " + r.field() + " " + r.value()).sorted().toList();
        assertEquals(List.of(
                "GO:0001837 name:label epithelial to mesenchymal transition",
                "GO:0001837 name:synonym epithelial-mesenchymal transition",
                "GO:0006915 name:label apoptotic process",
                "GO:0060231 name:label mesenchymal to epithelial transition",
                "GO:0060231 name:synonym mesenchymal–epithelial transition",
                "reactome:R-HSA-109581 name:label Apoptosis"), names);
    }
}
