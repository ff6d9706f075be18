package org.airkg.serve.explore;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.airkg.AirkgException;
import org.airkg.query.CatalogQuery;
import org.airkg.query.QueryParameters;
import org.airkg.query.QueryRunner;
import org.apache.jena.graph.Node;

/**
 * Binds a query's parameters with Jena and writes the bound query as SPARQL text, which the explorer then sends
 * to the read-only SPARQL endpoint: a value becomes an RDF term (as {@code ./airkg query --param} reads it) that
 * replaces the variable in the parsed query, so no user text is ever spliced into a query.
 *
 * <p>A parameter whose description (in the query's header) calls it an IRI must be given an absolute http(s)
 * IRI; any other value is read as {@code ./airkg query} reads it, so a value that must stay text whatever it
 * holds is sent as a quoted literal ({@code "..."}, Turtle escapes).
 *
 * <p>The binding is {@link QueryParameters#bind}'s, the one {@code ./airkg query} uses, for the catalogue's
 * queries and the explorer's own alike.
 */
final class QueryBinder {

    /** Characters an IRI in SPARQL may not hold (IRIREF of the SPARQL grammar). */
    private static final Pattern BAD_IRI = Pattern.compile("[\\x00-\\x20<>\"{}|^`\\\\]");

    /** A parameter whose description says it is an IRI takes only an IRI. */
    private static final Pattern IRI_WORD = Pattern.compile("\\bIRI\\b");

    /** A longer value is no name, identifier or IRI the graph holds. */
    static final int MAX_VALUE = 2_000;

    private QueryBinder() {}

    /**
     * The text of {@code query} with {@code values} (parameter name to value) bound; fails with a
     * {@link BindException} naming the parameter when a name is not a parameter of the query or a value is bad.
     */
    static String bind(CatalogQuery query, Map<String, String> values) {
        Map<String, Node> bindings = new HashMap<>();
        values.forEach((name, value) -> bindings.put(name, term(query, name, value)));
        return QueryParameters.bind(QueryRunner.parse(query), bindings).serialize();
    }

    private static Node term(CatalogQuery query, String name, String value) {
        if (!query.parameters().containsKey(name)) {
            throw new BindException("query " + query.name() + " has no parameter " + name
                    + " (its parameters: " + String.join(", ", query.parameterNames()) + ")");
        }
        if (value.length() > MAX_VALUE) {
            throw new BindException("parameter " + name + " of query " + query.name() + ": value longer than "
                    + MAX_VALUE + " characters");
        }
        Node node;
        try {
            node = QueryRunner.term(value);
        } catch (AirkgException e) {
            throw new BindException("parameter " + name + " of query " + query.name() + ": " + e.getMessage(), e);
        }
        boolean wantsIri = IRI_WORD.matcher(query.parameters().get(name)).find();
        if ((wantsIri && !node.isURI()) || (node.isURI() && BAD_IRI.matcher(node.getURI()).find())) {
            throw new BindException("parameter " + name + " of query " + query.name() + ": " + value
                    + " is not an IRI (spaces, quotes, angle or curly brackets, |, ^, ` and \\ are not allowed)");
        }
        return node;
    }

    /** A parameter that cannot be bound; the message names the query and the parameter. */
    static final class BindException extends AirkgException {
        BindException(String message) {
            super(message);
        }

        BindException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
