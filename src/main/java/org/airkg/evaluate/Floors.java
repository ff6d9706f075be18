package org.airkg.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The least overall entity and relation precision and recall an evaluation must reach, for CI and tests; each
 * between 0 and 1, or empty for no floor. A score that is undefined (nothing to divide by) does not reach a floor.
 *
 * <pre>{@code
 * Floors floors = new Floors(Optional.of(0.8), Optional.of(0.6), Optional.empty(), Optional.empty());
 * floors.shortfalls(evaluation).forEach(System.err::println);
 * }</pre>
 */
public record Floors(Optional<Double> entityPrecision, Optional<Double> entityRecall, Optional<Double> relationPrecision,
        Optional<Double> relationRecall) {
    /** No floor at all. */
    public static final Floors NONE = new Floors(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Floors {
        check(entityPrecision, "entity precision");
        check(entityRecall, "entity recall");
        check(relationPrecision, "relation precision");
        check(relationRecall, "relation recall");
    }

    private static void check(Optional<Double> floor, String name) {
        if (floor.isPresent() && !(floor.get() >= 0 && floor.get() <= 1)) {
            throw new IllegalArgumentException("the floor of " + name + " must lie between 0 and 1, not " + floor.get());
        }
    }

    /** One plain sentence for each score of {@code e} below its floor; none when all reach theirs. */
    public List<String> shortfalls(Evaluation e) {
        List<String> out = new ArrayList<>();
        below(out, "entity precision", e.entities().overall().precision(), entityPrecision);
        below(out, "entity recall", e.entities().overall().recall(), entityRecall);
        below(out, "relation precision", e.relations().overall().precision(), relationPrecision);
        below(out, "relation recall", e.relations().overall().recall(), relationRecall);
        return out;
    }

    private static void below(List<String> out, String name, Double score, Optional<Double> floor) {
        if (floor.isEmpty()) {
            return;
        }
        String f = String.format(Locale.ROOT, "%.3f", floor.get());
        if (score == null) {
            out.add(name + " is undefined (nothing to count), so it does not reach the floor " + f + ".");
        } else if (score < floor.get()) {
            out.add(name + " " + String.format(Locale.ROOT, "%.3f", score) + " is below the floor " + f + ".");
        }
    }
}
