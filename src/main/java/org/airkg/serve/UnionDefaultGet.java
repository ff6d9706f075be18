package org.airkg.serve;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * The read-only graph store protocol with the default graph as SPARQL sees it: {@code GET /airkg/get?default}
 * answers the union of the named graphs, as a query's default graph does, instead of TDB2's stored default graph
 * (empty in an AIR-KG store). Named graphs and the whole dataset (no parameter) are served as Fuseki serves them.
 */
final class UnionDefaultGet extends GSP_R {

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph dataset = super.decideDataset(action);
        if (action.getRequest().getParameter("default") == null) {
            return dataset;
        }
        return new DatasetGraphWrapper(dataset) {
            @Override
            public Graph getDefaultGraph() {
                return getUnionGraph();
            }
        };
    }
}
