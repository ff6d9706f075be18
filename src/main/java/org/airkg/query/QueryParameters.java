package org.airkg.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Binds a catalogue query's parameters as RDF terms in its syntax tree, never by editing its text. A parameter
 * with a default is written in portable SPARQL 1.1 as a one-variable {@code VALUES} block
 * ({@code VALUES ?ai { <https://w3id.org/airkg/id/drug/anastrozole> }}): a bound value replaces that block's
 * rows. Any other parameter (one whose absence means "every ...", read with {@code BOUND} or as a pattern
 * variable) is replaced by its term wherever the query names it, so a filter inside a {@code UNION} branch or a
 * subquery sees it too (a {@code VALUES} block before the pattern would not reach there: SPARQL evaluates a
 * group's filter before joining it with what stands outside); {@code BOUND} of a term is then {@code true}, and
 * a constant grouping or ordering key, which SPARQL cannot write, is dropped. The result is plain SPARQL 1.1,
 * which any engine runs alike.
 */
public final class QueryParameters {
    private QueryParameters() {}

    /** The query with {@code bindings} (variable name to term) bound; the query itself is left unchanged. */
    public static Query bind(Query query, Map<String, Node> bindings) {
        if (bindings.isEmpty()) {
            return query;
        }
        Map<Var, Node> rest = new HashMap<>();
        bindings.forEach((name, value) -> rest.put(Var.alloc(name), value));
        Map<Var, Node> replaced = new HashMap<>();
        Query withValues = QueryTransformOps.transform(query, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData data) {
                List<Var> vars = data.getVars();
                if (vars.size() == 1 && rest.containsKey(vars.get(0))) {
                    Var var = vars.get(0);
                    replaced.put(var, rest.get(var));
                    return new ElementData(vars, List.of(BindingFactory.binding(var, rest.get(var))));
                }
                return data;
            }
        });
        replaced.keySet().forEach(rest::remove);
        if (rest.isEmpty()) {
            return withValues;
        }
        Query bound = QueryTransformOps.transform(QueryTransformOps.transform(withValues, rest), new ElementTransformCopyBase(), new BoundIsTrue());
        dropConstantKeys(bound);
        return bound;
    }

    /** Grouping or ordering by a parameter that is now a term changes nothing, and SPARQL has no syntax for it. */
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

    /** {@code BOUND} of a term, which substitution leaves where a query tested its parameter, is true. */
    private static final class BoundIsTrue extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunction1 func, Expr arg) {
            if (func instanceof E_Bound && arg.isConstant()) {
                return NodeValue.TRUE;
            }
            return super.transform(func, arg);
        }
    }
}
