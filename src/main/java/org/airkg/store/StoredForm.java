package org.airkg.store;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The form in which a term is written into a TDB2 store: an {@code xsd:decimal} in its canonical form (no trailing
 * zeros, at least one decimal place: "10" and "10.00" are written "10.0"), every other term as it is. TDB2 keeps a
 * decimal inline as its digits and scale, gives it back in this canonical form but finds it only by the form it was
 * written in, and counts "10" and "10.0" as two triples in the union graph; written canonical, a decimal is found by
 * what the store gives back and counted once.
 *
 * <pre>{@code
 * dataset.add(g, s, p, StoredForm.of(o));
 * }</pre>
 */
public final class StoredForm {
    private StoredForm() {}

    /** {@code graph} with its terms as a store is given them: {@code graph} itself when they are already. */
    public static org.apache.jena.graph.Graph of(org.apache.jena.graph.Graph graph) {
        if (!graph.find().filterKeep(t -> of(t.getObject()) != t.getObject()).hasNext()) {
            return graph;
        }
        org.apache.jena.graph.Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> out.add(t.getSubject(), t.getPredicate(), of(t.getObject())));
        return out;
    }

    /**
     * {@code graph} as a TDB2 store gives it back once written in its {@link #of stored form}, when that is known without
     * writing it: every literal a string, a language-tagged string with a lower-case tag, a decimal, or an
     * {@code xsd:integer} in canonical form. Empty for a graph with any other literal (TDB2 rewrites some of them).
     */
    public static java.util.Optional<org.apache.jena.graph.Graph> asReadBack(org.apache.jena.graph.Graph graph) {
        if (graph.find().filterDrop(t -> readsBackAsWritten(t.getObject())).hasNext()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(of(graph));
    }

    private static boolean readsBackAsWritten(Node term) {
        if (!term.isLiteral()) {
            return true;
        }
        String lang = term.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return lang.equals(lang.toLowerCase(java.util.Locale.ROOT)) && term.getLiteralBaseDirection() == null;
        }
        Object type = term.getLiteralDatatype();
        if (XSDDatatype.XSDstring.equals(type) || XSDDatatype.XSDdecimal.equals(type)) {
            return true;
        }
        if (XSDDatatype.XSDinteger.equals(type)) {
            try {
                return new java.math.BigInteger(term.getLiteralLexicalForm()).toString().equals(term.getLiteralLexicalForm());
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    /** {@code term} as a store is given it. */
    public static Node of(Node term) {
        if (!term.isLiteral() || !XSDDatatype.XSDdecimal.equals(term.getLiteralDatatype())) {
            return term;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(term.getLiteralLexicalForm().trim());
        } catch (NumberFormatException e) {
            return term;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        String canonical = (stripped.scale() < 1 ? stripped.setScale(1) : stripped).toPlainString();
        return canonical.equals(term.getLiteralLexicalForm()) ? term : NodeFactory.createLiteralDT(canonical, XSDDatatype.XSDdecimal);
    }
}
