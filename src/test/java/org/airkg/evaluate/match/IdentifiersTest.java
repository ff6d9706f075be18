package org.airkg.evaluate.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** IRIs of the graph as CURIEs, and the CURIEs a gold file may give. */
class IdentifiersTest {
    @Test
    void irisContractWithTheLexiconPrefixes() {
        assertEquals(Optional.of("CHEBI:6413"), Identifiers.curie("http://purl.obolibrary.org/obo/CHEBI_6413"));
        assertEquals(Optional.of("drugbank:DB01006"), Identifiers.curie("https://go.drugbank.com/drugs/DB01006"));
        assertEquals(Optional.of("cellosaurus:0031"), Identifiers.curie("https://www.cellosaurus.org/CVCL_0031"));
        assertEquals(Optional.of("clinicaltrials:NCT01740427"), Identifiers.curie("https://clinicaltrials.gov/study/NCT01740427"));
        assertEquals(Optional.of("reactome:R-HSA-1257604"), Identifiers.curie("https://reactome.org/content/detail/R-HSA-1257604"));
        assertEquals(Optional.empty(), Identifiers.curie("https://example.org/thing/1"));
        assertEquals(Optional.empty(), Identifiers.curie("https://go.drugbank.com/drugs/not-an-id"));
    }

    @Test
    void goldCuries() {
        assertEquals(Optional.empty(), Identifiers.problem("hgnc:3467"));
        assertEquals(Optional.empty(), Identifiers.problem("BAO:0002993"));
        assertEquals(Optional.of("'chebi:6413': write the prefix as 'CHEBI'"), Identifiers.problem("chebi:6413"));
        assertEquals(Optional.of("'hgnc' is not a CURIE of the form prefix:local"), Identifiers.problem("hgnc"));
        assertEquals(Optional.of("'hgnc: 3467' is not a CURIE of the form prefix:local"), Identifiers.problem("hgnc: 3467"));
        assertEquals("hgnc", Identifiers.prefix("hgnc:3467"));
    }
}
