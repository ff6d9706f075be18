package org.airkg.query;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.airkg.AirkgException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.system.Txn;

/** Runs a SPARQL query on a dataset with parameters bound as RDF terms, and writes its results. */
public final class QueryRunner {
    /** How results are written. */
    public enum Format { TABLE, CSV, TSV, JSON }

    private QueryRunner() {}

    /** Parses a query; a syntax error is one line, {@code file:line:column: what}, at the place the parser names. */
    public static Query parse(CatalogQuery query) {
        try {
            return QueryFactory.create(query.sparql());
        } catch (QueryParseException e) {
            throw new AirkgException(query.file() + ":" + SyntaxError.describe(e), e);
        }
    }

    /**
     * Checks {@code --param NAME=VALUE} arguments against the parameters of a query and binds them as RDF terms:
     * an unknown or repeated name fails with a sentence naming it and the query's parameters. A query whose header
     * declares none takes the names of the variables of its pattern.
     */
    public static Map<String, Node> bind(CatalogQuery query, Query parsed, java.util.List<String> arguments) {
        java.util.Set<String> known = new java.util.TreeSet<>(query.parameters().keySet());
        if (known.isEmpty()) {
            org.apache.jena.sparql.syntax.PatternVars.vars(parsed.getQueryPattern()).forEach(v -> known.add(v.getVarName()));
        }
        Map<String, Node> bindings = new java.util.LinkedHashMap<>();
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--param " + argument + ": give NAME=VALUE.");
            }
            String name = argument.substring(0, eq).strip();
            if (!known.contains(name)) {
                throw new IllegalArgumentException("--param " + name + ": the query " + query.name()
                        + (known.isEmpty() ? " has no parameters." : " has no parameter '" + name + "'; its parameters are "
                        + String.join(", ", known) + "."));
            }
            if (bindings.put(name, term(argument.substring(eq + 1))) != null) {
                throw new IllegalArgumentException("--param " + name + " is given twice; give each parameter once.");
            }
        }
        return bindings;
    }

    /**
     * Turns a parameter value into an RDF term: {@code <...>} or an http(s) IRI is an IRI, a Turtle-style
     * literal ({@code "x"@en}, {@code "5"^^xsd:int}) or a number is parsed as one, anything else is a plain string.
     */
    public static Node term(String value) {
        String v = value.strip();
        if (v.matches("(?i)https?://\\S+")) {
            return NodeFactory.createURI(v);
        }
        if (v.startsWith("<") || v.startsWith("\"") || v.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
            try {
                return NodeFactoryExtra.parseNode(v);
            } catch (RuntimeException e) {
                throw new AirkgException("cannot read parameter value " + value + ": " + e.getMessage());
            }
        }
        return NodeFactory.createLiteralString(v);
    }

    /** The query with its parameters bound as terms (see {@link QueryParameters}). */
    public static Query withParameters(Query query, Map<String, Node> bindings) {
        return QueryParameters.bind(query, bindings);
    }

    /** Runs {@code query} with {@code bindings} (variable name to term) and writes the results to {@code out}. */
    public static void run(Dataset dataset, Query query, Map<String, Node> bindings, Format format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            QueryExecBuilder builder = QueryExec.dataset(dataset.asDatasetGraph()).query(withParameters(query, bindings));
            try (QueryExec exec = builder.build()) {
                if (query.isSelectType()) {
                    write(ResultSet.adapt(exec.select()), format, out);
                } else if (query.isAskType()) {
                    boolean answer = exec.ask();
                    if (format == Format.JSON) {
                        ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
                    } else {
                        new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8).println(answer ? "yes" : "no");
                    }
                } else if (query.isConstructType() || query.isDescribeType()) {
                    RDFDataMgr.write(out, query.isConstructType() ? exec.construct() : exec.describe(),
                            format == Format.JSON ? Lang.JSONLD : Lang.TURTLE);
                } else {
                    throw new AirkgException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run");
                }
            }
        });
    }

    /** Runs a SELECT query and returns its rows, rewindable, for tests and callers that inspect them. */
    public static ResultSetRewindable select(Dataset dataset, Query query, Map<String, Node> bindings) {
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder builder = QueryExec.dataset(dataset.asDatasetGraph()).query(withParameters(query, bindings));
            try (QueryExec exec = builder.build()) {
                return ResultSet.adapt(exec.select()).rewindable();
            }
        });
    }

    private static void write(ResultSet results, Format format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, results);
            case CSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, results, ResultSetLang.RS_JSON);
            default -> throw new IllegalArgumentException(format.name().toLowerCase(Locale.ROOT));
        }
    }
}
