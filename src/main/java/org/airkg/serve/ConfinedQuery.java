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
 * deeply to parse or plan (Fuseki's own answers 500 and logs the whole stack overflow); a SELECT's rows are capped
 * ({@link CappedRowSet}); every query runs through the {@link ExecutionGate}, and gives up waiting there after the
 * query timeout.
 */
final class ConfinedQuery extends SPARQL_QueryDataset {

    private final long maxRows;
    private final ExecutionGate gate;
    private final java.time.Duration timeout;

    /**
     * A query operation whose SELECT answers have at most {@code maxRows} rows (see {@link CappedRowSet}), and
     * whose queries pass through {@code gate}, waiting there at most {@code timeout}.
     */
    ConfinedQuery(long maxRows, ExecutionGate gate, java.time.Duration timeout) {
        this.maxRows = maxRows;
        this.gate = gate;
        this.timeout = timeout;
    }

    /** The answer to a request whose nesting overflows the stack: a user error, not a server fault. */
    static final String TOO_DEEP = "The request is nested too deeply to evaluate (thousands of UNION, OPTIONAL or"
            + " braces); split it into smaller requests.";

    @Override
    protected void execute(String queryString, HttpAction action) {
        try (ExecutionGate.Ticket ticket = gate.enter(timeout)) {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(TOO_DEEP);
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query query, String queryStringLog) {
        if (QueryDepth.tooDeep(query)) {
            ServletOps.errorBadRequest(TOO_DEEP);
        }
        try {
            QueryExecResult result = super.executeQuery(action, queryExec, query, queryStringLog);
            Object answer = action.getRequest().getAttribute(Answer.ATTRIBUTE);
            if (result != null && result.isRowSet() && answer instanceof Answer a) {
                return new QueryExecResult(new CappedRowSet(result.rowSet(), maxRows, a));
            }
            return result;
        } catch (OperationDeniedException e) {
            ServletOps.errorForbidden(e.getMessage());
            return null;
        }
    }
}
