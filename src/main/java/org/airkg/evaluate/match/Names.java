package org.airkg.evaluate.match;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

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
    private static final Map<Character, String> GREEK = Map.ofEntries(
            Map.entry('α', "alpha"), Map.entry('β', "beta"), Map.entry('γ', "gamma"), Map.entry('δ', "delta"),
            Map.entry('ε', "epsilon"), Map.entry('ζ', "zeta"), Map.entry('η', "eta"), Map.entry('θ', "theta"),
            Map.entry('ι', "iota"), Map.entry('κ', "kappa"), Map.entry('λ', "lambda"), Map.entry('μ', "mu"),
            Map.entry('ν', "nu"), Map.entry('ξ', "xi"), Map.entry('ο', "omicron"), Map.entry('π', "pi"),
            Map.entry('ρ', "rho"), Map.entry('σ', "sigma"), Map.entry('ς', "sigma"), Map.entry('τ', "tau"),
            Map.entry('υ', "upsilon"), Map.entry('φ', "phi"), Map.entry('χ', "chi"), Map.entry('ψ', "psi"),
            Map.entry('ω', "omega"));

    private Names() {}

    /** The form of {@code text} that comparisons use. */
    public static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            String greek = GREEK.get(c);
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
