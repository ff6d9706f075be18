package org.airkg.evaluate.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The normalisation names are compared by. */
class NamesTest {
    @Test
    void caseHyphensSlashesAndSpaceAreIgnored() {
        assertEquals("pi3kaktsignalling", Names.normalize("PI3K/AKT  signalling"));
        assertEquals("cdk46", Names.normalize("CDK 4/6"));
        assertEquals("cdk46", Names.normalize("cdk4-6"));
        assertEquals("hrpositivebreastcancer", Names.normalize("HR‑positive\u00a0breast cancer"));
    }

    @Test
    void greekLettersAreSpelledOutAfterNfkc() {
        assertEquals("eralpha", Names.normalize("ERα"));
        assertEquals("eralpha", Names.normalize("ER-alpha"));
        assertEquals("tgfbeta", Names.normalize("TGF-Β"));
        assertEquals("mumol", Names.normalize("µmol"));
        assertEquals("ic50", Names.normalize("IC₅₀"));
    }

    @Test
    void otherCharactersCount() {
        assertTrue(Names.same("MCF-7", "mcf7"));
        assertFalse(Names.same("MCF-7", "MCF-7/LetR"));
        assertFalse(Names.same("T47D", "T-47D cells"));
        assertEquals("<0.001", Names.normalize("< 0.001"));
    }
}
