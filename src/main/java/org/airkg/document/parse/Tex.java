package org.airkg.document.parse;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Inline TeX as the corpus writes it ({@code \alpha}, {@code 10 \mu\text{g/day}}, {@code \sim 300}) turned into plain Unicode. */
final class Tex {
    private static final Pattern TEXT_COMMAND = Pattern.compile("\\\\(?:text|mathrm|mathit|mathbf|operatorname|textrm)\\s*\\{([^{}]*)\\}");
    private static final Pattern SCRIPT = Pattern.compile("([_^])\\{([^{}]*)\\}");
    private static final Pattern COMMAND = Pattern.compile("\\\\([a-zA-Z]+)\\s?|\\\\([,;: %!])");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"), Map.entry("theta", "θ"),
            Map.entry("iota", "ι"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"),
            Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("pi", "π"), Map.entry("rho", "ρ"),
            Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("upsilon", "υ"), Map.entry("phi", "φ"),
            Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"),
            Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"), Map.entry("Pi", "Π"),
            Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
            Map.entry("sim", "~"), Map.entry("approx", "≈"), Map.entry("times", "×"), Map.entry("cdot", "·"),
            Map.entry("circ", "°"), Map.entry("degree", "°"), Map.entry("pm", "±"), Map.entry("le", "≤"),
            Map.entry("leq", "≤"), Map.entry("ge", "≥"), Map.entry("geq", "≥"), Map.entry("to", "→"),
            Map.entry("rightarrow", "→"), Map.entry("infty", "∞"), Map.entry("left", ""), Map.entry("right", ""));

    private Tex() {}

    /** True when the text between two dollar signs is math rather than two prices. */
    static boolean looksLikeMath(String inner) {
        return inner.indexOf('\\') >= 0 || inner.indexOf('^') >= 0 || inner.indexOf('_') >= 0;
    }

    /** The Unicode reading of a TeX fragment. */
    static String toUnicode(String tex) {
        String s = tex;
        String before;
        do {
            before = s;
            s = TEXT_COMMAND.matcher(s).replaceAll(m -> Matcher.quoteReplacement("{" + m.group(1) + "}"));
            s = SCRIPT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2)));
        } while (!s.equals(before));
        s = COMMAND.matcher(s).replaceAll(m -> {
            if (m.group(2) != null) {
                return m.group(2).equals("%") ? "%" : " ";
            }
            String symbol = SYMBOLS.get(m.group(1));
            return Matcher.quoteReplacement(symbol != null ? symbol : m.group(1));
        });
        return s.replace("{", "").replace("}", "").replaceAll("\\s+", " ").strip();
    }
}
