package org.airkg.extract.fact;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that make two written populations one: "Metastatic, treatment-refractory tumours" and "metastatic,
 * refractory cancers" are both {@code metastatic resistant}. A population is the set of its words, lower-cased, with
 * spellings of one state folded together (naive, untreated and treatment-naive are {@code untreated}; refractory is
 * {@code resistant}; "HER2-negative" is {@code her2-}; a protein change is written with or without "p.", "ESR1 p.Y537S"), and without what does not tell populations apart: articles
 * and prepositions, the head noun counted (tumours, cancers, patients, women, cohort), and the therapy a resistant
 * population resisted ("letrozole-resistant", "resistant to endocrine therapy"), which documents name at different
 * levels. Every other word counts: "Asian patients" is not "patients"; "overall", as "all patients", is every patient, the
 * population of a value that names none.
 */
final class Populations {
    /** The therapy joined to a state by hyphens ("AI-resistant", "endocrine-naive") or named after it ("resistant to tamoxifen"). */
    private static final Pattern RESISTED = Pattern.compile("[\\p{L}\\p{N}/+]+(?:-[\\p{L}\\p{N}/+]+)*-(?=(?:resistant|refractory|sensitive|naive|pretreated)\\b)"
            + "|(?<=\\b(?:resistant|refractory|sensitive)) to [^,;]*");
    private static final Pattern RECEPTOR = Pattern.compile("(?i)\\b([a-z]{1,4}\\d?)[- ]?(positive|negative|\\+|-)(?![\\p{L}\\p{N}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+-]*");
    private static final Set<String> IGNORED = Set.of("a", "an", "the", "of", "in", "with", "and", "or", "who", "whose", "had", "have",
            "all", "tumor", "tumors", "tumour", "tumours", "cancer", "cancers", "patient", "patients", "women", "men", "case", "cases",
            "cohort", "cohorts", "population", "populations", "sample", "samples", "subject", "subjects", "disease", "diseases",
            "individuals", "participants", "overall");
    private static final Map<String, String> FOLDED = Map.of("naive", "untreated", "treatment-naive", "untreated",
            "therapy-naive", "untreated", "previously-untreated", "untreated", "refractory", "resistant");

    private Populations() {}

    /** The population's words that tell it apart, sorted and joined by spaces; empty for a population with none. */
    static String key(String population) {
        String text = Normalizer.normalize(population, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        text = text.replaceAll("\\btreatment[- ]naive\\b", "naive").replaceAll("\\bpreviously untreated\\b", "untreated")
                .replaceAll("\\bp\\.(?=[a-z]{1,3}\\d)", "");
        Set<String> words = new TreeSet<>();
        Matcher receptor = RECEPTOR.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (receptor.find()) {
            String sign = receptor.group(2).equals("positive") || receptor.group(2).equals("+") ? "+" : "-";
            words.add(receptor.group(1) + sign);
            receptor.appendReplacement(rest, " ");
        }
        receptor.appendTail(rest);
        Matcher word = WORD.matcher(RESISTED.matcher(rest).replaceAll(" "));
        while (word.find()) {
            String w = word.group().replaceAll("-+$", "");
            if (!w.isEmpty() && !IGNORED.contains(w)) {
                words.add(FOLDED.getOrDefault(w, w));
            }
        }
        return String.join(" ", words);
    }
}
