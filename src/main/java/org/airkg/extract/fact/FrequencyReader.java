package org.airkg.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.document.Document;
import org.airkg.document.Paragraph;
import org.airkg.document.Sentence;
import org.airkg.document.Span;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.quantity.Quantity;

/**
 * Reads frequencies of alterations from paragraphs: a percentage after "found in", "present in", "detected in" (and
 * the like) followed by "of" and the population ("BRAF fusions were found in 4-9% of pretreated, advanced
 * melanomas"). The alteration is the nearest variant named before the number in its sentence, or, when the sentence
 * refers back to it ("These fusions are found in ..."), the last variant named earlier in the paragraph. The
 * population runs to the end of its clause; its words give the value's qualifiers (a cohort, "at progression"),
 * the rest of the sentence none ("estrogen-independent" is no independent review).
 */
final class FrequencyReader {
    private static final String PERCENT = "http://purl.obolibrary.org/obo/UO_0000187";
    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:detected|found|present|observed|seen|identified|reported"
            + "|occurs?|occurred|occurring)\\s+in\\s+$");
    private static final Pattern OF = Pattern.compile("^\\s+of\\s+(?:the\\s+)?");
    /**
     * Where the population after "of" ends: its clause, a second predicate ("in 80% of patients and was grade 3 in 16%") or
     * a second population set against it ("in 36.8% of X but in 7.0% of Y").
     */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:()\\[\\]]|,\\s+(?:and|but|which|while|whereas|where|although)\\b"
            + "|\\s+(?:and|but)\\s+(?:these|this|they|it|was|were|is|are|had|has|have|did|does|remained|became)\\b|\\s+(?:but|and|or|versus|vs\\.?)\\s+(?:only\\s+)?(?:in|among)\\b"
            + "|\\s+(?:whereas|while|compared)\\b");
    private static final Pattern ANAPHOR = Pattern.compile("(?i)\\b(?:these|this|such|those|they|it)\\b");

    private final TextFacts facts;
    private final Document document;
    private final List<Mention> mentions;

    FrequencyReader(TextFacts facts, Document document, List<Mention> linked) {
        this.facts = facts;
        this.document = document;
        this.mentions = linked.stream().filter(m -> m.element().kind().equals("paragraph")
                && QuantityKind.FREQUENCY.isSubject(facts.classOf(m.entityIds().get(0)))).toList();
    }

    List<TextMeasurement> read() {
        List<TextMeasurement> found = new ArrayList<>();
        for (Paragraph paragraph : document.paragraphs()) {
            for (Quantity q : facts.quantities(paragraph)) {
                frequency(paragraph, q).ifPresent(found::add);
            }
        }
        return found;
    }

    private Optional<TextMeasurement> frequency(Paragraph paragraph, Quantity q) {
        String text = paragraph.content().text();
        if (!q.unit().flatMap(u -> u.iri()).filter(PERCENT::equals).isPresent() || !CUE.matcher(text.substring(0, q.start())).find()) {
            return Optional.empty();
        }
        Optional<String> population = population(text.substring(q.end()));
        Optional<TextFacts.Place> place = TextFacts.place(document, paragraph, q.start(), q.end());
        if (population.isEmpty() || place.isEmpty()) {
            return Optional.empty();
        }
        TextFacts.Place at = place.get();
        return subject(paragraph, at.sentence(), at.span()).map(subject -> new TextMeasurement(at.element(), at.sectionId(), at.span(),
                at.quote(), q, QuantityKind.FREQUENCY, List.of(subject), List.of(), population, Optional.empty(),
                Qualifiers.of(population.get()), "text-frequency"));
    }

    /** The population after the number: "of metastatic tumours" up to the end of its clause. */
    private static Optional<String> population(String after) {
        Matcher of = OF.matcher(after);
        if (!of.lookingAt()) {
            return Optional.empty();
        }
        String rest = after.substring(of.end());
        Matcher end = CLAUSE_END.matcher(rest);
        String population = (end.find() ? rest.substring(0, end.start()) : rest).strip();
        return population.isEmpty() ? Optional.empty() : Optional.of(population);
    }

    /** The variant named before the number in its sentence, else the one an anaphor there refers back to. */
    private Optional<String> subject(Paragraph paragraph, Sentence sentence, Span number) {
        Span before = new Span(sentence.span().start(), number.start(), sentence.span().line());
        Optional<Mention> inSentence = last(before);
        if (inSentence.isPresent()) {
            return inSentence.map(m -> m.entityIds().get(0));
        }
        String lead = document.source().slice(before);
        if (!ANAPHOR.matcher(lead).find()) {
            return Optional.empty();
        }
        return last(new Span(paragraph.span().start(), sentence.span().start(), paragraph.span().line())).map(m -> m.entityIds().get(0));
    }

    private Optional<Mention> last(Span span) {
        return mentions.stream().filter(m -> TextFacts.within(m, span)).reduce((a, b) -> b.span().start() > a.span().start() ? b : a);
    }
}
