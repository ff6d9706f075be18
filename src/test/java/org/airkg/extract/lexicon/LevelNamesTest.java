package org.airkg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LevelNamesTest {
    @Test
    void aRaisedLevelIsWrittenWithEachDirectionWordBeforeOrAfterItsAnalyteWithOrWithoutASpecimen() {
        assertEquals(List.of("elevated ALT", "increased ALT", "raised ALT", "high ALT", "ALT increase", "ALT elevated", "ALT elevation",
                "elevated serum ALT", "increased serum ALT", "raised serum ALT", "high serum ALT", "serum ALT increased", "serum ALT increase",
                "serum ALT elevated", "serum ALT elevation", "elevated blood ALT", "increased blood ALT", "raised blood ALT", "high blood ALT",
                "blood ALT increased", "blood ALT increase", "blood ALT elevated", "blood ALT elevation"),
                LevelNames.variants("ALT increased"));
    }

    @Test
    void aPluralAnalyteIsSingularBeforeTheNounOfItsChange() {
        List<String> variants = LevelNames.variants("Elevated liver enzymes");
        assertEquals(List.of(true, true, true, false),
                List.of(variants.contains("raised liver enzymes"), variants.contains("liver enzyme elevation"),
                        variants.contains("liver enzymes increased"), variants.contains("Elevated liver enzymes")));
    }

    @Test
    void aLoweredLevelHasTheWordsOfALowering() {
        List<String> variants = LevelNames.variants("Decreased HDL cholesterol");
        assertEquals(List.of(true, true, true, false), List.of(variants.contains("low HDL cholesterol"), variants.contains("HDL cholesterol reduction"),
                variants.contains("reduced serum HDL cholesterol"), variants.contains("raised HDL cholesterol")));
    }

    @Test
    void namesOfOtherShapesAndOfCountsLevelsOrRisksHaveNoVariants() {
        assertEquals(List.of(List.of(), List.of(), List.of(), List.of()),
                List.of(LevelNames.variants("Nausea"), LevelNames.variants("Increased body weight"), LevelNames.variants("High palate of the mouth"),
                        LevelNames.variants("Increased susceptibility to fractures")));
    }
}
