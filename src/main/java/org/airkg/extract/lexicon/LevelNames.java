package org.airkg.extract.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other ways of writing the name of a raised or lowered laboratory level. A vocabulary writes each such event
 * in one or two ways ("Elevated serum creatinine", "ALT increased"); documents write it in any of the others
 * ("raised serum creatinine", "blood creatinine increased", "an ALT increase", "liver enzyme elevation"). The
 * name's direction word, before or after the analyte, and the specimen word before it ("serum", "blood",
 * "plasma") are what vary; the analyte stays as the vocabulary writes it. Names of another shape have no variants.
 */
public final class LevelNames {
    /** The type of a name made here, which the recogniser accepts only where side effects are spoken of. */
    public static final String TYPE = "level";

    private static final List<String> UP_BEFORE = List.of("elevated", "increased", "raised", "high");
    private static final List<String> UP_AFTER = List.of("increased", "increase", "elevated", "elevation");
    private static final List<String> DOWN_BEFORE = List.of("decreased", "reduced", "low");
    private static final List<String> DOWN_AFTER = List.of("decreased", "decrease", "reduced", "reduction");
    private static final Pattern BEFORE = Pattern.compile("(?i)(elevated|increased|raised|high|decreased|reduced|low)\\s+(\\S+(?:\\s+\\S+){0,2})");
    private static final Pattern AFTER = Pattern.compile("(?i)(\\S+(?:\\s+\\S+){0,2})\\s+(increased|increase|elevated|elevation|decreased|decrease|reduced|reduction)");
    private static final Pattern SPECIMEN = Pattern.compile("(?i)(?:serum|blood|plasma)\\s+(.+)");
    /** Analytes of more than one word end in a noun of a thing measured, not in a word of a level or a count. */
    private static final Pattern NOT_AN_ANALYTE = Pattern.compile("(?i).*\\b(?:levels?|concentrations?|counts?|activity|risk|number|size|ratio|"
            + "volume|mass|weight|rate|frequency|susceptibility|sensitivity|tone|density|variability|of|to|in|and|or|with)$|.*\\b(?:of|to|in|and|or)\\b.*");

    private LevelNames() {}

    /** The other names of a level {@code name} says is raised or lowered, without {@code name} itself; empty for other names. */
    public static List<String> variants(String name) {
        String analyte;
        boolean up;
        Matcher before = BEFORE.matcher(name);
        Matcher after = AFTER.matcher(name);
        if (before.matches()) {
            analyte = before.group(2);
            up = isUp(before.group(1));
        } else if (after.matches()) {
            analyte = after.group(1);
            up = isUp(after.group(2));
        } else {
            return List.of();
        }
        if (NOT_AN_ANALYTE.matcher(analyte).matches()) {
            return List.of();
        }
        Matcher specimen = SPECIMEN.matcher(analyte);
        String bare = specimen.matches() ? specimen.group(1) : analyte;
        List<String> analytes = List.of(bare, "serum " + bare, "blood " + bare);
        Set<String> out = new LinkedHashSet<>();
        for (String a : analytes) {
            for (String q : up ? UP_BEFORE : DOWN_BEFORE) {
                out.add(q + " " + a);
            }
            String singular = singular(a);
            for (String q : up ? UP_AFTER : DOWN_AFTER) {
                out.add(a + " " + q);
                out.add(singular + " " + q);
            }
        }
        out.removeIf(v -> v.equalsIgnoreCase(name));
        return new ArrayList<>(out);
    }

    private static boolean isUp(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("elevat") || w.startsWith("increas") || w.equals("raised") || w.equals("high");
    }

    /** "liver enzymes" before a noun is "liver enzyme" ("liver enzyme elevation"); "ALT", "glucose" stay. */
    private static String singular(String analyte) {
        return analyte.length() > 4 && analyte.endsWith("s") && !analyte.endsWith("ss") && Character.isLowerCase(analyte.charAt(analyte.length() - 2))
                ? analyte.substring(0, analyte.length() - 1) : analyte;
    }
}
