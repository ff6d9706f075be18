package org.airkg.document.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.document.Block;
import org.airkg.document.BlockKind;
import org.airkg.document.Document;
import org.airkg.document.FaqItem;
import org.airkg.document.Figure;
import org.airkg.document.Passage;
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
    private static final Pattern QUESTION = Pattern.compile("^(?:\\*\\*)?Q(\\d{1,3})[:.]\\s*(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^(?:\\*\\*)?A(\\d{1,3})[:.]\\s*(.*)$");
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
    private final ListDepths listDepths = new ListDepths();
    private final String displayName;
    private Region region = Region.HEADER;
    /** False once a heading or table follows the last paragraph: a page break cannot split across them. */
    private boolean paragraphOpen;

    private PlainTextParser(String displayName, SourceText source) {
        this.displayName = displayName;
        this.source = source;
        this.metadata = new MetadataCollector(source);
        this.outline = new OutlineBuilder(source);
        this.referenceList = new ReferenceListParser(source);
        this.tables = new TableCollector(source);
    }

    /** Reads a document's structure from its decoded text. */
    public static Document parse(String displayName, String fileName, String stem, String sha256, long byteSize, SourceText source) {
        PlainTextParser parser = new PlainTextParser(displayName, source);
        List<RawBlock> raw = RawBlock.split(lines(source));
        parser.metadata.title(raw.get(0));
        for (RawBlock block : raw.subList(1, raw.size())) {
            parser.accept(block);
        }
        parser.finishTable();
        List<Section> sections = parser.outline.sections();
        List<Reference> references = parser.referenceList.references();
        return new Document(fileName, stem, sha256, byteSize, parser.metadata.build(), sections, parser.blocks, references,
                ProtocolBuilder.protocols(sections, parser.blocks, source), source);
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
                if (!metadata.header(block) && !headerLinesOpen(block)) {
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

    /**
     * Takes the header lines a block of several lines opens with ("Author: ...", then "Date: ..." on the next line), each
     * as a header line of its own, and reads the rest of the block as the next block; false when its first line is none.
     */
    private boolean headerLinesOpen(RawBlock block) {
        List<Line> lines = block.lines();
        if (lines.size() < 2) {
            return false;
        }
        int i = 0;
        while (i < lines.size() && metadata.header(new RawBlock(lines.subList(i, i + 1)))) {
            i++;
        }
        if (i > 0 && i < lines.size()) {
            accept(new RawBlock(lines.subList(i, lines.size())));
        }
        return i > 0;
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
            int textStart = block.start() + block.first().text().strip().indexOf('R');
            outline.open(new HeadingRules.Heading("References", Optional.empty(), 0),
                    Normalizer.passage(source, Math.max(block.start(), textStart), block.end()), block.start(), block.end());
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
        return block.isSingleLine() && block.first().text().length() < 40 && REFERENCES.matcher(block.first().text().strip()).matches();
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
            if (TABLE_SOURCE.matcher(Text.stripMarkup(block.first().text().substring(0, Math.min(40, block.first().text().length())))).matches()) {
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
            listDepths.reset();
            paragraphOpen = false;
            int textStart = block.first().start() + heading.get().textOffset();
            outline.open(heading.get(), Normalizer.passage(source, textStart, block.end()), block.start(), block.end());
            return;
        }
        if (LIST_ITEM.matcher(block.first().text()).matches()) {
            listItems(block);
            return;
        }
        int list = listAfterLeadIn(block);
        if (list > 0) {
            body(new RawBlock(block.lines().subList(0, list)));
            listItems(new RawBlock(block.lines().subList(list, block.lines().size())));
            return;
        }
        listDepths.reset();
        String first = block.first().text().strip();
        Matcher question = QUESTION.matcher(first);
        Matcher answer = ANSWER.matcher(first);
        if (block.first().text().contains("Caption:") && Text.stripMarkup(block.first().text()).startsWith("Caption:")) {
            int at = block.text().indexOf("Caption:") + "Caption:".length();
            Passage caption = Normalizer.passage(source, block.first().start() + at, block.end());
            add(new Figure(blocks.size() + 1, outline.addContent(block.end()), caption, source.span(block.start(), block.end())));
        } else if (question.matches()) {
            question(block, Integer.parseInt(question.group(1)), question.start(2));
        } else if (answer.matches() && answersLastQuestion(Integer.parseInt(answer.group(1)))) {
            answer(block, answer.start(2));
        } else {
            boolean label = block.isSingleLine() && block.plain().endsWith(":") && block.plain().length() <= MAX_LABEL;
            emit(label ? BlockKind.LABEL : BlockKind.TEXT, 0, block.start(), block.start(), block.end());
        }
    }

    /** A FAQ question; "**Q1: question?** answer" on one line gives the answer too. */
    private void question(RawBlock block, int number, int offset) {
        int lineStart = block.first().start() + block.first().indent();
        int textStart = lineStart + offset;
        int boldEnd = block.first().text().strip().startsWith("**") ? source.text().indexOf("**", textStart) : -1;
        if (boldEnd >= block.end()) {
            boldEnd = -1;
        }
        int questionEnd = boldEnd >= 0 ? boldEnd : block.end();
        if (boldEnd < 0) {
            int mark = source.text().indexOf('?', textStart);
            questionEnd = mark >= 0 && mark < block.end() ? mark + 1 : block.end();
        }
        Passage q = Normalizer.passage(source, textStart, questionEnd);
        int answerStart = questionEnd + (boldEnd >= 0 ? 2 : 0);
        Optional<Passage> a = Text.isBlank(source.text().substring(answerStart, block.end())) ? Optional.empty()
                : Optional.of(Normalizer.passage(source, answerStart, block.end()));
        add(new FaqItem(blocks.size() + 1, outline.addContent(block.end()), number, q, a, source.span(block.start(), block.end())));
        paragraphOpen = a.isPresent();
    }

    private boolean answersLastQuestion(int number) {
        return !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof FaqItem q && q.number() == number && q.answer().isEmpty();
    }

    private void answer(RawBlock block, int offset) {
        FaqItem q = (FaqItem) blocks.get(blocks.size() - 1);
        int textStart = block.first().start() + block.first().indent() + offset;
        Passage a = Normalizer.passage(source, textStart, block.end());
        blocks.set(blocks.size() - 1, new FaqItem(q.position(), q.sectionId(), q.number(), q.question(), Optional.of(a),
                source.span(source.charIndex(q.span().start()), block.end())));
        outline.addContent(block.end());
        paragraphOpen = true;
    }

    /**
     * Where the list starts in a block that opens with a lead-in ending in a colon and goes straight on to list
     * items without a blank line ("Toxicities were mostly mild:" then "- Rash: ..."); 0 for any other block.
     */
    private static int listAfterLeadIn(RawBlock block) {
        List<Line> lines = block.lines();
        for (int k = 1; k < lines.size(); k++) {
            if (LIST_ITEM.matcher(lines.get(k).text()).matches()) {
                return Text.stripMarkup(lines.get(k - 1).text()).strip().endsWith(":") ? k : 0;
            }
        }
        return 0;
    }

    private void listItems(RawBlock block) {
        Line itemStart = null;
        int itemEnd = 0;
        for (Line line : block.lines()) {
            if (LIST_ITEM.matcher(line.text()).matches()) {
                if (itemStart != null) {
                    listItem(itemStart, itemEnd);
                }
                itemStart = line;
            }
            itemEnd = line.end();
        }
        listItem(itemStart, itemEnd);
    }

    private void listItem(Line first, int end) {
        int start = first.start() + first.indent();
        Matcher marker = LIST_MARKER.matcher(first.text());
        int textStart = marker.lookingAt() ? first.start() + marker.end() : start;
        Passage content = Normalizer.passage(source, textStart, end);
        int depth = listDepths.depth(first.indent(), content.text().endsWith(":"));
        add(new Paragraph(blocks.size() + 1, outline.addContent(end), BlockKind.LIST_ITEM, depth, content, source.span(start, end)));
        paragraphOpen = true;
    }

    /**
     * Joins a block to the paragraph, list item or FAQ answer before it when a page break split it: that
     * text is long, its last sentence is unfinished, and the block is neither a heading, a list item, a
     * label nor a table.
     */
    private boolean continuesParagraph(RawBlock block) {
        if (!paragraphOpen || blocks.isEmpty()) {
            return false;
        }
        Block last = blocks.get(blocks.size() - 1);
        Passage text = last instanceof Paragraph p && p.kind() != BlockKind.LABEL ? p.content()
                : last instanceof FaqItem q && q.answer().isPresent() ? q.answer().get() : null;
        boolean openEnded = text != null && text.text().length() >= MIN_BROKEN_PARAGRAPH && !Text.isTerminated(text.text());
        if (!openEnded) {
            return false;
        }
        boolean plainText = !LIST_ITEM.matcher(block.first().text()).matches()
                && !(block.isSingleLine() && block.plain().endsWith(":") && block.plain().length() <= MAX_LABEL)
                && !HeadingRules.heading(block)
                        .map(h -> h.markupLevel().isPresent() || HeadingRules.isTopLevelName(h.title()))
                        .orElse(false);
        if (!openEnded || !plainText) {
            return false;
        }
        Passage joined = Normalizer.passage(source, source.charIndex(text.span().start()), block.end());
        Span span = source.span(source.charIndex(last.span().start()), block.end());
        if (last instanceof Paragraph p) {
            blocks.set(blocks.size() - 1, new Paragraph(p.position(), p.sectionId(), p.kind(), p.depth(), joined, span));
        } else {
            FaqItem q = (FaqItem) last;
            blocks.set(blocks.size() - 1, new FaqItem(q.position(), q.sectionId(), q.number(), q.question(), Optional.of(joined), span));
        }
        outline.addContent(block.end());
        return true;
    }

    /** A "Table 3: ..." line just before a table is the table's title, not a paragraph. */
    private void takeTitleParagraph() {
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Paragraph last
                && TABLE_TITLE.matcher(last.text()).matches()) {
            blocks.remove(blocks.size() - 1);
            tables.title(last.content(), source.charIndex(last.span().start()));
        }
    }

    private void finishTable() {
        paragraphOpen = false;
        tables.finish().ifPresent(draft -> {
            TableParser.Parsed parsed = TableParser.parse(source, displayName, draft.bodyStart(), draft.bodyEnd());
            Optional<String> section = outline.addContent(draft.end());
            add(new TableBlock(blocks.size() + 1, section, draft.title().or(parsed::title), draft.source(),
                    parsed.layout(), parsed.rows(), draft.rawText(), source.span(draft.start(), draft.end())));
        });
    }

    private void emit(BlockKind kind, int depth, int blockStart, int textStart, int end) {
        Optional<String> section = outline.addContent(end);
        add(new Paragraph(blocks.size() + 1, section, kind, depth, Normalizer.passage(source, textStart, end), source.span(blockStart, end)));
        paragraphOpen = kind != BlockKind.LABEL;
    }

    private void add(Block block) {
        blocks.add(block);
        paragraphOpen = false;
    }
}
