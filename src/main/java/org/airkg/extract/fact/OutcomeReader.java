package org.airkg.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.airkg.document.Document;
import org.airkg.document.Paragraph;
import org.airkg.document.Span;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.quantity.Quantity;
import org.airkg.extract.quantity.Statistic;

/**
 * Reads the trial outcomes of running text, each on the endpoint named last before it in its sentence and in the trial
 * the sentence names, when it names exactly one:
 * <ul>
 *   <li>effect estimates: a hazard, odds or risk ratio named and followed by its number, with the interval after it
 *       ("prolonged PFS (HR 0.56; 95% CI 0.43-0.72)"); the words between the endpoint (or the sentence's start) and
 *       the estimate give its qualifiers, so "overall survival at the final analysis (HR 0.76)" is the final
 *       analysis; a p-value right after the interval, in the same brackets, is kept with it ("; p = 0.008");</li>
 *   <li>the values of an endpoint in its arms, written right after it ("median PFS was 24.1 months with X and 15.2
 *       months with Y", "the ORR was 54.3% versus 38.9%", "time to ovulation: median 17 days (IQR 13-27) versus 41
 *       days"): percentages and durations only, each after the last joined by "versus", "vs", "and" or "compared
 *       with", up to the end of the clause or the first ratio.</li>
 * </ul>
 * A sentence that names no endpoint and no single trial gives no outcome: a number of nothing named is no fact of the
 * graph. Arms, comparators and populations are not read: a sentence rarely says them in a form a rule can take
 * without guessing.
 */
final class OutcomeReader {
    /** The names of a ratio: its acronym in capitals, or its words ("hazard ratio", "odds ratio for"). */
    private static final Pattern RATIO = Pattern.compile("\\b(?:HR|OR|RR)\\b|(?i:\\b(?:hazard|odds|risk)\\s+ratio\\b|\\brelative\\s+risk\\b)");
    private static final Set<Statistic.Kind> RATIOS = Set.of(Statistic.Kind.HR, Statistic.Kind.OR, Statistic.Kind.RR);
    /** A p-value right after a ratio and its interval, in the same brackets: "; p = 0.008", ", P<0.001". */
    /** The words that name a trial for comparison, right before it: "as in", "unlike", "than in", "similar to". */
    private static final Pattern COMPARED_TRIAL = Pattern.compile("(?i)\\b(?:as (?:in|with|for)|(?:un)?like|than (?:in|with)|similar(?:ly)? to|"
            + "in contrast to|consistent with|compared (?:with|to))\\s+(?:the\\s+)?[*_]*$");
    /** A clause about the trial just named: ", in which", ", where", ", whose". */
    private static final Pattern DESCRIBED_AFTER = Pattern.compile("[*_]*\\)?,?\\s+(?:in which|where|which|whose)\\b");
    private static final Pattern P_AFTER = Pattern.compile("^[\\s;,]*[pP]\\s*(?:-?value\\s*)?[=<>≤≥]");
    /**
     * Between an endpoint and its first value: "median PFS was ", "ORR: ", "live-birth rate of ", "time to ovulation: median ",
     * "overall survival at the final analysis: median ".
     */
    private static final Pattern LEAD = Pattern.compile("(?i)^\\s*(?:\\([^()]*\\)\\s*)?(?:(?:at|in)\\s+the\\s+(?:[\\w-]+\\s+){0,2}analysis\\s*)?"
            + "(?:was|were|of|reached|:)\\s+(?:a\\s+)?(?:median\\s+(?:of\\s+)?)?$");
    /** Between two values of an endpoint, brackets left out: " with X and ", " versus ", " vs. ", " compared with ". */
    private static final Pattern JOIN = Pattern.compile("(?i)^[^\\d;:]{0,80}?\\b(?:versus|vs\\.?|and|compared\\s+with)\\b[^\\d;:]{0,60}$");
    /** Where the values of an endpoint end: a ratio, a semicolon, a colon or a clause that names another thing. */
    private static final Pattern VALUES_END = Pattern.compile("(?i);|:|\\(\\s*(?:HR|OR|RR|95%)|\\b(?:HR|OR|RR)\\b|,\\s+(?:but|whereas|while|which)\\b");
    /** The units of arm values: percent and durations (UO). */
    private static final Set<String> VALUE_UNITS = Set.of("http://purl.obolibrary.org/obo/UO_0000187", "http://purl.obolibrary.org/obo/UO_0000033",
            "http://purl.obolibrary.org/obo/UO_0000034", "http://purl.obolibrary.org/obo/UO_0000035", "http://purl.obolibrary.org/obo/UO_0000036");

    private final TextFacts facts;
    private final Document document;
    private final List<Mention> endpoints;
    private final List<Mention> trials;
    /** The trial the document's title names: the trial of an outcome whose sentence names none. */
    private final Optional<String> titled;

    OutcomeReader(TextFacts facts, Document document, List<Mention> linked) {
        this.facts = facts;
        this.document = document;
        List<Mention> inParagraphs = linked.stream().filter(m -> m.element().kind().equals("paragraph")).toList();
        this.endpoints = inParagraphs.stream().filter(m -> facts.classOf(m.entityIds().get(0)).equals("Endpoint")).toList();
        this.trials = inParagraphs.stream().filter(m -> facts.classOf(m.entityIds().get(0)).equals("ClinicalTrial")).toList();
        this.titled = TableFacts.titleTrial(linked, facts::classOf);
    }

    List<StatedOutcome> read() {
        List<StatedOutcome> found = new ArrayList<>();
        for (Paragraph paragraph : document.paragraphs()) {
            effects(paragraph, found);
            values(paragraph, found);
        }
        return found;
    }

    private void effects(Paragraph paragraph, List<StatedOutcome> found) {
        String text = paragraph.content().text();
        List<Integer> labels = RATIO.matcher(text).results().map(m -> m.start()).toList();
        for (int i = 0; i < labels.size(); i++) {
            int from = labels.get(i);
            int to = i + 1 < labels.size() ? labels.get(i + 1) : text.length();
            Optional<Statistic> ratio = facts.parser().effect(text.substring(from, to)).map(s -> s.shift(from))
                    .filter(s -> RATIOS.contains(s.kind()) && s.estimate().isPresent());
            ratio.flatMap(s -> TextFacts.place(document, paragraph, s.start(), s.end())).ifPresent(place -> {
                Optional<Mention> endpoint = endpointBefore(place);
                Optional<String> trial = trialOf(place);
                if (endpoint.isPresent() || trial.isPresent()) {
                    int qualifiedFrom = endpoint.map(m -> m.span().start()).orElse(place.sentence().span().start());
                    String qualifying = document.source().slice(new Span(qualifiedFrom, place.span().end(), place.sentence().span().line()));
                    found.add(StatedOutcome.effect(place, ratio.get(), pValueAfter(text, ratio.get().end(), to), endpoint.map(OutcomeReader::id),
                            trial.or(() -> titledFor(place)), Qualifiers.of(qualifying)));
                }
            });
        }
    }

    private void values(Paragraph paragraph, List<StatedOutcome> found) {
        String text = paragraph.content().text();
        List<Quantity> quantities = facts.quantities(paragraph);
        for (int i = 0; i < quantities.size(); i++) {
            Quantity first = quantities.get(i);
            if (!isArmValue(first) && !unitAfter(text, quantities, i)) {
                continue;
            }
            Optional<TextFacts.Place> place = TextFacts.place(document, paragraph, first.start(), first.end());
            Optional<Mention> endpoint = place.flatMap(this::endpointBefore);
            if (endpoint.isEmpty()) {
                continue;
            }
            int endpointEnd = endpoint.get().span().end();
            if (!LEAD.matcher(document.source().slice(new Span(endpointEnd, place.get().span().start(), place.get().sentence().span().line()))).matches()) {
                continue;
            }
            Optional<String> trial = trialOf(place.get()).or(() -> titledFor(place.get()));
            List<Quantity> values = new ArrayList<>(List.of(first));
            for (int k = i + 1; k < quantities.size(); k++) {
                Quantity next = quantities.get(k);
                String between = text.substring(values.get(values.size() - 1).end(), next.start());
                if (between.chars().filter(c -> c == '(').count() > between.chars().filter(c -> c == ')').count()) {
                    continue; // a number in brackets after a value ("(IQR 13-27)") belongs to it
                }
                String gap = between.replaceAll("\\([^()]*\\)", " ");
                if (VALUES_END.matcher(gap).find() || !isArmValue(next) || first.unit().isPresent() && !sameUnit(first, next)
                        || !JOIN.matcher(gap).matches() || namesAnEndpoint(paragraph, values.get(values.size() - 1).end(), next.start())) {
                    break;
                }
                values.add(next);
            }
            for (Quantity value : values) {
                TextFacts.place(document, paragraph, value.start(), value.end()).ifPresent(at -> found.add(StatedOutcome.value(at, value,
                        endpoint.map(OutcomeReader::id), trial,
                        Qualifiers.of(document.source().slice(new Span(endpointEnd, at.span().end(), at.sentence().span().line()))))));
            }
            i += values.size() - 1;
        }
    }

    /** Whether a bare number is the first of values whose last gives the unit: "median 63.9 versus 51.4 months". */
    private static boolean unitAfter(String text, List<Quantity> quantities, int i) {
        Quantity q = quantities.get(i);
        return q.unit().isEmpty() && !q.isRange() && i + 1 < quantities.size() && isArmValue(quantities.get(i + 1))
                && JOIN.matcher(text.substring(q.end(), quantities.get(i + 1).start())).matches();
    }

    /** The p-value stated right after a ratio, before the ratio's brackets close or the next ratio: "; p = 0.008)". */
    private Optional<Quantity> pValueAfter(String text, int from, int to) {
        String after = text.substring(from, to);
        int close = after.indexOf(')');
        String tail = close < 0 ? after : after.substring(0, close);
        return P_AFTER.matcher(tail).lookingAt() ? facts.parser().pValue(tail).flatMap(Statistic::estimate) : Optional.empty();
    }

    private static boolean isArmValue(Quantity q) {
        return !q.isRange() && q.unit().flatMap(u -> u.iri()).filter(VALUE_UNITS::contains).isPresent();
    }

    private static boolean sameUnit(Quantity a, Quantity b) {
        return a.unit().flatMap(u -> u.iri()).equals(b.unit().flatMap(u -> u.iri()));
    }

    /** Whether an endpoint is named between the chars {@code from} and {@code to} of a paragraph's text ("20% and the live birth rate 15%"). */
    private boolean namesAnEndpoint(Paragraph paragraph, int from, int to) {
        Span gap = paragraph.content().sourceSpan(from, to, document.source());
        return endpoints.stream().anyMatch(m -> TextFacts.within(m, gap));
    }

    /** The endpoint named last before the place in its sentence. */
    private Optional<Mention> endpointBefore(TextFacts.Place place) {
        Span before = new Span(place.sentence().span().start(), place.span().start(), place.sentence().span().line());
        return endpoints.stream().filter(m -> TextFacts.within(m, before)).reduce((a, b) -> b.span().start() > a.span().start() ? b : a);
    }

    /**
     * The trial the place's sentence names, when it names exactly one. A trial named there for comparison ("as in
     * OlympiAD", "unlike MONALEESA-2") is another result's reference, not this one's trial, unless the place follows
     * a clause about it ("consistent with ELAINE-1, in which the HR was ...").
     */
    private Optional<String> trialOf(TextFacts.Place place) {
        String text = document.source().text();
        Span sentence = place.sentence().span();
        List<Mention> inSentence = trials.stream().filter(m -> TextFacts.within(m, sentence)).toList();
        List<String> named = inSentence.stream().map(OutcomeReader::id).distinct()
                .filter(id -> inSentence.stream().filter(m -> id(m).equals(id)).noneMatch(m -> comparedWith(text, m, sentence))
                        || inSentence.stream().anyMatch(m -> id(m).equals(id) && described(text, m, sentence) && m.span().end() <= place.span().start()))
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The trial the document's title names, for a place whose sentence names no trial at all. */
    private Optional<String> titledFor(TextFacts.Place place) {
        Span sentence = place.sentence().span();
        return trials.stream().anyMatch(m -> TextFacts.within(m, sentence)) ? Optional.empty() : titled;
    }

    /** Whether a trial is named for comparison ("as in OlympiAD"), and no clause about it follows. */
    private static boolean comparedWith(String text, Mention trial, Span sentence) {
        String before = text.substring(Math.max(sentence.start(), trial.span().start() - 30), trial.span().start());
        return COMPARED_TRIAL.matcher(before).find() && !described(text, trial, sentence);
    }

    /** Whether a clause about the trial follows its name: ", in which", ", where", ", whose". */
    private static boolean described(String text, Mention trial, Span sentence) {
        return DESCRIBED_AFTER.matcher(text.substring(trial.span().end(), Math.min(sentence.end(), trial.span().end() + 20))).lookingAt();
    }

    private static String id(Mention m) {
        return m.entityIds().get(0);
    }
}
