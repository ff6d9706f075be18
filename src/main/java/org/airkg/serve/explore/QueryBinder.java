package org.airkg.serve.explore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.airkg.AirkgException;
import org.airkg.query.CatalogQuery;
import org.airkg.query.QueryParameters;
import org.airkg.query.QueryRunner;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Binds a query's parameters with Jena and writes the bound query as SPARQL text, which the explorer then sends
 * to the read-only SPARQL endpoint: a value becomes an RDF term (as {@code ./airkg query --param} reads it) that
 * replaces the variable in the parsed query, so no user text is ever spliced into a query.
 *
 * <p>A parameter whose description (in the query's header) calls it an IRI must be given an absolute http(s)
 * IRI; any other value is read as {@code ./airkg query} reads it, so a value that must stay text whatever it
 * holds is sent as a quoted literal ({@code "..."}, Turtle escapes).
 *
 * <p>A catalogue query is bound as {@code ./airkg query} binds it ({@link QueryParameters#bind}: its {@code VALUES}
 * blocks changed, portable SPARQL 1.1). The explorer's own queries read their parameters inside the branches of
 * a {@code UNION}, where a {@code VALUES} block before the pattern does not reach, so their variables are
 * replaced by the terms; Jena's substitution then leaves {@code BOUND(<iri>)} where a query tested
 * {@code BOUND(?param)}, which is not SPARQL; a bound parameter is bound, so such a test is written {@code true}.
 */
final class QueryBinder {

    /** Characters an IRI in SPARQL may not hold (IRIREF of the SPARQL grammar). */
    private static final Pattern BAD_IRI = Pattern.compile("[\\x00-\\x20<>\"{}|^`\\\\]");

    /** A parameter whose description says it is an IRI takes only an IRI. */
    private static final Pattern IRI_WORD = Pattern.compile("\\bIRI\\b");

    /** A longer value is no name, identifier or IRI the graph holds. */
    static final int MAX_VALUE = 2_000;

    private QueryBinder() {}

    /**
     * The text of {@code query} with {@code values} (parameter name to value) bound; fails with a
     * {@link BindException} naming the parameter when a name is not a parameter of the query or a value is bad.
     */
    static String bind(CatalogQuery query, Map<String, String> values) {
        if (!query.name().startsWith(ExplorerQueries.OWN_PREFIX)) {
            Map<String, Node> terms = new HashMap<>();
            values.forEach((name, value) -> terms.put(name, term(query, name, value)));
            return QueryParameters.bind(QueryRunner.parse(query), terms).serialize();
        }
        Map<Var, Node> bindings = new HashMap<>();
        values.forEach((name, value) -> bindings.put(Var.alloc(name), term(query, name, value)));
        Query parsed = QueryRunner.parse(query);
        if (bindings.isEmpty()) {
            return parsed.serialize();
        }
        Query bound = QueryTransformOps.transform(QueryTransformOps.transform(parsed, bindings),
                new ElementTransformCopyBase(), new BoundIsTrue());
        dropConstantKeys(bound);
        return bound.serialize();
    }

    /**
     * Grouping or ordering by a parameter that is now a constant changes nothing, and SPARQL has no syntax for a
     * constant there ({@code GROUP BY "x"}), so such keys are dropped.
     */
    private static void dropConstantKeys(Query query) {
        if (query.hasGroupBy()) {
            VarExprList groupBy = query.getGroupBy();
            for (Var v : List.copyOf(groupBy.getVars())) {
                Expr e = groupBy.getExpr(v);
                if (e != null && e.isConstant()) {
                    groupBy.remove(v);
                }
            }
        }
        if (query.hasOrderBy()) {
            query.getOrderBy().removeIf(c -> c.getExpression().isConstant());
        }
    }

    private static Node term(CatalogQuery query, String name, String value) {
        if (!query.parameters().containsKey(name)) {
            throw new BindException("query " + query.name() + " has no parameter " + name
                    + " (its parameters: " + String.join(", ", query.parameterNames()) + ")");
        }
        if (value.length() > MAX_VALUE) {
            throw new BindException("parameter " + name + " of query " + query.name() + ": value longer than "
                    + MAX_VALUE + " characters");
        }
        Node node;
        try {
            node = QueryRunner.term(value);
        } catch (AirkgException e) {
            throw new BindException("parameter " + name + " of query " + query.name() + ": " + e.getMessage(), e);
        }
        boolean wantsIri = IRI_WORD.matcher(query.parameters().get(name)).find();
        if ((wantsIri && !node.isURI()) || (node.isURI() && BAD_IRI.matcher(node.getURI()).find())) {
            throw new BindException("parameter " + name + " of query " + query.name() + ": " + value
                    + " is not an IRI (spaces, quotes, angle or curly brackets, |, ^, ` and \\ are not allowed)");
        }
        return node;
    }

    /** {@code BOUND} of a constant, which substitution leaves, is true. */
    private static final class BoundIsTrue extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunction1 func, Expr arg) {
            if (func instanceof E_Bound && arg.isConstant()) {
                return NodeValue.TRUE;
            }
            return super.transform(func, arg);
        }
    }

    /** A parameter that cannot be bound; the message names the query and the parameter. */
    static final class BindException extends AirkgException {
        BindException(String message) {
            super(message);
        }

        BindException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
