package org.airkg.extract.fact;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What distinguishes two values of one trial, arm and endpoint besides their number, read from the words of
 * their row, column and table title: the analysis (interim, final, updated, primary), who assessed the outcome
 * (investigator, central review) and the cohort ("overall", "ESR1-mutant", "pathway-altered").
 *
 * @param analysis {@code interim}, {@code final}, {@code updated} or {@code primary}
 * @param assessment {@code investigator} or {@code central}
 * @param cohort the cohort words found, in a fixed order, joined by spaces
 */
public record Qualifiers(Optional<String> analysis, Optional<String> assessment, Optional<String> cohort) {
    private static final Pattern ANALYSIS = Pattern.compile("(?i)\\b(interim|final|updated|primary)\\s+(?:overall\\s+survival\\s+)?analys[ie]s\\b"
            + "|\\b(interim|final|updated)\\b");
    private static final Pattern ASSESSMENT = Pattern.compile("(?i)\\b(investigator)s?(?:[- ]assess\\w*)?\\b|\\b(central|independent|blinded|BICR|IRC)\\b");
    private static final Pattern COHORT = Pattern.compile("(?i)\\b(overall|all patients|intention[- ]to[- ]treat|ITT|subgroup|"
            + "[A-Za-z0-9]+[- ](?:mutant|mutated|mutation|positive|negative|altered|wild[- ]type|non[- ]altered|amplified|high|low)|"
            + "wild[- ]type|mutant|mutated|altered|non[- ]altered|detectable|undetectable)\\b");

    /** No qualifier. */
    public static final Qualifiers NONE = new Qualifiers(Optional.empty(), Optional.empty(), Optional.empty());

    /** The qualifiers the texts name; the first text that names one wins for analysis and assessment. */
    public static Qualifiers of(String... texts) {
        Optional<String> analysis = Optional.empty();
        Optional<String> assessment = Optional.empty();
        Set<String> cohort = new LinkedHashSet<>();
        for (String text : texts) {
            if (analysis.isEmpty()) {
                Matcher m = ANALYSIS.matcher(text);
                if (m.find()) {
                    analysis = Optional.of((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT));
                }
            }
            if (assessment.isEmpty()) {
                Matcher m = ASSESSMENT.matcher(text);
                if (m.find()) {
                    assessment = Optional.of(m.group(1) != null ? "investigator" : "central");
                }
            }
            Matcher c = COHORT.matcher(text);
            while (c.find()) {
                cohort.add(c.group(1).toLowerCase(Locale.ROOT).replace('-', ' '));
            }
        }
        return new Qualifiers(analysis, assessment, cohort.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", cohort)));
    }
}
