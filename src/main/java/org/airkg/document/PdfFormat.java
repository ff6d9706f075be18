package org.airkg.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.airkg.document.render.MarkupMetadata;
import org.airkg.document.render.PdfPageText;
import org.airkg.document.render.PdfRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF files, read with Apache PDFBox page by page (PDFBox keeps what it parses in temporary files, not the
 * heap); quotes point into the file by page ({@code page=N}) and position in that page's extracted text.
 * Encrypted, truncated and broken files, and files with no text layer (scans), are refused.
 */
public final class PdfFormat implements DocumentFormat {
    /** The extractor recorded with every quote. */
    public static final String EXTRACTOR = "Apache PDFBox " + org.apache.pdfbox.util.Version.getVersion();
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** The PDF specification lets a file's header and end marker stand this far from its edges. */
    private static final int EDGE = 1024;

    @Override
    public Set<String> extensions() {
        return Set.of("pdf");
    }

    @Override
    public boolean recognizes(byte[] head) {
        return indexOf(head, MAGIC, 0, Math.min(head.length, EDGE)) >= 0;
    }

    @Override
    public Document read(String displayName, String fileName, String stem, String sha256, byte[] bytes) {
        if (!recognizes(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, EDGE)))) {
            throw new DocumentException(displayName, 0, 0, "not a PDF: the file does not start with %PDF-");
        }
        if (indexOf(bytes, EOF, Math.max(0, bytes.length - EDGE), bytes.length) < 0) {
            throw new DocumentException(displayName, 0, 0, "truncated PDF: the file does not end with %%EOF");
        }
        try (PDDocument pdf = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new DocumentException(displayName, 0, 0, "encrypted PDF whose permissions forbid extracting its text");
            }
            List<String> pages = new ArrayList<>(pdf.getNumberOfPages());
            for (int n = 1; n <= pdf.getNumberOfPages(); n++) {
                pages.add(PdfPageText.of(pdf, n));
            }
            if (pages.stream().allMatch(String::isBlank)) {
                throw new DocumentException(displayName, 0, 0, "PDF has no text layer in any of its " + pages.size()
                        + " pages (a scan?); run OCR on it first");
            }
            MarkupMetadata meta = metadata(pdf.getDocumentInformation());
            return PdfRenderer.render(pages).read(displayName, fileName, stem, sha256, bytes.length, Origin.Kind.PAGE, "application/pdf",
                    EXTRACTOR, meta::over);
        } catch (InvalidPasswordException e) {
            throw new DocumentException(displayName, 0, 0, "encrypted PDF: it needs a password to open; save a decrypted copy", e);
        } catch (IOException e) {
            throw new DocumentException(displayName, 0, 0, "broken PDF: " + e.getMessage(), e);
        }
    }

    /** The author the PDF's information dictionary names; its dates are the file's, not the document's, and are left out. */
    private static MarkupMetadata metadata(PDDocumentInformation info) {
        return new MarkupMetadata(MarkupMetadata.nonBlank(info.getAuthor()), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static int indexOf(byte[] bytes, byte[] what, int from, int to) {
        for (int i = from; i + what.length <= to; i++) {
            int j = 0;
            while (j < what.length && bytes[i + j] == what[j]) {
                j++;
            }
            if (j == what.length) {
                return i;
            }
        }
        return -1;
    }
}
