package org.airkg.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.airkg.document.Block;
import org.airkg.document.Document;
import org.airkg.document.Paragraph;
import org.airkg.document.Sentence;
import org.airkg.document.Span;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.mention.MentionStatus;
import org.airkg.extract.quantity.Quantity;
import org.airkg.extract.quantity.QuantityParser;

/**
 * Reads the numbers running text states about a named thing, outside tables: how often an alteration is found in a
 * population ("KRAS mutations are present in 35% of relapsed tumours") and the parameters an assay's protocol fixes
 * (the wavelength its absorbance is read at, the cells it seeds per well). Numbers given as examples ("(e.g.,
 * 10 nM)") are none.
 *
 * <pre>{@code
 * List<TextMeasurement> found = new TextFacts(lexicon).extract(document, mentions);
 * }</pre>
 */
public final class TextFacts {
    private static final Pattern EXAMPLE = Pattern.compile("(?i)\\((?:e\\.g\\.|for example|such as)[^()]*$");

    private final Function<String, String> classOf;
    private final QuantityParser parser = QuantityParser.standard();

    public TextFacts(Lexicon lexicon) {
        this.classOf = id -> lexicon.byId(id).map(LexiconEntry::ontologyClass).orElse("");
    }

    /** The values the paragraphs and protocol steps of a document state, given its mentions. */
    public List<TextMeasurement> extract(Document document, List<Mention> mentions) {
        List<Mention> linked = mentions.stream().filter(m -> m.status() == MentionStatus.LINKED).toList();
        List<TextMeasurement> found = new ArrayList<>(new FrequencyReader(this, document, linked).read());
        found.addAll(new ProtocolParameterReader(this, document, linked).read());
        return found;
    }

    /** The trial outcomes (ratios, and endpoints' values in their arms) the paragraphs of a document state, given its mentions. */
    public List<StatedOutcome> outcomes(Document document, List<Mention> mentions) {
        List<Mention> linked = mentions.stream().filter(m -> m.status() == MentionStatus.LINKED).toList();
        return new OutcomeReader(this, document, linked).read();
    }

    /**
     * Where a value of a sentence stands: the sentence element, its section, the value's span in the file, the
     * sentence and its exact text in the file.
     */
    record Place(ElementRef element, Optional<String> sectionId, Span span, Sentence sentence, String quote) {}

    /** The place of the chars {@code [from, to)} of a paragraph's text, if they stand in one of its sentences. */
    static Optional<Place> place(Document document, Paragraph paragraph, int from, int to) {
        Span span = paragraph.content().sourceSpan(from, to, document.source());
        int number = sentenceAt(paragraph, span.start());
        if (number == 0) {
            return Optional.empty();
        }
        Sentence sentence = paragraph.content().sentences().get(number - 1);
        return Optional.of(new Place(sentenceRef(paragraph, number), paragraph.sectionId(), span, sentence,
                document.source().slice(sentence.span())));
    }

    /** The id of a value a sentence states: the sentence, then where the value's text starts. */
    static String valueId(ElementRef element, Span span) {
        return element.kind() + "/" + element.key() + element.path() + "/" + span.start();
    }

    /** The parser of quantities and statistics every reader of running text shares. */
    QuantityParser parser() {
        return parser;
    }

    /** The ontology class of a lexicon entity. */
    String classOf(String id) {
        return classOf.apply(id);
    }

    /** The quantities of a paragraph's text that are not given as examples. */
    List<Quantity> quantities(Paragraph paragraph) {
        String text = paragraph.content().text();
        return parser.findAll(text).stream().filter(q -> !EXAMPLE.matcher(text.substring(0, q.start())).find()).toList();
    }

    /** The paragraph at a block position, if that block is one. */
    static Optional<Paragraph> paragraph(Document document, int position) {
        for (Block block : document.blocks()) {
            if (block.position() == position && block instanceof Paragraph p) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The number (from 1) of the sentence of a paragraph that holds the file offset {@code at}, or 0. */
    private static int sentenceAt(Paragraph paragraph, int at) {
        List<Sentence> sentences = paragraph.content().sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Span s = sentences.get(i).span();
            if (s.start() <= at && at < s.end()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The sentence element of a paragraph, as the RDF stage names it. */
    private static ElementRef sentenceRef(Paragraph paragraph, int sentence) {
        return new ElementRef("paragraph", Integer.toString(paragraph.position()), "/sentence/" + sentence);
    }

    /** Whether a mention lies within a span of the file. */
    static boolean within(Mention m, Span span) {
        return span.start() <= m.span().start() && m.span().end() <= span.end();
    }
}
