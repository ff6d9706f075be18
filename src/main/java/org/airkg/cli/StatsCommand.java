package org.airkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.airkg.export.VoidDescription;
import org.airkg.store.TdbStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code airkg stats}: describes the store with VoID, as a table or as Turtle. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Describe the store (VoID): its size, the entities of each class, the links to each external resource.")
final class StatsCommand implements Callable<Integer> {
    /** How the description is printed. */
    enum Format { TABLE, TURTLE }

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "target/airkg/tdb2",
            description = "The TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--format", defaultValue = "table", description = "table or turtle (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--endpoint", paramLabel = "URL", description = "The SPARQL endpoint to name in the description.")
    String endpoint;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Dataset dataset = TdbStore.open(store);
        Model description;
        try {
            description = VoidDescription.describe(dataset, Optional.ofNullable(endpoint));
        } finally {
            TdbStore.close(dataset);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.TURTLE) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            RDFDataMgr.write(bytes, description, RDFFormat.TURTLE_PRETTY);
            out.print(bytes.toString(StandardCharsets.UTF_8));
        } else {
            out.print(VoidDescription.table(description));
        }
        out.flush();
        return 0;
    }
}
