package seqplay.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import seqplay.errors.PyException;
import seqplay.random.SeededRandom;
import seqplay.testing.Doubles;

class DenseTest {
    @Test
    void forwardWithKnownWeightsIsCheckableByHand() {
        // kernel (2, 3) = [[1, 2, 3], [4, 5, 6]], bias = [0.5, 0.5, 0.5]
        Dense d = new Dense("dense", 3, Doubles.IDENTITY, true, Doubles.values(1, 2, 3, 4, 5, 6), Doubles.constant(0.5));
        d.build(2, new SeededRandom(0));
        double[] out = d.forward(new double[] {1, 1, 2, -1}, 2, false);
        // row 1: [1+4, 2+5, 3+6] + 0.5; row 2: [2-4, 4-5, 6-6] + 0.5
        assertArrayEquals(new double[] {5.5, 7.5, 9.5, -1.5, -0.5, 0.5}, java.util.Arrays.copyOf(out, 6));
        assertEquals(9, d.countParams());
        assertEquals(2, d.variables().size());
        assertArrayEquals(new int[] {2, 3}, d.kernel().shape());
    }

    @Test
    void withoutBiasTheLayerHasOnlyAKernel() {
        Dense d = new Dense("dense", 4, Doubles.IDENTITY, false, Doubles.constant(1), Doubles.constant(9));
        d.build(3, new SeededRandom(0));
        assertEquals(12, d.countParams());
        double[] out = d.forward(new double[] {1, 2, 3}, 1, false);
        assertArrayEquals(new double[] {6, 6, 6, 6}, java.util.Arrays.copyOf(out, 4));
    }

    @Test
    void unitsMustBePositiveWithKerasMessage() {
        PyException e = assertThrows(PyException.class,
                () -> new Dense("dense", 0, Doubles.IDENTITY, true, Doubles.constant(0), Doubles.constant(0)));
        assertEquals("ValueError: Received an invalid value for `units`, expected a positive integer. "
                + "Received: units=0", e.pythonLine());
    }

    /** L = Σ out²/2 so that dL/d(out) = out; compares backward with central differences. */
    @Test
    void backwardMatchesNumericalGradientsForKernelBiasAndInput() {
        SeededRandom rng = new SeededRandom(11);
        Dense d = new Dense("dense", 3, Doubles.SQUARE, true, Doubles.UNIFORM, Doubles.UNIFORM);
        d.build(4, rng);
        int rows = 5;
        double[] x = new double[rows * 4];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble() * 2 - 1;
        }
        double[] out = d.forward(x, rows, true);
        double[] gradOut = java.util.Arrays.copyOf(out, rows * 3);
        double[] gradIn = d.backward(gradOut, rows, true).clone();
        double[] gk = d.kernel().grad().clone();
        double[] gb = d.bias().grad().clone();

        double h = 1e-6;
        double[][] params = {d.kernel().value(), d.bias().value(), x};
        double[][] analytic = {gk, gb, gradIn};
        for (int p = 0; p < params.length; p++) {
            for (int i = 0; i < params[p].length; i++) {
                double keep = params[p][i];
                params[p][i] = keep + h;
                double plus = halfSumOfSquares(d.forward(x, rows, true), rows * 3);
                params[p][i] = keep - h;
                double minus = halfSumOfSquares(d.forward(x, rows, true), rows * 3);
                params[p][i] = keep;
                double numeric = (plus - minus) / (2 * h);
                assertEquals(numeric, analytic[p][i], 1e-6 * Math.max(1, Math.abs(numeric)),
                        "parameter group " + p + " index " + i);
            }
        }
    }

    private static double halfSumOfSquares(double[] v, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += v[i] * v[i];
        }
        return s / 2;
    }

    @Test
    void dropoutKeepsExpectedSumInTrainingAndIsIdentityAtInference() {
        Dropout drop = new Dropout("dropout", 0.25, new SeededRandom(3));
        drop.build(1000, new SeededRandom(0));
        double[] ones = new double[1000];
        java.util.Arrays.fill(ones, 1.0);
        double[] train = drop.forward(ones, 1, true);
        int zeros = 0;
        double sum = 0;
        for (int i = 0; i < 1000; i++) {
            if (train[i] == 0) {
                zeros++;
            } else {
                assertEquals(1 / 0.75, train[i], 1e-15);
            }
            sum += train[i];
        }
        assertEquals(250, zeros, 45);
        assertEquals(1000, sum, 60);
        double[] grad = drop.backward(ones, 1, true);
        for (int i = 0; i < 1000; i++) {
            assertEquals(train[i], grad[i], "the gradient flows through the kept units only, scaled the same way");
        }
        double[] infer = drop.forward(ones, 1, false);
        for (int i = 0; i < 1000; i++) {
            assertEquals(1.0, infer[i]);
        }
    }

    @Test
    void dropoutRateOutsideZeroToOneIsRejectedWithKerasMessage() {
        PyException e = assertThrows(PyException.class, () -> new Dropout("d", 1.5, new SeededRandom(0)));
        assertEquals("ValueError: Invalid value received for argument `rate`. Expected a float value between 0 and 1."
                + " Received: rate=1.5", e.pythonLine());
    }
}
