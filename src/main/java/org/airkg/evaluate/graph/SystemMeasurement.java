package org.airkg.evaluate.graph;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A measurement the graph holds for a document, with what it is tied to, and the text it was quoted from (a
 * table cell, with the other cells of its row).
 *
 * @param statistic the {@code airkg:statisticType} as written ({@code HR}, {@code P_VALUE} ...), empty for a plain value
 * @param ciLevel the interval's level as the graph writes it, a fraction ({@code 0.95})
 * @param endpoint the endpoint entity
 * @param trial the trial entity
 * @param armDrugs the drug entities of its arm
 * @param armLabel the label of its arm
 * @param about the entities its row is about
 * @param sourceText the text of the element it was quoted from
 * @param rowTexts the texts of the other cells of that element's row, when it is a table cell
 * @param pValue the p-value stated with an effect estimate ({@code airkg:pValue}), and {@code pValueComparator} how it bounds the true one
 * @param comparedDrugs the drug entities of the arm an effect measure compares its arm with ({@code airkg:comparedArm})
 * @param timepoint when the value was observed ({@code airkg:timepoint}: "6 month", "week 12", "progression")
 */
public record SystemMeasurement(String iri, String valueText, Optional<BigDecimal> value, Optional<BigDecimal> lower,
        Optional<BigDecimal> upper, Optional<String> comparator, Optional<String> unitText, Optional<String> statistic,
        Optional<BigDecimal> ciLower, Optional<BigDecimal> ciUpper, Optional<BigDecimal> ciLevel, Optional<String> population,
        Optional<String> endpoint, Optional<String> trial, List<String> armDrugs, Optional<String> armLabel, List<String> about,
        String sourceText, List<String> rowTexts, Optional<String> analysis, Optional<String> assessment, Optional<BigDecimal> pValue,
        Optional<String> pValueComparator, List<String> comparedDrugs, Optional<String> timepoint) {
    /** A measurement that states no analysis, no assessment, no p-value with its estimate, no compared arm and no timepoint. */
    public SystemMeasurement(String iri, String valueText, Optional<BigDecimal> value, Optional<BigDecimal> lower,
            Optional<BigDecimal> upper, Optional<String> comparator, Optional<String> unitText, Optional<String> statistic,
            Optional<BigDecimal> ciLower, Optional<BigDecimal> ciUpper, Optional<BigDecimal> ciLevel, Optional<String> population,
            Optional<String> endpoint, Optional<String> trial, List<String> armDrugs, Optional<String> armLabel, List<String> about,
            String sourceText, List<String> rowTexts) {
        this(iri, valueText, value, lower, upper, comparator, unitText, statistic, ciLower, ciUpper, ciLevel, population, endpoint, trial,
                armDrugs, armLabel, about, sourceText, rowTexts, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty());
    }

    public SystemMeasurement {
        java.util.Objects.requireNonNull(analysis, "analysis");
        java.util.Objects.requireNonNull(assessment, "assessment");
        java.util.Objects.requireNonNull(pValue, "pValue");
        java.util.Objects.requireNonNull(pValueComparator, "pValueComparator");
        java.util.Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(valueText, "valueText");
        for (Optional<?> o : List.of(value, lower, upper, comparator, unitText, statistic, ciLower, ciUpper, ciLevel, population,
                endpoint, trial, armLabel)) {
            Objects.requireNonNull(o, "a field is null; use Optional.empty()");
        }
        armDrugs = List.copyOf(armDrugs);
        comparedDrugs = List.copyOf(comparedDrugs);
        about = List.copyOf(about);
        Objects.requireNonNull(sourceText, "sourceText");
        rowTexts = List.copyOf(rowTexts);
    }
}
