package org.airkg.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.airkg.extract.quantity.Statistic.Direction;
import org.airkg.extract.quantity.Statistic.Kind;
import org.airkg.extract.quantity.Statistic.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatisticParserTest {
    private static final QuantityParser PARSER = QuantityParser.standard();

    /** Columns: text; kind; estimate; CI lower; CI upper; CI level; the statistic's text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        OR 1.70 (90% CI 1.20-2.42)          ; OR     ; 1.70  ; 1.20  ; 2.42  ; 0.90 ; OR 1.70 (90% CI 1.20-2.42)
        HR 0.80 (95% CI 0.68-0.94)          ; HR     ; 0.80  ; 0.68  ; 0.94  ; 0.95 ; HR 0.80 (95% CI 0.68-0.94)
        0.797 (95% CI 0.637-0.999)          ; EFFECT ; 0.797 ; 0.637 ; 0.999 ; 0.95 ; 0.797 (95% CI 0.637-0.999)
        0.97 (95% CI 0.77-1.21)             ; EFFECT ; 0.97  ; 0.77  ; 1.21  ; 0.95 ; 0.97 (95% CI 0.77-1.21)
        hazard ratio 0.82 (0.69 to 0.98)    ; HR     ; 0.82  ; 0.69  ; 0.98  ;      ; hazard ratio 0.82 (0.69 to 0.98)
        the RR = 1.3, 95% CI 1.1-1.6, held  ; RR     ; 1.3   ; 1.1   ; 1.6   ; 0.95 ; RR = 1.3, 95% CI 1.1-1.6
        HR: 0.91                            ; HR     ; 0.91  ;       ;       ;      ; HR: 0.91
        the hazard ratio was 0.62 (0.46-0.82) ; HR   ; 0.62  ; 0.46  ; 0.82  ;      ; hazard ratio was 0.62 (0.46-0.82)
        an OR of 2.4 (95% CI 1.2-4.8)       ; OR     ; 2.4   ; 1.2   ; 4.8   ; 0.95 ; OR of 2.4 (95% CI 1.2-4.8)
        the HR for death in 40 women        ;        ;       ;       ;       ;      ;
        """)
    void readsEffectsWithTheirIntervals(String text, Kind kind, String estimate, String lower, String upper, String level,
            String span) {
        Optional<Statistic> parsed = PARSER.effect(text);
        if (estimate == null) {
            assertTrue(parsed.isEmpty(), () -> text + " gave " + parsed);
            return;
        }
        Statistic s = parsed.orElseThrow(() -> new AssertionError(text + " gave no effect"));
        assertEquals(kind, s.kind());
        assertDecimal(estimate, s.estimate().flatMap(Quantity::value));
        assertDecimal(lower, s.ciLower());
        assertDecimal(upper, s.ciUpper());
        assertDecimal(level, s.ciLevel());
        assertEquals(span, s.text());
        assertEquals(span, text.substring(s.start(), s.end()));
    }

    private static void assertDecimal(String expected, Optional<BigDecimal> actual) {
        if (expected == null) {
            assertTrue(actual.isEmpty(), () -> "expected none, got " + actual);
        } else {
            assertEquals(0, new BigDecimal(expected).compareTo(actual.orElseThrow()), () -> "expected " + expected + ", got " + actual);
        }
    }

    @Test
    void readsFoldChangesWithTheirDirection() {
        Statistic down = PARSER.effect("28-fold decrease").orElseThrow();
        assertEquals(Kind.FOLD_CHANGE, down.kind());
        assertEquals(Optional.of(Direction.DECREASE), down.direction());
        assertDecimal("28", down.estimate().flatMap(Quantity::value));
        assertEquals("28-fold decrease", down.text());

        Statistic up = PARSER.effect("EGFR: 28-fold increase").orElseThrow();
        assertEquals(Optional.of(Direction.INCREASE), up.direction());

        Statistic threshold = PARSER.effect("411 (p<0.05, fold change > 1.20)").orElseThrow();
        assertEquals(Kind.FOLD_CHANGE, threshold.kind());
        assertEquals(Comparator.GT, threshold.estimate().orElseThrow().comparator());
        assertDecimal("1.20", threshold.estimate().flatMap(Quantity::value));
        assertTrue(threshold.direction().isEmpty());
    }

    @Test
    void lendsAnUnnamedEstimateTheKindOfItsColumn() {
        Statistic s = PARSER.effect("0.797 (95% CI 0.637-0.999)").orElseThrow().withKind(Kind.HR);
        assertEquals(Kind.HR, s.kind());
        assertDecimal("0.637", s.ciLower());
    }

    @Test
    void readsAnIntervalWithoutEstimate() {
        Statistic s = PARSER.effect("95% CI 0.68-0.94").orElseThrow();
        assertEquals(Kind.CI, s.kind());
        assertTrue(s.estimate().isEmpty());
        assertDecimal("0.95", s.ciLevel());
        assertDecimal("0.68", s.ciLower());
        assertDecimal("0.94", s.ciUpper());
        assertEquals("95% CI 0.68-0.94", s.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.3%", "Not Significant", "5.7 months", "9", "", "0.07-20 nM", "1-3 μg/kg"})
    void findsNoEffectInPlainValues(String text) {
        assertTrue(PARSER.effect(text).isEmpty(), text);
    }

    /** Columns: text; p-value; comparator; the statistic's text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        p<0.05                            ; 0.05   ; LT ; p<0.05
        p = 0.013                         ; 0.013  ; EQ ; p = 0.013
        P-value < 0.001                   ; 0.001  ; LT ; P-value < 0.001
        0.0486                            ; 0.0486 ; EQ ; 0.0486
        '  0.7579 '                       ; 0.7579 ; EQ ; 0.7579
        <0.001                            ; 0.001  ; LT ; <0.001
        0.03*                             ; 0.03   ; EQ ; 0.03
        411 (p<0.05, fold change > 1.20)  ; 0.05   ; LT ; p<0.05
        """)
    void readsPValues(String text, String value, Comparator comparator, String span) {
        Statistic s = PARSER.pValue(text).orElseThrow(() -> new AssertionError(text + " gave no p-value"));
        assertEquals(Kind.P_VALUE, s.kind());
        assertDecimal(value, s.estimate().flatMap(Quantity::value));
        assertEquals(Optional.of(comparator), s.pComparator());
        assertEquals(span, s.text());
        assertEquals(span, text.substring(s.start(), s.end()));
    }

    @Test
    void keepsAVerdictAsText() {
        Statistic s = PARSER.pValue("Not Significant").orElseThrow();
        assertEquals(Kind.P_VALUE, s.kind());
        assertEquals(Optional.of(Verdict.NOT_SIGNIFICANT), s.verdict());
        assertTrue(s.estimate().isEmpty());
        assertEquals("Not Significant", s.text());
        assertEquals(Optional.of(Verdict.NOT_SIGNIFICANT), PARSER.pValue("n.s.").orElseThrow().verdict());
        assertEquals(Optional.of(Verdict.SIGNIFICANT), PARSER.pValue("Significant").orElseThrow().verdict());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.3%", "1.70", "5.7 months", "OR 1.70", "0.07-0.20", "patients 0.5", ""})
    void findsNoPValueInOtherValues(String text) {
        assertTrue(PARSER.pValue(text).isEmpty(), text);
    }
}
