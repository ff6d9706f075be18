package org.airkg.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.document.Document;
import org.airkg.document.Passage;

/**
 * Names the lexicon lacks but whose shape says what they are: a drug by its stem (-ozole, -strant, -ciclib,
 * -lisib, -sertib, -limus, -tinib, -mab ...) or a company code name (MK-2206), a trial by an acronym before
 * "trial" or "study", a cell line by a capitalised code with a digit or hyphen before "cells" or "cell line".
 * Candidates get a low confidence and no entity; a candidate never overlaps a lexicon mention.
 */
final class CandidateRules {
    /** A rule, and a word the text must hold for the rule to be tried at all (lower case; empty: always tried). */
    private record Rule(String method, String kind, Pattern pattern, double confidence, String needs) {
        Rule(String method, String kind, Pattern pattern, double confidence) {
            this(method, kind, pattern, confidence, "");
        }
    }

    /** The drug stems, as a quick test before the slower pattern that finds whole names ending in them. */
    private static final Pattern STEMS = Pattern.compile("ozole|strant|ciclib|lisib|sertib|limus|tinib|rafenib|parib|mab\\b");

    private static final List<Rule> RULES = List.of(
            new Rule("candidate-drug-stem", "Drug", Pattern.compile(
                    "(?i)\\b[a-z]{3,}(?:ozole|strant|estrant|ciclib|lisib|sertib|limus|tinib|rafenib|parib|zumab|ximab|mumab|mab)\\b"), 0.5,
                    "stem"),
            new Rule("candidate-code-name", "Drug", Pattern.compile("\\b[A-Z]{2,4}-\\d{3,7}[A-Z]?\\b"), 0.4, "-"),
            new Rule("candidate-trial", "ClinicalTrial", Pattern.compile(
                    "\\b(?!(?:I{1,3}|IV|Phase|The|This|A)\\b)([A-Z][A-Z0-9]+(?:[ -][A-Z0-9][A-Za-z0-9.-]*)?)(?=\\s+(?:[Tt]rial|[Ss]tudy)\\b)"), 0.5,
                    "t"),
            new Rule("candidate-cell-line", "CellLine", Pattern.compile(
                    "\\b(?=[A-Za-z0-9/-]*[A-Z][A-Za-z0-9/-]*[A-Z])(?=[A-Za-z0-9/-]*[0-9-])[A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)+(?=\\s+cell(?:s| lines?)?\\b)"), 0.4,
                    "cell"));

    /** Whether a name of the dictionary starts at {@code start} of a text and reaches {@code end}. */
    interface NameTest {
        boolean test(String text, int start, int end);
    }

    /** The candidates of one text that overlap none of the {@code linked} mentions. */
    List<Mention> find(Document document, Texts.Text text, List<Mention> linked, NameTest isName) {
        List<Mention> found = new ArrayList<>();
        Passage p = text.passage();
        String s = p.text();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.needs().equals("stem") ? !STEMS.matcher(lower).find()
                    : !rule.needs().isEmpty() && !lower.contains(rule.needs().equals("t") ? "tri" : rule.needs())
                            && !(rule.needs().equals("t") && lower.contains("stud"))) {
                continue;
            }
            Matcher m = rule.pattern().matcher(s);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                var span = p.sourceSpan(start, end, document.source());
                boolean overlaps = linked.stream().anyMatch(l -> l.span().start() < span.end() && span.start() < l.span().end())
                        || found.stream().anyMatch(l -> l.span().start() < span.end() && span.start() < l.span().end());
                if (!overlaps && !isName.test(s, start, end)) {
                    found.add(new Mention(s.substring(start, end), span, text.element(), text.sectionId(), MentionStatus.CANDIDATE,
                            List.of(), Optional.of(rule.kind()), rule.confidence(), rule.method()));
                }
            }
        }
        return found;
    }
}
