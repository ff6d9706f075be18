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

/** The genes table from rows shaped as HGNC's complete set and FamPlex's grounding map write them. */
class GeneSourceTest {
    private static final String HEADER = "hgnc_id\tsymbol\tname\tstatus\talias_symbol\talias_name\tprev_symbol\tentrez_id\tensembl_gene_id\tuniprot_ids";

    @Test
    void theGroundingMapsTextsForOneGeneAreItsCuratedNamesWhetherItNamesTheGeneBySymbolOrByItsProtein(@TempDir Path root) throws Exception {
        hgnc(root, List.of(
                "HGNC:8809\tPDK1\tpyruvate dehydrogenase kinase 1\tApproved\t\t\t\t5163\tENSG00000152256\tQ15118",
                "HGNC:8816\tPDPK1\t3-phosphoinositide dependent protein kinase 1\tApproved\tPDK1\t\t\t5170\tENSG00000140992\tO15530",
                "HGNC:6081\tINS\tinsulin\tApproved\t\t\t\t3630\tENSG00000254647\tP01308",
                "HGNC:1\tGENEA\tgene a\tApproved\t\t\t\t1\t\tP99999",
                "HGNC:2\tGENEB\tgene b\tApproved\t\t\t\t2\t\tP99999"));
        Path map = root.resolve("famplex/grounding_map.csv");
        Files.createDirectories(map.getParent());
        Files.writeString(map, String.join("\n",
                "PDK1,UP,O15530,,,,",       // the kinase of the AKT pathway, whose alias the text is
                "Bcl-3,HGNC,PDPK1,,,,",     // by approved symbol (a made-up text, to test the column)
                "insulin,UP,P01308,,,,",    // an English word, marked as such
                "shared,UP,P99999,,,,",     // a protein of two genes grounds neither
                "PI3K,FPLX,PI3K,,,,",       // a family's text is the famplex table's
                "Nogene,UP,Q00000,,,,") + "\n");

        NameTable table = new NameTable("genes");
        new GeneSource().read(new SourceFiles(root, Set.of("insulin")), table, new ImportReport());

        List<String> curated = table.rows().stream().filter(r -> r.field().startsWith("name:curated"))
                .map(r -> r.entity() + " " + r.field() + " " + r.value()).toList();
        assertEquals(List.of("hgnc:6081 name:curated:word insulin", "hgnc:8816 name:curated Bcl-3", "hgnc:8816 name:curated PDK1"), curated);
    }

    @Test
    void anAliasNameThatNamesAWholeFamilyGroundsNoGene(@TempDir Path root) throws Exception {
        hgnc(root, List.of(
                "HGNC:1791\tCDKN3\tcyclin dependent kinase inhibitor 3\tApproved\t\t\"kinase associated phosphatase|cyclin-dependent kinase inhibitor\"\t\t1033\t\t",
                "HGNC:1784\tCDKN1A\tcyclin dependent kinase inhibitor 1A\tApproved\t\tp21\t\t1026\t\t",
                "HGNC:1830\tCHL1\tcell adhesion molecule L1 like\tApproved\t\tneural cell adhesion molecule\t\t10752\t\t"));
        Path map = root.resolve("famplex/grounding_map.csv");
        Files.createDirectories(map.getParent());
        Files.writeString(map, "");

        NameTable table = new NameTable("genes");
        new GeneSource().read(new SourceFiles(root, Set.of()), table, new ImportReport());

        List<String> aliases = table.rows().stream().filter(r -> r.field().startsWith("name:alias"))
                .map(r -> r.entity() + " " + r.value()).toList();
        // "neural cell adhesion molecule" stays: no two genes of these rows share it before a number
        assertEquals(List.of("hgnc:1784 p21", "hgnc:1791 kinase associated phosphatase", "hgnc:1830 neural cell adhesion molecule"),
                aliases.stream().sorted().toList());
    }

    @Test
    void aMicroRnaGeneIsAlsoNamedAsItsMatureMicroRna() {
        assertEquals(List.of("miR-221", "miR-125b", "let-7a", "none", "none"),
                java.util.stream.Stream.of("microRNA 221", "microRNA 125b-2", "microRNA let-7a-1", "microRNA host gene 1", "cyclin D1")
                        .map(n -> GeneSource.matureName(n).orElse("none")).toList());
    }

    private static void hgnc(Path root, List<String> rows) throws Exception {
        Path file = root.resolve("hgnc/hgnc_complete_set.txt.gz");
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
