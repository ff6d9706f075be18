package org.airkg.extract.fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.airkg.extract.quantity.Comparator;
import org.airkg.extract.quantity.Quantity;

/**
 * When two stated values are one value, written with more or fewer decimals: 0.5 and 0.50, 12% and 12.4% (12.4
 * rounds to 12), 12.5% and 12% (either way of rounding a half), but not 12.3% and 12.4%, and not 8,000 and 1×10^4
 * (a power of ten is exact, not a rounding). Two numbers agree when they differ by at most half a unit of the last
 * decimal of the less precise one. Ranges agree when both ends do; a bound (<, >) agrees only with the same bound;
 * "about" is no bound. A set of alternatives ("450 nm or 630 nm") agrees with another when each value of either
 * agrees with one of the other.
 */
final class Rounding {
    private Rounding() {}

    static boolean agree(List<Quantity> a, List<Quantity> b) {
        return a.stream().allMatch(x -> b.stream().anyMatch(y -> agree(x, y))) && b.stream().allMatch(y -> a.stream().anyMatch(x -> agree(x, y)));
    }

    static boolean agree(Quantity a, Quantity b) {
        if (a.isRange() != b.isRange() || !bound(a.comparator()).equals(bound(b.comparator()))) {
            return false;
        }
        return a.isRange() ? close(a.lower().orElseThrow(), b.lower().orElseThrow()) && close(a.upper().orElseThrow(), b.upper().orElseThrow())
                : close(a.value().orElseThrow(), b.value().orElseThrow());
    }

    /** Within half a unit of the last decimal of the less precise number. */
    static boolean close(BigDecimal x, BigDecimal y) {
        int decimals = Math.max(0, Math.min(x.scale(), y.scale()));
        BigDecimal half = BigDecimal.valueOf(5, decimals + 1);
        return x.subtract(y).abs().compareTo(half) <= 0;
    }

    private static Optional<Comparator> bound(Comparator c) {
        return c.isBound() ? Optional.of(c) : Optional.empty();
    }
}
