package seqplay.lang.runtime;

import java.util.List;

/**
 * CPython 3.12's "Did you mean" suggestions ({@code Python/suggestions.c}): a Levenshtein distance where a case
 * change costs 1 and any other edit 2, accepting a candidate only when at most about a third of the characters
 * change; the first closest candidate wins.
 */
public final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private Suggestions() {
    }

    /** The best candidate for the misspelled {@code name}, or null. */
    public static String suggest(String name, List<String> candidates) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            int maxDistance = (name.length() + item.length() + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, bestDistance - 1);
            int d = distance(name, item, maxDistance);
            if (d > maxDistance) {
                continue;
            }
            if (best == null || d < bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int substitutionCost(char a, char b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        char la = a >= 'A' && a <= 'Z' ? (char) (a + 32) : a;
        char lb = b >= 'A' && b <= 'Z' ? (char) (b + 32) : b;
        return la == lb ? CASE_COST : MOVE_COST;
    }

    /** The weighted edit distance, or {@code maxCost + 1} as soon as it must exceed {@code maxCost}. */
    static int distance(String a, String b, int maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = a.length();
        int bEnd = b.length();
        while (aStart < aEnd && bStart < bEnd && a.charAt(aStart) == b.charAt(bStart)) {
            aStart++;
            bStart++;
        }
        while (aEnd > aStart && bEnd > bStart && a.charAt(aEnd - 1) == b.charAt(bEnd - 1)) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart;
        int bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (bSize < aSize) {
            String t = a;
            a = b;
            b = t;
            int s = aStart;
            aStart = bStart;
            bStart = s;
            int z = aSize;
            aSize = bSize;
            bSize = z;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[aSize];
        int tmp = MOVE_COST;
        for (int i = 0; i < aSize; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        int result = 0;
        for (int bIndex = 0; bIndex < bSize; bIndex++) {
            char code = b.charAt(bStart + bIndex);
            int distance = bIndex * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int index = 0; index < aSize; index++) {
                int substitute = distance + substitutionCost(code, a.charAt(aStart + index));
                distance = buffer[index];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
