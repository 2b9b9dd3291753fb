package seqplay.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import seqplay.random.SeededRandom;

/**
 * The tiled kernels against the plain triple loops they replace: the same sums in the same order, so the results
 * must agree to the last bit, whatever the sizes (tile edges included).
 */
class KernelsTest {
    private static double[] random(SeededRandom r, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextGaussian();
        }
        return a;
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "4, 4, 4", "5, 7, 3", "32, 784, 128", "3, 2, 9", "8, 13, 6", "33, 17, 10", "32, 8, 1",
        "32, 2, 8", "7, 1, 1", "6, 5, 2"})
    void tiledKernelsAreBitIdenticalToPlainLoops(int rows, int in, int out) {
        try {
            Kernels.preferNarrowTiles(false);
            checkAgainstPlainLoops(rows, in, out);
            Kernels.preferNarrowTiles(true);
            checkAgainstPlainLoops(rows, in, out);
        } finally {
            Kernels.preferNarrowTiles(false);
        }
    }

    private static void checkAgainstPlainLoops(int rows, int in, int out) {
        SeededRandom r = new SeededRandom(rows * 1000 + in * 10 + out);
        double[] x = random(r, rows * in);
        double[] w = random(r, in * out);
        double[] b = random(r, out);
        double[] gz = random(r, rows * out);

        double[] z = new double[rows * out];
        Kernels.affine(x, rows, in, w, b, out, z);
        double[] zRef = new double[rows * out];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < out; j++) {
                double a = b[j];
                for (int k = 0; k < in; k++) {
                    a += x[i * in + k] * w[k * out + j];
                }
                zRef[i * out + j] = a;
            }
        }
        assertArrayEquals(zRef, z, "affine");

        double[] zNoBias = new double[rows * out];
        Kernels.affine(x, rows, in, w, null, out, zNoBias);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < out; j++) {
                double a = 0.0;
                for (int k = 0; k < in; k++) {
                    a += x[i * in + k] * w[k * out + j];
                }
                zRef[i * out + j] = a;
            }
        }
        assertArrayEquals(zRef, zNoBias, "affine without bias");

        double[] gw = random(r, in * out); // overwritten
        Kernels.weightGradient(x, rows, in, gz, out, gw);
        double[] gwRef = new double[in * out];
        for (int k = 0; k < in; k++) {
            for (int j = 0; j < out; j++) {
                double a = 0;
                for (int i = 0; i < rows; i++) {
                    a += x[i * in + k] * gz[i * out + j];
                }
                gwRef[k * out + j] = a;
            }
        }
        assertArrayEquals(gwRef, gw, "weight gradient");

        double[] gx = random(r, rows * in);
        Kernels.inputGradient(gz, rows, out, w, in, gx);
        double[] gxRef = new double[rows * in];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < in; k++) {
                double a = 0;
                for (int j = 0; j < out; j++) {
                    a += gz[i * out + j] * w[k * out + j];
                }
                gxRef[i * in + k] = a;
            }
        }
        assertArrayEquals(gxRef, gx, "input gradient");

        double[] gb = random(r, out);
        Kernels.columnSums(gz, rows, out, gb);
        double[] gbRef = new double[out];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < out; j++) {
                gbRef[j] += gz[i * out + j];
            }
        }
        assertArrayEquals(gbRef, gb, "bias gradient");
    }

    /** ReLU gradients are half zeros (some −0.0): the browsers' weight gradient skips them, to the same bits. */
    @ParameterizedTest
    @CsvSource({"32, 784, 128", "16, 9, 10", "8, 64, 64", "33, 130, 33", "32, 4096, 1"})
    void weightGradientSkippingZeroRowsIsBitIdenticalToThePlainLoop(int rows, int in, int out) {
        SeededRandom r = new SeededRandom(rows + in + out);
        double[] x = random(r, rows * in);
        double[] gz = random(r, rows * out);
        for (int k = 0; k < gz.length; k++) {
            if (r.nextDouble() < 0.5) {
                gz[k] = k % 3 == 0 ? -0.0 : 0.0;
            }
        }
        double[] expected = plainWeightGradient(x, rows, in, gz, out);
        double[] gw = random(r, in * out);
        try {
            Kernels.preferNarrowTiles(true);
            Kernels.weightGradient(x, rows, in, gz, out, gw);
            assertArrayEquals(expected, gw, "finite inputs");
            x[in + 1] = Double.POSITIVE_INFINITY; // 0 · ∞ is NaN: the zero rows may no longer be left out
            Kernels.weightGradient(x, rows, in, gz, out, gw);
            assertArrayEquals(plainWeightGradient(x, rows, in, gz, out), gw, "an infinite input");
        } finally {
            Kernels.preferNarrowTiles(false);
        }
    }

    private static double[] plainWeightGradient(double[] x, int rows, int in, double[] gz, int out) {
        double[] gw = new double[in * out];
        for (int k = 0; k < in; k++) {
            for (int j = 0; j < out; j++) {
                double a = 0;
                for (int i = 0; i < rows; i++) {
                    a += x[i * in + k] * gz[i * out + j];
                }
                gw[k * out + j] = a;
            }
        }
        return gw;
    }
}
