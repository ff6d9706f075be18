package org.airkg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words that tell written populations apart, on populations written for testing. */
class PopulationsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Advanced, AI-resistant tumours                 | advanced resistant",
        "advanced, endocrine-resistant cancers          | advanced resistant",
        "a refractory patient cohort                    | resistant",
        "Patients resistant to tamoxifen                | resistant",
        "Therapy-Naïve / Early Tumours                  | early untreated",
        "previously untreated women                     | untreated",
        "HR-positive, HER2-negative advanced cancers    | advanced her2- hr+",
        "HR+/HER2- advanced tumors                      | advanced her2- hr+",
        "advanced, Asian tumours                        | advanced asian",
        "patients at progression                        | at progression",
        "ESR1 p.Y537S                                    | esr1 y537s",
        "ESR1 Y537S-mutant                              | esr1 y537s-mutant",
        "overall                                        | ''",
        "all patients                                   | ''"})
    void keepsTheWordsThatTellPopulationsApart(String population, String key) {
        assertEquals(key, Populations.key(population));
    }
}
