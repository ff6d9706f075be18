package org.airkg.serve;

import java.time.Duration;
import java.util.Set;
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
 * <p>Each endpoint carries its own context with SERVICE calls off and the query (and update) timeout set.
 * Fuseki merges the endpoint context last, over the dataset's, so these settings hold whatever the caller's
 * dataset context says, and the caller's dataset is not changed.
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
    static DataService dataService(DatasetGraph dataset, Duration timeout, Set<String> updaters) {
        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(endpoint(Operation.Query, SPARQL, timeout, null))
                .addEndpoint(endpoint(Operation.Query, QUERY, timeout, null))
                .addEndpoint(endpoint(Operation.GSP_R, GET, timeout, null));
        if (!updaters.isEmpty()) {
            AuthPolicy onlyUpdaters = Auth.policyAllowSpecific(updaters);
            service.addEndpoint(endpoint(Operation.Update, UPDATE, timeout, onlyUpdaters))
                    .addEndpoint(endpoint(Operation.GSP_RW, DATA, timeout, onlyUpdaters));
        }
        return service.build();
    }

    private static Endpoint endpoint(Operation operation, String name, Duration timeout, AuthPolicy policy) {
        return Endpoint.create()
                .operation(operation)
                .endpointName(name)
                .context(hardened(timeout))
                .authPolicy(policy)
                .build();
    }

    /** No SERVICE to other endpoints, and a limit on how long a query or update may run. */
    static Context hardened(Duration timeout) {
        Context context = new Context();
        context.set(ARQ.httpServiceAllowed, false);
        context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        context.set(ARQ.updateTimeout, Long.toString(timeout.toMillis()));
        return context;
    }
}
