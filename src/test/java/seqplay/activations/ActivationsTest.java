package seqplay.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import seqplay.errors.PyException;
import seqplay.random.SeededRandom;
import seqplay.tensor.Maths;

class ActivationsTest {
    private static final double[] SPEC_X = {-4, -1, 0, 0.5, 3.5};

    /** keras-spec.md §2: Keras 3 run on x = [−4, −1, 0, 0.5, 3.5], float32 results rounded to 7 places. */
    static Stream<Arguments> specVectors() {
        return Stream.of(
                Arguments.of("sigmoid", new double[] {0.0179862, 0.2689414, 0.5, 0.6224594, 0.9706877}),
                Arguments.of("tanh", new double[] {-0.9993293, -0.7615942, 0.0, 0.4621171, 0.9981779}),
                Arguments.of("softmax", new double[] {0.0005067, 0.0101764, 0.0276622, 0.0456073, 0.9160474}),
                Arguments.of("elu", new double[] {-0.9816844, -0.6321205, 0.0, 0.5, 3.5}),
                Arguments.of("selu", new double[] {-1.7258986, -1.1113307, 0.0, 0.5253505, 3.6774535}),
                Arguments.of("softplus", new double[] {0.0181499, 0.3132617, 0.6931472, 0.974077, 3.5297503}),
                Arguments.of("softsign", new double[] {-0.8, -0.5, 0.0, 0.3333333, 0.7777778}),
                Arguments.of("swish", new double[] {-0.0719448, -0.2689414, 0.0, 0.3112297, 3.3974071}),
                Arguments.of("silu", new double[] {-0.0719448, -0.2689414, 0.0, 0.3112297, 3.3974071}),
                Arguments.of("gelu", new double[] {-0.0001267, -0.1586553, 0.0, 0.3457312, 3.4991858}),
                Arguments.of("hard_sigmoid", new double[] {0.0, 0.3333333, 0.5, 0.5833333, 1.0}),
                Arguments.of("exponential", new double[] {0.0183156, 0.3678795, 1.0, 1.6487212, 33.1154518}),
                Arguments.of("leaky_relu", new double[] {-0.8, -0.2, 0.0, 0.5, 3.5}),
                Arguments.of("mish", new double[] {-0.0725917, -0.3034015, 0.0, 0.3752452, 3.4939909}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specVectors")
    void specTestVectorIsReproducedToItsPrintedDigits(String name, double[] printed) {
        double[] out = new double[SPEC_X.length];
        Activations.get(name).forward(SPEC_X, out, 1, SPEC_X.length);
        for (int i = 0; i < out.length; i++) {
            // The spec prints TensorFlow's float32 results to 7 places. TensorFlow's float32 kernels are within one
            // float32 ulp of the true value (tanh(0.5) prints 0.4621171 though it is 0.46211716), so the printed
            // digits are matched to half a unit of the 7th place plus one float32 ulp.
            double tolerance = 5.0e-8 + Math.ulp((float) printed[i]);
            assertEquals(printed[i], out[i], tolerance, name + "(" + SPEC_X[i] + ")");
        }
    }

    @Test
    void handCheckableValuesOfThePiecewiseFunctions() {
        assertValues("relu", new double[] {-2, 0, 3}, new double[] {0, 0, 3});
        assertValues("relu6", new double[] {-2, 3, 7}, new double[] {0, 3, 6});
        assertValues("linear", new double[] {-2, 0, 3}, new double[] {-2, 0, 3});
        assertValues("hard_silu", new double[] {-4, 0, 1, 4}, new double[] {0, 0, 4.0 / 6.0, 4});
        assertValues("hard_tanh", new double[] {-2, 0.5, 2}, new double[] {-1, 0.5, 1});
        assertValues("hard_shrink", new double[] {-1, 0.25, 0.75}, new double[] {-1, 0, 0.75});
        assertValues("soft_shrink", new double[] {-1, 0.25, 0.75}, new double[] {-0.5, 0, 0.25});
        assertValues("sparse_plus", new double[] {-2, 0, 2}, new double[] {0, 0.25, 2});
        assertValues("sparse_sigmoid", new double[] {-2, 0, 2}, new double[] {0, 0.5, 1});
        assertValues("squareplus", new double[] {0, 1.5}, new double[] {1, 2}); // (1.5 + sqrt(6.25)) / 2 = 2
        assertValues("celu", new double[] {2, 0}, new double[] {2, 0});
        assertValues("log_sigmoid", new double[] {0}, new double[] {-Maths.LN2});
    }

    private static void assertValues(String name, double[] x, double[] expected) {
        double[] out = new double[x.length];
        Activations.get(name).forward(x, out, 1, x.length);
        for (int i = 0; i < x.length; i++) {
            assertEquals(expected[i], out[i], 1e-15, name + "(" + x[i] + ")");
        }
    }

    @Test
    void softmaxWorksRowByRowAndSubtractsTheMaximum() {
        // Rows 1 and 2 differ by a constant, so they give the same probabilities; 1000 would overflow exp.
        double[] z = {1, 2, 3, 1001, 1002, 1003};
        double[] out = new double[6];
        Activations.SOFTMAX.forward(z, out, 2, 3);
        double e = Math.E;
        double sum = 1 + e + e * e;
        double[] expected = {1 / sum, e / sum, e * e / sum};
        for (int j = 0; j < 3; j++) {
            assertEquals(expected[j], out[j], 1e-15);
            assertEquals(expected[j], out[3 + j], 1e-15);
        }
    }

    @Test
    void logSoftmaxIsTheLogarithmOfSoftmax() {
        double[] z = {0.5, -1.0, 2.0, 30.0};
        double[] soft = new double[4];
        double[] log = new double[4];
        Activations.SOFTMAX.forward(z, soft, 1, 4);
        Activations.get("log_softmax").forward(z, log, 1, 4);
        for (int j = 0; j < 4; j++) {
            assertEquals(Math.log(soft[j]), log[j], 1e-12);
        }
    }

    @Test
    void softmaxOverASingleColumnIsAlwaysOneWithKerasWarningText() {
        double[] z = {-3.0, 0.0, 42.0};
        double[] out = new double[3];
        Activations.SOFTMAX.forward(z, out, 3, 1);
        for (double v : out) {
            assertEquals(1.0, v);
        }
        double[] grad = new double[3];
        Activations.SOFTMAX.backward(z, out, new double[] {0.3, -2.0, 5.0}, grad, 3, 1);
        for (double g : grad) {
            assertEquals(0.0, g); // a constant output passes no gradient
        }
        assertEquals("You are using a softmax over axis -1 of a tensor of shape (None, 1). This axis has size 1. "
                + "The softmax operation will always return the value 1, which is likely not what you intended. "
                + "Did you mean to use a sigmoid instead?", Activations.softmaxSizeOneWarning("None"));
    }

    /** Inputs for the gradient checks: the edges named in the brief, then random values. */
    private static double[] gradientInputs() {
        List<Double> xs = new ArrayList<>(List.of(0.0, 1e-9, -1e-9, 30.0, -30.0, 50.0, -50.0, 4.0, -4.0, 0.1,
                -0.1, 2.5, -2.5, 5.9, -2.9, 0.49, -0.51, 0.99, -1.01));
        SeededRandom r = new SeededRandom(7);
        for (int i = 0; i < 60; i++) {
            xs.add(r.uniform(-8, 8));
        }
        for (int i = 0; i < 10; i++) {
            xs.add(r.uniform(-40, 40));
        }
        double[] a = new double[xs.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = xs.get(i);
        }
        return a;
    }

    /** The points where each piecewise function has a kink, which a central difference cannot check. */
    private static final Map<String, double[]> KINKS = Map.ofEntries(
            Map.entry("relu", new double[] {0}), Map.entry("relu6", new double[] {0, 6}),
            Map.entry("leaky_relu", new double[] {0}), Map.entry("selu", new double[] {0}),
            Map.entry("hard_sigmoid", new double[] {-3, 3}), Map.entry("hard_silu", new double[] {-3, 3}),
            Map.entry("hard_tanh", new double[] {-1, 1}), Map.entry("hard_shrink", new double[] {-0.5, 0.5}),
            Map.entry("soft_shrink", new double[] {-0.5, 0.5}), Map.entry("sparse_plus", new double[] {-1, 1}),
            Map.entry("sparse_sigmoid", new double[] {-1, 1}));

    static Stream<String> elementwiseNames() {
        return Activations.names().stream().filter(n -> !n.equals("softmax") && !n.equals("log_softmax"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementwiseNames")
    void backwardMatchesCentralDifferencesOfForward(String name) {
        Activation f = Activations.get(name);
        double[] kinks = KINKS.getOrDefault(name, new double[0]);
        double[] xs = gradientInputs();
        double[] a = new double[xs.length];
        f.forward(xs, a, 1, xs.length);
        double[] gradA = new double[xs.length];
        SeededRandom r = new SeededRandom(3);
        for (int i = 0; i < gradA.length; i++) {
            gradA[i] = r.uniform(-2, 2);
        }
        double[] gradZ = new double[xs.length];
        f.backward(xs, a, gradA, gradZ, 1, xs.length);
        int checked = 0;
        for (int i = 0; i < xs.length; i++) {
            double x = xs[i];
            double h = 1e-6 * Math.max(1.0, Math.abs(x));
            boolean nearKink = false;
            for (double k : kinks) {
                nearKink |= Math.abs(x - k) < 10 * h;
            }
            if (nearKink) {
                continue;
            }
            double numeric = (value(f, x + h) - value(f, x - h)) / (2 * h) * gradA[i];
            double tolerance = 1e-6 * Math.max(1.0, Math.abs(numeric)) + 1e-9 * Math.abs(value(f, x)) / h;
            assertEquals(numeric, gradZ[i], tolerance, name + "'(" + x + ")");
            checked++;
        }
        assertTrue(checked > 70, "checked only " + checked + " points");
    }

    private static double value(Activation f, double x) {
        double[] out = new double[1];
        f.forward(new double[] {x}, out, 1, 1);
        return out[0];
    }

    @ParameterizedTest
    @ValueSource(strings = {"softmax", "log_softmax"})
    void rowWiseBackwardMatchesCentralDifferencesOfAWeightedSum(String name) {
        Activation f = Activations.get(name);
        SeededRandom r = new SeededRandom(11);
        int rows = 4;
        int cols = 5;
        double[] z = new double[rows * cols];
        for (int i = 0; i < z.length; i++) {
            z[i] = r.uniform(-6, 6);
        }
        z[7] = 40; // a saturated row: one probability near 1, the others near 0
        z[15] = -35;
        double[] w = new double[z.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = r.uniform(-2, 2);
        }
        double[] a = new double[z.length];
        f.forward(z, a, rows, cols);
        double[] grad = new double[z.length];
        f.backward(z, a, w, grad, rows, cols);
        for (int i = 0; i < z.length; i++) {
            double h = 1e-6;
            double[] zp = z.clone();
            double[] zm = z.clone();
            zp[i] += h;
            zm[i] -= h;
            double numeric = (weighted(f, zp, w, rows, cols) - weighted(f, zm, w, rows, cols)) / (2 * h);
            assertEquals(numeric, grad[i], 1e-6 * Math.max(1, Math.abs(numeric)), name + " dz[" + i + "]");
        }
    }

    private static double weighted(Activation f, double[] z, double[] w, int rows, int cols) {
        double[] a = new double[z.length];
        f.forward(z, a, rows, cols);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += w[i] * a[i];
        }
        return s;
    }

    @ParameterizedTest
    @ValueSource(strings = {"softmax", "log_softmax", "sigmoid", "gelu", "relu", "linear"})
    void backwardMayWriteTheGradientInPlace(String name) {
        Activation f = Activations.get(name);
        double[] z = {0.3, -1.2, 2.0, 0.7, -0.4, 1.1};
        double[] a = new double[6];
        f.forward(z, a, 2, 3);
        double[] g = {0.5, -1.0, 0.25, 2.0, -0.75, 1.5};
        double[] separate = new double[6];
        f.backward(z, a, g, separate, 2, 3);
        double[] inPlace = g.clone();
        f.backward(z, a, inPlace, inPlace, 2, 3);
        for (int i = 0; i < 6; i++) {
            assertEquals(separate[i], inPlace[i]);
        }
    }

    @Test
    void onlyTheFirstRowsTimesColsEntriesAreTouched() {
        double[] z = {1, 2, 3, 4, 99, 99};
        double[] out = {0, 0, 0, 0, -7, -7};
        Activations.SOFTMAX.forward(z, out, 2, 2);
        Activations.RELU.forward(z, out, 2, 2);
        assertEquals(-7, out[4]);
        assertEquals(-7, out[5]);
    }

    @Test
    void reluPassesNoGradientAtZeroAsTensorFlowDoes() {
        double[] grad = new double[1];
        Activations.RELU.backward(new double[] {0.0}, new double[] {0.0}, new double[] {1.0}, grad, 1, 1);
        assertEquals(0.0, grad[0]);
    }

    @Test
    void leakyReluFromItsStringUsesSlopePointTwo() {
        assertEquals(-0.2, value(Activations.get("leaky_relu"), -1.0), 1e-15);
        assertEquals(-0.3, value(Activations.leakyRelu(0.3), -1.0), 1e-15);
    }

    @Test
    void everyKerasNameResolvesToAFunctionOfThatName() {
        List<String> kerasNames = List.of("linear", "relu", "sigmoid", "softmax", "tanh", "elu", "selu",
                "softplus", "softsign", "silu", "gelu", "leaky_relu", "relu6", "hard_sigmoid", "hard_silu",
                "exponential", "mish", "log_softmax", "celu", "hard_tanh", "hard_shrink", "soft_shrink",
                "tanh_shrink", "sparse_plus", "sparse_sigmoid", "squareplus", "log_sigmoid");
        for (String n : kerasNames) {
            assertEquals(n, Activations.get(n).name());
        }
    }

    @Test
    void swishAndSiluAreTheSameFunctionNamedSilu() {
        assertSame(Activations.get("silu"), Activations.get("swish"));
        assertEquals("silu", Activations.get("swish").name());
        assertEquals("hard_silu", Activations.get("hard_swish").name());
    }

    @Test
    void noneMeansLinear() {
        assertSame(Activations.LINEAR, Activations.get(null));
        assertEquals("linear", Activations.get(null).name());
    }

    @Test
    void onlySigmoidAndSoftmaxCarryTheirLogits() {
        for (String n : Activations.names()) {
            boolean expected = n.equals("sigmoid") || n.equals("softmax");
            assertEquals(expected, Activations.get(n).carriesLogits(), n);
        }
    }

    @Test
    void anUnknownNameIsRejectedWithKerasMessage() {
        PyException e = assertThrows(PyException.class, () -> Activations.get("relux"));
        assertEquals("ValueError: Could not interpret activation function identifier: relux", e.pythonLine());
    }

    @Test
    void namesAreCaseSensitiveAsInKeras3() {
        PyException e = assertThrows(PyException.class, () -> Activations.get("ReLU"));
        assertEquals("ValueError: Could not interpret activation function identifier: ReLU", e.pythonLine());
        assertFalse(Activations.isKnown("Softmax"));
        assertTrue(Activations.isKnown("softmax"));
    }

    @Test
    void hardSigmoidIsKeras3sRelu6Form() {
        // Keras 3: relu6(x + 3) / 6 = 1/2 + 1/6 at x = 1; tf.keras 2's 0.2x + 0.5 would give 0.7.
        assertEquals(2.0 / 3.0, value(Activations.get("hard_sigmoid"), 1.0), 1e-15);
    }

    @Test
    void geluIsTheExactErfFormNotTheTanhApproximation() {
        // 0.5 * 1 * (1 + erf(1/sqrt 2)) = Φ(1) = 0.8413447460685429; the tanh form gives 0.8411919906082768.
        assertEquals(0.8413447460685429, value(Activations.get("gelu"), 1.0), 1e-15);
    }
}
