package org.airkg.document;

import java.util.Set;

/** A kind of source file the reader understands, chosen by file-name extension. */
public interface DocumentFormat {
    /** The extensions, lower case and without the dot, of files in this format. */
    Set<String> extensions();

    /**
     * Reads a decoded file into its structure.
     *
     * @param displayName how errors name the file (its path as the caller gave it)
     * @param fileName the file's name, recorded in the document
     */
    Document parse(String displayName, String fileName, String stem, String sha256, long byteSize, SourceText text);
}
