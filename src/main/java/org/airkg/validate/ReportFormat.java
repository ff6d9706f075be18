package org.airkg.validate;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.airkg.rdf.Namespaces;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.util.FmtUtils;

/** How a {@link ShapeReport} is written: as text for people, or as the SHACL validation report in Turtle. */
public enum ReportFormat {
    /** A summary line, one line per result up to a limit, how many more there are, and counts by shape. */
    TEXT {
        @Override
        public void write(ShapeReport report, PrintWriter out, int limit) {
            out.println(summary(report));
            report.violations().stream().limit(limit).forEach(v -> out.println(line(v)));
            int more = report.violations().size() - Math.min(limit, report.violations().size());
            if (more > 0) {
                out.printf("... and %d more (%d in all; --format turtle lists every one)%n", more, report.violations().size());
            }
            if (!report.violations().isEmpty()) {
                out.println("by shape: " + report.countsByShape().entrySet().stream()
                        .map(e -> node(e.getKey()) + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
            }
            out.flush();
        }
    },
    /** The {@code sh:ValidationReport} with every result, in Turtle. */
    TURTLE {
        @Override
        public void write(ShapeReport report, PrintWriter out, int limit) {
            out.print(RDFWriter.source(report.rdf()).format(RDFFormat.TURTLE_PRETTY).asString());
            out.flush();
        }
    };

    /** The longest a literal value is shown in text before it is cut. */
    private static final int MAX_VALUE = 60;

    private static final PrefixMapping PREFIXES = Namespaces.setPrefixes(PrefixMapping.Factory.create())
            .setNsPrefix("sh", SHACL.getURI())
            .setNsPrefix("shapes", "https://w3id.org/airkg/shapes#")
            .lock();

    /** Writes {@code report}; {@code limit} is how many results the text lists (Turtle lists all). */
    public abstract void write(ShapeReport report, PrintWriter out, int limit);

    /** The prefixes reports are written with: AIR-KG's, {@code sh:} and {@code shapes:}. */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }

    /** The one-line summary: whether the graph conforms, and how many results of each severity. */
    public static String summary(ShapeReport report) {
        Map<Severity, Long> counts = report.countsBySeverity();
        String verdict = report.conforms() ? "conforms" : report.hasViolations() ? "does not conform" : "conforms but for warnings";
        return String.format(Locale.ROOT, "SHACL: %s: %d violations, %d warnings, %d infos in %d triples"
                        + " (the named graphs' union plus the ontology file read again) (%.2f s)",
                verdict, counts.get(Severity.VIOLATION), counts.get(Severity.WARNING), counts.get(Severity.INFO),
                report.triples(), report.elapsed().toMillis() / 1000.0);
    }

    /** One result as a line: severity, focus node, path, value, message and shape. */
    public static String line(ShapeReport.Violation v) {
        StringBuilder sb = new StringBuilder();
        sb.append(v.severity().label()).append(": ").append(node(v.focusNode()));
        v.path().ifPresent(p -> sb.append(' ').append(p.toString(new Prologue(PREFIXES))));
        v.value().ifPresent(value -> sb.append(" = ").append(value(value)));
        sb.append(": ").append(v.message()).append(" [").append(node(v.shape())).append(']');
        return sb.toString();
    }

    static String node(Node node) {
        return node.isBlank() ? "[]" : FmtUtils.stringForNode(node, PREFIXES);
    }

    private static String value(Node value) {
        String s = node(value);
        return s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE) + "...";
    }
}
