package org.airkg.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.airkg.AirkgException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Validates the knowledge graph against the SHACL shapes of {@code ontology/shapes.ttl}: the data graph is
 * the union of a dataset's named graphs plus the ontology, so that {@code sh:class} and
 * {@code sh:targetClass} follow the ontology's {@code rdfs:subClassOf}.
 *
 * <pre>{@code
 * GraphValidator validator = GraphValidator.load(Path.of("ontology/shapes.ttl"), Path.of("ontology/airkg.ttl"));
 * ShapeReport report = validator.validate(TdbStore.open(Path.of("target/airkg/tdb2")));
 * ReportFormat.TEXT.write(report, new PrintWriter(System.out, true), 50);
 * }</pre>
 */
public final class GraphValidator {
    private final Shapes shapes;
    private final Graph ontology;

    private GraphValidator(Shapes shapes, Graph ontology) {
        this.shapes = shapes;
        this.ontology = ontology;
    }

    /** A validator with the shapes of {@code shapesFile} and the ontology of {@code ontologyFile} (Turtle or any RDF syntax). */
    public static GraphValidator load(Path shapesFile, Path ontologyFile) {
        Graph shapesGraph = read(shapesFile, "shapes");
        Shapes parsed;
        try {
            parsed = Shapes.parse(shapesGraph);
        } catch (ShaclParseException e) {
            throw new AirkgException(shapesFile + ": not valid SHACL: " + e.getMessage(), e);
        }
        return new GraphValidator(parsed, read(ontologyFile, "ontology"));
    }

    /** The project's shapes and ontology under {@code root}: {@code ontology/shapes.ttl} and {@code ontology/airkg.ttl}. */
    public static GraphValidator defaults(Path root) {
        return load(root.resolve("ontology/shapes.ttl"), root.resolve("ontology/airkg.ttl"));
    }

    /** The number of shapes, node and property shapes together. */
    public int shapeCount() {
        return shapes.numShapes();
    }

    /** Validates the union of the dataset's named graphs, with the ontology, read in one read transaction. */
    public ShapeReport validate(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Graph data = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> data.add(q.asTriple())));
        return validate(data);
    }

    /**
     * Validates the parts together with the ontology: for one document's graph with the descriptions of what it
     * references, or a corpus-wide graph with the nodes it links to.
     */
    public ShapeReport validate(List<Graph> parts) {
        Graph union = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(union::add);
        parts.forEach(part -> part.find().forEachRemaining(union::add));
        return report(union);
    }

    /** Validates {@code data} together with the ontology; {@code data} itself is not changed. */
    public ShapeReport validate(Graph data) {
        Graph union = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(union::add);
        data.find().forEachRemaining(union::add);
        return report(union);
    }

    private ShapeReport report(Graph union) {
        long start = System.nanoTime();
        ValidationReport report = ShaclValidator.get().validate(shapes, union);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        List<ShapeReport.Violation> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            violations.add(new ShapeReport.Violation(Severity.of(e.severity().level()), e.focusNode(),
                    Optional.ofNullable(e.resultPath()), Optional.ofNullable(e.value()), message(e), e.source(),
                    e.sourceConstraintComponent()));
        }
        Graph rdf = report.getGraph();
        rdf.getPrefixMapping().setNsPrefixes(ReportFormat.prefixes());
        return new ShapeReport(report.conforms(), violations, union.size(), elapsed, rdf);
    }

    private static String message(ReportEntry e) {
        String m = e.message();
        return m == null || m.isBlank() ? "(no message)" : m.strip();
    }

    private static Graph read(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new AirkgException(file + ": " + what + " file not found");
        }
        try {
            return RDFParser.source(file).toGraph();
        } catch (RiotException e) {
            throw new AirkgException(file + ": " + e.getMessage(), e);
        }
    }
}
