package org.airkg.serve.regex;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * SPARQL's regular expressions (XPath flags {@code s}, {@code m}, {@code i}, {@code x}, {@code q}) compiled for
 * RE2/J, whose matching time is linear in the length of the text whatever the pattern.
 *
 * <p>RE2 has no back-references and no look-around; a pattern using them is an evaluation error naming the
 * pattern, as any bad pattern is in SPARQL. Example:
 *
 * <pre>{@code
 * Pattern p = SparqlRegex.compile("REGEX", "^ER[α-]?alpha$", "i");
 * boolean found = p.matcher("er-ALPHA").find();   // true
 * }</pre>
 */
public final class SparqlRegex {

    private static final String FLAGS = "smixq";

    /**
     * The largest pattern RE2/J is asked to compile, counted by {@link #expandedSize}. RE2/J unrolls counted
     * repetitions and has no memory limit: {@code ((a{1000}){1000}){1000}} exhausts any heap, and
     * {@code (a{1000}){1000}} (10^6) takes half a second; 10^5 compiles in milliseconds.
     */
    static final long MAX_SIZE = 100_000;

    private SparqlRegex() {}

    /**
     * The pattern compiled with the flags; {@code function} names the SPARQL function in error messages.
     *
     * @throws ExprEvalException for a flag other than s, m, i, x, q, or a pattern RE2 cannot compile
     */
    public static Pattern compile(String function, String pattern, String flags) {
        String f = flags == null ? "" : flags;
        for (int i = 0; i < f.length(); i++) {
            if (FLAGS.indexOf(f.charAt(i)) < 0) {
                throw new ExprEvalException(function + ": flag '" + f.charAt(i) + "' is not one of s, m, i, x, q");
            }
        }
        int mask = f.indexOf('i') >= 0 ? Pattern.CASE_INSENSITIVE : 0;
        String source;
        if (f.indexOf('q') >= 0) {
            // XPath: with q, the pattern is a literal string and m, s and x have no effect.
            source = Pattern.quote(pattern);
        } else {
            source = f.indexOf('x') >= 0 ? withoutWhiteSpace(pattern) : pattern;
            mask |= f.indexOf('s') >= 0 ? Pattern.DOTALL : 0;
            mask |= f.indexOf('m') >= 0 ? Pattern.MULTILINE : 0;
        }
        long size = f.indexOf('q') >= 0 ? 0 : expandedSize(source);
        if (size > MAX_SIZE) {
            throw new ExprEvalException(function + ": pattern '" + pattern + "' repeats too much (about " + size
                    + " steps once its counted repetitions are unrolled; at most " + MAX_SIZE + ")");
        }
        try {
            return Pattern.compile(source, mask);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException(function + ": pattern '" + pattern + "' cannot be used (this server matches"
                    + " in linear time, without back-references or look-around): " + e.getDescription());
        }
    }

    /** Whether {@code text} holds a match of the pattern, as SPARQL REGEX and fn:matches answer. */
    public static boolean find(Pattern pattern, String text) {
        return pattern.matcher(text).find();
    }

    /**
     * SPARQL REPLACE: every non-empty match replaced ({@code $1} names a group), the result keeping the language
     * tag of {@code arg}. Empty matches are left alone, as Jena does.
     */
    public static NodeValue replace(Node arg, Pattern pattern, String replacement) {
        String text = arg.getLiteralLexicalForm();
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        try {
            while (m.find()) {
                if (m.start() == m.end()) {
                    continue;
                }
                m.appendReplacement(out, replacement);
                changed = true;
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ExprEvalException("REPLACE: replacement '" + replacement + "' is not valid: " + e.getMessage());
        }
        if (!changed) {
            return sameKind(text, arg);
        }
        m.appendTail(out);
        return sameKind(out.toString(), arg);
    }

    /** A plain or language-tagged string like {@code like}, with the lexical form {@code lexical}. */
    static NodeValue sameKind(String lexical, Node like) {
        String lang = like.getLiteralLanguage();
        if (lang == null || lang.isEmpty()) {
            return NodeValue.makeString(lexical);
        }
        return NodeValue.makeNode(NodeFactory.createLiteralDirLang(lexical, lang, like.getLiteralBaseDirection()));
    }

    /**
     * About how many steps the pattern has once counted repetitions ({@code {n}}, {@code {m,n}}, {@code {m,}})
     * are unrolled, as RE2 compiles them: each literal, class or escape counts 1, a group the sum of its parts, and
     * a counted repetition multiplies what it repeats by its largest count ({@code *}, {@code +} and {@code ?}
     * are loops and multiply nothing). Saturates at {@link Long#MAX_VALUE}.
     */
    static long expandedSize(String pattern) {
        java.util.ArrayDeque<long[]> open = new java.util.ArrayDeque<>();
        long[] group = {0, 0}; // {size so far, size of the last atom}
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '(') {
                open.push(group);
                group = new long[] {0, 0};
                i++;
            } else if (c == ')' && !open.isEmpty()) {
                long inner = group[0];
                group = open.pop();
                group[0] = saturatedAdd(group[0], inner);
                group[1] = inner;
                i++;
            } else if (c == '{' && countEnd(pattern, i) > 0) {
                int end = countEnd(pattern, i);
                String[] counts = pattern.substring(i + 1, end).split(",", -1);
                long n = counts.length == 2 && !counts[1].isEmpty() ? Long.parseLong(counts[1]) : Long.parseLong(counts[0]);
                long repeated = saturatedMultiply(group[1], Math.max(n, 1));
                group[0] = saturatedAdd(group[0] - group[1], repeated);
                group[1] = repeated;
                i = end + 1;
            } else if (c == '*' || c == '+' || c == '?' || c == '|' || c == '^' || c == '$') {
                i++;
            } else {
                i = c == '\\' ? skipEscape(pattern, i) : c == '[' ? skipClass(pattern, i) : i + 1;
                group[0] = saturatedAdd(group[0], 1);
                group[1] = 1;
            }
        }
        long total = group[0];
        while (!open.isEmpty()) {
            total = saturatedAdd(open.pop()[0], total);
        }
        return total;
    }

    /** The index of the '}' closing a count {m}, {m,} or {m,n} that opens at {@code i}, or -1 if none does. */
    private static int countEnd(String pattern, int i) {
        int j = i + 1;
        int digits = 0;
        while (j < pattern.length() && Character.isDigit(pattern.charAt(j)) && digits < 9) {
            j++;
            digits++;
        }
        if (digits == 0) {
            return -1;
        }
        if (j < pattern.length() && pattern.charAt(j) == ',') {
            j++;
            for (int more = 0; j < pattern.length() && Character.isDigit(pattern.charAt(j)) && more < 9; more++) {
                j++;
            }
        }
        return j < pattern.length() && pattern.charAt(j) == '}' ? j : -1;
    }

    private static int skipEscape(String pattern, int i) {
        int next = i + 2;
        if (next < pattern.length() && (pattern.charAt(i + 1) == 'p' || pattern.charAt(i + 1) == 'P')
                && pattern.charAt(next) == '{') {
            int close = pattern.indexOf('}', next);
            return close > 0 ? close + 1 : pattern.length();
        }
        return Math.min(next, pattern.length());
    }

    private static int skipClass(String pattern, int i) {
        int j = i + 1;
        if (j < pattern.length() && pattern.charAt(j) == '^') {
            j++;
        }
        if (j < pattern.length() && pattern.charAt(j) == ']') {
            j++;
        }
        while (j < pattern.length() && pattern.charAt(j) != ']') {
            j += pattern.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(j + 1, pattern.length());
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    /**
     * XPath's {@code x} flag: white space (space, tab, CR, LF) is removed from the pattern, except inside a
     * character class.
     */
    static String withoutWhiteSpace(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        int classDepth = 0;
        boolean escaped = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth == 0 && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
