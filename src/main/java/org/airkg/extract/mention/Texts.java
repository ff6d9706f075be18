package org.airkg.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.airkg.document.Block;
import org.airkg.document.Document;
import org.airkg.document.FaqItem;
import org.airkg.document.Figure;
import org.airkg.document.Paragraph;
import org.airkg.document.Passage;
import org.airkg.document.Reference;
import org.airkg.document.Section;
import org.airkg.document.TableBlock;
import org.airkg.document.TableCell;
import org.airkg.document.TableRow;
import org.airkg.extract.lexicon.NameKeys;

/** Every text of a document the recognisers read, each with the element and section it belongs to. */
public final class Texts {
    /**
     * One text: the passage, the element it belongs to and the section it is in, with its tokens and its lower-case form,
     * made once for the recognisers that all read them.
     */
    public record Text(Passage passage, ElementRef element, Optional<String> sectionId, List<NameKeys.Token> tokens, String lower) {
        public Text(Passage passage, ElementRef element, Optional<String> sectionId) {
            this(passage, element, sectionId, NameKeys.tokens(passage.text()), passage.text().toLowerCase(Locale.ROOT));
        }
    }

    /** The kind of the element that is the document's title line. */
    public static final String TITLE = "title";

    private Texts() {}

    /**
     * The document's title line, headings, paragraphs, list items, captions, FAQ questions and answers, table titles, cells and
     * source lines, reference titles.
     */
    public static List<Text> of(Document document) {
        List<Text> texts = new ArrayList<>();
        document.metadata().titleText().ifPresent(t -> texts.add(new Text(t, new ElementRef(TITLE, "0", ""), Optional.empty())));
        for (Section section : document.sections()) {
            section.heading().ifPresent(h -> texts.add(new Text(h, new ElementRef("section", section.id(), ""), Optional.of(section.id()))));
        }
        for (Block block : document.blocks()) {
            String key = Integer.toString(block.position());
            if (block instanceof Paragraph p) {
                texts.add(new Text(p.content(), new ElementRef("paragraph", key, ""), p.sectionId()));
            } else if (block instanceof Figure f) {
                texts.add(new Text(f.caption(), new ElementRef("figure", key, ""), f.sectionId()));
            } else if (block instanceof FaqItem q) {
                texts.add(new Text(q.question(), new ElementRef("faq", key, ""), q.sectionId()));
                q.answer().ifPresent(a -> texts.add(new Text(a, new ElementRef("faq", key, ""), q.sectionId())));
            } else if (block instanceof TableBlock t) {
                t.title().ifPresent(p -> texts.add(new Text(p, new ElementRef("table", key, ""), t.sectionId())));
                for (TableRow row : t.rows()) {
                    for (TableCell cell : row.cells()) {
                        texts.add(new Text(cell.content(), new ElementRef("table", key, "/row/" + row.index() + "/cell/" + cell.column()),
                                t.sectionId()));
                    }
                }
                t.source().ifPresent(p -> texts.add(new Text(p, new ElementRef("table", key, ""), t.sectionId())));
            }
        }
        for (Reference reference : document.references()) {
            texts.add(new Text(reference.content(), new ElementRef("reference", Integer.toString(reference.number()), ""), Optional.empty()));
        }
        return texts;
    }
}
