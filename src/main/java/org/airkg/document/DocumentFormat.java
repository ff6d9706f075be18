package org.airkg.document;

import java.util.Set;

/**
 * A kind of source file the reader understands, chosen by what the file holds ({@link #recognizes}) and
 * otherwise by its file-name extension. A new format is one class and one line in {@link DocumentReader}.
 */
public interface DocumentFormat {
    /** The extensions, lower case and without the dot, of files in this format. */
    Set<String> extensions();

    /**
     * True when the first bytes of a file show it is in this format whatever its name says (a {@code .txt}
     * file that is really an HTML page).
     */
    boolean recognizes(byte[] head);

    /**
     * Reads a file into its structure.
     *
     * @param displayName how errors name the file (its path as the caller gave it)
     * @param fileName the file's name, recorded in the document
     * @param sha256 the digest of {@code bytes}, the file as given
     */
    Document read(String displayName, String fileName, String stem, String sha256, byte[] bytes);
}
