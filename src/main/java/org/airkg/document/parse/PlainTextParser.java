package org.airkg.document.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.airkg.document.Block;
import org.airkg.document.BlockKind;
import org.airkg.document.Document;
import org.airkg.document.Paragraph;
import org.airkg.document.Reference;
import org.airkg.document.Section;
import org.airkg.document.SourceText;
import org.airkg.document.Span;
import org.airkg.document.TableBlock;

/**
 * Reads the structure of a plain-text or Markdown vendor note: header metadata, then the body's
 * headings, paragraphs, list items and tables, then the reference list and the footer, skipping the
 * vendor's advertisements and disclaimers. One instance reads one document.
 */
public final class PlainTextParser {
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•]|\\d{1,3}[.)])\\s+\\S.*");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*•]|\\d{1,3}[.)])\\s+");
    private static final Pattern QUESTION = Pattern.compile("^(?:\\*\\*)?Q\\d+[:.].*");
    private static final Pattern ANSWER = Pattern.compile("^(?:\\*\\*)?A\\d+[:.].*");
    private static final Pattern TABLE_TITLE = Pattern.compile("(?i)^table\\s+\\d+\\b.*");
    private static final Pattern TABLE_SOURCE = Pattern.compile("(?i)^(?:data from|source:|adapted from)\\b.*");
    private static final Pattern REFERENCES = Pattern.compile("(?i)^#*\\s*(?:\\*\\*)?references(?:\\*\\*)?:?\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s*-{3,}\\s*$");
    private static final int MIN_BROKEN_PARAGRAPH = 40;
    private static final int MAX_LABEL = 60;

    private enum Region { HEADER, BODY, ADVERTISEMENT, REFERENCES, CITATION, DISCLAIMER }

    private final SourceText source;
    private final MetadataCollector metadata;
    private final OutlineBuilder outline;
    private final ReferenceListParser referenceList;
    private final TableCollector tables;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Integer> listIndents = new ArrayList<>();
    private Region region = Region.HEADER;
    /** False once a heading or table follows the last paragraph: a page break cannot split across them. */
    private boolean paragraphOpen;

    private PlainTextParser(SourceText source) {
        this.source = source;
        this.metadata = new MetadataCollector(source);
        this.outline = new OutlineBuilder(source);
        this.referenceList = new ReferenceListParser(source);
        this.tables = new TableCollector(source);
    }

    /** Reads a document's structure from its decoded text. */
    public static Document parse(String fileName, String stem, String sha256, long byteSize, SourceText source) {
        PlainTextParser parser = new PlainTextParser(source);
        List<RawBlock> raw = RawBlock.split(lines(source));
        parser.metadata.title(raw.get(0));
        for (RawBlock block : raw.subList(1, raw.size())) {
            parser.accept(block);
        }
        parser.finishTable();
        List<Section> sections = parser.outline.sections();
        List<Reference> references = parser.referenceList.references();
        return new Document(fileName, stem, sha256, byteSize, parser.metadata.build(), sections, parser.blocks, references);
    }

    private static List<Line> lines(SourceText source) {
        List<Line> lines = new ArrayList<>(source.lineCount());
        for (int n = 1; n <= source.lineCount(); n++) {
            lines.add(new Line(n, source.lineStart(n), source.lineEnd(n), source.line(n)));
        }
        return lines;
    }

    private void accept(RawBlock block) {
        switch (region) {
            case HEADER -> {
                if (!metadata.header(block)) {
                    region = Region.BODY;
                    body(block);
                }
            }
            case BODY -> body(block);
            case ADVERTISEMENT -> tail(block);
            case REFERENCES -> {
                if (!tail(block)) {
                    references(block);
                }
            }
            case CITATION -> {
                if (!tail(block)) {
                    metadata.citation(block);
                }
            }
            case DISCLAIMER -> { }
        }
    }

    /** Adds a block to the reference list, up to a "To cite this document" line that ends the list. */
    private void references(RawBlock block) {
        List<Line> lines = block.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (HeaderRules.opensCitation(lines.get(i))) {
                if (i > 0) {
                    referenceList.add(new RawBlock(lines.subList(0, i)));
                }
                accept(new RawBlock(lines.subList(i, lines.size())));
                return;
            }
        }
        referenceList.add(block);
    }

    /** Moves to the footer region a block opens, if it opens one; true when it did. */
    private boolean tail(RawBlock block) {
        if (isReferencesHeading(block) && region != Region.REFERENCES) {
            finishTable();
            outline.open(new HeadingRules.Heading("References", Optional.empty()), block.start(), block.end());
            region = Region.REFERENCES;
        } else if (HeaderRules.opensCitation(block)) {
            outline.closeAll();
            region = Region.CITATION;
            metadata.citation(block);
        } else if (HeaderRules.opensDisclaimer(block) || (region != Region.BODY && RULE.matcher(block.first().text()).matches())) {
            outline.closeAll();
            region = Region.DISCLAIMER;
        } else if (HeaderRules.opensAdvertisement(block)) {
            finishTable();
            outline.closeAll();
            region = Region.ADVERTISEMENT;
        } else {
            return region == Region.ADVERTISEMENT;
        }
        return true;
    }

    private static boolean isReferencesHeading(RawBlock block) {
        return block.isSingleLine() && REFERENCES.matcher(block.first().text().strip()).matches();
    }

    private void body(RawBlock block) {
        if (HeaderRules.isBoilerplate(block) || tail(block)) {
            return;
        }
        boolean tableRow = tables.isTableStart(block);
        if (tables.continues(block) || tableRow && tables.expectsRows()) {
            tables.add(block);
            return;
        }
        if (tables.isOpen()) {
            if (TABLE_SOURCE.matcher(block.plain()).matches()) {
                tables.source(block);
                finishTable();
                return;
            }
            finishTable();
        }
        if (tableRow) {
            takeTitleParagraph();
            tables.add(block);
            return;
        }
        if (continuesParagraph(block)) {
            return;
        }
        Optional<HeadingRules.Heading> heading = HeadingRules.heading(block);
        if (heading.isPresent()) {
            listIndents.clear();
            paragraphOpen = false;
            outline.open(heading.get(), block.start(), block.end());
            return;
        }
        if (LIST_ITEM.matcher(block.first().text()).matches()) {
            listItems(block);
            return;
        }
        listIndents.clear();
        emit(kindOf(block), 0, Text.fold(block.text()), block.start(), block.end());
    }

    private static BlockKind kindOf(RawBlock block) {
        String first = block.first().text().strip();
        String plain = block.plain();
        if (plain.startsWith("Caption:")) {
            return BlockKind.CAPTION;
        }
        if (QUESTION.matcher(first).matches()) {
            return BlockKind.QUESTION;
        }
        if (ANSWER.matcher(first).matches()) {
            return BlockKind.ANSWER;
        }
        if (block.isSingleLine() && plain.endsWith(":") && plain.length() <= MAX_LABEL) {
            return BlockKind.LABEL;
        }
        return BlockKind.TEXT;
    }

    private void listItems(RawBlock block) {
        Line itemStart = null;
        int itemEnd = 0;
        StringBuilder text = new StringBuilder();
        for (Line line : block.lines()) {
            if (LIST_ITEM.matcher(line.text()).matches()) {
                if (itemStart != null) {
                    emit(BlockKind.LIST_ITEM, depth(itemStart.indent()), Text.fold(text.toString()),
                            itemStart.start() + itemStart.indent(), itemEnd);
                }
                itemStart = line;
                text.setLength(0);
                text.append(LIST_MARKER.matcher(line.text()).replaceFirst("")).append('\n');
            } else {
                text.append(line.text()).append('\n');
            }
            itemEnd = line.end();
        }
        emit(BlockKind.LIST_ITEM, depth(itemStart.indent()), Text.fold(text.toString()),
                itemStart.start() + itemStart.indent(), itemEnd);
    }

    /** The nesting depth of a list item from its indent, relative to the items before it in the same list. */
    private int depth(int indent) {
        while (!listIndents.isEmpty() && listIndents.get(listIndents.size() - 1) > indent) {
            listIndents.remove(listIndents.size() - 1);
        }
        if (listIndents.isEmpty() || listIndents.get(listIndents.size() - 1) < indent) {
            listIndents.add(indent);
        }
        return listIndents.size() - 1;
    }

    /**
     * Joins a block to the paragraph before it when a page break split that paragraph: the paragraph is
     * long, its last sentence is unfinished, and the block is neither a heading, a list item nor a table.
     */
    private boolean continuesParagraph(RawBlock block) {
        if (!paragraphOpen || !(blocks.get(blocks.size() - 1) instanceof Paragraph last)) {
            return false;
        }
        boolean openEnded = last.kind() != BlockKind.CAPTION && last.kind() != BlockKind.LABEL
                && last.text().length() >= MIN_BROKEN_PARAGRAPH && !Text.isTerminated(last.text());
        boolean plainText = !LIST_ITEM.matcher(block.first().text()).matches()
                && kindOf(block) != BlockKind.LABEL
                && !HeadingRules.heading(block)
                        .map(h -> h.markupLevel().isPresent() || HeadingRules.isTopLevelName(h.title()))
                        .orElse(false);
        if (!openEnded || !plainText) {
            return false;
        }
        int start = source.text().offsetByCodePoints(0, last.span().start());
        blocks.set(blocks.size() - 1, new Paragraph(last.position(), last.sectionId(), last.kind(), last.depth(),
                Text.fold(last.text() + " " + block.text()), source.span(start, block.end())));
        outline.addContent(block.end());
        return true;
    }

    /** A "Table 3: ..." line just before a table is the table's title, not a paragraph. */
    private void takeTitleParagraph() {
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Paragraph last
                && TABLE_TITLE.matcher(Text.plain(last.text())).matches()) {
            blocks.remove(blocks.size() - 1);
            tables.title(last.text(), source.text().offsetByCodePoints(0, last.span().start()));
        }
    }

    private void finishTable() {
        paragraphOpen = false;
        tables.finish().ifPresent(draft -> {
            Optional<String> section = outline.addContent(draft.end());
            blocks.add(new TableBlock(blocks.size() + 1, section, draft.title(), draft.source(), draft.rawText(),
                    source.span(draft.start(), draft.end())));
        });
    }

    private void emit(BlockKind kind, int depth, String text, int start, int end) {
        Optional<String> section = outline.addContent(end);
        Span span = source.span(start, end);
        blocks.add(new Paragraph(blocks.size() + 1, section, kind, depth, text, span));
        paragraphOpen = true;
    }
}
