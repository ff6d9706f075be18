package org.airkg.document;

import java.util.Set;
import org.airkg.document.parse.PlainTextParser;

/** Vendor notes as plain text or Markdown ({@code .txt}, {@code .md}). */
public final class PlainTextFormat implements DocumentFormat {
    @Override
    public Set<String> extensions() {
        return Set.of("txt", "md", "markdown");
    }

    @Override
    public Document parse(String displayName, String fileName, String stem, String sha256, long byteSize, SourceText text) {
        return PlainTextParser.parse(displayName, fileName, stem, sha256, byteSize, text);
    }
}
