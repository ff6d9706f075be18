package org.airkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.airkg.store.TdbStore;
import org.airkg.validate.GraphValidator;
import org.airkg.validate.ReportFormat;
import org.airkg.validate.ShapeReport;
import org.apache.jena.query.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code airkg validate}: checks the built store against the SHACL shapes; exit 1 when a result is a violation. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the store against the SHACL shapes; exit 1 when there are violations (warnings pass).")
final class ValidateCommand implements Callable<Integer> {
    /** How many results the text report lists before it only counts the rest. */
    static final int LISTED = 50;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "target/airkg/tdb2",
            description = "The TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--shapes", paramLabel = "FILE", defaultValue = "ontology/shapes.ttl",
            description = "The SHACL shapes (default: ${DEFAULT-VALUE}).")
    Path shapes;

    @Option(names = "--ontology", paramLabel = "FILE", defaultValue = "ontology/airkg.ttl",
            description = "The ontology, for class lookups (default: ${DEFAULT-VALUE}).")
    Path ontology;

    @Option(names = "--format", defaultValue = "text", description = "text or turtle (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GraphValidator validator = GraphValidator.load(shapes, ontology);
        Dataset dataset = TdbStore.open(store);
        ShapeReport report;
        try {
            report = validator.validate(dataset);
        } finally {
            TdbStore.close(dataset);
        }
        PrintWriter out = spec.commandLine().getOut();
        format.write(report, out, LISTED);
        return report.hasViolations() ? Main.EXIT_DATA : 0;
    }
}
