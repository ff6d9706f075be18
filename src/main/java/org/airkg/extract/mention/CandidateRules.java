package org.airkg.extract.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
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
    /**
     * A rule, and its cue: a quick test the text must pass (in lower case) before the rule's slower pattern is
     * tried on it at all.
     */
    private record Rule(String method, String kind, Pattern pattern, double confidence, Predicate<String> cue, Start start) {}

    /** Where a rule's pattern can start in a text: a test that holds at least wherever the pattern matches. */
    private interface Start {
        boolean at(String text, int i);
    }

    /** The method of a candidate named with a drug stem; {@link EntityRecognizer} links it to a drug of its own. */
    static final String DRUG_STEM = "candidate-drug-stem";

    private static final List<String> DRUG_STEMS = List.of("ozole", "strant", "ciclib", "lisib", "sertib", "limus", "tinib", "rafenib",
            "parib", "mab");

    /** A start at an ASCII letter that no ASCII letter precedes, of a word ending in three letters or more and a drug stem. */
    private static boolean stemmedWordStart(String s, int i) {
        if (i >= s.length() || !isAsciiLetter(s.charAt(i)) || i > 0 && isAsciiLetter(s.charAt(i - 1))) {
            return false;
        }
        int end = i;
        while (end < s.length() && isAsciiLetter(s.charAt(end))) {
            end++;
        }
        for (String stem : DRUG_STEMS) {
            if (end - i >= stem.length() + 3 && s.regionMatches(true, end - stem.length(), stem, 0, stem.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A cue met by a text that contains one of {@code words}. */
    private static Predicate<String> anyOf(String... words) {
        return text -> Arrays.stream(words).anyMatch(text::contains);
    }

    /** Whether a hyphen stands before a digit somewhere in {@code text}, as in a code name. */
    private static boolean hyphenDigit(String text) {
        for (int i = text.indexOf('-'); i >= 0 && i + 1 < text.length(); i = text.indexOf('-', i + 1)) {
            if (Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static final List<Rule> RULES = List.of(
            new Rule(DRUG_STEM, "Drug", Pattern.compile(
                    "(?i)\\b[a-z]{4,}+(?<=[a-z]{3}(?:ozole|strant|estrant|ciclib|lisib|sertib|limus|tinib|rafenib|parib|zumab|ximab|mumab|mab))\\b"), 0.5,
                    text -> DRUG_STEMS.stream().anyMatch(text::contains), CandidateRules::stemmedWordStart),
            new Rule("candidate-code-name", "Drug", Pattern.compile("\\b[A-Z]{2,4}-\\d{3,7}[A-Z]?\\b"), 0.4, CandidateRules::hyphenDigit,
                    CuedMatcher::capitalStart),
            new Rule("candidate-trial", "ClinicalTrial", Pattern.compile(
                    "\\b(?=[A-Z])(?!(?:I{1,3}|IV|Phase|The|This|A)\\b)([A-Z][A-Z0-9]+(?:[ -][A-Z0-9][A-Za-z0-9.-]*)?)(?=\\s+(?:[Tt]rial|[Ss]tudy)\\b)"), 0.5,
                    anyOf("trial", "study"), CuedMatcher::capitalStart),
            new Rule("candidate-cell-line", "CellLine", Pattern.compile(
                    "\\b(?=[A-Z])(?=[A-Za-z0-9/-]*[A-Z][A-Za-z0-9/-]*[A-Z])(?=[A-Za-z0-9/-]*[0-9-])[A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)+(?=\\s+cell(?:s| lines?)?\\b)"), 0.4,
                    anyOf("cell"), CuedMatcher::capitalStart));

    /** Whether a name of the dictionary starts at {@code start} of a text and reaches {@code end}. */
    interface NameTest {
        boolean test(String text, int start, int end);
    }

    /** The candidates of one text that overlap none of the {@code linked} mentions. */
    List<Mention> find(Document document, Texts.Text text, List<Mention> linked, NameTest isName) {
        List<Mention> found = new ArrayList<>();
        Passage p = text.passage();
        String s = p.text();
        String lower = text.lower();
        for (Rule rule : RULES) {
            if (!rule.cue().test(lower)) {
                continue;
            }
            CuedMatcher cued = new CuedMatcher(rule.pattern(), s, i -> rule.start().at(s, i));
            while (cued.find()) {
                Matcher m = cued.matcher();
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
