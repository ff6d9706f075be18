package org.airkg.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Binds a catalogue query's parameters as RDF terms in its syntax tree, never by editing its text. A parameter
 * with a default is written in portable SPARQL 1.1 as a one-variable {@code VALUES} block
 * ({@code VALUES ?ai { <https://w3id.org/airkg/id/drug/anastrozole> }}): a bound value replaces that block's
 * rows. Any other parameter (one whose absence means "every ...", read with {@code BOUND} or as a pattern
 * variable) gets a one-row {@code VALUES} block of its own at the start of the query's pattern, so the whole
 * pattern, its filters included, sees it bound. The result is the query's own text with data blocks changed,
 * which any SPARQL 1.1 engine runs alike (Jena's {@code substitution} would write {@code BOUND(<iri>)}, which is
 * no SPARQL).
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
        ElementGroup pattern = new ElementGroup();
        rest.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Var::getVarName)))
                .forEach(e -> pattern.addElement(new ElementData(List.of(e.getKey()), List.of(BindingFactory.binding(e.getKey(), e.getValue())))));
        Element where = withValues.getQueryPattern();
        if (where instanceof ElementGroup group) {
            group.getElements().forEach(pattern::addElement);
        } else {
            pattern.addElement(where);
        }
        withValues.setQueryPattern(pattern);
        return withValues;
    }
}
