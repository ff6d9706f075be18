package org.airkg.document;

import java.util.Objects;
import java.util.Optional;

/**
 * A table as it stands in the source, with the title line above it ("Table 3: ...") and the source line
 * below it ("Data from ...") when the document gives them. {@code rawText} is the table's text exactly as
 * in the file.
 */
public record TableBlock(
        int position, Optional<String> sectionId, Optional<String> title, Optional<String> source, String rawText, Span span)
        implements Block {
    public TableBlock {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(span, "span");
    }
}
