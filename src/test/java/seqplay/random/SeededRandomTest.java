package seqplay.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeededRandomTest {
    @Test
    void theSameSeedGivesTheSameSequenceAndSetSeedRestartsIt() {
        SeededRandom a = new SeededRandom(42);
        SeededRandom b = new SeededRandom(42);
        double[] first = new double[10];
        for (int i = 0; i < 10; i++) {
            first[i] = a.nextDouble();
            assertEquals(first[i], b.nextDouble());
        }
        a.setSeed(42);
        for (int i = 0; i < 10; i++) {
            assertEquals(first[i], a.nextDouble());
        }
        assertNotEquals(new SeededRandom(43).nextInt(), new SeededRandom(42).nextInt());
    }

    @Test
    void uniformDoublesHaveTheRightMeanAndVarianceAndStayInRange() {
        SeededRandom r = new SeededRandom(7);
        int n = 200000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            assertTrue(u >= 0 && u < 1);
            sum += u;
            sumSq += u * u;
        }
        double mean = sum / n;
        assertEquals(0.5, mean, 0.005);
        assertEquals(1.0 / 12, sumSq / n - mean * mean, 0.002);
    }

    @Test
    void gaussiansHaveMeanZeroAndUnitVariance() {
        SeededRandom r = new SeededRandom(8);
        int n = 200000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double g = r.nextGaussian();
            sum += g;
            sumSq += g * g;
        }
        assertEquals(0.0, sum / n, 0.01);
        assertEquals(1.0, sumSq / n, 0.02);
    }

    @Test
    void boundedIntsCoverEveryValueEvenly() {
        SeededRandom r = new SeededRandom(9);
        int[] counts = new int[7];
        for (int i = 0; i < 70000; i++) {
            counts[r.nextInt(7)]++;
        }
        for (int c : counts) {
            assertEquals(10000, c, 400);
        }
    }

    @Test
    void permutationContainsEveryIndexOnce() {
        int[] p = new SeededRandom(10).permutation(100);
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        int[] expected = new int[100];
        Arrays.setAll(expected, i -> i);
        assertArrayEquals(expected, sorted);
        assertNotEquals(Arrays.toString(expected), Arrays.toString(p));
    }
}
