package org.airkg.document.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.document.Citation;
import org.airkg.document.Passage;
import org.airkg.document.Sentence;
import org.airkg.document.SourceText;
import org.airkg.document.TextMap;

/**
 * Turns a stretch of the source file into a {@link Passage}: Markdown emphasis, HTML tags and entities,
 * inline TeX ({@code $\alpha$}, {@code <math>\alpha</math>}, {@code 10^{-7}}) become plain Unicode,
 * citation markers in every form the corpus uses become {@link Citation}s, hyphen variants become
 * {@code -}, the micro sign becomes Greek mu, subscript digits become digits and superscript digits
 * {@code ^n}, and white space of every kind folds to single spaces. Every output char keeps the source
 * stretch it came from.
 */
final class Normalizer {
    private static final Pattern CITATION = Pattern.compile(
            "\\[\\\\\\[(\\d{1,4})\\\\\\]\\]\\(#\\)|\\[(\\d{1,4}(?:\\s{0,3}[-–,]\\s{0,3}\\d{1,4}){0,30})\\]");
    private static final Pattern CITATION_OPEN = Pattern.compile("\\^\\{(?=\\[)|\\^(?=\\[)");
    private static final Pattern MATH_TAG = Pattern.compile("<math>(.{0,200}?)</math>");
    private static final Pattern DOLLAR_MATH = Pattern.compile("\\$([^$\\n]{1,120}?)\\$");
    private static final Pattern HTML_TAG = Pattern.compile("</?(?:b|i|em|strong|u|sup|sub|span|small|br)\\s*/?>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,6}|#x[0-9a-fA-F]{1,5}|[a-zA-Z]{2,8});");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]+)\\]\\((?:#|https?://[^)\\s]*)\\)");
    private static final Pattern BRACED_POWER = Pattern.compile("\\^\\{([^{}\\[]{1,20})\\}");
    /** The chars that may start markup, a citation or math; every other char is copied as it is (mapped). */
    private static final String SPECIAL = "[^<$&*_";
    private static final boolean[] MARKUP_START = new boolean[128];

    static {
        for (char c : SPECIAL.toCharArray()) {
            MARKUP_START[c] = true;
        }
    }
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("alpha", "α"), Map.entry("beta", "β"),
            Map.entry("gamma", "γ"), Map.entry("delta", "δ"), Map.entry("kappa", "κ"), Map.entry("mu", "μ"),
            Map.entry("micro", "μ"), Map.entry("deg", "°"), Map.entry("times", "×"), Map.entry("plusmn", "±"),
            Map.entry("le", "≤"), Map.entry("ge", "≥"), Map.entry("ndash", "-"), Map.entry("mdash", "—"));

    private final SourceText source;
    private final String text;
    private final StringBuilder out = new StringBuilder();
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private final List<int[]> citations = new ArrayList<>();
    private Matcher citation;
    private Matcher citationOpen;
    private Matcher mathTag;
    private Matcher dollarMath;
    private Matcher htmlTag;
    private Matcher entity;
    private Matcher link;
    private Matcher bracedPower;
    private Matcher emphasis;

    private Normalizer(SourceText source) {
        this.source = source;
        this.text = source.text();
    }

    /** The matcher for {@code pattern} over the text, made on first use: most passages need few of them. */
    private Matcher lazy(Matcher existing, Pattern pattern) {
        return existing != null ? existing : pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Normalises the source chars {@code [start, end)}. */
    static Passage passage(SourceText source, int start, int end) {
        Normalizer n = new Normalizer(source);
        n.scan(start, end);
        return n.finish(start, end);
    }

    private void scan(int start, int end) {
        int i = start;
        while (i < end) {
            int run = i;
            while (run < end && isPlain(text.charAt(run))) {
                run++;
            }
            if (run > i) {
                emitRun(i, run);
                i = run;
                continue;
            }
            char c = text.charAt(i);
            int next = SPECIAL.indexOf(c) >= 0 ? special(c, i, end) : i;
            if (next > i) {
                i = next;
            } else {
                emitChar(c, i);
                i++;
            }
        }
    }

    /** True for a char copied as it is: printable ASCII but the markup chars, and letters and digits beyond. */
    private static boolean isPlain(char c) {
        if (c < 0x80) {
            return c >= ' ' && !MARKUP_START[c];
        }
        return Character.isLetterOrDigit(c) && (c < 0x2070 || c > 0x2089) && c != '\u00B5';
    }

    /** Copies the plain chars {@code [from, to)} with their positions. */
    private void emitRun(int from, int to) {
        int n = out.length();
        int need = n + (to - from);
        if (need > starts.length) {
            starts = java.util.Arrays.copyOf(starts, Math.max(need, starts.length * 2));
            ends = java.util.Arrays.copyOf(ends, starts.length);
        }
        for (int k = from; k < to; k++, n++) {
            starts[n] = k;
            ends[n] = k + 1;
        }
        out.append(text, from, to);
    }

    /** Emits one source char, mapped; plain chars take the fast way. */
    private void emitChar(char c, int at) {
        if (c < 0x80 && c >= ' ' || Character.isLetterOrDigit(c) && !Character.isSpaceChar(c) && (c < 0x2070 || c > 0x2089) && c != '\u00B5') {
            emitOne(c, at, at + 1);
        } else {
            emit(mapChar(c), at, at + 1);
        }
    }

    /** Reads the construct that starts with the special char {@code c} at {@code i}; returns where it ends, or {@code i}. */
    private int special(char c, int i, int end) {
        int next;
        if ((c == '[' || c == '^') && (next = citation(i, end)) > i) {
            return next;
        }
        switch (c) {
            case '<':
                if ((next = replace(mathTag = lazy(mathTag, MATH_TAG), i, end, g -> Tex.toUnicode(g.group(1)))) > i) {
                    return next;
                }
                return replace(htmlTag = lazy(htmlTag, HTML_TAG), i, end, g -> g.group().startsWith("<br") ? " " : "");
            case '$':
                return replace(dollarMath = lazy(dollarMath, DOLLAR_MATH), i, end, g -> Tex.looksLikeMath(g.group(1)) ? Tex.toUnicode(g.group(1)) : null);
            case '&':
                return replace(entity = lazy(entity, ENTITY), i, end, g -> entity(g.group(1)));
            case '[':
                return replace(link = lazy(link, LINK), i, end, g -> g.group(1));
            case '^':
                return replace(bracedPower = lazy(bracedPower, BRACED_POWER), i, end, g -> "^" + g.group(1));
            default:
                return replace(emphasis = lazy(emphasis, EMPHASIS), i, end, g -> "");
        }
    }

    /** Reads a run of citation markers at {@code i}, with a {@code ^}, {@code ^{} opener and closer; returns where it ends. */
    private int citation(int i, int end) {
        int j = i;
        Matcher open = (citationOpen = citationOpen != null ? citationOpen : CITATION_OPEN.matcher(text)).region(j, end);
        boolean braced = false;
        if (open.lookingAt()) {
            braced = open.group().endsWith("{");
            j = open.end();
        }
        int found = 0;
        Matcher m = (citation = citation != null ? citation : CITATION.matcher(text)).region(j, end);
        while (m.lookingAt()) {
            String numbers = m.group(1) != null ? m.group(1) : m.group(2);
            List<Integer> cited = numbers(numbers);
            if (cited.isEmpty()) {
                break;
            }
            for (int n : cited) {
                citations.add(new int[] {n, m.start(), m.end()});
            }
            found++;
            j = m.end();
            int k = j;
            while (k < end && text.charAt(k) == ' ') {
                k++;
            }
            m.region(k, end);
            if (m.lookingAt()) {
                j = k;
            }
        }
        if (found == 0) {
            return i;
        }
        if (braced && j < end && text.charAt(j) == '}') {
            j++;
        } else if (j < end && text.charAt(j) == '^') {
            j++;
        }
        return j;
    }

    private static List<Integer> numbers(String spec) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] range = part.strip().split("\\s*[-–]\\s*");
            int from = Integer.parseInt(range[0]);
            int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
            if (from < 1) {
                return List.of();
            }
            for (int n = from; n <= Math.min(to, from + 50); n++) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    private interface Replacement {
        String apply(Matcher m);
    }

    /** If {@code pattern} matches at {@code i}, emits its replacement (null: no match) and returns where it ends. */
    private int replace(Matcher m, int i, int end, Replacement replacement) {
        m.region(i, end);
        if (!m.lookingAt()) {
            return i;
        }
        String with = replacement.apply(m);
        if (with == null) {
            return i;
        }
        for (int k = 0; k < with.length(); k++) {
            emit(mapChar(with.charAt(k)), m.start(), m.end());
        }
        return m.end();
    }

    private static String entity(String name) {
        try {
            if (name.startsWith("#x")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return ENTITIES.get(name);
    }

    /** One source char as normalised text: hyphens, micro sign, sub- and superscript digits, spaces. */
    private static String mapChar(char c) {
        if (Text.isSpace(c)) {
            return c == '\u200B' || c == '\uFEFF' ? "" : " ";
        }
        switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\uFE63', '\uFF0D':
                return "-";
            case '\u00B5':
                return "μ";
            case '\u00B2':
                return "^2";
            case '\u00B3':
                return "^3";
            case '\u00B9':
                return "^1";
            default:
                break;
        }
        if (c >= '\u2080' && c <= '\u2089') {
            return String.valueOf((char) ('0' + c - '\u2080'));
        }
        if (c >= '\u2074' && c <= '\u2079' || c == '\u2070') {
            return "^" + (c == '\u2070' ? 0 : c - '\u2070');
        }
        return String.valueOf(c);
    }

    private void emit(String s, int from, int to) {
        for (int k = 0; k < s.length(); k++) {
            emitOne(s.charAt(k), from, to);
        }
    }

    private void emitOne(char c, int from, int to) {
        if (out.length() == starts.length) {
            starts = java.util.Arrays.copyOf(starts, starts.length * 2 + 16);
            ends = java.util.Arrays.copyOf(ends, ends.length * 2 + 16);
        }
        starts[out.length()] = from;
        ends[out.length()] = to;
        out.append(c);
    }

    private Passage finish(int start, int end) {
        Cleanup.apply(out, starts, ends);
        int n = out.length();
        int[] s = java.util.Arrays.copyOf(starts, n);
        int[] e = java.util.Arrays.copyOf(ends, n);
        for (int k = 0; k < n; k++) {
            s[k] = source.codePointOffset(s[k]);
            e[k] = source.codePointOffset(e[k]);
        }
        String normalized = out.toString();
        TextMap map = TextMap.adopt(s, e);
        List<Citation> cites = citations.stream().map(c -> new Citation(c[0], source.span(c[1], c[2]))).toList();
        Passage draft = new Passage(normalized, source.span(start, end), List.of(), cites, map);
        List<Sentence> sentences = Sentences.split(normalized).stream()
                .map(r -> new Sentence(normalized.substring(r[0], r[1]), draft.sourceSpan(r[0], r[1], source)))
                .toList();
        return new Passage(normalized, draft.span(), sentences, cites, map);
    }
}
