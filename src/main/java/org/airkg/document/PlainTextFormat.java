package org.airkg.document;

import java.util.Set;
import org.airkg.document.parse.PlainTextParser;

/** Vendor notes as plain text or Markdown ({@code .txt}, {@code .md}). */
public final class PlainTextFormat implements DocumentFormat {
    @Override
    public Set<String> extensions() {
        return Set.of("txt", "md", "markdown");
    }

    /** Plain text is what a file is read as by its extension, never by its content. */
    @Override
    public boolean recognizes(byte[] head) {
        return false;
    }

    @Override
    public Document read(String displayName, String fileName, String stem, String sha256, byte[] bytes) {
        return PlainTextParser.parse(displayName, fileName, stem, sha256, bytes.length, SourceText.decode(displayName, bytes));
    }
}
