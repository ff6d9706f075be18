package org.airkg.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A source document read into its structure: metadata, outline, content blocks and reference list, each
 * element with its span in the file. {@code stem} is the file name without its extension, from which the
 * document's IRIs are derived; {@code sha256} is the digest of the file's bytes. A document read from HTML,
 * XML or PDF has an {@code origin}: its spans are in the text rendered from the file, and the origin maps
 * them back into the file.
 */
public record Document(
        String fileName,
        String stem,
        String sha256,
        long byteSize,
        Metadata metadata,
        List<Section> sections,
        List<Block> blocks,
        List<Reference> references,
        List<Protocol> protocols,
        @JsonIgnore SourceText source,
        @JsonIgnore Optional<Origin> origin) {
    public Document {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(metadata, "metadata");
        sections = List.copyOf(sections);
        blocks = List.copyOf(blocks);
        references = List.copyOf(references);
        protocols = List.copyOf(protocols);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
    }

    /** A document read from a text file, whose spans are in the file itself. */
    public Document(String fileName, String stem, String sha256, long byteSize, Metadata metadata, List<Section> sections,
            List<Block> blocks, List<Reference> references, List<Protocol> protocols, SourceText source) {
        this(fileName, stem, sha256, byteSize, metadata, sections, blocks, references, protocols, source, Optional.empty());
    }

    /** This document with other metadata and the origin of its rendered text. */
    public Document withOrigin(Metadata newMetadata, Origin newOrigin) {
        return new Document(fileName, stem, sha256, byteSize, newMetadata, sections, blocks, references, protocols, source,
                Optional.of(newOrigin));
    }

    /** The section with the given id. */
    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The titles of a section and of the sections it stands in, innermost first, one per line (at most eight). */
    public String headings(Optional<String> sectionId) {
        List<String> titles = new java.util.ArrayList<>();
        Optional<Section> section = sectionId.flatMap(this::section);
        while (section.isPresent() && titles.size() < 8) {
            titles.add(section.get().title());
            section = section.get().parentId().flatMap(this::section);
        }
        return String.join("\n", titles);
    }

    /** The paragraphs, in reading order. */
    public List<Paragraph> paragraphs() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    /** The figures, in reading order. */
    public List<Figure> figures() {
        return blocks.stream().filter(Figure.class::isInstance).map(Figure.class::cast).toList();
    }

    /** The FAQ items, in reading order. */
    public List<FaqItem> faqItems() {
        return blocks.stream().filter(FaqItem.class::isInstance).map(FaqItem.class::cast).toList();
    }

    /** The citations whose number is not in the reference list. */
    public List<Citation> unresolvedCitations() {
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        references.forEach(r -> numbers.add(r.number()));
        return citations().stream().filter(c -> !numbers.contains(c.number())).toList();
    }

    /** Every citation of the document: headings, paragraphs, cells, titles, captions, FAQ items. */
    public List<Citation> citations() {
        List<Citation> all = new java.util.ArrayList<>();
        sections.forEach(s -> all.addAll(s.citations()));
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                all.addAll(p.content().citations());
            } else if (block instanceof Figure f) {
                all.addAll(f.caption().citations());
            } else if (block instanceof FaqItem q) {
                all.addAll(q.question().citations());
                q.answer().ifPresent(a -> all.addAll(a.citations()));
            } else if (block instanceof TableBlock t) {
                t.title().ifPresent(p -> all.addAll(p.citations()));
                t.rows().forEach(r -> r.cells().forEach(c -> all.addAll(c.content().citations())));
                t.source().ifPresent(p -> all.addAll(p.citations()));
            }
        }
        all.sort(java.util.Comparator.comparingInt((Citation c) -> c.span().start()).thenComparingInt(Citation::number));
        return all;
    }

    /** The tables, in reading order. */
    public List<TableBlock> tables() {
        return blocks.stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast).toList();
    }
}
