package seqplay.initializers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import seqplay.errors.PyException;
import seqplay.random.SeededRandom;

class InitializersTest {
    private static final int[] SHAPE = {200, 300}; // fan_in 200, fan_out 300, 60 000 values

    private static double[] fill(Initializer init, int[] shape, long sessionSeed) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        double[] v = new double[n];
        init.fill(v, shape, new SeededRandom(sessionSeed));
        return v;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double variance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / v.length;
    }

    /**
     * Uniform schemes: every value inside [−limit, limit), mean 0 and variance limit²/3 within sampling error
     * (five standard errors of 60 000 draws).
     */
    static Stream<Arguments> uniformSchemes() {
        return Stream.of(
                Arguments.of("glorot_uniform", Math.sqrt(6.0 / 500)),
                Arguments.of("he_uniform", Math.sqrt(6.0 / 200)),
                Arguments.of("lecun_uniform", Math.sqrt(3.0 / 200)),
                Arguments.of("random_uniform", 0.05),
                Arguments.of("uniform", 0.05));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uniformSchemes")
    void uniformSchemesStayWithinTheirLimitWithTheRightSpread(String name, double limit) {
        double[] v = fill(Initializers.get(name), SHAPE, 1);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        assertTrue(min >= -limit && max < limit, name + " range [" + min + ", " + max + "] vs ±" + limit);
        assertTrue(min < -0.99 * limit && max > 0.99 * limit, name + " does not reach its limits");
        double expectedVariance = limit * limit / 3;
        // sd of a uniform's sample mean: limit/sqrt(3n); of its sample variance: about 0.894 σ²/sqrt(n)
        assertEquals(0.0, mean(v), 5 * limit / Math.sqrt(3.0 * v.length), name + " mean");
        assertEquals(expectedVariance, variance(v), 5 * 0.9 * expectedVariance / Math.sqrt(v.length),
                name + " variance");
    }

    /**
     * Normal schemes: Keras 3's *_normal draw a normal truncated at two standard deviations, widened by
     * 1/0.87962566103423978 so that the truncated values have variance scale / n.
     */
    static Stream<Arguments> truncatedSchemes() {
        return Stream.of(
                Arguments.of("glorot_normal", 2.0 / 500),
                Arguments.of("he_normal", 2.0 / 200),
                Arguments.of("lecun_normal", 1.0 / 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truncatedSchemes")
    void truncatedNormalSchemesHaveTheScaledVarianceAndNothingBeyondTwoDeviations(String name, double variance) {
        double[] v = fill(Initializers.get(name), SHAPE, 2);
        double drawStddev = Math.sqrt(variance) / 0.87962566103423978;
        double bound = 2 * drawStddev;
        double outer = 0;
        for (double x : v) {
            assertTrue(Math.abs(x) <= bound, name + " value " + x + " beyond " + bound);
            if (Math.abs(x) > 0.95 * bound) {
                outer++;
            }
        }
        assertTrue(outer > 0, name + " never comes near its truncation bound");
        assertEquals(0.0, mean(v), 5 * Math.sqrt(variance / v.length), name + " mean");
        // the sample variance of a truncated normal has sd ≈ 0.88 σ²·sqrt(2/n)
        assertEquals(variance, variance(v), 5 * variance * Math.sqrt(2.0 / v.length), name + " variance");
    }

    @Test
    void randomNormalAndTruncatedNormalUseKerasDefaults() {
        double[] normal = fill(Initializers.get("random_normal"), SHAPE, 3);
        assertEquals(0.0, mean(normal), 5 * 0.05 / Math.sqrt(normal.length));
        assertEquals(0.0025, variance(normal), 5 * 0.0025 * Math.sqrt(2.0 / normal.length));
        boolean beyondTwo = false;
        for (double x : normal) {
            beyondTwo |= Math.abs(x) > 0.1;
        }
        assertTrue(beyondTwo, "an untruncated normal goes beyond two deviations");
        double[] truncated = fill(Initializers.get("truncated_normal"), SHAPE, 3);
        for (double x : truncated) {
            assertTrue(Math.abs(x) <= 0.1, "truncated_normal value " + x);
        }
        // a unit normal cut at ±2 keeps 0.87962566103423978² of its variance
        double expected = 0.0025 * 0.87962566103423978 * 0.87962566103423978;
        assertEquals(expected, variance(truncated), 5 * expected * Math.sqrt(2.0 / truncated.length));
    }

    @Test
    void argumentsChangeTheDistribution() {
        double[] v = fill(Initializers.create("RandomNormal", Map.of("mean", 3.0, "stddev", 0.5, "seed", 9)),
                SHAPE, 0);
        assertEquals(3.0, mean(v), 5 * 0.5 / Math.sqrt(v.length));
        assertEquals(0.25, variance(v), 5 * 0.25 * Math.sqrt(2.0 / v.length));
        double[] u = fill(Initializers.create("RandomUniform", Map.of("minval", 2, "maxval", 4.0)), SHAPE, 0);
        for (double x : u) {
            assertTrue(x >= 2 && x < 4);
        }
        VarianceScaling vs = (VarianceScaling) Initializers.create("VarianceScaling",
                Map.of("scale", 2.0, "mode", "fan_out", "distribution", "uniform"));
        assertEquals(Math.sqrt(3 * 2.0 / 300), vs.spread(SHAPE), 1e-15);
        VarianceScaling normal = (VarianceScaling) Initializers.create("VarianceScaling",
                Map.of("distribution", "Normal"));
        assertEquals("truncated_normal", normal.distribution());
    }

    @Test
    void constantInitializersFillExactValues() {
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0}, fill(Initializers.get("zeros"), new int[] {2, 3}, 0));
        assertArrayEquals(new double[] {1, 1, 1}, fill(Initializers.get("ones"), new int[] {3}, 0));
        assertArrayEquals(new double[] {0.1, 0.1}, fill(Initializers.create("Constant", Map.of("value", 0.1)),
                new int[] {2}, 0));
        assertArrayEquals(new double[] {0, 0}, fill(Initializers.get("constant"), new int[] {2}, 0));
        assertArrayEquals(new double[] {2, 0, 0, 0, 2, 0}, fill(Initializers.create("Identity", Map.of("gain", 2.0)),
                new int[] {2, 3}, 0));
    }

    @Test
    void orthogonalGivesOrthonormalColumnsOrRows() {
        for (int[] shape : new int[][] {{6, 4}, {4, 6}, {5, 5}}) {
            double[] q = fill(Initializers.create("Orthogonal", Map.of("seed", 3)), shape, 0);
            int rows = shape[0];
            int cols = shape[1];
            boolean tall = rows >= cols;
            int k = Math.min(rows, cols);
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    double dot = 0;
                    for (int i = 0; i < Math.max(rows, cols); i++) {
                        dot += tall ? q[i * cols + a] * q[i * cols + b] : q[a * cols + i] * q[b * cols + i];
                    }
                    assertEquals(a == b ? 1.0 : 0.0, dot, 1e-12, java.util.Arrays.toString(shape));
                }
            }
        }
    }

    @Test
    void computeFansFollowsKeras() {
        assertArrayEquals(new int[] {4, 3}, VarianceScaling.computeFans(new int[] {4, 3}));
        assertArrayEquals(new int[] {7, 7}, VarianceScaling.computeFans(new int[] {7}));
        assertArrayEquals(new int[] {1, 1}, VarianceScaling.computeFans(new int[] {}));
        assertArrayEquals(new int[] {27, 72}, VarianceScaling.computeFans(new int[] {3, 3, 3, 8}));
    }

    @Test
    void aBiasOfShapeNUsesNForBothFans() {
        // glorot_uniform on (n,): limit = sqrt(6 / (n + n))
        double[] v = fill(Initializers.get("glorot_uniform"), new int[] {50000}, 4);
        double limit = Math.sqrt(6.0 / 100000);
        for (double x : v) {
            assertTrue(Math.abs(x) <= limit);
        }
    }

    // ---------------------------------------------------------------- determinism

    @Test
    void aSeededInitializerUsesItsOwnGeneratorAndRepeatsItself() {
        Initializer seeded = Initializers.create("GlorotUniform", Map.of("seed", 42));
        double[] a = fill(seeded, new int[] {4, 3}, 1);
        double[] b = fill(seeded, new int[] {4, 3}, 999); // the session's generator does not matter
        assertArrayEquals(a, b);
        double[] c = fill(Initializers.create("glorot_uniform", Map.of("seed", 42)), new int[] {4, 3}, 5);
        assertArrayEquals(a, c);
        double[] d = fill(Initializers.create("GlorotUniform", Map.of("seed", 43)), new int[] {4, 3}, 1);
        assertFalse(java.util.Arrays.equals(a, d));
    }

    @Test
    void unseededStringsDrawFromTheSessionSoTheSameSessionSeedReproduces() {
        SeededRandom session = new SeededRandom(7);
        double[] first = new double[12];
        double[] second = new double[12];
        Initializers.get("he_normal").fill(first, new int[] {4, 3}, session);
        Initializers.get("he_normal").fill(second, new int[] {4, 3}, session);
        assertFalse(java.util.Arrays.equals(first, second), "two layers get different weights");
        SeededRandom again = new SeededRandom(7);
        double[] replay = new double[12];
        Initializers.get("he_normal").fill(replay, new int[] {4, 3}, again);
        assertArrayEquals(first, replay);
    }

    @Test
    void oneUnseededInstanceSharedByTwoLayersRepeatsItsValuesAsInKeras3() {
        Initializer shared = Initializers.create("RandomNormal", Map.of());
        SeededRandom session = new SeededRandom(8);
        double[] a = new double[6];
        double[] b = new double[6];
        shared.fill(a, new int[] {2, 3}, session);
        shared.fill(b, new int[] {2, 3}, session);
        assertArrayEquals(a, b);
    }

    // ---------------------------------------------------------------- names and errors

    @Test
    void everyKerasNameResolvesToTheSchemeItNames() {
        Map<String, String> expected = new HashMap<>();
        for (String n : List.of("glorot_uniform", "glorot_normal", "he_uniform", "he_normal", "lecun_uniform",
                "lecun_normal", "random_uniform", "random_normal", "truncated_normal", "zeros", "ones", "constant",
                "identity", "orthogonal", "variance_scaling")) {
            expected.put(n, n);
        }
        expected.put("GlorotUniform", "glorot_uniform");
        expected.put("HeNormal", "he_normal");
        expected.put("RandomNormal", "random_normal");
        expected.put("uniform", "random_uniform");
        expected.put("normal", "random_normal");
        expected.put("one", "ones");
        expected.put("zero", "zeros");
        expected.put("Orthogonal", "orthogonal");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertEquals(e.getValue(), Initializers.get(e.getKey()).name(), e.getKey());
        }
    }

    @Test
    void anUnknownNameIsRejectedWithKerasMessage() {
        PyException e = assertThrows(PyException.class, () -> Initializers.get("glorot"));
        assertEquals("ValueError: Could not interpret initializer identifier: glorot", e.pythonLine());
        PyException c = assertThrows(PyException.class, () -> Initializers.get("Glorot_Uniform"));
        assertEquals("ValueError: Could not interpret initializer identifier: Glorot_Uniform", c.pythonLine());
    }

    @Test
    void kerasArgumentChecksGiveKerasMessages() {
        PyException seed = assertThrows(PyException.class,
                () -> Initializers.create("HeNormal", Map.of("seed", 1.5)));
        assertEquals("ValueError: `seed` argument should be an instance of `keras.random.SeedGenerator()` or an "
                + "integer. Received: seed=1.5", seed.pythonLine());
        PyException scale = assertThrows(PyException.class,
                () -> Initializers.create("VarianceScaling", Map.of("scale", 0)));
        assertEquals("ValueError: Argument `scale` must be positive float. Received: scale=0", scale.pythonLine());
        PyException mode = assertThrows(PyException.class,
                () -> Initializers.create("VarianceScaling", Map.of("mode", "fan_sum")));
        assertEquals("ValueError: Invalid `mode` argument: fan_sum. Please use one of {'fan_in', 'fan_out', "
                + "'fan_avg'}", mode.pythonLine());
        PyException identity = assertThrows(PyException.class,
                () -> fill(Initializers.get("identity"), new int[] {3}, 0));
        assertEquals("ValueError: Identity matrix initializer can only be used for 2D matrices. Received: "
                + "shape=(3,) of rank 1.", identity.pythonLine());
        PyException orthogonal = assertThrows(PyException.class,
                () -> fill(Initializers.get("orthogonal"), new int[] {3}, 0));
        assertEquals("ValueError: The tensor to initialize must be at least two-dimensional. Received: shape=(3,) "
                + "of rank 1.", orthogonal.pythonLine());
        PyException unexpected = assertThrows(PyException.class,
                () -> Initializers.create("RandomNormal", Map.of("std", 0.1)));
        assertEquals("TypeError: RandomNormal.__init__() got an unexpected keyword argument 'std'",
                unexpected.pythonLine());
        PyException zeros = assertThrows(PyException.class, () -> Initializers.create("Zeros", Map.of("value", 1)));
        assertEquals("TypeError: Zeros() takes no arguments", zeros.pythonLine());
    }

    @Test
    void parameterNamesFollowKerasOrder() {
        assertEquals(List.of("mean", "stddev", "seed"), Initializers.parameterNames("RandomNormal"));
        assertEquals(List.of("minval", "maxval", "seed"), Initializers.parameterNames("random_uniform"));
        assertEquals(List.of("seed"), Initializers.parameterNames("GlorotUniform"));
        assertEquals(List.of("value"), Initializers.parameterNames("Constant"));
    }
}
