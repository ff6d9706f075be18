package org.airkg.evaluate.match;

import java.util.Arrays;
import java.util.function.BiPredicate;

/**
 * A maximum one-to-one matching between two lists (Kuhn's augmenting paths), so that no gold item is counted
 * twice and a duplicate on the system side is a false positive. Lists are tried in their order, so the result
 * is the same on every run.
 */
public final class Bipartite {
    private Bipartite() {}

    /**
     * For each left item, the index of the right item it is matched to, or -1.
     *
     * @param edge whether left item {@code i} may be matched to right item {@code j}
     */
    public static int[] match(int left, int right, BiPredicate<Integer, Integer> edge) {
        boolean[][] can = new boolean[left][right];
        for (int i = 0; i < left; i++) {
            for (int j = 0; j < right; j++) {
                can[i][j] = edge.test(i, j);
            }
        }
        int[] rightTo = new int[right];
        Arrays.fill(rightTo, -1);
        for (int i = 0; i < left; i++) {
            augment(i, can, rightTo, new boolean[right]);
        }
        int[] leftTo = new int[left];
        Arrays.fill(leftTo, -1);
        for (int j = 0; j < right; j++) {
            if (rightTo[j] >= 0) {
                leftTo[rightTo[j]] = j;
            }
        }
        return leftTo;
    }

    private static boolean augment(int i, boolean[][] can, int[] rightTo, boolean[] seen) {
        for (int j = 0; j < rightTo.length; j++) {
            if (can[i][j] && !seen[j]) {
                seen[j] = true;
                if (rightTo[j] < 0 || augment(rightTo[j], can, rightTo, seen)) {
                    rightTo[j] = i;
                    return true;
                }
            }
        }
        return false;
    }
}
