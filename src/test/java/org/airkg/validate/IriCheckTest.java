package org.airkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** The build's IRI check finds exactly the IRIs a strict parser would refuse, and no valid one. */
class IriCheckTest {
    @Test
    void findsTheIriWithASpaceAndAcceptsFragmentsAndQueries() {
        Dataset d = DatasetFactory.createTxnMem();
        var g = NodeFactory.createURI("https://w3id.org/airkg/graph/lexicon");
        var s = NodeFactory.createURI("https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/3467");
        var p = NodeFactory.createURI("http://purl.org/dc/terms/source");
        d.asDatasetGraph().add(Quad.create(g, s, p, NodeFactory.createURI("https://commonchemistry.cas.org/detail?cas_rn=112809-51-5")));
        d.asDatasetGraph().add(Quad.create(g, s, p, NodeFactory.createURI("https://example.org/paper (a note)")));
        List<String> invalid = IriCheck.invalid(d).stream().map(i -> i.iri() + " in " + i.graph()).toList();
        assertEquals(List.of("https://example.org/paper (a note) in https://w3id.org/airkg/graph/lexicon"), invalid);
    }
}
