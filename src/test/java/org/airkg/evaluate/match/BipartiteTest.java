package org.airkg.evaluate.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** One-to-one matching. */
class BipartiteTest {
    @Test
    void augmentingPathFindsTheMaximumMatching() {
        // Left 0 may take right 0 or 1, left 1 only right 0: a greedy pass would leave left 1 alone.
        boolean[][] edges = {{true, true}, {true, false}};
        assertArrayEquals(new int[] {1, 0}, Bipartite.match(2, 2, (i, j) -> edges[i][j]));
    }

    @Test
    void aDuplicateOnTheLeftStaysUnmatched() {
        assertArrayEquals(new int[] {0, -1}, Bipartite.match(2, 1, (i, j) -> true));
        assertArrayEquals(new int[] {}, Bipartite.match(0, 3, (i, j) -> true));
    }
}
