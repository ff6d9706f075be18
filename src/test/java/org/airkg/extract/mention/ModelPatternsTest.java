package org.airkg.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Receptor-status subtypes have one id whatever the spelling of their statuses. */
class ModelPatternsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hormone receptor-positive, HER2-negative (HR+/HER2-) | hr-positive-her2-negative",
        "HR+/HER2- | hr-positive-her2-negative",
        "HR-positive HER2-negative | hr-positive-her2-negative",
        "oestrogen receptor-positive | er-positive",
        "ER+, PgR-positive and ERBB2-low | er-positive-pr-positive-her2-low"})
    void statusesHaveOneFormWhateverTheSpelling(String written, String key) {
        assertEquals(key, ModelPatterns.statusKey(written));
    }
}
