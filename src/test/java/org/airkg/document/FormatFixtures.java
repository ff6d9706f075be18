package org.airkg.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.airkg.SeedStore;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The documents the format tests read, all written for the tests (none downloaded): a saved vendor web page
 * and a JATS article under {@code src/test/resources/formats/}, and PDFs generated here with PDFBox from a
 * technical note written for them, in one and two columns, plus a scan, an encrypted and a truncated PDF.
 */
public final class FormatFixtures {
    /** The TrueType font the seed documents are set in as PDFs (Debian's fonts-dejavu-core). */
    public static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final String HEADER = "Example Biosciences - Technical Note TN-042";

    private FormatFixtures() {}

    /** A file under {@code src/test/resources/formats/}. */
    public static Path resource(String name) {
        return SeedStore.root().resolve("src/test/resources/formats").resolve(name);
    }

    /** The technical note as a PDF of one or two columns, with a running header and page numbers. */
    public static byte[] notePdf(int columns) throws IOException {
        return TestPdf.write(note(), columns, HEADER, null);
    }

    /** The technical note: headings, paragraphs with words hyphenated at line ends, a table, references. */
    static List<TestPdf.Part> note() {
        List<TestPdf.Part> parts = new ArrayList<>();
        parts.add(new TestPdf.Title("Exemestane and Everolimus after Nonsteroidal Aromatase Inhibitors"));
        parts.add(new TestPdf.Heading("Introduction"));
        parts.add(new TestPdf.Gap());
        String[] paragraphs = {
            "Nonsteroidal aromatase inhibitors such as letrozole and anastrozole are the backbone of adjuvant endocrine therapy, "
                + "but many advanced tumors eventually grow again while the drug is still given [1].",
            "Activation of the PI3K pathway is a frequent escape route. Everolimus inhibits mTOR, and patients received exemestane "
                + "plus everolimus after progression on a nonsteroidal inhibitor [2].",
            "In laboratory models the adaptation takes months. MCF-7 cells kept without estrogen become inde\u00ADpendent of "
                + "estradiol and show increased signalling through growth factor receptors, which can be blocked phar\u00ADmacologically.",
            "Everolimus caused stomatitis and pneumonitis in a minority of patients, and dose reductions were common in the first "
                + "weeks of treatment.",
            "ESR1 mutations confer resistance to aromatase inhibitors, because the mutant receptor is active without ligand. "
                + "Fulvestrant remains partly active against these receptors [3].",
        };
        String[] headings = {null, "Evidence from Models", "Clinical Experience", "Outlook"};
        for (int round = 0; round < headings.length; round++) {
            if (headings[round] != null) {
                parts.add(new TestPdf.Heading(headings[round]));
                parts.add(new TestPdf.Gap());
            }
            for (String p : paragraphs) {
                parts.add(new TestPdf.Text(round == 0 ? p : p.replace("[", "(see [").replace("]", "])")));
                parts.add(new TestPdf.Gap());
            }
        }
        parts.add(new TestPdf.Text("Table 1: Response of estrogen-deprived MCF-7 cells after 5 days"));
        parts.add(new TestPdf.Table(List.of(
                List.of("Treatment", "Dose", "Viability (%)"),
                List.of("exemestane", "100 nM", "88"),
                List.of("everolimus", "10 nM", "52"),
                List.of("combination", "100 nM + 10 nM", "31"))));
        parts.add(new TestPdf.Gap());
        parts.add(new TestPdf.Heading("References"));
        parts.add(new TestPdf.Gap());
        parts.add(new TestPdf.Text("1. Endocrine therapy in the adjuvant setting - Example Journal [journal.example.org]"));
        parts.add(new TestPdf.Text("2. mTOR inhibition after aromatase inhibitor failure - Example Trials [trials.example.org]"));
        parts.add(new TestPdf.Text("3. ESR1 mutations and endocrine resistance - Example Reviews [reviews.example.org]"));
        return parts;
    }

    /** A one-page PDF holding only a picture of text, as a scanner makes it: no text layer. */
    public static byte[] scannedPdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.fillRect(0, 0, 200, 100);
            g.dispose();
            PDImageXObject xobject = LosslessFactory.createFromImage(pdf, image);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(xobject, 50, 600, 400, 200);
            }
            return save(pdf);
        }
    }

    /** The one-column note, encrypted with a password to open it. */
    public static byte[] encryptedPdf() throws IOException {
        try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(notePdf(1))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            return save(pdf);
        }
    }

    /** The one-column note cut off after two thirds of its bytes, as an interrupted download leaves it. */
    public static byte[] truncatedPdf() throws IOException {
        byte[] whole = notePdf(1);
        return Arrays.copyOf(whole, whole.length * 2 / 3);
    }

    /**
     * A seed document set as a PDF in DejaVu Sans: each line of the text file a paragraph of its own (wrapped at
     * spaces, never at hyphens), a blank line as space, and tab-separated rows as table rows.
     */
    public static byte[] seedPdf(Path seed) throws IOException {
        List<TestPdf.Part> parts = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readString(seed).lines().toList()) {
            if (line.contains("\t")) {
                rows.add(List.of(line.strip().split("\t")));
                continue;
            }
            if (!rows.isEmpty()) {
                parts.add(new TestPdf.Table(List.copyOf(rows)));
                rows.clear();
            }
            parts.add(line.isBlank() ? new TestPdf.Gap() : new TestPdf.Text(line.strip()));
        }
        if (!rows.isEmpty()) {
            parts.add(new TestPdf.Table(rows));
        }
        return TestPdf.write(parts, 1, null, DEJAVU);
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }
}
