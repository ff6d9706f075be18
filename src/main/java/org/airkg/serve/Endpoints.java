package org.airkg.serve;

import java.time.Duration;
import java.util.Set;
import org.airkg.serve.regex.LinearRegex;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * The named endpoints of the {@code /airkg} data service; the dataset URL itself has none.
 *
 * <p>Each endpoint carries its own context: SERVICE only to the sources of the {@link SourcePolicy} (none by
 * default) behind a {@link ServiceGuard}, every regex function on RE2/J ({@link LinearRegex}), the query and
 * update timeout, and the {@link ExecutionGate} queries pass through ({@link GatedOpExecutor}). Fuseki merges the endpoint context last, over the dataset's, so these settings hold whatever the
 * caller's dataset context says, and the caller's dataset is not changed; {@link ConfinedUpdate} runs updates
 * with it too.
 */
final class Endpoints {

    /** Query endpoint, the name most SPARQL clients expect. */
    static final String SPARQL = "sparql";
    /** Query endpoint, the name the Fuseki UI has used. */
    static final String QUERY = "query";
    /** Read-only graph store protocol. */
    static final String GET = "get";
    /** SPARQL Update, only with a password file. */
    static final String UPDATE = "update";
    /** Read-write graph store protocol, only with a password file. */
    static final String DATA = "data";

    private Endpoints() {}

    /** The data service: open read endpoints, plus update endpoints for {@code updaters} if there are any. */
    static DataService dataService(DatasetGraph dataset, Duration timeout, SourcePolicy sources, Set<String> updaters,
            ExecutionGate gate) {
        Context context = hardened(timeout, sources, gate);
        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(endpoint(Operation.Query, SPARQL, context, null))
                .addEndpoint(endpoint(Operation.Query, QUERY, context, null))
                .addEndpoint(endpoint(Operation.GSP_R, GET, context, null));
        if (!updaters.isEmpty()) {
            AuthPolicy onlyUpdaters = Auth.policyAllowSpecific(updaters);
            service.addEndpoint(endpoint(Operation.Update, UPDATE, context, onlyUpdaters))
                    .addEndpoint(endpoint(Operation.GSP_RW, DATA, context, onlyUpdaters));
        }
        return service.build();
    }

    private static Endpoint endpoint(Operation operation, String name, Context context, AuthPolicy policy) {
        return Endpoint.create()
                .operation(operation)
                .endpointName(name)
                .context(context)
                .authPolicy(policy)
                .build();
    }

    /**
     * SERVICE only to allowed sources, linear-time regular expressions, a limit on how long a request may run, and
     * queries through the execution gate.
     */
    static Context hardened(Duration timeout, SourcePolicy sources, ExecutionGate gate) {
        Context context = new Context();
        context.set(ARQ.httpServiceAllowed, !sources.isEmpty());
        ServiceGuard.install(context, sources);
        LinearRegex.install(context);
        GatedOpExecutor.install(context, gate);
        context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        context.set(ARQ.updateTimeout, Long.toString(timeout.toMillis()));
        return context;
    }
}
