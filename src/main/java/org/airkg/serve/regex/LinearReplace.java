package org.airkg.serve.regex;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;

/** SPARQL {@code REPLACE(text, pattern, replacement [, flags])}, and {@code fn:replace}, on RE2/J. */
public final class LinearReplace extends FunctionBase {

    private final LinearMatches.PatternCache cache = new LinearMatches.PatternCache("REPLACE");

    @Override
    public void checkBuild(String uri, ExprList args) {
        if (args.size() != 3 && args.size() != 4) {
            throw new QueryBuildException("REPLACE takes 3 or 4 arguments, not " + args.size());
        }
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        NodeValue replacement = args.get(2);
        if (!replacement.isString()) {
            throw new ExprEvalException("REPLACE: replacement is not a string: " + replacement);
        }
        return SparqlRegex.replace(text, cache.get(args.get(1), args.size() == 4 ? args.get(3) : null),
                replacement.getString());
    }
}
