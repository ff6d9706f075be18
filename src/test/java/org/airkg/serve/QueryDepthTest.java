package org.airkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class QueryDepthTest {
    private static String unions(int branches) {
        StringBuilder q = new StringBuilder("SELECT * {");
        for (int i = 0; i < branches; i++) {
            q.append(i == 0 ? "" : " UNION ").append("{ ?s <urn:p").append(i).append("> ?o }");
        }
        return q.append('}').toString();
    }

    @Test
    void aChainOfUnionsIsAsDeepAsItIsLong() {
        assertEquals(5, QueryDepth.depth(QueryFactory.create(unions(3)).getQueryPattern(), 100),
                "the query's group, two binary unions, and each branch's group with its triple pattern");
    }

    @Test
    void thousandsOfUnionsAreTooDeepAndAnOrdinaryQueryIsNot() {
        assertTrue(QueryDepth.tooDeep(QueryFactory.create(unions(5000))));
        assertFalse(QueryDepth.tooDeep(QueryFactory.create("""
                PREFIX airkg: <https://w3id.org/airkg/ontology#>
                SELECT ?d (COUNT(?m) AS ?n) WHERE { ?m airkg:mentionedIn ?d OPTIONAL { ?m airkg:text ?t } FILTER(?t != "x") }
                GROUP BY ?d ORDER BY DESC(?n) LIMIT 10""")));
    }
}
