package org.airkg.validate;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;

/**
 * The outcome of validating a graph against the shapes: whether it conforms, every result with its
 * severity, focus node, path, value, message and shape, counts by severity and by shape, and the SHACL
 * validation report as RDF.
 *
 * @param conforms whether there is no result at all, of any severity (SHACL's {@code sh:conforms})
 * @param violations every result, most severe first, then by shape, focus node and value
 * @param triples the number of triples validated (data and ontology)
 * @param elapsed how long the validation took
 * @param rdf the {@code sh:ValidationReport} as a graph
 */
public record ShapeReport(boolean conforms, List<Violation> violations, long triples, Duration elapsed, Graph rdf) {
    /** One SHACL result. {@code path} and {@code value} are absent when the shape does not give them. */
    public record Violation(Severity severity, Node focusNode, Optional<Path> path, Optional<Node> value, String message,
            Node shape, Node component) {
        public Violation {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(focusNode, "focusNode");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(shape, "shape");
            Objects.requireNonNull(component, "component");
        }

        /** The property of the result path when the path is one property, as most are. */
        public Optional<Node> property() {
            return path.filter(P_Link.class::isInstance).map(p -> ((P_Link) p).getNode());
        }
    }

    static final Comparator<Violation> ORDER = Comparator.comparing(Violation::severity)
            .thenComparing(v -> v.shape().toString())
            .thenComparing(v -> v.focusNode().toString())
            .thenComparing(v -> v.path().map(Object::toString).orElse(""))
            .thenComparing(v -> v.value().map(Object::toString).orElse(""));

    public ShapeReport {
        violations = violations.stream().sorted(ORDER).toList();
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(rdf, "rdf");
    }

    /** The results of one severity. */
    public List<Violation> violations(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).toList();
    }

    /** How many results have {@code severity}. */
    public long count(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).count();
    }

    /** True when a result has severity {@link Severity#VIOLATION}: the graph must not be used as it is. */
    public boolean hasViolations() {
        return count(Severity.VIOLATION) > 0;
    }

    /** The number of results of each severity, every severity present (0 when none). */
    public Map<Severity, Long> countsBySeverity() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, count(s));
        }
        return counts;
    }

    /** The number of results of each shape, most frequent first (then by shape). */
    public Map<Node, Long> countsByShape() {
        Map<Node, Long> counts = new TreeMap<>(Comparator.comparing(Node::toString));
        violations.forEach(v -> counts.merge(v.shape(), 1L, Long::sum));
        Map<Node, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<Node, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
