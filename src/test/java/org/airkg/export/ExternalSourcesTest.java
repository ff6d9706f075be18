package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.airkg.export.model.ExternalSources;
import org.junit.jupiter.api.Test;

/** Identifiers grouped by the resource they point into, and written as CURIEs. */
class ExternalSourcesTest {
    @Test
    void knownPrefixesGiveCuriesAndTitles() {
        assertEquals("CHEBI:6413", ExternalSources.curie("http://purl.obolibrary.org/obo/CHEBI_6413"));
        assertEquals("hgnc:1589", ExternalSources.curie("https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/1589"));
        assertEquals("airkg.id:drug/letrozole", ExternalSources.curie("https://w3id.org/airkg/id/drug/letrozole"));
        assertEquals("biolink:affects", ExternalSources.curie("https://w3id.org/biolink/vocab/affects"));
        assertEquals("ClinicalTrials.gov", ExternalSources.of("https://clinicaltrials.gov/study/NCT01740427").title());
        assertEquals("https://example.org/x/1", ExternalSources.curie("https://example.org/x/1"));
    }

    @Test
    void unknownNamespacesOnOneHostStayApart() {
        ExternalSources.Source so = ExternalSources.of("http://purl.obolibrary.org/obo/SO_0000704");
        ExternalSources.Source pr = ExternalSources.of("http://purl.obolibrary.org/obo/PR_000000001");
        assertEquals("SO", so.prefix());
        assertEquals("http://purl.obolibrary.org/obo/SO_", so.uriSpace());
        assertEquals("PR", pr.prefix());
        assertEquals("http://www.example.org/", ExternalSources.of("http://www.example.org/thing").uriSpace());
    }
}
