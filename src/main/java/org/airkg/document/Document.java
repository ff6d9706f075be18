package org.airkg.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A source document read into its structure: metadata, outline, content blocks and reference list, each
 * element with its span in the file. {@code stem} is the file name without its extension, from which the
 * document's IRIs are derived; {@code sha256} is the digest of the file's bytes.
 */
public record Document(
        String fileName,
        String stem,
        String sha256,
        long byteSize,
        Metadata metadata,
        List<Section> sections,
        List<Block> blocks,
        List<Reference> references) {
    public Document {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(metadata, "metadata");
        sections = List.copyOf(sections);
        blocks = List.copyOf(blocks);
        references = List.copyOf(references);
    }

    /** The section with the given id. */
    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The paragraphs, in reading order. */
    public List<Paragraph> paragraphs() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    /** The tables, in reading order. */
    public List<TableBlock> tables() {
        return blocks.stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast).toList();
    }
}
