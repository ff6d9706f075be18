package org.airkg.document;

import java.util.Optional;

/** A unit of a document's content in reading order: a paragraph, a table, a figure or a FAQ item. */
public sealed interface Block permits Paragraph, TableBlock, Figure, FaqItem {
    /** The ordinal of the block in its document, from 1. */
    int position();

    /** The id of the innermost section the block is in; empty before the first heading. */
    Optional<String> sectionId();

    /** Where the block stands in the source file. */
    Span span();
}
