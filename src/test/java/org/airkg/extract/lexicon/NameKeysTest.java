package org.airkg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How texts are cut into tokens and how names become keys: what the dictionary matcher compares. */
class NameKeysTest {
    /** Each token as start-end:exact/folded, with "+joiner" when it joins the token before it and "." when it is a decimal's. */
    private static String described(String text) {
        return NameKeys.tokens(text).stream().map(t -> t.start() + "-" + t.end() + ":" + t.exact() + "/" + t.folded()
                + (t.joinsPrevious() ? "+[" + t.joiner() + "|" + t.foldedJoiner() + "]" : "") + (t.decimal() ? "." : ""))
                .collect(Collectors.joining(" "));
    }

    @Test
    void tokensKeepTheTextAsWrittenWhenItHasNoGreekLetterOrAccent() {
        assertEquals("0-3:MCF/mcf 4-5:7/7+[|] 6-11:cells/cells+[ | ]", described("MCF-7 cells"));
        assertEquals("0-4:IC50/ic50 5-7:of/of+[ | ] 8-9:1/1+[|] 10-11:2/2+[|].", described("IC50 of 1.2"));
    }

    @Test
    void greekLettersAreSpelledAndAccentsDropped() {
        assertEquals("0-3:ERalpha/eralpha", described("ERα"));
        assertEquals("0-5:p110alpha/p110alpha", described("p110α"));
        assertEquals("0-9:Mullerian/mullerian", described("Müllerian"));
        assertEquals("0-2:ER/er 3-4:alpha/alpha+[|]", described("ER α"));
    }

    @Test
    void britishSpellingsFoldToAmerican() {
        assertEquals(List.of("estrogen", "tumor", "labeling", "anemia", "signaled", "randomization", "randomized", "color"),
                List.of("oestrogen", "tumour", "labelling", "anaemia", "signalled", "randomisation", "randomised", "colour")
                        .stream().map(NameKeys::fold).toList());
        // words holding none of the British spellings are their own lower case
        assertEquals(List.of("letrozole", "her2", "four", "ours", "fulvestrant", "cells"),
                List.of("Letrozole", "HER2", "four", "ours", "Fulvestrant", "cells").stream().map(NameKeys::fold).toList());
    }

    @Test
    void keysJoinAcrossSpacesHyphensAndSlashesButNotCommas() {
        assertEquals("MCF7", NameKeys.exactKey("MCF-7"));
        assertEquals("MCF7", NameKeys.exactKey("MCF 7"));
        assertEquals("estrogen receptor", NameKeys.foldedKey("oestrogen receptor"));
        assertEquals("live birth rate", NameKeys.foldedKey("live-birth rate"));
        assertEquals("CDK1/2", NameKeys.exactKey("CDK1/2"));
        assertEquals("ERalpha", NameKeys.exactKey("ER α"));
        assertNull(NameKeys.exactKey("PI3K, AKT"));
    }

    @Test
    void tokensOfATextGiveTheKeysOfItsNames() {
        for (String name : List.of("MCF-7", "ER α", "oestrogen receptor-positive", "p.Glu17Lys", "CDK4/6 inhibitors", "letrozole's",
                "Müllerian-inhibiting substance", "T-47D", "ERBB2 (HER2)")) {
            List<NameKeys.Token> tokens = NameKeys.tokens(name);
            StringBuilder exact = new StringBuilder();
            StringBuilder folded = new StringBuilder();
            for (NameKeys.Token t : tokens) {
                exact.append(t.joiner()).append(t.exact());
                folded.append(t.foldedJoiner()).append(t.folded());
            }
            assertEquals(NameKeys.exactKey(name), exact.toString(), name);
            assertEquals(NameKeys.foldedKey(name), folded.toString(), name);
        }
    }
}
