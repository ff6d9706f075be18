package org.airkg.extract.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.document.Document;
import org.airkg.document.Passage;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;

/**
 * Finds every mention of a lexicon entity in every text of a document, longest name first, and the names
 * the lexicon lacks that have the shape of a drug, a trial or a cell line.
 *
 * <pre>{@code
 * EntityRecognizer recognizer = new EntityRecognizer(Lexicon.load(Path.of("data/lexicon")));
 * List<Mention> mentions = recognizer.recognize(document);
 * }</pre>
 *
 * <p>Rules, each named in {@link Mention#method()}: {@code lexicon-name} (a label or synonym, one entity);
 * {@code lexicon-context} (a name of several entities that the sentence decides, e.g. osteoporosis as an
 * adverse event in a sentence about side effects); {@code abbreviation-defined} (an abbreviation the
 * document defines, "aromatase inhibitor (AI)"); {@code abbreviation-default} (a few abbreviations of the
 * field read in their usual sense, such as ER for the estrogen receptor α); and the candidate rules
 * {@code candidate-drug-stem}, {@code candidate-code-name}, {@code candidate-trial} and
 * {@code candidate-cell-line}.
 */
public final class EntityRecognizer {
    private static final Pattern DEFINITION = Pattern.compile("\\(([A-Z][A-Za-z0-9]{0,2}[A-Z0-9][A-Za-z0-9+]{0,6})\\)");
    private static final Pattern ADVERSE_CONTEXT = Pattern.compile("(?i)side effect|adverse|toxicit|tolerab|risk of|symptom");
    private static final Map<String, String> DEFAULT_ABBREVIATIONS = Map.of("ER", "esr1", "ERs", "esr1");

    private final Lexicon lexicon;
    private final NameIndex index;
    private final CandidateRules candidates;

    public EntityRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.index = new NameIndex(lexicon);
        this.candidates = new CandidateRules();
    }

    /** The mentions of a document, in reading order of its texts. */
    public List<Mention> recognize(Document document) {
        List<Texts.Text> texts = Texts.of(document);
        Map<String, String> defined = definitions(texts);
        List<Mention> mentions = new ArrayList<>();
        for (Texts.Text text : texts) {
            List<Mention> found = names(document, text, defined);
            mentions.addAll(found);
            mentions.addAll(candidates.find(document, text, found, index));
        }
        return mentions;
    }

    private List<Mention> names(Document document, Texts.Text text, Map<String, String> defined) {
        List<Mention> found = new ArrayList<>();
        String s = text.passage().text();
        int i = 0;
        while (i < s.length()) {
            if (!isWordStart(s, i)) {
                i++;
                continue;
            }
            List<NameIndex.Match> matches = index.longest(s, i);
            if (!matches.isEmpty()) {
                NameIndex.Match best = matches.get(0);
                found.add(resolve(document, text, i, best.end(), best.entryIds()));
                i = best.end();
                continue;
            }
            int end = wordEnd(s, i);
            String word = s.substring(i, end);
            if (defined.containsKey(word)) {
                found.add(mention(document, text, i, end, MentionStatus.LINKED, List.of(defined.get(word)), 0.85, "abbreviation-defined"));
            } else if (DEFAULT_ABBREVIATIONS.containsKey(word) && lexicon.byId(DEFAULT_ABBREVIATIONS.get(word)).isPresent()) {
                found.add(mention(document, text, i, end, MentionStatus.LINKED, List.of(DEFAULT_ABBREVIATIONS.get(word)), 0.6,
                        "abbreviation-default"));
            }
            i = end;
        }
        return found;
    }

    private Mention resolve(Document document, Texts.Text text, int start, int end, Set<String> ids) {
        if (ids.size() == 1) {
            return mention(document, text, start, end, MentionStatus.LINKED, List.copyOf(ids), 0.95, "lexicon-name");
        }
        String sentence = sentenceAround(text.passage(), start);
        boolean adverse = ADVERSE_CONTEXT.matcher(sentence).find();
        List<String> fitting = ids.stream()
                .filter(id -> lexicon.byId(id).map(LexiconEntry::ontologyClass)
                        .map(c -> adverse ? c.equals("AdverseEvent") : !c.equals("AdverseEvent")).orElse(false))
                .toList();
        if (fitting.size() == 1) {
            return mention(document, text, start, end, MentionStatus.LINKED, fitting, 0.75, "lexicon-context");
        }
        return mention(document, text, start, end, MentionStatus.AMBIGUOUS, ids.stream().sorted().toList(), 0.5, "lexicon-name");
    }

    /** Abbreviations a document defines after a linked name: "aromatase inhibitor (AI)", "overall survival (OS)". */
    private Map<String, String> definitions(List<Texts.Text> texts) {
        Map<String, String> defined = new HashMap<>();
        for (Texts.Text text : texts) {
            String s = text.passage().text();
            Matcher m = DEFINITION.matcher(s);
            while (m.find()) {
                int before = m.start();
                while (before > 0 && s.charAt(before - 1) == ' ') {
                    before--;
                }
                final int nameEnd = before;
                for (int start = Math.max(0, before - 80); start < before; start++) {
                    if (!isWordStart(s, start)) {
                        continue;
                    }
                    Optional<NameIndex.Match> match = index.longest(s, start).stream().filter(x -> x.end() == nameEnd).findFirst();
                    if (match.isPresent() && match.get().entryIds().size() == 1 && index.longest(m.group(1), 0).isEmpty()) {
                        defined.putIfAbsent(m.group(1), match.get().entryIds().iterator().next());
                        break;
                    }
                }
            }
        }
        return defined;
    }

    private static String sentenceAround(Passage passage, int at) {
        int offset = 0;
        String text = passage.text();
        for (var sentence : passage.sentences()) {
            int begin = text.indexOf(sentence.text(), offset);
            if (begin >= 0 && at >= begin && at < begin + sentence.text().length()) {
                return sentence.text();
            }
            offset = Math.max(offset, begin);
        }
        return text;
    }

    static Mention mention(Document document, Texts.Text text, int start, int end, MentionStatus status, List<String> ids,
            double confidence, String method) {
        Passage p = text.passage();
        return new Mention(p.text().substring(start, end), p.sourceSpan(start, end, document.source()), text.element(),
                text.sectionId(), status, ids, Optional.empty(), confidence, method);
    }

    static boolean isWordStart(String s, int i) {
        return Character.isLetterOrDigit(s.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
    }

    private static int wordEnd(String s, int i) {
        int k = i;
        while (k < s.length() && Character.isLetterOrDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }
}
