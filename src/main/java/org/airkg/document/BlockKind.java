package org.airkg.document;

/** What kind of paragraph block a {@link Paragraph} is. */
public enum BlockKind {
    /** Running text. */
    TEXT,
    /** An item of a bulleted or numbered list. */
    LIST_ITEM,
    /** A figure caption ({@code Caption: ...}). */
    CAPTION,
    /** A question of a FAQ block, possibly with its answer on the same line. */
    QUESTION,
    /** The answer of a FAQ block. */
    ANSWER,
    /** A short label line ending in a colon, such as "Materials:" or "Protocol:". */
    LABEL
}
