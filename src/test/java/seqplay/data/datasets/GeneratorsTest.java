package seqplay.data.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import seqplay.errors.PyException;
import seqplay.random.SeededRandom;
import seqplay.tensor.Maths;

/**
 * The structure scikit-learn's generators promise (its docstrings and {@code _samples_generator.py}): shapes,
 * label layout, where the points lie, and the spread of the noise. The numbers themselves come from the
 * playground's generator, so the checks are geometric, exact where the construction is exact.
 */
class GeneratorsTest {
    private static long count(long[] labels, long value) {
        return Arrays.stream(labels).filter(v -> v == value).count();
    }

    @Test
    void moonsWithoutShuffleLieOnTwoShiftedHalfCircles() {
        Generators.Generated g = Generators.makeMoons(50, 50, false, null, new SeededRandom(0));
        assertEquals(100, g.rows());
        assertEquals(2, g.cols());
        double[] x = g.x();
        assertEquals(1.0, x[0]); // cos 0
        assertEquals(0.0, x[1]); // sin 0
        assertEquals(-1.0, x[98]); // cos pi
        assertEquals(Maths.sin(Maths.PI), x[99]);
        assertEquals(0.0, x[100]); // 1 - cos 0: the second moon starts at (0, 0.5)
        assertEquals(0.5, x[101]);
        assertEquals(2.0, x[198]); // and ends at (2, 0.5 - sin pi)
        for (int i = 0; i < 100; i++) {
            double cx = i < 50 ? 0.0 : 1.0;
            double cy = i < 50 ? 0.0 : 0.5;
            double dx = x[2 * i] - cx;
            double dy = x[2 * i + 1] - cy;
            assertEquals(1.0, dx * dx + dy * dy, 1e-12, "point " + i);
            assertTrue(i < 50 ? dy >= -1e-15 : dy <= 1e-15, "upper half for moon 0, lower for moon 1");
            assertEquals(i < 50 ? 0 : 1, g.labels()[i]);
        }
    }

    @Test
    void anOddNumberOfMoonPointsPutsTheExtraOneOnTheSecondMoon() {
        // make_moons(101): n_samples_out = 101 // 2 = 50, n_samples_in = 51
        Generators.Generated g = Generators.makeMoons(101 / 2, 101 - 101 / 2, true, null, new SeededRandom(1));
        assertEquals(50, count(g.labels(), 0));
        assertEquals(51, count(g.labels(), 1));
    }

    @Test
    void shuffledMoonsKeepEachPointWithItsLabel() {
        Generators.Generated g = Generators.makeMoons(50, 50, true, null, new SeededRandom(3));
        double[] x = g.x();
        boolean moved = false;
        for (int i = 0; i < 100; i++) {
            boolean inner = g.labels()[i] == 1;
            double dx = x[2 * i] - (inner ? 1.0 : 0.0);
            double dy = x[2 * i + 1] - (inner ? 0.5 : 0.0);
            assertEquals(1.0, dx * dx + dy * dy, 1e-12);
            moved |= (g.labels()[i] == 1) != (i >= 50);
        }
        assertTrue(moved, "the rows were shuffled");
    }

    @Test
    void moonNoiseIsGaussianWithTheGivenStandardDeviation() {
        Generators.Generated clean = Generators.makeMoons(10000, 10000, false, null, new SeededRandom(5));
        Generators.Generated noisy = Generators.makeMoons(10000, 10000, false, 0.2, new SeededRandom(5));
        double sum = 0.0;
        double squares = 0.0;
        int n = clean.x().length;
        for (int i = 0; i < n; i++) {
            double d = noisy.x()[i] - clean.x()[i];
            sum += d;
            squares += d * d;
        }
        double mean = sum / n;
        double std = Math.sqrt(squares / n - mean * mean);
        assertEquals(0.0, mean, 0.005); // 4 standard errors of 0.2 / sqrt(40000)
        assertEquals(0.2, std, 0.004);
    }

    @Test
    void theSameRandomStateGivesTheSameMoonsAndTheSessionGeneratorMovesOn() {
        double[] a = Generators.makeMoons(50, 50, true, 0.1, new SeededRandom(42)).x();
        double[] b = Generators.makeMoons(50, 50, true, 0.1, new SeededRandom(42)).x();
        assertArrayEquals(a, b);
        SeededRandom session = new SeededRandom(42);
        double[] first = Generators.makeMoons(50, 50, true, 0.1, session).x();
        double[] second = Generators.makeMoons(50, 50, true, 0.1, session).x();
        assertArrayEquals(a, first);
        assertNotEquals(Arrays.toString(first), Arrays.toString(second));
    }

    @Test
    void moonsRejectZeroSamplesWithSklearnsMessage() {
        PyException e = assertThrows(PyException.class,
                () -> Generators.makeMoons(0, 0, true, null, new SeededRandom(0)));
        assertEquals("sklearn.utils._param_validation.InvalidParameterError: The 'n_samples' parameter of make_moons"
                + " must be an int in the range [1, inf) or an instance of 'tuple'. Got 0 instead.", e.pythonLine());
    }

    @Test
    void circlesLieOnTheUnitCircleAndOnTheFactorCircleWithoutRepeatingTheStartPoint() {
        Generators.Generated g = Generators.makeCircles(50, 50, false, null, new SeededRandom(0), 0.8);
        double[] x = g.x();
        assertEquals(1.0, x[0]);
        assertEquals(0.0, x[1]);
        assertEquals(Maths.cos(2 * Maths.PI / 50), x[2]); // linspace(0, 2 pi, 50, endpoint=False)[1]
        assertEquals(0.8, x[100]);
        for (int i = 0; i < 100; i++) {
            double r = i < 50 ? 1.0 : 0.8;
            assertEquals(r * r, x[2 * i] * x[2 * i] + x[2 * i + 1] * x[2 * i + 1], 1e-12);
            assertEquals(i < 50 ? 0 : 1, g.labels()[i]);
        }
        double lastAngleX = x[98];
        assertTrue(lastAngleX < 1.0, "endpoint=False: the last outer point is not the first one again");
    }

    @Test
    void blobsSplitSamplesEvenlyAndCentresComeFromTheBox() {
        // make_blobs(n_samples=100, centers=3): [34, 33, 33] samples, centres uniform in (-10, 10) per coordinate
        Generators.Generated g = Generators.makeBlobs(100, null, 2, 3, null, new double[] {1, 1, 1}, -10, 10,
                true, new SeededRandom(9));
        assertEquals(100, g.rows());
        assertEquals(34, count(g.labels(), 0));
        assertEquals(33, count(g.labels(), 1));
        assertEquals(33, count(g.labels(), 2));
        assertEquals(3, g.extraRows());
        for (double c : g.extra()) {
            assertTrue(c >= -10 && c < 10);
        }
    }

    @Test
    void eachBlobIsCentredOnItsCentreWithItsOwnSpread() {
        double[] centers = {0, 0, 10, -5};
        Generators.Generated g = Generators.makeBlobs(20000, null, 2, 2, centers, new double[] {1.0, 0.5}, -10,
                10, true, new SeededRandom(4));
        double[][] sum = new double[2][2];
        double[][] squares = new double[2][2];
        for (int i = 0; i < g.rows(); i++) {
            int c = (int) g.labels()[i];
            for (int j = 0; j < 2; j++) {
                double d = g.x()[2 * i + j] - centers[2 * c + j];
                sum[c][j] += d;
                squares[c][j] += d * d;
            }
        }
        for (int c = 0; c < 2; c++) {
            for (int j = 0; j < 2; j++) {
                assertEquals(0.0, sum[c][j] / 10000, 0.04);
                assertEquals(c == 0 ? 1.0 : 0.5, Math.sqrt(squares[c][j] / 10000), 0.03);
            }
        }
    }

    @Test
    void classificationHasBalancedClassesAndRedundantFeaturesAreCombinationsOfInformativeOnes() {
        // flip_y=0, shift=0, scale=1, shuffle=False keep sklearn's column layout: informative, redundant, noise.
        Generators.Generated g = Generators.makeClassification(100, 6, 2, 2, 0, 2, 2, null, 0.0, 1.0, true, 0.0,
                1.0, false, new SeededRandom(2));
        assertEquals(50, count(g.labels(), 0));
        assertEquals(50, count(g.labels(), 1));
        double[] x = g.x();
        // Solve column 2 = b0 * col0 + b1 * col1 from rows 0 and 1, then check every row.
        double a00 = x[0];
        double a01 = x[1];
        double a10 = x[6];
        double a11 = x[7];
        double det = a00 * a11 - a01 * a10;
        for (int r = 2; r < 4; r++) {
            double b0 = (x[r] * a11 - a01 * x[6 + r]) / det;
            double b1 = (a00 * x[6 + r] - x[r] * a10) / det;
            for (int i = 0; i < 100; i++) {
                assertEquals(b0 * x[6 * i] + b1 * x[6 * i + 1], x[6 * i + r], 1e-9);
            }
        }
    }

    @Test
    void classificationClustersSitOnDistinctHypercubeVertices() {
        double[] v = Generators.hypercubeVertices(4, 2, new SeededRandom(8));
        Set<String> vertices = new HashSet<>();
        for (int k = 0; k < 4; k++) {
            assertTrue(v[2 * k] == 0 || v[2 * k] == 1);
            vertices.add(v[2 * k] + "," + v[2 * k + 1]);
        }
        assertEquals(4, vertices.size(), "all four corners of the square");
    }

    @Test
    void classificationShapesAndFlipsFollowTheArguments() {
        Generators.Generated g = Generators.makeClassification(1000, 20, 2, 2, 0, 3, 1, null, 0.01, 1.0, true,
                0.0, 1.0, true, new SeededRandom(6));
        assertEquals(1000, g.rows());
        assertEquals(20, g.cols());
        for (long label : g.labels()) {
            assertTrue(label >= 0 && label < 3);
        }
        long zeros = count(g.labels(), 0);
        assertTrue(zeros >= 325 && zeros <= 341, "334 per class before about 10 labels are redrawn: " + zeros);
    }

    @Test
    void classificationRejectsTooFewInformativeFeaturesForTheClusters() {
        PyException e = assertThrows(PyException.class, () -> Generators.makeClassification(100, 20, 1, 0, 0, 2,
                2, null, 0.01, 1.0, true, 0.0, 1.0, true, new SeededRandom(0)));
        assertEquals("ValueError: n_classes(2) * n_clusters_per_class(2) must be smaller or equal"
                + " 2**n_informative(1)=2", e.pythonLine());
        PyException sum = assertThrows(PyException.class, () -> Generators.makeClassification(100, 3, 2, 2, 0, 2,
                2, null, 0.01, 1.0, true, 0.0, 1.0, true, new SeededRandom(0)));
        assertEquals("ValueError: Number of informative, redundant and repeated features must sum to less than the"
                + " number of total features", sum.pythonLine());
    }

    @Test
    void regressionTargetIsTheLinearModelOfTheReturnedCoefficientsPlusBias() {
        Generators.Generated g = Generators.makeRegression(200, 5, 3, 1, 7.5, 0.0, true, new SeededRandom(12));
        double[] coef = g.extra();
        int zeros = 0;
        for (double c : coef) {
            assertTrue(c >= 0 && c < 100);
            zeros += c == 0.0 ? 1 : 0;
        }
        assertEquals(2, zeros, "n_features - n_informative coefficients are 0");
        for (int i = 0; i < 200; i++) {
            double s = 7.5;
            for (int j = 0; j < 5; j++) {
                s += g.x()[5 * i + j] * coef[j];
            }
            assertEquals(s, g.values()[i], 1e-9);
        }
    }

    @Test
    void regressionNoiseHasTheGivenStandardDeviation() {
        Generators.Generated clean = Generators.makeRegression(20000, 3, 3, 1, 0.0, 0.0, false, new SeededRandom(3));
        Generators.Generated noisy = Generators.makeRegression(20000, 3, 3, 1, 0.0, 10.0, false, new SeededRandom(3));
        double squares = 0.0;
        for (int i = 0; i < 20000; i++) {
            double d = noisy.values()[i] - clean.values()[i];
            squares += d * d;
        }
        assertEquals(10.0, Math.sqrt(squares / 20000), 0.2);
    }

    @Test
    void linspaceFollowsNumpy() {
        // numpy: step = (stop - start) / div; y = arange(num) * step + start; y[-1] = stop when endpoint
        assertArrayEquals(new double[] {0.0, 0.25, 0.5, 0.75, 1.0}, Generators.linspace(0, 1, 5, true));
        assertArrayEquals(new double[] {0.0, 0.2, 0.4, 0.6000000000000001, 0.8}, Generators.linspace(0, 1, 5, false));
        assertArrayEquals(new double[] {3.0}, Generators.linspace(3, 7, 1, true));
    }
}
