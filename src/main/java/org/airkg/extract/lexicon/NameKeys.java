package org.airkg.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How names and texts are compared: both are cut into tokens (runs of letters and digits), tokens are joined
 * only across a space, hyphen, slash or apostrophe ("MCF-7", "MCF 7" and "MCF7" are one key; a comma or a
 * bracket ends a name), Greek letters are spelled out ("ERα" and "ER alpha" are one key) and accents dropped. The exact key
 * keeps case; the folded key is lower case with British spellings made American ("oestrogen", "tumour",
 * "signalling", "anaemia").
 */
public final class NameKeys {
    /** The version of the key rules; a change invalidates cached indexes. */
    public static final int VERSION = 9;


    /**
     * One token of a text: where it stands, its exact and folded forms, whether it joins the token before it,
     * what stands between them in a key ({@link #joiner}) and whether it continues a decimal number ("1.2").
     */
    public record Token(int start, int end, String exact, String folded, boolean joinsPrevious, String joiner, String foldedJoiner,
            boolean decimal) {}

    private NameKeys() {}

    /** The tokens of {@code text}. */
    public static List<Token> tokens(String text) {
        int n = text.length();
        List<Token> tokens = new ArrayList<>(n / 6 + 4);
        int i = 0;
        int previousEnd = -1;
        while (i < n) {
            if (!isTokenChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            // below U+00C0 no character is Greek or accented: such a token is the text as written
            boolean asWritten = true;
            char c;
            while (i < n && isTokenChar(c = text.charAt(i))) {
                asWritten &= c < 0xC0;
                i++;
            }
            String e = asWritten ? text.substring(start, i) : spelled(text, start, i);
            boolean joins = previousEnd >= 0 && joinable(text, previousEnd, start);
            boolean decimal = joins && text.charAt(previousEnd) == '.' && Character.isDigit(text.charAt(previousEnd - 1))
                    && Character.isDigit(text.charAt(start));
            tokens.add(new Token(start, i, e, fold(e), joins, joins ? joiner(text, previousEnd, start, e, false) : "",
                    joins ? joiner(text, previousEnd, start, e, true) : "", decimal));
            previousEnd = i;
        }
        return tokens;
    }

    /** The characters [{@code from}, {@code to}) of a token, its Greek letters spelled out and its accents dropped. */
    private static String spelled(String text, int from, int to) {
        StringBuilder token = new StringBuilder(to - from + 8);
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            String greek = c < 0x370 ? null : spelledGreek(c);
            if (greek != null) {
                token.append(greek);
            } else {
                token.append(c < 0xC0 ? c : plain(c));
            }
        }
        return token.toString();
    }

    /** The exact key of a name, or null when the name has a character that ends names (a comma, a bracket). */
    public static String exactKey(String name) {
        return key(name, false);
    }

    /** The folded key of a name, or null as for {@link #exactKey}. */
    public static String foldedKey(String name) {
        return key(name, true);
    }

    /**
     * The key of a name without making its tokens: the same as joining the tokens' exact or folded forms, or
     * null when two tokens are not joinable. The first token's form comes back through {@code firstToken}.
     */
    public static String key(String name, boolean fold, StringBuilder firstToken) {
        StringBuilder key = new StringBuilder(name.length() + 8);
        int n = name.length();
        int i = 0;
        int previousEnd = -1;
        boolean first = true;
        while (i < n) {
            char c = name.charAt(i);
            if (!isTokenChar(c)) {
                i++;
                continue;
            }
            if (previousEnd >= 0 && !joinable(name, previousEnd, i)) {
                return null;
            }
            int start = i;
            while (i < n && isTokenChar(name.charAt(i))) {
                i++;
            }
            String token = spelled(name, start, i);
            String t = fold ? fold(token) : token;
            if (first && firstToken != null) {
                firstToken.append(t);
            }
            if (!first) {
                key.append(joiner(name, previousEnd, start, token, fold));
            }
            first = false;
            key.append(t);
            previousEnd = i;
        }
        return key.length() == 0 ? null : key.toString();
    }

    /** The keys of a name's proper token prefixes ("breast", "breast cancer" of "breast cancer cell"), as text matching builds them. */
    public static List<String> prefixKeys(String name, boolean fold) {
        List<Token> tokens = tokens(name);
        List<String> prefixes = new ArrayList<>(Math.max(0, tokens.size() - 1));
        StringBuilder key = new StringBuilder();
        for (int k = 0; k < tokens.size() - 1; k++) {
            if (k > 0) {
                key.append(fold ? tokens.get(k).foldedJoiner() : tokens.get(k).joiner());
            }
            key.append(fold ? tokens.get(k).folded() : tokens.get(k).exact());
            prefixes.add(key.toString());
        }
        return prefixes;
    }

    private static String key(String name, boolean fold) {
        return key(name, fold, null);
    }

    /** The number of tokens of a name, or -1 when it has more than {@code max}. */
    public static int tokenCountAtMost(String name, int max) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < name.length(); i++) {
            boolean t = isTokenChar(name.charAt(i));
            if (t && !in && ++count > max) {
                return -1;
            }
            in = t;
        }
        return count;
    }

    /** The number of tokens of a name. */
    public static int tokenCount(String name) {
        return tokens(name).size();
    }

    private static boolean whole(String name, List<Token> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            if (!tokens.get(k).joinsPrevious()) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII letters and digits, looked up rather than classified: most characters of a text are ASCII. */
    private static final boolean[] ASCII_TOKEN_CHARS = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_TOKEN_CHARS[c] = Character.isLetterOrDigit(c);
        }
    }

    public static boolean isTokenChar(char c) {
        return c < 128 ? ASCII_TOKEN_CHARS[c] : Character.isLetterOrDigit(c);
    }

    /**
     * Whether the characters between two tokens let them belong to one name: spaces, hyphens, slashes,
     * apostrophes (a possessive's too: "Crohn's disease", "Cohen's kappa"), {@code % + & ( )}, or one dot ("MA.27",
     * "p.E17K", "1.5"). A comma, a square bracket, a colon or a semicolon ends a name.
     */
    private static boolean joinable(String text, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            boolean ok = c == ' ' || c == '-' || c == '/' || c == '‐' || c == '–' || c == '\u00a0'
                    || c == '%' || c == '+' || c == '&' || c == '(' || c == ')'
                    || c == '\'' || c == '’'
                    || c == '.' && to - from == 1 && isTokenChar(text.charAt(from - 1)) && isTokenChar(text.charAt(to));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name of a Greek letter in lower case ("α" and "Α" are {@code alpha}, "ς" is {@code sigma}), from the
     * character's Unicode name; null for any other character.
     */
    public static String spelledGreek(char c) {
        // below U+0370 no character is Greek, and most characters are
        if (c < 0x370 || Character.UnicodeBlock.of(c) != Character.UnicodeBlock.GREEK) {
            return null;
        }
        String name = Character.getName(c);
        for (String prefix : new String[] {"GREEK SMALL LETTER ", "GREEK CAPITAL LETTER "}) {
            if (name != null && name.startsWith(prefix) && name.indexOf(' ', prefix.length()) < 0) {
                return name.substring(prefix.length()).toLowerCase(Locale.ROOT);
            }
        }
        return name != null && name.equals("GREEK SMALL LETTER FINAL SIGMA") ? "sigma" : null;
    }

    /** A Latin letter without its accent ("ü" is "u", "é" is "e"), so that "Müllerian" matches "Mullerian". */
    private static char plain(char c) {
        String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        return d.length() > 1 && Character.getType(d.charAt(1)) == Character.NON_SPACING_MARK ? d.charAt(0) : c;
    }

    /** Whether the token at {@code at} is the {@code s} of a possessive ("letrozole's"). */
    private static boolean possessive(String text, int at) {
        return text.charAt(at) == 's' && (at + 1 == text.length() || !isTokenChar(text.charAt(at + 1)));
    }

    /**
     * What stands between a token and the one before it in a key: the characters {@code % + & ( )}, a slash between
     * digits, as written, and the apostrophe of a possessive, as {@code '} (so "letrozole's" is no plural of letrozole),
     * then a space after white space (and, in a folded key, after a hyphen: "live-birth rate" is "live birth
     * rate") unless the token is all digits, one character or a Greek letter ("MCF 7", "ER α" are "MCF7",
     * "ERalpha"); otherwise hyphens, slashes, apostrophes and dots give nothing ("MCF-7" is "MCF7").
     */
    private static String joiner(String text, int from, int to, String token, boolean fold) {
        if (to - from == 1) {
            // most tokens follow one space or hyphen, which keeps nothing
            char c = text.charAt(from);
            boolean hyphen = c == '-' || c == '‐' || c == '–';
            boolean space = c == ' ' || c == '\u00a0' || fold && hyphen;
            if (space || hyphen) {
                return !space || joinsWithoutSpace(text, to, token) ? "" : " ";
            }
        }
        StringBuilder kept = null;
        boolean space = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '%' || c == '+' || c == '&' || c == '(' || c == ')' || c == '/' && digitSlash(text, k)) {
                kept = kept == null ? new StringBuilder(2) : kept;
                kept.append(c);
            } else if ((c == '\'' || c == '’') && possessive(text, to)) {
                kept = kept == null ? new StringBuilder(2) : kept;
                kept.append('\'');
            }
            space |= c == ' ' || c == '\u00a0' || fold && (c == '-' || c == '‐' || c == '–');
        }
        boolean join = !space || joinsWithoutSpace(text, to, token);
        if (kept == null) {
            return join ? "" : " ";
        }
        return join ? kept.toString() : kept.append(' ').toString();
    }

    /** Whether a token at {@code to} joins a key without the space before it: all digits, one character or a Greek letter. */
    private static boolean joinsWithoutSpace(String text, int to, String token) {
        return token.length() == 1 || spelledGreek(text.charAt(to)) != null || allDigits(token);
    }

    /**
     * Whether the slash at {@code at} stands between two digits: "CDK1/2" names two kinases, so its key keeps the slash
     * and never meets the one kinase CDK12.
     */
    private static boolean digitSlash(String text, int at) {
        return at > 0 && at + 1 < text.length() && Character.isDigit(text.charAt(at - 1)) && Character.isDigit(text.charAt(at + 1));
    }

    /** Whether {@code token} is digits only (an empty token too). */
    public static boolean allDigits(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a lower-case token holds what {@link #fold} rewrites: "ae", "oe", "ll", "is" (of "isation", "ise") or a
     * final "our"; most tokens hold none of them and are their own folded form.
     */
    private static boolean britishSpellable(String s) {
        int n = s.length();
        if (n >= 5 && s.endsWith("our")) {
            return true;
        }
        for (int k = 1; k < n; k++) {
            char c = s.charAt(k);
            char before = s.charAt(k - 1);
            if (c == 'e' && (before == 'a' || before == 'o') || c == 'l' && before == 'l' || c == 's' && before == 'i') {
                return true;
            }
        }
        return false;
    }

    /** Lower case, British spellings made American: ae and oe as e, our as or, ll as l, isation as ization. */
    public static String fold(String token) {
        String s = token.toLowerCase(Locale.ROOT);
        if (s.indexOf('e') < 0 && s.indexOf('r') < 0 || !britishSpellable(s)) {
            return s;
        }
        s = s.replace("ae", "e").replace("oe", "e").replace("lling", "ling").replace("lled", "led").replace("isation", "ization");
        if (s.length() >= 5 && s.endsWith("our")) {
            s = s.substring(0, s.length() - 3) + "or";
        }
        if (s.endsWith("ise") || s.endsWith("ised") || s.endsWith("ising")) {
            s = s.replace("ise", "ize").replace("ising", "izing");
        }
        return s;
    }
}
