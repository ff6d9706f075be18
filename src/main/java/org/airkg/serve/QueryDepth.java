package org.airkg.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.Element1;
import org.apache.jena.sparql.syntax.ElementAntiJoin;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementSemiJoin;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * How deeply a query's algebra will nest, read from its syntax without recursion: "A UNION B UNION C ..." compiles
 * to a chain of binary unions as deep as it is long, and the parts of a group to a chain of joins. Compiling or
 * evaluating an expression that deep overflows the stack at a depth that depends on how the JVM compiled Jena's
 * walkers, so a request is refused by this depth, before anything recursive touches it.
 */
final class QueryDepth {
    /** The deepest a request may nest: far above any catalogue query (under 20), far below an overflow. */
    static final int MAX = 1000;

    private QueryDepth() {}

    /** Whether the query nests deeper than {@link #MAX}. */
    static boolean tooDeep(Query query) {
        return query.getQueryPattern() != null && depth(query.getQueryPattern(), MAX + 1) > MAX;
    }

    /**
     * The depth of the algebra {@code pattern} compiles to, at most (a group of n parts is n deep above its deepest
     * part, a union of n branches n - 1), counted up to {@code limit}.
     */
    static int depth(Element pattern, int limit) {
        record Node(Element element, int depth) {}
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(new Node(pattern, 1));
        int deepest = 0;
        while (!pending.isEmpty() && deepest < limit) {
            Node n = pending.pop();
            deepest = Math.max(deepest, n.depth());
            List<Element> parts = parts(n.element());
            int below = n.element() instanceof ElementGroup ? parts.size()
                    : n.element() instanceof ElementUnion ? Math.max(1, parts.size() - 1) : 1;
            parts.forEach(p -> pending.push(new Node(p, n.depth() + below)));
        }
        return deepest;
    }

    private static List<Element> parts(Element e) {
        if (e instanceof ElementGroup g) {
            return g.getElements();
        }
        if (e instanceof ElementUnion u) {
            return u.getElements();
        }
        Element sub = e instanceof Element1 one ? one.getElement()
                : e instanceof ElementOptional o ? o.getOptionalElement()
                : e instanceof ElementMinus m ? m.getMinusElement()
                : e instanceof ElementNamedGraph g ? g.getElement()
                : e instanceof ElementService s ? s.getElement()
                : e instanceof ElementLateral l ? l.getLateralElement()
                : e instanceof ElementSemiJoin j ? j.getSubElement()
                : e instanceof ElementAntiJoin j ? j.getSubElement()
                : e instanceof ElementSubQuery q ? q.getQuery().getQueryPattern()
                : null;
        return sub == null ? List.of() : List.of(sub);
    }
}
