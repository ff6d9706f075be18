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
import org.airkg.extract.quantity.QuantityParser;
import org.airkg.extract.quantity.Statistic;

/**
 * Reads the effect estimates of running text: a hazard, odds or risk ratio named and followed by its number, with
 * the interval after it ("prolonged PFS (HR 0.56; 95% CI 0.43-0.72)", "an odds ratio of 2.37 (1.24-4.53)"). The
 * endpoint is the last one named before the ratio in its sentence; the trial is the one the sentence names, when it
 * names exactly one; the qualifiers come from the words between that endpoint (or the sentence's start) and the
 * estimate, so "at the final analysis, overall survival (HR 0.76)" is the final analysis and a ratio before those
 * words is not. A sentence that names no endpoint and no single trial gives no estimate: a ratio of nothing
 * named is no fact of the graph. The arm, comparator and population are not read: a sentence rarely says them
 * in a form a rule can take without guessing.
 */
final class EffectReader {
    /** The names of a ratio: its acronym in capitals, or its words ("hazard ratio", "odds ratio for"). */
    private static final Pattern RATIO = Pattern.compile("\\b(?:HR|OR|RR)\\b|(?i:\\b(?:hazard|odds|risk)\\s+ratio\\b|\\brelative\\s+risk\\b)");
    private static final java.util.Set<Statistic.Kind> RATIOS = java.util.Set.of(Statistic.Kind.HR, Statistic.Kind.OR, Statistic.Kind.RR);

    private final TextFacts facts;
    private final Document document;
    private final List<Mention> endpoints;
    private final List<Mention> trials;
    private final QuantityParser parser = QuantityParser.standard();

    EffectReader(TextFacts facts, Document document, List<Mention> linked) {
        this.facts = facts;
        this.document = document;
        List<Mention> inParagraphs = linked.stream().filter(m -> m.element().kind().equals("paragraph")).toList();
        this.endpoints = inParagraphs.stream().filter(m -> facts.classOf(m.entityIds().get(0)).equals("Endpoint")).toList();
        this.trials = inParagraphs.stream().filter(m -> facts.classOf(m.entityIds().get(0)).equals("ClinicalTrial")).toList();
    }

    List<StatedEffect> read() {
        List<StatedEffect> found = new ArrayList<>();
        for (Paragraph paragraph : document.paragraphs()) {
            String text = paragraph.content().text();
            List<Integer> labels = RATIO.matcher(text).results().map(m -> m.start()).toList();
            for (int i = 0; i < labels.size(); i++) {
                int from = labels.get(i);
                int to = i + 1 < labels.size() ? labels.get(i + 1) : text.length();
                parser.effect(text.substring(from, to)).map(s -> s.shift(from))
                        .filter(s -> RATIOS.contains(s.kind()) && s.estimate().isPresent())
                        .flatMap(s -> effect(paragraph, s)).ifPresent(found::add);
            }
        }
        return found;
    }

    private Optional<StatedEffect> effect(Paragraph paragraph, Statistic statistic) {
        Span span = paragraph.content().sourceSpan(statistic.start(), statistic.end(), document.source());
        int number = TextFacts.sentenceAt(paragraph, span.start());
        if (number == 0) {
            return Optional.empty();
        }
        Sentence sentence = paragraph.content().sentences().get(number - 1);
        Span before = new Span(sentence.span().start(), span.start(), sentence.span().line());
        Optional<Mention> endpoint = endpoints.stream().filter(m -> TextFacts.within(m, before))
                .reduce((a, b) -> b.span().start() > a.span().start() ? b : a);
        List<String> named = trials.stream().filter(m -> TextFacts.within(m, sentence.span())).map(m -> m.entityIds().get(0)).distinct().toList();
        Optional<String> trial = named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
        if (endpoint.isEmpty() && trial.isEmpty()) {
            return Optional.empty();
        }
        int qualifiedFrom = endpoint.map(m -> m.span().start()).orElse(sentence.span().start());
        String qualifying = document.source().slice(new Span(qualifiedFrom, span.end(), sentence.span().line()));
        return Optional.of(new StatedEffect(TextFacts.sentenceRef(paragraph, number), paragraph.sectionId(), span,
                document.source().slice(sentence.span()), statistic, endpoint.map(m -> m.entityIds().get(0)), trial,
                Qualifiers.of(qualifying), "text-effect"));
    }
}
