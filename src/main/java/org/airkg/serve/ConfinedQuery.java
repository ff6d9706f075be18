package org.airkg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's SPARQL query operation, answering 403 with the reason when the {@link ServiceGuard} refuses a
 * SERVICE (Fuseki's own answers a bare 403 and keeps the reason in its log), and 400 when a query is nested too
 * deeply to parse or plan (Fuseki's own answers 500 and logs the whole stack overflow).
 */
final class ConfinedQuery extends SPARQL_QueryDataset {

    /** The answer to a request whose nesting overflows the stack: a user error, not a server fault. */
    static final String TOO_DEEP = "The request is nested too deeply to evaluate (thousands of UNION, OPTIONAL or"
            + " braces); split it into smaller requests.";

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(TOO_DEEP);
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query query, String queryStringLog) {
        try {
            return super.executeQuery(action, queryExec, query, queryStringLog);
        } catch (OperationDeniedException e) {
            ServletOps.errorForbidden(e.getMessage());
            return null;
        }
    }
}
