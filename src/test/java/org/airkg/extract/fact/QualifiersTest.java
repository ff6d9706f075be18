package org.airkg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The qualifiers that keep values of one endpoint apart, read from texts written for testing. */
class QualifiersTest {
    /** A CSV cell as what it states: nothing for an empty cell. */
    private static Optional<String> optional(String cell) {
        return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Overall survival at 36 months                 | 36 month",
        "3-year invasive disease-free survival         | 3 year",
        "Response at week 12                           | week 12",
        "Mutations detected at progression             | progression",
        "Women after 5 years of adjuvant therapy       | ''",
        "Viability at 72 h, % of vehicle               | 72 hour",
        "24 h                                          | 24 hour",
        "24-h viability                                | 24 hour",
        "10-day (n = 156)                              | ''",
        "IC50 in the 7-day SRB proliferation assay     | ''",
        "Values before (run-in day 2) and after (treatment-cycle day 2) | ''",
        "a 5-year course of anastrozole                | ''",
        "4-6 week old female mice                      | ''"})
    void readsTheTimepointButNotAPriorTreatmentOrAnAge(String text, String timepoint) {
        assertEquals(optional(timepoint), Qualifiers.of(text).timepoint());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Frequency of KRAS mutations                   | ''",
        "KRAS mutation frequency in relapsed tumours   | ''",
        "Incidence of rash in KRAS-mutant patients     | kras mutant",
        "PFS in the KRAS-mutant cohort                 | kras mutant",
        "PFS in all patients                           | overall"})
    void whatAFrequencyCountsIsNoCohort(String text, String cohort) {
        assertEquals(optional(cohort), Qualifiers.of(text).cohort());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Median PFS by blinded independent central review    | central",
        "PFS (central)                                       | central",
        "PFS assessed by the investigators                   | investigator",
        "Median PFS, investigator-assessed                   | investigator",
        "Chemotherapy of investigator's choice               | ''",
        "Two independent cohorts were randomised             | ''",
        "Central serous retinopathy occurred in 3%           | ''",
        "Blinded to treatment, patients recorded hot flushes | ''"})
    void anAssessmentIsNamedByWhoAssessedNotByAWordThatCanMeanSomethingElse(String text, String assessment) {
        assertEquals(optional(assessment), Qualifiers.of(text).assessment());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Median OS, interim (months)                         | interim",
        "The final overall survival analysis                 | final",
        "Updated PFS results                                 | updated",
        "A 5-year update of the trial                        | updated",
        "The final dose was 2.5 mg                           | ''",
        "Cells were washed and the final pellet was lysed    | ''"})
    void anAnalysisIsNamedOfResultsNotByAnyWordFinal(String text, String analysis) {
        assertEquals(optional(analysis), Qualifiers.of(text).analysis());
    }
}
