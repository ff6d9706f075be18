package org.airkg.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.airkg.extract.quantity.Statistic.Kind;
import org.airkg.extract.quantity.Statistic.Verdict;
import org.junit.jupiter.api.Test;

class QuantityTest {
    private static final Optional<BigDecimal> NONE = Optional.empty();

    @Test
    void acceptsSinglesAndRanges() {
        Quantity single = Quantity.single(new BigDecimal("15"), Comparator.GT, Optional.empty(), ">15", 4);
        assertTrue(single.isBound());
        assertEquals(7, single.end());
        Quantity range = Quantity.range(BigDecimal.ONE, BigDecimal.TEN, Comparator.APPROX, Optional.empty(), "~1-10", 0);
        assertTrue(range.isRange());
        assertEquals(10, range.shift(10).start());
    }

    @Test
    void rejectsInconsistentQuantities() {
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> new Quantity(Optional.of(BigDecimal.ONE),
                Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.TEN), Comparator.EQ, Optional.empty(), "1", 0, 1));
        assertTrue(both.getMessage().contains("either a value or a lower and upper end"), both.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Quantity.range(BigDecimal.TEN, BigDecimal.ONE, Comparator.EQ, Optional.empty(), "10-1", 0));
        assertThrows(IllegalArgumentException.class,
                () -> Quantity.range(BigDecimal.ONE, BigDecimal.TEN, Comparator.LT, Optional.empty(), "<1-10", 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Quantity(Optional.of(BigDecimal.ONE), NONE, NONE, Comparator.EQ, Optional.empty(), "1", 0, 5));
    }

    @Test
    void rejectsUnitsWithIrisOutsideTheVocabularies() {
        assertThrows(IllegalArgumentException.class, () -> new Unit("mg", Optional.of("http://example.org/mg"), "milligram"));
        assertThrows(IllegalArgumentException.class, () -> new Unit("mg", Optional.of(Unit.UO + "22"), "milligram"));
        assertEquals(Optional.of("UO:0000022"), new Unit("mg", Optional.of(Unit.UO + "0000022"), "milligram").curie());
    }

    @Test
    void rejectsInconsistentStatistics() {
        Quantity mg = Quantity.single(new BigDecimal("0.5"), Comparator.EQ,
                Optional.of(new Unit("mg", Optional.empty(), "milligram")), "0.5 mg", 0);
        Quantity two = Quantity.single(new BigDecimal("2"), Comparator.EQ, Optional.empty(), "2", 0);
        assertThrows(IllegalArgumentException.class, () -> new Statistic(Kind.P_VALUE, Optional.of(mg), Optional.empty(),
                NONE, Optional.empty(), Optional.empty(), "0.5 mg", 0, 6));
        assertThrows(IllegalArgumentException.class, () -> new Statistic(Kind.P_VALUE, Optional.of(two), Optional.empty(),
                NONE, Optional.empty(), Optional.empty(), "2", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Statistic(Kind.HR, Optional.of(two), Optional.of(two),
                NONE, Optional.empty(), Optional.empty(), "2", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Statistic(Kind.HR, Optional.of(two), Optional.empty(),
                NONE, Optional.of(Verdict.NOT_SIGNIFICANT), Optional.empty(), "2", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Statistic(Kind.HR, Optional.of(two), Optional.empty(),
                Optional.of(new BigDecimal("0.95")), Optional.empty(), Optional.empty(), "2", 0, 1));
    }
}
