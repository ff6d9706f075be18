package org.airkg.document;

/** What kind of paragraph block a {@link Paragraph} is. */
public enum BlockKind {
    /** Running text. */
    TEXT,
    /** An item of a bulleted or numbered list. */
    LIST_ITEM,
    /** A short label line ending in a colon, such as "Materials:" or "Protocol:". */
    LABEL
}
