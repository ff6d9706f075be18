package org.airkg.serve.regex;

import com.google.re2j.Pattern;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;

/**
 * SPARQL {@code REGEX(text, pattern [, flags])}, and {@code fn:matches}, on RE2/J: true when the text holds a
 * match. The compiled pattern is kept while the pattern and flags stay the same.
 */
public final class LinearMatches extends FunctionBase {

    private final PatternCache cache = new PatternCache("REGEX");

    @Override
    public void checkBuild(String uri, ExprList args) {
        if (args.size() != 2 && args.size() != 3) {
            throw new QueryBuildException("REGEX takes 2 or 3 arguments, not " + args.size());
        }
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern pattern = cache.get(args.get(1), args.size() == 3 ? args.get(2) : null);
        return NodeValue.booleanReturn(SparqlRegex.find(pattern, text.getLiteralLexicalForm()));
    }

    /** The pattern and flags of one call site, compiled once while they stay the same. */
    static final class PatternCache {
        private record Compiled(String pattern, String flags, Pattern compiled) {}

        private final String function;
        private volatile Compiled last;

        PatternCache(String function) {
            this.function = function;
        }

        Pattern get(NodeValue pattern, NodeValue flags) {
            if (!pattern.isString()) {
                throw new ExprEvalException(function + ": pattern is not a string: " + pattern);
            }
            if (flags != null && !flags.isString()) {
                throw new ExprEvalException(function + ": flags are not a string: " + flags);
            }
            String p = pattern.getString();
            String f = flags == null ? "" : flags.getString();
            Compiled c = last;
            if (c == null || !c.pattern.equals(p) || !c.flags.equals(f)) {
                c = new Compiled(p, f, SparqlRegex.compile(function, p, f));
                last = c;
            }
            return c.compiled;
        }
    }
}
