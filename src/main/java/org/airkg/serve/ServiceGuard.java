package org.airkg.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.bulk.ChainingServiceExecutorBulk;
import org.apache.jena.sparql.service.bulk.ServiceExecutorBulk;
import org.apache.jena.sparql.util.Context;

/**
 * The first link of the SERVICE executor chain of a context: refuses a SERVICE whose endpoint is not in the
 * {@link SourcePolicy}, or is a variable, before any executor opens a connection. It runs when the plan is built,
 * so a refused query answers 403 before any result is sent, wherever the SERVICE stands (EXISTS, subquery, update).
 */
final class ServiceGuard implements ChainingServiceExecutorBulk {

    private final SourcePolicy policy;

    private ServiceGuard(SourcePolicy policy) {
        this.policy = policy;
    }

    /** Puts a guard for {@code policy} in front of the SERVICE executors of {@code context}. */
    static void install(Context context, SourcePolicy policy) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.chooseRegistry(context).copy();
        registry.addBulkLink(new ServiceGuard(policy));
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public QueryIterator createExecution(OpService opService, QueryIterator input, ExecutionContext execCxt,
            ServiceExecutorBulk chain) {
        Node endpoint = opService.getService();
        if (!endpoint.isURI()) {
            throw new OperationDeniedException("SERVICE " + endpoint + " is refused: the endpoint must be an IRI"
                    + " this server is allowed to call.");
        }
        if (!policy.allows(endpoint.getURI())) {
            throw new OperationDeniedException(policy.refusal("SERVICE", endpoint.getURI()));
        }
        return chain.createExecution(opService, input, execCxt);
    }
}
