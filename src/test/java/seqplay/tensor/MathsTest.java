package seqplay.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import seqplay.random.SeededRandom;

class MathsTest {
    /** Distance in units of the last place between two doubles of the same sign. */
    private static double ulps(double actual, double expected) {
        if (actual == expected) {
            return 0;
        }
        return Math.abs(actual - expected) / Math.ulp(expected);
    }

    private static void assertClose(double expected, double actual, double maxUlps, String what) {
        assertTrue(ulps(actual, expected) <= maxUlps,
                what + ": expected " + expected + " got " + actual + " (" + ulps(actual, expected) + " ulps)");
    }

    @Test
    void expMatchesStrictMathWithinTwoUlpsAcrossItsRange() {
        SeededRandom r = new SeededRandom(1);
        for (int i = 0; i < 20000; i++) {
            double x = r.uniform(-740, 709);
            assertClose(StrictMath.exp(x), Maths.exp(x), 2, "exp(" + x + ")");
            double small = r.uniform(-1, 1);
            assertClose(StrictMath.exp(small), Maths.exp(small), 2, "exp(" + small + ")");
        }
    }

    @Test
    void expHandlesTheEdges() {
        assertEquals(1.0, Maths.exp(0.0));
        assertEquals(Double.POSITIVE_INFINITY, Maths.exp(710));
        assertEquals(0.0, Maths.exp(-746));
        assertTrue(Double.isNaN(Maths.exp(Double.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, Maths.exp(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Maths.exp(Double.NEGATIVE_INFINITY));
        assertClose(StrictMath.exp(709.78), Maths.exp(709.78), 2, "near overflow");
    }

    @Test
    void logMatchesStrictMathWithinTwoUlps() {
        SeededRandom r = new SeededRandom(2);
        for (int i = 0; i < 20000; i++) {
            double x = Maths.exp(r.uniform(-700, 700));
            assertClose(StrictMath.log(x), Maths.log(x), 2, "log(" + x + ")");
            double near1 = 1 + r.uniform(-0.3, 0.3);
            assertClose(StrictMath.log(near1), Maths.log(near1), 2, "log(" + near1 + ")");
        }
        assertEquals(0.0, Maths.log(1.0));
        assertEquals(Double.NEGATIVE_INFINITY, Maths.log(0.0));
        assertTrue(Double.isNaN(Maths.log(-1.0)));
        assertClose(StrictMath.log(Double.MIN_VALUE), Maths.log(Double.MIN_VALUE), 2, "log(min subnormal)");
    }

    @Test
    void log1pAndExpm1StayAccurateNearZero() {
        double[] xs = {1e-300, 1e-17, 1e-10, -1e-8, 1e-5, 0.01, -0.2, 0.34, 0.5, 3.0, -0.9};
        for (double x : xs) {
            assertClose(StrictMath.log1p(x), Maths.log1p(x), 3, "log1p(" + x + ")");
            assertClose(StrictMath.expm1(x), Maths.expm1(x), 3, "expm1(" + x + ")");
        }
    }

    @Test
    void tanhSigmoidSoftplusAndErfAreAccurate() {
        SeededRandom r = new SeededRandom(3);
        for (int i = 0; i < 5000; i++) {
            double x = r.uniform(-25, 25);
            assertClose(StrictMath.tanh(x), Maths.tanh(x), 3, "tanh(" + x + ")");
            double sig = 1.0 / (1.0 + StrictMath.exp(-x));
            assertEquals(sig, Maths.sigmoid(x), 4 * Math.ulp(sig), "sigmoid(" + x + ")");
            double sp = StrictMath.log1p(StrictMath.exp(-Math.abs(x))) + Math.max(x, 0);
            assertEquals(sp, Maths.softplus(x), 4 * Math.ulp(sp) + 1e-300, "softplus(" + x + ")");
        }
        // erf to 30 digits (the series definition evaluated in high precision), rounded by the compiler
        assertClose(0.520499877813046537682746653892, Maths.erf(0.5), 2, "erf(0.5)");
        assertClose(0.842700792949714869341220635083, Maths.erf(1.0), 2, "erf(1)");
        assertClose(0.995322265018952734162069256367, Maths.erf(2.0), 2, "erf(2)");
        assertClose(-0.999977909503001414558627223870, Maths.erf(-3.0), 4, "erf(-3)");
        assertEquals(1.0, Maths.erf(7.0));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.1, -0.7, 1.0, 2.0, 3.14159, -100.25, 1000.5, 123456.789})
    void sinAndCosMatchStrictMath(double x) {
        assertEquals(StrictMath.sin(x), Maths.sin(x), 2 * Math.ulp(1.0));
        assertEquals(StrictMath.cos(x), Maths.cos(x), 2 * Math.ulp(1.0));
    }

    @Test
    void sinOfTheDoubleNearestPiIsItsDistanceToPi() {
        assertEquals(-1.0, Maths.cos(Math.PI));
        // Math.PI is below pi by 1.2246467991473532e-16, so its sine is that distance: the three-part
        // reduction must keep it to full precision.
        assertClose(StrictMath.sin(Math.PI), Maths.sin(Math.PI), 2, "sin(Math.PI)");
        assertClose(StrictMath.sin(100 * Math.PI), Maths.sin(100 * Math.PI), 2, "sin(100 Math.PI)");
    }

    @Test
    void powHandlesIntegerAndFractionalExponents() {
        assertEquals(1024.0, Maths.pow(2, 10));
        assertEquals(0.001, Maths.pow(10, -3), 1e-18);
        assertEquals(Math.sqrt(2), Maths.pow(2, 0.5));
        assertEquals(-8.0, Maths.pow(-2, 3));
        assertTrue(Double.isNaN(Maths.pow(-2, 0.5)));
        SeededRandom r = new SeededRandom(4);
        for (int i = 0; i < 2000; i++) {
            double x = r.uniform(0.01, 100);
            double y = r.uniform(-20, 20);
            double expected = StrictMath.pow(x, y);
            // StrictMath's fdlibm pow is within one ulp; Maths.pow is correctly rounded (PrecisePowTest).
            assertEquals(expected, Maths.pow(x, y), Math.ulp(expected), "pow(" + x + ", " + y + ")");
        }
        assertEquals(0.9 * 0.9 * 0.9 * 0.9 * 0.9, Maths.powInt(0.9, 5), 1e-16);
    }

    @Test
    void roundToFloat32AgreesWithTheJvmFloatCast() {
        SeededRandom r = new SeededRandom(5);
        for (int i = 0; i < 50000; i++) {
            double x = r.normal(0, 1) * Maths.pow2(r.nextInt(300) - 150);
            assertEquals((double) (float) x, Maths.roundToFloat32(x), "float32(" + x + ")");
        }
        assertEquals((double) (float) 0.1, Maths.roundToFloat32(0.1));
        assertEquals(0.5475000143051147, Maths.roundToFloat32(0.5475));
        assertEquals((double) Float.MAX_VALUE, Maths.roundToFloat32(Float.MAX_VALUE));
        assertEquals(Double.POSITIVE_INFINITY, Maths.roundToFloat32(1e39));
        assertEquals((double) (float) 1e-45, Maths.roundToFloat32(1e-45));
    }

    @Test
    void exponentAndScalbAreExact() {
        assertEquals(0, Maths.exponent(1.0));
        assertEquals(-1, Maths.exponent(0.75));
        assertEquals(1023, Maths.exponent(Double.MAX_VALUE));
        assertEquals(-1074, Maths.exponent(Double.MIN_VALUE));
        assertEquals(Math.getExponent(12345.678), Maths.exponent(12345.678));
        assertEquals(3.0 * 1024, Maths.scalb(3.0, 10));
        assertEquals(Double.MIN_VALUE, Maths.scalb(1.0, -1074));
    }
}
