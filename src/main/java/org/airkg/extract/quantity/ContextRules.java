package org.airkg.extract.quantity;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a bare number in running text that is not a quantity: a label number ({@code Table 1}), a code after
 * an acronym ({@code CGS 20267}, {@code BIG 1-98}), a list marker ({@code 1) ligand}) or a year in a citation
 * ({@code Smith et al., 2005}). Only numbers without unit or comparator are ever judged; look-behinds are bounded.
 */
final class ContextRules {
    private static final Set<String> LABELS = Set.of("table", "tables", "figure", "figures", "fig", "protocol",
            "protocols", "step", "steps", "cause", "phase", "section", "chapter", "appendix", "panel", "option",
            "method", "scheme", "equation", "eq", "supplementary", "item", "lane", "exon", "intron", "codon",
            "residue", "position", "chromosome", "chr", "version", "example", "cohort", "arm", "experiment", "no",
            "ref", "reference");
    /** Acronyms that are followed by a value (estimates, outcomes), not by a code. */
    private static final Set<String> STATISTIC_ACRONYMS = Set.of("OR", "HR", "RR", "CI", "SD", "SE", "SEM", "IQR",
            "ORR", "CBR", "PFS", "OS", "DFS", "EFS", "RFS", "TTP", "AUC", "CR", "PR", "PD", "BMI", "DCR", "NNT", "MTD",
            "IC", "EC", "ED", "LD", "MIC", "ECOG", "KPS", "ANC", "PSA", "CA");
    private static final int MAX_ACRONYM = 10;
    private static final int MAX_LABEL = 20;
    private static final int CITATION_WINDOW = 40;
    private static final int BRACKET_WINDOW = 80;

    private ContextRules() {}

    /** Whether the bare number or range {@code q} (read as an integer or not) is no quantity. */
    static boolean notAQuantity(String text, Quantity q, boolean integer) {
        if (q.unit().isPresent() || q.comparator() != Comparator.EQ) {
            return false;
        }
        if (isCode(text, q.start())) {
            return true;
        }
        if (q.isRange() || !integer || q.value().get().signum() < 0) {
            return false;
        }
        return isLabelNumber(text, q.start()) || isListMarker(text, q.start(), q.end())
                || isCitationYear(text, q.start(), q.end(), q.value().get());
    }

    /** {@code CGS 20267}: an upper-case acronym, one space, the number. */
    static boolean isCode(String text, int start) {
        if (start < 3 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int end = start - 1;
        int b = end;
        while (b > 0 && end - b < MAX_ACRONYM && isUpperAscii(text.charAt(b - 1))) {
            b--;
        }
        if (end - b < 2 || (b > 0 && (Chars.isAlnum(text.charAt(b - 1)) || text.charAt(b - 1) == '-'))) {
            return false;
        }
        return !STATISTIC_ACRONYMS.contains(text.substring(b, end));
    }

    private static boolean isUpperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** {@code Table 1}, {@code Fig. 2}, {@code Possible Cause 3}: a label word, one space, the number. */
    static boolean isLabelNumber(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int end = start - 1;
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        int b = end;
        while (b > 0 && end - b < MAX_LABEL && Chars.isLetter(text.charAt(b - 1))) {
            b--;
        }
        if (b == end || (b > 0 && Chars.isAlnum(text.charAt(b - 1)))) {
            return false;
        }
        return LABELS.contains(text.substring(b, end).toLowerCase(Locale.ROOT));
    }

    /** {@code include: 1) ligand; 2) activation; and 3) ...}: a one- or two-digit number closed by a parenthesis. */
    static boolean isListMarker(String text, int start, int end) {
        if (end - start > 2 || end >= text.length() || text.charAt(end) != ')') {
            return false;
        }
        int k = Chars.skipSpacesBack(text, start, 3, 0);
        if (k == 0) {
            return true;
        }
        char before = text.charAt(k - 1);
        return before == ':' || before == ';' || before == '.'
                || Chars.wordEndsAt(text, k, "and", 0) || Chars.wordEndsAt(text, k, "or", 0);
    }

    /** A year from 1800 to 2099 after {@code et al} or alone between brackets and separators ({@code (Smith, 2005)}). */
    static boolean isCitationYear(String text, int start, int end, BigDecimal value) {
        if (end - start != 4 || value.compareTo(BigDecimal.valueOf(1800)) < 0 || value.compareTo(BigDecimal.valueOf(2099)) > 0) {
            return false;
        }
        String before = text.substring(Math.max(0, start - CITATION_WINDOW), start).toLowerCase(Locale.ROOT);
        if (before.contains("et al")) {
            return true;
        }
        int k = Chars.skipSpacesBack(text, start, 3, 0);
        int j = Chars.skipSpaces(text, end, 3);
        if (k == 0 || j == text.length() || "([,;".indexOf(text.charAt(k - 1)) < 0 || ")];,".indexOf(text.charAt(j)) < 0) {
            return false;
        }
        return insideBrackets(text, start);
    }

    private static boolean insideBrackets(String text, int pos) {
        int depth = 0;
        for (int k = pos - 1; k >= Math.max(0, pos - BRACKET_WINDOW); k--) {
            char c = text.charAt(k);
            if (c == ')' || c == ']') {
                depth++;
            } else if (c == '(' || c == '[') {
                if (depth == 0) {
                    return true;
                }
                depth--;
            }
        }
        return false;
    }
}
