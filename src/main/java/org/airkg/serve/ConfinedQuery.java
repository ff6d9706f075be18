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
 * SERVICE (Fuseki's own answers a bare 403 and keeps the reason in its log).
 */
final class ConfinedQuery extends SPARQL_QueryDataset {

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
