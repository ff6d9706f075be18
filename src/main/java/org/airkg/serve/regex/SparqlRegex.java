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
