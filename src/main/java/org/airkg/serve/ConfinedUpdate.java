package org.airkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update operation, confined to the dataset: the whole request is parsed first and refused (403,
 * nothing executed) if any {@code LOAD} names a source outside the {@link SourcePolicy}; it then runs with the
 * endpoint's context, so the SERVICE guard, the RE2 regex functions and the update timeout hold in its WHERE
 * clauses too (Fuseki's own operation runs updates with the dataset's context only).
 */
final class ConfinedUpdate extends SPARQL_Update {

    /** The base Fuseki gives update requests. */
    private static final String BASE = "http://server/unset-base/";

    private final SourcePolicy policy;
    private final Duration timeout;

    /** Refuses LOAD outside {@code policy}; cuts an update off after {@code timeout}. */
    ConfinedUpdate(SourcePolicy policy, Duration timeout) {
        this.policy = policy;
        this.timeout = timeout;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        try {
            confinedExecute(action, input);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(ConfinedQuery.TOO_DEEP);
        }
    }

    private void confinedExecute(HttpAction action, InputStream input) {
        UpdateRequest request;
        try {
            request = UpdateFactory.read(usingList(action.getRequest()), input, BASE, Syntax.defaultUpdateSyntax);
        } catch (UpdateException | QueryException e) {
            ServletOps.errorBadRequest(e.getMessage());
            return;
        }
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateLoad load && !policy.allows(load.getSource())) {
                ServletOps.errorForbidden(policy.refusal("LOAD", load.getSource()));
            }
        }
        action.beginWrite();
        try {
            UpdateExec.dataset(action.getActiveDSG()).update(request).context(action.getContext())
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).execute();
            action.commit();
        } catch (OperationDeniedException e) {
            action.abortSilent();
            ServletOps.errorForbidden(e.getMessage());
        } catch (QueryCancelledException e) {
            action.abortSilent();
            throw e;
        } catch (UpdateException | QueryBuildException e) {
            // The request's own fault, e.g. CLEAR of a graph that does not exist: one sentence, no stack trace.
            action.abortSilent();
            ServletOps.errorBadRequest(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            action.abortSilent();
            throw e;
        } finally {
            action.endWrite();
        }
    }

    /** The graphs named by the protocol's using-graph-uri and using-named-graph-uri parameters. */
    private static UsingList usingList(HttpServletRequest request) {
        UsingList using = new UsingList();
        String[] graphs = request.getParameterValues("using-graph-uri");
        String[] named = request.getParameterValues("using-named-graph-uri");
        for (String g : graphs == null ? new String[0] : graphs) {
            using.addUsing(NodeFactory.createURI(g));
        }
        for (String g : named == null ? new String[0] : named) {
            using.addUsingNamed(NodeFactory.createURI(g));
        }
        return using;
    }
}
