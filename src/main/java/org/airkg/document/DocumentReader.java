package org.airkg.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads source files into {@link Document}s, choosing the format by what the file holds (a PDF, an HTML page or
 * a JATS article is recognised by its first bytes whatever its name) and otherwise by its extension.
 *
 * <pre>{@code
 * Document doc = DocumentReader.read(Path.of("data/corpus/001_16f9ed06042b2b1e.txt"));
 * doc.metadata().title();   // the title line of the note
 * }</pre>
 *
 * <p>Every failure is a {@link DocumentException} naming the file and, where it applies, the line.
 */
public final class DocumentReader {
    /** Files larger than this are refused rather than read into memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** The formats, those recognised by content first; plain text only by extension. */
    private static final List<DocumentFormat> FORMATS = List.of(new PdfFormat(), new JatsFormat(), new HtmlFormat(), new PlainTextFormat());
    /** How many first bytes content recognition looks at. */
    private static final int HEAD = 4096;

    private DocumentReader() {}

    /** The format for a file, if its extension is registered. */
    public static Optional<DocumentFormat> formatOf(Path file) {
        String ext = extension(file.getFileName().toString());
        return FORMATS.stream().filter(f -> f.extensions().contains(ext)).findFirst();
    }

    /** The format of a file's bytes: the one that recognises them, else the one its extension names. */
    public static Optional<DocumentFormat> formatOf(String fileName, byte[] bytes) {
        byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, HEAD));
        return FORMATS.stream().filter(f -> f.recognizes(head)).findFirst().or(() -> formatOf(Path.of(fileName)));
    }

    /** Reads a file. */
    public static Document read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new DocumentException(file, 0, 0, "file is " + size + " bytes, more than the " + MAX_BYTES + " the reader takes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentException(file, 0, 0, "cannot read: " + e.getMessage());
        }
        return read(file.toString(), file.getFileName().toString(), bytes);
    }

    /**
     * Reads a file's bytes.
     *
     * @param displayName how error messages name the file
     * @param fileName the file's name, from which the stem and format are taken
     */
    public static Document read(String displayName, String fileName, byte[] bytes) {
        DocumentFormat format = formatOf(fileName, bytes).orElseThrow(() -> new DocumentException(displayName, 0, 0,
                "no reader takes this file: it is not a PDF, HTML page or JATS article, and its extension is none of "
                        + knownExtensions()));
        try {
            return format.read(displayName, fileName, stem(fileName), sha256(bytes), bytes);
        } catch (DocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DocumentException(displayName, 0, 0, "reader failed: " + e, e);
        }
    }

    /** The file name without its last extension. */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The extensions, lower case and without the dot, that some reader takes, sorted. */
    public static List<String> extensions() {
        return knownExtensions();
    }

    private static List<String> knownExtensions() {
        return FORMATS.stream().flatMap(f -> f.extensions().stream()).sorted().toList();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
