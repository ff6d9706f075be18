package org.airkg.extract.quantity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A statistic stated in a text: an effect estimate with its confidence interval ({@code HR 0.80 (95% CI
 * 0.68-0.94)}), a fold change ({@code 28-fold decrease}) or a p-value ({@code p<0.05}, {@code 0.0486}, or only
 * the verdict {@code Not Significant}), with the chars {@code [start, end)} it was read from.
 *
 * @param kind what the statistic measures
 * @param estimate the point estimate; for a p-value, the p-value with its comparator; empty for a verdict alone
 * @param ci the confidence interval as a range quantity, when stated
 * @param ciLevel the interval's level as a fraction ({@code 0.95}), when stated
 * @param verdict a p-value stated only as a verdict ({@code Not Significant})
 * @param direction for a fold change, whether it is an increase or a decrease, when stated
 * @param text the chars the statistic was read from
 * @param start where {@code text} starts in the text parsed
 * @param end where {@code text} ends (exclusive)
 */
public record Statistic(Kind kind, Optional<Quantity> estimate, Optional<Quantity> ci, Optional<BigDecimal> ciLevel,
        Optional<Verdict> verdict, Optional<Direction> direction, String text, int start, int end) {

    /** What a statistic measures. */
    public enum Kind {
        /** Hazard ratio. */
        HR,
        /** Odds ratio. */
        OR,
        /** Relative risk (risk ratio). */
        RR,
        /** An effect estimate with a confidence interval whose measure the text does not name (the caller may know it from a column). */
        EFFECT,
        /** A fold change ({@code 28-fold}, {@code fold change > 1.20}). */
        FOLD_CHANGE,
        /** A confidence interval stated without an estimate. */
        CI,
        /** A p-value. */
        P_VALUE
    }

    /** A significance verdict stated instead of a p-value. */
    public enum Verdict {
        SIGNIFICANT,
        NOT_SIGNIFICANT
    }

    /** The direction of a fold change. */
    public enum Direction {
        INCREASE,
        DECREASE
    }

    public Statistic {
        if (kind == null || estimate == null || ci == null || ciLevel == null || verdict == null || direction == null
                || text == null) {
            throw new IllegalArgumentException("statistic at " + start + ": null field, use Optional.empty()");
        }
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("statistic '" + text + "': span [" + start + ", " + end
                    + ") does not fit its text");
        }
        if (estimate.isEmpty() && verdict.isEmpty() && ci.isEmpty()) {
            throw new IllegalArgumentException("statistic '" + text + "' has no estimate, interval or verdict");
        }
        if (ci.isPresent() && !ci.get().isRange()) {
            throw new IllegalArgumentException("statistic '" + text + "': the interval '" + ci.get().text()
                    + "' is not a range");
        }
        ciLevel.ifPresent(l -> {
            if (ci.isEmpty() || l.signum() <= 0 || l.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("statistic '" + text + "': interval level " + l
                        + " needs an interval and must lie between 0 and 1");
            }
        });
        if (verdict.isPresent() && kind != Kind.P_VALUE) {
            throw new IllegalArgumentException("statistic '" + text + "': only a p-value has a verdict");
        }
        if (direction.isPresent() && kind != Kind.FOLD_CHANGE) {
            throw new IllegalArgumentException("statistic '" + text + "': only a fold change has a direction");
        }
        if (kind == Kind.P_VALUE) {
            estimate.ifPresent(p -> checkProbability(text, p));
        } else if (verdict.isEmpty() && estimate.isEmpty() && kind != Kind.CI) {
            throw new IllegalArgumentException("statistic '" + text + "': a " + kind + " needs an estimate");
        }
    }

    private static void checkProbability(String text, Quantity p) {
        boolean inRange = p.value().map(v -> v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0).orElse(false);
        if (p.unit().isPresent() || !inRange) {
            throw new IllegalArgumentException("statistic '" + text + "': p-value '" + p.text()
                    + "' is not a unitless number between 0 and 1");
        }
    }

    /** The lower end of the confidence interval. */
    public Optional<BigDecimal> ciLower() {
        return ci.flatMap(Quantity::lower);
    }

    /** The upper end of the confidence interval. */
    public Optional<BigDecimal> ciUpper() {
        return ci.flatMap(Quantity::upper);
    }

    /** For a p-value, how it relates to the stated number ({@code LT} for {@code p<0.05}). */
    public Optional<Comparator> pComparator() {
        return kind == Kind.P_VALUE ? estimate.map(Quantity::comparator) : Optional.empty();
    }

    /** The same statistic with its spans moved by {@code offset} chars (for a statistic read from a substring). */
    public Statistic shift(int offset) {
        return new Statistic(kind, estimate.map(q -> q.shift(offset)), ci.map(q -> q.shift(offset)), ciLevel, verdict, direction, text,
                start + offset, end + offset);
    }

    /** The same statistic with the level of its interval, for a caller who knows it from a column header ("HR (95% CI)"). */
    public Statistic withCiLevel(BigDecimal level) {
        return new Statistic(kind, estimate, ci, Optional.of(level), verdict, direction, text, start, end);
    }

    /** The same statistic as another kind of estimate, for a caller who knows the measure from a column header. */
    public Statistic withKind(Kind newKind) {
        return new Statistic(newKind, estimate, ci, ciLevel, verdict, direction, text, start, end);
    }
}
