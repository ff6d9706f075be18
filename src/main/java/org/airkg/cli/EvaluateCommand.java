package org.airkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.airkg.evaluate.Evaluation;
import org.airkg.evaluate.Floors;
import org.airkg.evaluate.Gold;
import org.airkg.evaluate.GoldLoader;
import org.airkg.evaluate.ReportFormat;
import org.airkg.evaluate.Scorer;
import org.airkg.store.TdbStore;
import org.apache.jena.query.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code airkg evaluate}: scores the store against gold annotation files; exit 1 when a gold file is bad or a
 * score is below its floor.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Compare the store with gold annotation files (NAME.gold.json): precision, recall and F1 of entities, "
                + "relations and measurement fields, with every false positive and false negative.")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE|DIR",
            description = "A gold file, or a directory of *.gold.json files.")
    Path gold;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "target/airkg/tdb2",
            description = "The TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--min-entity-precision", paramLabel = "P", description = "Exit 1 when entity precision is below P (0 to 1).")
    Double minEntityPrecision;

    @Option(names = "--min-entity-recall", paramLabel = "R", description = "Exit 1 when entity recall is below R (0 to 1).")
    Double minEntityRecall;

    @Option(names = "--min-relation-precision", paramLabel = "P", description = "Exit 1 when relation precision is below P (0 to 1).")
    Double minRelationPrecision;

    @Option(names = "--min-relation-recall", paramLabel = "R", description = "Exit 1 when relation recall is below R (0 to 1).")
    Double minRelationRecall;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Floors floors;
        try {
            floors = new Floors(Optional.ofNullable(minEntityPrecision), Optional.ofNullable(minEntityRecall),
                    Optional.ofNullable(minRelationPrecision), Optional.ofNullable(minRelationRecall));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        GoldLoader.Result loaded = GoldLoader.load(gold);
        if (loaded.failures().size() > 1) {
            loaded.failures().forEach(f -> err.println("error: " + f.getMessage()));
            err.flush();
        }
        List<Gold> golds = loaded.orThrow();
        Dataset dataset = TdbStore.open(store);
        Evaluation evaluation;
        try {
            evaluation = Scorer.score(dataset, golds);
        } finally {
            TdbStore.close(dataset);
        }
        format.write(evaluation, spec.commandLine().getOut());
        List<String> shortfalls = floors.shortfalls(evaluation);
        shortfalls.forEach(s -> err.println("airkg: " + s));
        err.flush();
        return shortfalls.isEmpty() ? 0 : Main.EXIT_DATA;
    }
}
