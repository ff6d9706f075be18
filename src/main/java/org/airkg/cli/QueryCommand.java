package org.airkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.airkg.AirkgException;
import org.airkg.query.CatalogQuery;
import org.airkg.query.QueryCatalog;
import org.airkg.query.QueryRunner;
import org.airkg.store.TdbStore;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code airkg query}: runs a query file, or a catalogue query by name, against the built store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query (a .rq file, or the name of a query in the catalogue) against the store.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "A .rq file, or a catalogue query's name.")
    String query;

    @Option(names = "--list", description = "List the catalogue's queries.")
    boolean list;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Bind ?NAME to VALUE (an IRI, a number, a \"literal\", or plain text), as an RDF term; NAME must be a parameter of the query, given once.")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    QueryRunner.Format format;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "target/airkg/tdb2",
            description = "The TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--catalogue", paramLabel = "DIR", defaultValue = "queries",
            description = "The query catalogue directory (default: ${DEFAULT-VALUE}).")
    Path catalogue;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        QueryCatalog catalog = new QueryCatalog(catalogue);
        if (list) {
            for (CatalogQuery q : catalog.list()) {
                out.printf("%-32s %s%n", q.name(), q.title());
                out.printf("%-32s %s%n", "", q.question());
                q.parameterNames().forEach(p -> out.printf("%-32s   --param %s=...  %s%n", "", p, q.parameters().get(p)));
            }
            out.flush();
            return 0;
        }
        if (query == null) {
            throw new AirkgException("name a query (a .rq file or a catalogue name), or use --list");
        }
        Path file = Path.of(query);
        CatalogQuery q = Files.isRegularFile(file) ? QueryCatalog.read(file)
                : catalog.find(query).orElseThrow(() -> new AirkgException(
                        query + ": no such query file, nor a query of that name in " + catalogue + " (see --list)"));
        Query parsed = QueryRunner.parse(q);
        Map<String, Node> bindings;
        try {
            bindings = QueryRunner.bind(q, parsed, params);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Dataset dataset = TdbStore.open(store);
        try {
            ByteArrayOutputStream results = new ByteArrayOutputStream();
            QueryRunner.run(dataset, parsed, bindings, format, results);
            out.print(results.toString(StandardCharsets.UTF_8));
            out.flush();
        } finally {
            TdbStore.close(dataset);
        }
        return 0;
    }
}
