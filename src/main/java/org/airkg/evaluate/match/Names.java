package org.airkg.evaluate.match;

import org.airkg.extract.lexicon.NameKeys;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How names and quotes are compared: Unicode NFKC, lower case, Greek letters spelled out (ERα is
 * {@code eralpha}), and hyphens, slashes and white space left out, so that {@code CDK4/6}, {@code CDK 4/6}
 * and {@code cdk4-6} are one name.
 *
 * <pre>{@code
 * Names.normalize("PI3K/AKT  signalling");   // "pi3kaktsignalling"
 * Names.normalize("ER-α");                    // "eralpha"
 * }</pre>
 */
public final class Names {

    private Names() {}

    /** The form of {@code text} that comparisons use. */
    public static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            String greek = NameKeys.spelledGreek(c);
            if (greek != null) {
                out.append(greek);
            } else if (!ignored(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether two texts are the same name. */
    public static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    /** Hyphens and dashes of every kind, the minus sign, slashes and white space. */
    private static boolean ignored(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '/' || c == '\u2010' || c == '\u2011'
                || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2212' || c == '\u2044'
                || c == '\u2215' || c == '\u00ad';
    }
}
