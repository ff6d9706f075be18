package org.airkg.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTableTest {
    private static final UnitTable STANDARD = UnitTable.standard();

    @Test
    void everyRowWithAnIriNamesWhereItWasConfirmed() {
        assertFalse(STANDARD.definitions().isEmpty());
        for (UnitDefinition d : STANDARD.definitions()) {
            if (d.iri().isPresent()) {
                String curie = Unit.curieOf(d.iri().get());
                String source = d.confirmedBy().orElseThrow(() -> new AssertionError(d.symbol() + " has an IRI but no confirmed_by"));
                assertTrue(source.contains(curie), d.symbol() + ": confirmed_by does not name " + curie);
                assertTrue(source.startsWith("bio-ontology-research-group/unit-ontology/uo.obo")
                        || source.startsWith("qudt/qudt-public-repo/"), d.symbol() + ": confirmed_by names no public file");
                assertTrue(Unit.isVocabularyIri(d.iri().get()), d.iri().get());
            } else {
                assertTrue(d.confirmedBy().isEmpty(), d.symbol() + " has confirmed_by but no IRI");
            }
        }
    }

    @Test
    void noFormIsDefinedTwice() {
        Set<String> seen = new HashSet<>();
        for (UnitDefinition d : STANDARD.definitions()) {
            for (String form : d.forms()) {
                assertTrue(seen.add(form), form + " is defined twice");
            }
        }
    }

    /** The units the corpus brief asks for: each is in the table under this written form. */
    @ParameterizedTest
    @ValueSource(strings = {"%", "nM", "μM", "mM", "M", "pM", "mg", "μg", "ng", "g", "kg", "mg/kg", "μg/kg", "mg/day",
        "μg/day", "mg/mL", "μg/mL", "ng/mL", "pg/mL", "mL", "μL", "L", "nm", "mm", "mm^3", "°C", "hours", "days", "weeks",
        "months", "years", "minutes", "fold", "cells/well", "cells/mL"})
    void coversTheUnitsOfTheCorpus(String form) {
        assertTrue(STANDARD.lookup(form).isPresent(), form);
    }

    @ParameterizedTest
    @CsvSource({
        "%, http://purl.obolibrary.org/obo/UO_0000187",
        "nM, http://purl.obolibrary.org/obo/UO_0000065",
        "mg/day, http://qudt.org/vocab/unit/MilliGM-PER-DAY",
        "μg/kg, http://qudt.org/vocab/unit/MicroGM-PER-KiloGM",
        "pg/mL, http://qudt.org/vocab/unit/PicoGM-PER-MilliL",
        "mm^3, http://qudt.org/vocab/unit/MilliM3",
        "cells/well, http://purl.obolibrary.org/obo/UO_0000317",
        "°C, http://purl.obolibrary.org/obo/UO_0000027",
    })
    void mapsUnitsToTheirConfirmedTerms(String form, String iri) {
        assertEquals(Optional.of(iri), STANDARD.lookup(form).orElseThrow().iri());
    }

    @Test
    void leavesUnconfirmedUnitsWithoutIri() {
        assertTrue(STANDARD.lookup("μg/day").orElseThrow().iri().isEmpty());
    }

    @Test
    void namesTheLineOfAProblem() {
        String header = UnitTable.HEADER + "\n";
        assertMessage("t.tsv:1:1: expected the header", "symbol\tiri\n");
        assertMessage("t.tsv:3:1: row has 4 columns, header has 5", "# comment\n" + header + "mg\t\tx\tmilligram\n");
        assertMessage("t.tsv:2:1: unit mg: IRI http://purl.obolibrary.org/obo/UO_0000022 has no confirmed_by source",
                header + "mg\t\thttp://purl.obolibrary.org/obo/UO_0000022\tmilligram\t\n");
        assertMessage("t.tsv:2:1: unit mg: confirmed_by does not name the term UO:0000022",
                header + "mg\t\thttp://purl.obolibrary.org/obo/UO_0000022\tmilligram\tsomewhere\n");
        assertMessage("t.tsv:2:1: unit mg: IRI http://example.org/mg is neither",
                header + "mg\t\thttp://example.org/mg\tmilligram\tsomewhere\n");
        assertMessage("t.tsv:3:1: unit form 'mg' is already defined on line 2",
                header + "mg\t\t\tmilligram\t\nmilligram\tmg\t\tmilligram\t\n");
        assertMessage("t.tsv:2:4: empty synonym in 'a||b'", header + "mg\ta||b\t\tmilligram\t\n");
        assertMessage("t.tsv: no header line", "# only a comment\n");
    }

    private static void assertMessage(String prefix, String content) {
        QuantityException e = assertThrows(QuantityException.class, () -> UnitTable.parse("t.tsv", content));
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }

    @Test
    void aTableOfItsOwnDrivesTheParser() {
        UnitTable table = UnitTable.parse("t.tsv", UnitTable.HEADER + "\nwidgets\t\t\twidget\t\n");
        Quantity q = QuantityParser.with(table).parseCell("12 widgets").orElseThrow();
        assertEquals(Optional.of("widgets"), q.unitSymbol());
        assertTrue(QuantityParser.with(table).parseCell("12 mg").orElseThrow().unit().isEmpty());
    }
}
