package org.airkg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CuriesTest {
    @ParameterizedTest
    @CsvSource({
        "CHEBI:6413, http://purl.obolibrary.org/obo/CHEBI_6413",
        "drugbank:DB01006, https://go.drugbank.com/drugs/DB01006",
        "pubchem.compound:3902, https://pubchem.ncbi.nlm.nih.gov/compound/3902",
        "chembl.compound:CHEMBL1444, https://www.ebi.ac.uk/chembl/compound_report_card/CHEMBL1444",
        "hgnc:3467, https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/3467",
        "ncbigene:2099, https://www.ncbi.nlm.nih.gov/gene/2099",
        "uniprot:P03372, http://purl.uniprot.org/uniprot/P03372",
        "reactome:R-HSA-8939211, https://reactome.org/content/detail/R-HSA-8939211",
        "kegg.pathway:hsa00071, https://www.kegg.jp/entry/hsa00071",
        "GO:0043491, http://purl.obolibrary.org/obo/GO_0043491",
        "MONDO:0007254, http://purl.obolibrary.org/obo/MONDO_0007254",
        "DOID:1612, http://purl.obolibrary.org/obo/DOID_1612",
        "HP:0000939, http://purl.obolibrary.org/obo/HP_0000939",
        "NCIT:C9335, http://purl.obolibrary.org/obo/NCIT_C9335",
        "EFO:0000305, http://www.ebi.ac.uk/efo/EFO_0000305",
        "OBI:0000070, http://purl.obolibrary.org/obo/OBI_0000070",
        "cellosaurus:0031, https://www.cellosaurus.org/CVCL_0031",
        "clinicaltrials:NCT01602380, https://clinicaltrials.gov/study/NCT01602380",
    })
    void expandsToTheBioregistryIri(String curie, String iri) {
        assertEquals(iri, Curies.expand(curie));
        assertEquals(curie, Curies.parse(curie).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "cellosaurus:CVCL_0031", // the IRI prefix already ends in CVCL_
        "hgnc:HGNC:3467", // the local id is the number
        "chebi:6413", // OBO prefixes keep their case
        "CHEBI:CHEBI_6413",
        "drugbank:DB1006",
        "chembl.compound:1444",
        "pubchem.compound:CID3902",
        "clinicaltrials:NCT123",
        "unknown:1",
        "CHEBI:",
        ":6413",
        "CHEBI6413",
        "",
    })
    void rejectsMalformedOrUnknownCuries(String curie) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Curies.parse(curie));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void everyPrefixHasAnIriPrefixAndAPattern() {
        assertTrue(Curies.prefixes().size() >= 18);
        for (String prefix : Curies.prefixes()) {
            assertTrue(Curies.iriPrefix(prefix).orElseThrow().startsWith("http"), prefix);
            assertTrue(Curies.localIdPattern(prefix).isPresent(), prefix);
        }
        assertTrue(Curies.iriPrefix("chebi").isEmpty());
    }

    @Test
    void anUnknownPrefixMessageListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Curies.parse("chebi:6413"));
        assertTrue(e.getMessage().contains("unknown prefix 'chebi'"), e.getMessage());
        assertTrue(e.getMessage().contains("CHEBI"), e.getMessage());
    }
}
