package org.airkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Floors on overall entity and relation scores. */
class FloorsTest {
    private static Evaluation evaluation(Score entities, Score relations) {
        return new Evaluation(List.of("d"),
                new Evaluation.Entities(List.of(), entities, 0, List.of(), List.of(), List.of(), List.of()),
                new Evaluation.Relations(List.of(), relations, List.of(), List.of(), List.of()),
                new Evaluation.Measurements(Score.ZERO, List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void eachScoreBelowItsFloorIsOneSentence() {
        Floors floors = new Floors(Optional.of(0.8), Optional.of(0.5), Optional.of(0.5), Optional.of(0.9));
        assertEquals(List.of("entity precision 0.750 is below the floor 0.800.",
                "relation precision is undefined (nothing to count), so it does not reach the floor 0.500.",
                "relation recall 0.000 is below the floor 0.900."),
                floors.shortfalls(evaluation(new Score(4, 4, 3), new Score(2, 0, 0))));
        assertEquals(List.of(), Floors.NONE.shortfalls(evaluation(Score.ZERO, Score.ZERO)));
        assertEquals(List.of(), new Floors(Optional.of(0.75), Optional.empty(), Optional.empty(), Optional.empty())
                .shortfalls(evaluation(new Score(4, 4, 3), Score.ZERO)));
    }

    @Test
    void aFloorLiesBetweenZeroAndOne() {
        assertEquals("the floor of relation recall must lie between 0 and 1, not 1.2", assertThrows(IllegalArgumentException.class,
                () -> new Floors(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(1.2))).getMessage());
    }
}
