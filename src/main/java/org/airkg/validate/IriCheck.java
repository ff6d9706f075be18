package org.airkg.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Every IRI of a dataset checked by Jena's IRI parser (IRIx): absolute and without violations, so that the
 * dumps parse in any strict RDF reader. Jena itself writes an invalid IRI without complaint (with escapes
 * that N-Quads forbids), which is why the build checks before it writes.
 */
public final class IriCheck {
    /** One invalid IRI: the IRI, the graph it is in and why. */
    public record Invalid(String iri, String graph, String reason) {}

    private IriCheck() {}

    /** The invalid IRIs of {@code dataset}, each once, in the order met. */
    public static List<Invalid> invalid(Dataset dataset) {
        Set<String> seen = new LinkedHashSet<>();
        List<Invalid> invalid = new ArrayList<>();
        Txn.executeRead(dataset, () -> dataset.asDatasetGraph().find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                if (n != null && n.isURI() && seen.add(n.getURI())) {
                    reason(n.getURI()).ifPresent(r -> invalid.add(new Invalid(n.getURI(), graphName(q), r)));
                }
            }
        }));
        return invalid;
    }

    /** The invalid IRIs of the graph named {@code name}, each once, in the order met. */
    public static List<Invalid> invalid(org.apache.jena.graph.Graph graph, String name) {
        Set<String> seen = new LinkedHashSet<>();
        List<Invalid> invalid = new ArrayList<>();
        if (seen.add(name)) {
            reason(name).ifPresent(r -> invalid.add(new Invalid(name, name, r)));
        }
        graph.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI() && seen.add(n.getURI())) {
                    reason(n.getURI()).ifPresent(r -> invalid.add(new Invalid(n.getURI(), name, r)));
                }
            }
        });
        return invalid;
    }

    private static String graphName(Quad q) {
        return q.getGraph() == null || q.isDefaultGraph() ? "default graph" : q.getGraph().getURI();
    }

    /** Why an IRI is not valid, or empty when it is. */
    static java.util.Optional<String> reason(String iri) {
        try {
            IRIx x = IRIx.create(iri);
            if (x.isRelative()) {
                return java.util.Optional.of("relative, without a scheme");
            }
            if (x.hasViolations()) {
                StringBuilder sb = new StringBuilder();
                x.handleViolations((error, message) -> sb.append(sb.length() == 0 ? "" : "; ").append(message));
                return java.util.Optional.of(sb.toString());
            }
            return java.util.Optional.empty();
        } catch (IRIException e) {
            return java.util.Optional.of(e.getMessage());
        }
    }
}
