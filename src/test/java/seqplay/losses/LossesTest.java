package seqplay.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import seqplay.errors.PyException;
import seqplay.random.SeededRandom;

class LossesTest {
    // ---------------------------------------------------------------- spec §3 test vectors

    /** TensorFlow prints float32: match to half a unit of the last printed place plus one float32 ulp. */
    private static void assertPrinted(double printed, double actual, double halfUnit, String what) {
        assertEquals(printed, actual, halfUnit + Math.ulp((float) printed), what);
    }

    private static double[] perSample(Loss loss, double[] y, double[] p, int rows, int cols) {
        double[] out = new double[rows];
        loss.perSample(y, p, out, rows, cols);
        return out;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    @Test
    void categoricalCrossentropySpecVectorIncludingRenormalisation() {
        double[] yt = {1, 0, 0, 0, 1, 0};
        double[] yp = {.7, .2, .1, .5, .3, .2};
        double[] out = perSample(Losses.get("categorical_crossentropy"), yt, yp, 2, 3);
        assertPrinted(0.356675, out[0], 5e-7, "row 0");
        assertPrinted(1.2039728, out[1], 5e-8, "row 1");
        double[] doubled = new double[6];
        for (int i = 0; i < 6; i++) {
            doubled[i] = 2 * yp[i];
        }
        double[] again = perSample(Losses.get("categorical_crossentropy"), yt, doubled, 2, 3);
        assertEquals(out[0], again[0], 1e-15);
        assertEquals(out[1], again[1], 1e-15);
        assertPrinted(0.7803239, mean(perSample(Losses.create("CategoricalCrossentropy", Map.of()), yt, yp, 2, 3)),
                5e-8, "CategoricalCrossentropy()");
    }

    @Test
    void sparseCategoricalCrossentropySpecVector() {
        double[] out = perSample(Losses.get("sparse_categorical_crossentropy"), new double[] {0, 1},
                new double[] {.7, .2, .1, .5, .3, .2}, 2, 3);
        assertPrinted(0.356675, out[0], 5e-7, "row 0");
        assertPrinted(1.2039728, out[1], 5e-8, "row 1");
    }

    @Test
    void binaryCrossentropySpecVectorClipsAtEpsilon() {
        double[] out = perSample(Losses.get("binary_crossentropy"), new double[] {1, 0, 1, 0},
                new double[] {.8, .3, 1.0, 0.0}, 4, 1);
        assertPrinted(0.2231435, out[0], 5e-8, "p=.8");
        assertPrinted(0.356675, out[1], 5e-7, "p=.3");
        assertPrinted(1e-07, out[2], 5e-8, "p=1, y=1");
        assertPrinted(1e-07, out[3], 5e-8, "p=0, y=0");
        assertPrinted(0.2899092, mean(perSample(new BinaryCrossentropy(), new double[] {1, 0},
                new double[] {.8, .3}, 2, 1)), 5e-8, "BinaryCrossentropy()");
        Loss logits = Losses.create("BinaryCrossentropy", Map.of("from_logits", true));
        assertPrinted(0.2200948, mean(perSample(logits, new double[] {1, 0}, new double[] {2, -1}, 2, 1)), 5e-8,
                "from_logits=True");
    }

    @Test
    void regressionLossSpecVectors() {
        double[] a = {1, 2, 3, 4};
        double[] b = {1.5, 2, 2, 6};
        double[] mse = perSample(Losses.get("mse"), a, b, 2, 2);
        assertEquals(0.125, mse[0], 1e-15);
        assertEquals(2.5, mse[1], 1e-15);
        assertEquals(1.3125, mean(mse), 1e-15);
        double[] mae = perSample(Losses.get("mae"), a, b, 2, 2);
        assertEquals(0.25, mae[0], 1e-15);
        assertEquals(1.5, mae[1], 1e-15);
        assertEquals(0.875, mean(mae), 1e-15);
        double[] mape = perSample(Losses.get("mape"), a, b, 2, 2);
        assertEquals(25.0, mape[0], 1e-13);
        assertPrinted(41.6666679, mape[1], 5e-8, "mape row 1");
        double[] msle = perSample(Losses.get("msle"), a, b, 2, 2);
        // Two float32 logs differenced and squared: TensorFlow's result carries ~1e-7 of float32 rounding.
        assertEquals(0.0248965, msle[0], 1e-7, "msle row 0");
        assertEquals(0.0979872, msle[1], 1e-7, "msle row 1");
        double[] huber = perSample(Losses.get("huber"), a, b, 2, 2);
        assertEquals(0.0625, huber[0], 1e-15);
        assertEquals(1.0, huber[1], 1e-15);
        assertEquals(0.53125, mean(huber), 1e-15);
    }

    @Test
    void kerasDocstringExamplesAgree() {
        // keras/src/losses/losses.py docstrings (3-digit printouts).
        Loss bce = Losses.create("BinaryCrossentropy", Map.of("from_logits", true));
        assertEquals(0.8654, perSample(bce, new double[] {0, 1, 0, 0}, new double[] {-18.6, 0.51, 2.94, -12.8},
                1, 4)[0], 1e-4); // the docstring cuts 0.86546 to 4 places
        double[] cce = perSample(Losses.get("categorical_crossentropy"), new double[] {0, 1, 0, 0, 0, 1},
                new double[] {0.05, 0.95, 0, 0.1, 0.8, 0.1}, 2, 3);
        assertEquals(0.0513, cce[0], 5e-5);
        assertEquals(2.303, cce[1], 5e-4);
        assertEquals(1.177, mean(cce), 5e-4);
        double[] scce = perSample(Losses.get("sparse_categorical_crossentropy"), new double[] {1, 2},
                new double[] {0.05, 0.95, 0, 0.1, 0.8, 0.1}, 2, 3);
        assertEquals(0.0513, scce[0], 5e-5);
        assertEquals(2.303, scce[1], 5e-4);
        double[] binary = perSample(Losses.get("binary_crossentropy"), new double[] {0, 1, 0, 0},
                new double[] {0.6, 0.4, 0.4, 0.6}, 2, 2);
        assertEquals(0.916, binary[0], 5e-4);
        assertEquals(0.714, binary[1], 5e-4);
        assertEquals(0.155, mean(perSample(Losses.get("huber"), new double[] {0, 1, 0, 0},
                new double[] {0.6, 0.4, 0.4, 0.6}, 2, 2)), 5e-4);
    }

    // ---------------------------------------------------------------- the logits path (spec §3.3)

    @Test
    void logitsPathIsNotClippedSoSaturatedLossesExceedSixteen() {
        Loss bce = Losses.get("binary_crossentropy");
        double[] out = new double[1];
        bce.perSampleFromLogits(new double[] {0}, new double[] {20.0}, out, 1, 1);
        // max(20, 0) − 0 + log1p(e^−20) = 20.000000002061153
        assertEquals(20.000000002061153, out[0], 1e-12);
        bce.perSample(new double[] {0}, new double[] {1.0}, out, 1, 1);
        assertEquals(-Math.log(1e-7), out[0], 1e-9); // 16.118095650958319: the clipped probability path
    }

    @Test
    void softmaxOverOneUnitWithBinaryCrossentropyStillHasAGradient() {
        // Dense(1, 'softmax') outputs exactly 1.0, but the loss sees the pre-softmax z (spec §3.3 (c)).
        Loss bce = Losses.get("binary_crossentropy");
        assertTrue(bce.usesLogitsPath());
        double[] grad = new double[2];
        bce.gradientFromLogits(new double[] {1, 0}, new double[] {0.3, -0.2}, grad, 2, 1);
        assertEquals((sigmoid(0.3) - 1) / 2, grad[0], 1e-15);
        assertEquals(sigmoid(-0.2) / 2, grad[1], 1e-15);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void categoricalLogitsGradientIsSoftmaxTimesLabelSumMinusLabels() {
        double[] z = {1.0, 2.0, 0.5};
        double[] y = {0.2, 0.5, 0.0}; // soft labels summing to 0.7
        double[] grad = new double[3];
        Losses.get("categorical_crossentropy").gradientFromLogits(y, z, grad, 1, 3);
        double s = Math.exp(1) + Math.exp(2) + Math.exp(0.5);
        assertEquals(Math.exp(1) / s * 0.7 - 0.2, grad[0], 1e-15);
        assertEquals(Math.exp(2) / s * 0.7 - 0.5, grad[1], 1e-15);
        assertEquals(Math.exp(0.5) / s * 0.7, grad[2], 1e-15);
    }

    @Test
    void fromLogitsTrueReadsThePredictionsAsLogits() {
        double[] y = {1, 0, 0, 0, 0, 1};
        double[] z = {2.0, -1.0, 0.5, 0.1, 0.2, 3.0};
        for (String cls : List.of("BinaryCrossentropy", "CategoricalCrossentropy")) {
            Loss loss = Losses.create(cls, Map.of("from_logits", true));
            double[] a = new double[2];
            double[] b = new double[2];
            loss.perSample(y, z, a, 2, 3);
            loss.perSampleFromLogits(y, z, b, 2, 3);
            assertEquals(a[0], b[0]);
            assertEquals(a[1], b[1]);
        }
        Loss sparse = Losses.create("SparseCategoricalCrossentropy", Map.of("from_logits", true));
        double[] a = new double[2];
        sparse.perSample(new double[] {0, 2}, z, a, 2, 3);
        double lse0 = Math.log(Math.exp(2) + Math.exp(-1) + Math.exp(0.5));
        assertEquals(lse0 - 2.0, a[0], 1e-14);
    }

    // ---------------------------------------------------------------- gradient checks

    static Stream<Arguments> lossesForGradientChecks() {
        return Stream.of(
                Arguments.of("mse", Losses.get("mse"), Domain.ANY),
                Arguments.of("mae", Losses.get("mae"), Domain.ANY),
                Arguments.of("mape", Losses.get("mape"), Domain.ANY),
                Arguments.of("msle", Losses.get("msle"), Domain.POSITIVE),
                Arguments.of("huber", Losses.get("huber"), Domain.ANY),
                Arguments.of("Huber(delta=0.3)", Losses.create("Huber", Map.of("delta", 0.3)), Domain.ANY),
                Arguments.of("bce", Losses.get("bce"), Domain.PROBABILITY),
                Arguments.of("bce smoothed", Losses.create("BinaryCrossentropy", Map.of("label_smoothing", 0.2)),
                        Domain.PROBABILITY),
                Arguments.of("cce", Losses.get("categorical_crossentropy"), Domain.UNNORMALISED),
                Arguments.of("cce smoothed",
                        Losses.create("CategoricalCrossentropy", Map.of("label_smoothing", 0.1)),
                        Domain.UNNORMALISED),
                Arguments.of("scce", Losses.get("sparse_categorical_crossentropy"), Domain.UNNORMALISED),
                Arguments.of("bce from_logits", Losses.create("BinaryCrossentropy", Map.of("from_logits", true)),
                        Domain.LOGITS),
                Arguments.of("cce from_logits",
                        Losses.create("CategoricalCrossentropy", Map.of("from_logits", true)), Domain.LOGITS),
                Arguments.of("scce from_logits",
                        Losses.create("SparseCategoricalCrossentropy", Map.of("from_logits", true)),
                        Domain.LOGITS));
    }

    enum Domain { ANY, POSITIVE, PROBABILITY, UNNORMALISED, LOGITS }

    private static final int ROWS = 6;
    private static final int COLS = 3;

    /** Predictions with the edges of their domain (0, large, near 0 or 1) among random values. */
    private static double[] predictions(Domain d, SeededRandom r) {
        double[] p = new double[ROWS * COLS];
        for (int i = 0; i < p.length; i++) {
            switch (d) {
                case ANY -> p[i] = r.uniform(-5, 5);
                case POSITIVE -> p[i] = r.uniform(0.01, 5);
                case PROBABILITY, UNNORMALISED -> p[i] = r.uniform(0.02, 0.98);
                default -> p[i] = r.uniform(-6, 6);
            }
        }
        switch (d) {
            case ANY -> {
                p[0] = 0.0;
                p[1] = 250.0;
            }
            case PROBABILITY, UNNORMALISED -> {
                p[0] = 1e-5;
                p[1] = 1 - 1e-5;
                p[2] = 0.5;
            }
            case LOGITS -> {
                p[0] = 0.0;
                p[1] = 30.0;
                p[2] = -30.0;
                p[4] = 25.0;
            }
            default -> {
            }
        }
        return p;
    }

    private static double[] labels(Loss loss, Domain d, SeededRandom r) {
        if (loss instanceof SparseCategoricalCrossentropy) {
            double[] y = new double[ROWS];
            for (int i = 0; i < ROWS; i++) {
                y[i] = r.nextInt(COLS);
            }
            return y;
        }
        double[] y = new double[ROWS * COLS];
        if (loss instanceof CategoricalCrossentropy) {
            for (int i = 0; i < ROWS; i++) {
                y[i * COLS + r.nextInt(COLS)] = 1.0;
            }
            return y;
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = d == Domain.PROBABILITY || d == Domain.LOGITS ? r.nextInt(2) : r.uniform(0.05, 4);
        }
        y[3] = 0.0; // mape's denominator max(|y|, ε) at its floor
        return y;
    }

    /** The batch mean's dependence on row {@code r}: that row's loss over the number of rows. */
    private static double rowShare(Loss loss, double[] y, double[] p, int r, boolean logits) {
        double[] out = new double[ROWS];
        if (logits) {
            loss.perSampleFromLogits(y, p, out, ROWS, COLS);
        } else {
            loss.perSample(y, p, out, ROWS, COLS);
        }
        return out[r] / ROWS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lossesForGradientChecks")
    void gradientMatchesCentralDifferencesOfTheBatchMean(String label, Loss loss, Domain domain) {
        SeededRandom r = new SeededRandom(label.hashCode());
        for (int trial = 0; trial < 5; trial++) {
            double[] p = predictions(domain, r);
            double[] y = labels(loss, domain, r);
            checkGradient(label, loss, y, p, false);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lossesForGradientChecks")
    void logitsGradientMatchesCentralDifferences(String label, Loss loss, Domain domain) {
        if (!loss.usesLogitsPath()) {
            return;
        }
        SeededRandom r = new SeededRandom(label.hashCode() + 1);
        for (int trial = 0; trial < 5; trial++) {
            double[] z = predictions(Domain.LOGITS, r);
            double[] y = labels(loss, domain == Domain.UNNORMALISED ? Domain.LOGITS : domain, r);
            checkGradient(label + " logits", loss, y, z, true);
        }
    }

    private static void checkGradient(String label, Loss loss, double[] y, double[] p, boolean logits) {
        double[] grad = new double[p.length];
        if (logits) {
            loss.gradientFromLogits(y, p, grad, ROWS, COLS);
        } else {
            loss.gradient(y, p, grad, ROWS, COLS);
        }
        for (int i = 0; i < p.length; i++) {
            int row = i / COLS;
            double h = 1e-6 * Math.max(1.0, Math.abs(p[i]));
            if (!logits && p[i] > 0 && p[i] < 1) {
                h = Math.min(h, 1e-3 * Math.min(p[i], 1 - p[i])); // stay inside the clip range
            }
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[i] += h;
            minus[i] -= h;
            // Rows are independent, so only the changed row's share of the batch mean is differenced; the
            // rounding of that share (up to 1e9 for mape at y = 0) bounds the accuracy of the difference.
            double share = rowShare(loss, y, p, row, logits);
            double numeric = (rowShare(loss, y, plus, row, logits) - rowShare(loss, y, minus, row, logits)) / (2 * h);
            double tolerance = 1e-6 * Math.max(1.0, Math.abs(numeric)) + 1e-14 * Math.abs(share) / h;
            assertEquals(numeric, grad[i], tolerance, label + " d/dp[" + i + "] at p=" + p[i]);
        }
    }

    @Test
    void probabilityGradientIsZeroWhereTheClipHolds() {
        double[] grad = new double[2];
        Losses.get("binary_crossentropy").gradient(new double[] {1, 0}, new double[] {1.0, 0.0}, grad, 2, 1);
        assertEquals(0.0, grad[0]);
        assertEquals(0.0, grad[1]);
    }

    // ---------------------------------------------------------------- names (spec §3.1)

    @Test
    void kerasAliasTableResolvesEveryName() {
        Map<String, Class<?>> expected = new LinkedHashMap<>();
        for (String n : List.of("mean_squared_error", "mse", "MSE", "MeanSquaredError", "mean_absolute_error", "mae",
                "MAE", "MeanAbsoluteError", "mean_absolute_percentage_error", "mape", "MAPE",
                "MeanAbsolutePercentageError", "mean_squared_logarithmic_error", "msle", "MSLE",
                "MeanSquaredLogarithmicError", "huber", "Huber")) {
            expected.put(n, RegressionLoss.class);
        }
        for (String n : List.of("binary_crossentropy", "bce", "BCE", "BinaryCrossentropy")) {
            expected.put(n, BinaryCrossentropy.class);
        }
        expected.put("categorical_crossentropy", CategoricalCrossentropy.class);
        expected.put("CategoricalCrossentropy", CategoricalCrossentropy.class);
        expected.put("sparse_categorical_crossentropy", SparseCategoricalCrossentropy.class);
        expected.put("SparseCategoricalCrossentropy", SparseCategoricalCrossentropy.class);
        for (Map.Entry<String, Class<?>> e : expected.entrySet()) {
            assertInstanceOf(e.getValue(), Losses.get(e.getKey()), e.getKey());
        }
    }

    @Test
    void aFunctionNameKeepsTheStringAsNameAndAClassItsDefaultName() {
        assertEquals("mse", Losses.get("mse").name());
        assertEquals("mean_squared_error", Losses.get("MeanSquaredError").name());
        assertEquals("huber", Losses.get("huber").name());
        assertEquals("huber_loss", Losses.get("Huber").name());
        assertEquals("bce", Losses.get("bce").name());
        assertEquals("mine", Losses.create("Huber", Map.of("name", "mine")).name());
    }

    @Test
    void anUnknownLossIsRejectedWithKerasMessage() {
        PyException e = assertThrows(PyException.class, () -> Losses.get("categorical_crossentropyy"));
        assertEquals("ValueError: Could not interpret loss identifier: categorical_crossentropyy", e.pythonLine());
        PyException upper = assertThrows(PyException.class, () -> Losses.get("Mse"));
        assertEquals("ValueError: Could not interpret loss identifier: Mse", upper.pythonLine());
        assertFalse(Losses.isKnown("huber_loss")); // tf.keras 2's alias only
    }

    @Test
    void aKerasLossThePlaygroundLacksSaysSo() {
        PyException e = assertThrows(PyException.class, () -> Losses.get("hinge"));
        assertEquals("NotImplementedError: The loss 'hinge' exists in Keras but is not supported in the playground.",
                e.pythonLine());
    }

    @Test
    void crossentropyIsChosenByTheShapesAtCompile() {
        assertInstanceOf(BinaryCrossentropy.class, Losses.forCompile("crossentropy", new int[] {8}, new int[] {8, 1}));
        assertInstanceOf(SparseCategoricalCrossentropy.class,
                Losses.forCompile("CE", new int[] {8}, new int[] {8, 3}));
        assertInstanceOf(SparseCategoricalCrossentropy.class,
                Losses.forCompile("ce", new int[] {8, 1}, new int[] {8, 3}));
        assertInstanceOf(CategoricalCrossentropy.class,
                Losses.forCompile("Crossentropy", new int[] {8, 3}, new int[] {8, 3}));
        assertEquals("Crossentropy", Losses.forCompile("Crossentropy", new int[] {8, 3}, new int[] {8, 3}).name());
        assertInstanceOf(RegressionLoss.class, Losses.forCompile("mse", new int[] {8}, new int[] {8, 1}));
        PyException e = assertThrows(PyException.class, () -> Losses.get("crossentropy"));
        assertEquals("ValueError: Could not interpret loss identifier: crossentropy", e.pythonLine());
    }

    @Test
    void classesTakeKerasKeywordArguments() {
        BinaryCrossentropy bce = (BinaryCrossentropy) Losses.create("BinaryCrossentropy",
                Map.of("from_logits", true, "label_smoothing", 0.1));
        assertTrue(bce.fromLogits());
        assertEquals(0.1, bce.labelSmoothing());
        PyException e = assertThrows(PyException.class,
                () -> Losses.create("BinaryCrossentropy", Map.of("from_logit", true)));
        assertEquals("TypeError: BinaryCrossentropy.__init__() got an unexpected keyword argument 'from_logit'",
                e.pythonLine());
        assertEquals(List.of("delta", "reduction", "name", "dtype"), Losses.parameterNames("Huber"));
        PyException sum = assertThrows(PyException.class,
                () -> Losses.create("MeanSquaredError", Map.of("reduction", "sum")));
        assertEquals("NotImplementedError: MeanSquaredError(reduction='sum') is not supported in the playground; "
                + "only reduction='sum_over_batch_size' is.", sum.pythonLine());
    }

    @Test
    void labelSmoothingSqueezesBinaryLabelsTowardsOneHalf() {
        Loss smooth = Losses.create("BinaryCrossentropy", Map.of("label_smoothing", 0.2));
        double[] out = perSample(smooth, new double[] {1}, new double[] {0.7}, 1, 1);
        // y = 1 · 0.8 + 0.1 = 0.9
        assertEquals(-(0.9 * Math.log(0.7) + 0.1 * Math.log(0.3)), out[0], 1e-15);
        Loss cce = Losses.create("CategoricalCrossentropy", Map.of("label_smoothing", 0.3));
        double[] row = perSample(cce, new double[] {0, 1, 0}, new double[] {0.2, 0.5, 0.3}, 1, 3);
        // y = [0.1, 0.8, 0.1]
        assertEquals(-(0.1 * Math.log(0.2) + 0.8 * Math.log(0.5) + 0.1 * Math.log(0.3)), row[0], 1e-15);
    }

    // ---------------------------------------------------------------- shape errors (spec §8)

    @Test
    void categoricalCrossentropyWithIntegerLabelsGivesTheRankError() {
        PyException e = assertThrows(PyException.class,
                () -> Losses.get("categorical_crossentropy").checkShapes(new int[] {150}, new int[] {150, 3}, "None"));
        assertEquals("ValueError: Arguments `target` and `output` must have the same rank (ndim). Received: "
                + "target.shape=(None,), output.shape=(None, 3)", e.pythonLine());
    }

    @Test
    void categoricalCrossentropyWithALabelColumnGivesTheShapeError() {
        PyException e = assertThrows(PyException.class,
                () -> Losses.get("categorical_crossentropy").checkShapes(new int[] {64, 1}, new int[] {64, 3}, "32"));
        assertEquals("ValueError: Arguments `target` and `output` must have the same shape. Received: "
                + "target.shape=(32, 1), output.shape=(32, 3)", e.pythonLine());
    }

    @Test
    void sparseCategoricalCrossentropyWithOneHotLabelsGivesTheRankError() {
        PyException e = assertThrows(PyException.class, () -> Losses.get("sparse_categorical_crossentropy")
                .checkShapes(new int[] {150, 3}, new int[] {150, 3}, "None"));
        assertEquals("ValueError: Argument `output` must have rank (ndim) `target.ndim - 1`. Received: "
                + "target.shape=(None, 3), output.shape=(None, 3)", e.pythonLine());
    }

    @Test
    void binaryCrossentropyWithOneHotLabelsAgainstOneUnitGivesTheShapeError() {
        PyException e = assertThrows(PyException.class,
                () -> Losses.get("binary_crossentropy").checkShapes(new int[] {150, 3}, new int[] {150, 1}, "None"));
        assertEquals("ValueError: Arguments `target` and `output` must have the same shape. Received: "
                + "target.shape=(None, 3), output.shape=(None, 1)", e.pythonLine());
    }

    @Test
    void meanSquaredErrorWithMismatchedColumnsGivesTensorFlowsDimensionError() {
        PyException e = assertThrows(PyException.class,
                () -> Losses.get("mse").checkShapes(new int[] {64, 2}, new int[] {64, 3}, "32"));
        assertEquals("ValueError: Dimensions must be equal, but are 2 and 3 for '{{node compile_loss/mse/sub}}' "
                + "with input shapes: [32,2], [32,3].", e.pythonLine());
        PyException unknownBatch = assertThrows(PyException.class,
                () -> Losses.get("mean_squared_error").checkShapes(new int[] {50, 2}, new int[] {50, 3}, "None"));
        assertEquals("ValueError: Dimensions must be equal, but are 2 and 3 for "
                + "'{{node compile_loss/mean_squared_error/sub}}' with input shapes: [?,2], [?,3].",
                unknownBatch.pythonLine());
        PyException huber = assertThrows(PyException.class,
                () -> Losses.get("huber").checkShapes(new int[] {50, 2}, new int[] {50, 3}, "None"));
        assertEquals("ValueError: Dimensions must be equal, but are 3 and 2 for '{{node compile_loss/huber/Sub}}' "
                + "with input shapes: [?,3], [?,2].", huber.pythonLine());
    }

    @Test
    void matchingShapesPassTheChecks() {
        Losses.get("sparse_categorical_crossentropy").checkShapes(new int[] {10}, new int[] {10, 3}, "None");
        Losses.get("sparse_categorical_crossentropy").checkShapes(new int[] {10, 1}, new int[] {10, 3}, "None");
        Losses.get("binary_crossentropy").checkShapes(new int[] {10}, new int[] {10, 1}, "None");
        Losses.get("categorical_crossentropy").checkShapes(new int[] {10, 3}, new int[] {10, 3}, "None");
        Losses.get("categorical_crossentropy").checkShapes(new int[] {10}, new int[] {10, 1}, "None");
        Losses.get("mse").checkShapes(new int[] {10}, new int[] {10, 1}, "None");
        Losses.get("mse").checkShapes(new int[] {10, 2}, new int[] {10, 2}, "None");
    }

    @Test
    void squeezeOrExpandFollowsKeras() {
        assertArrays(new int[][] {{5, 1}, {5, 1}}, Losses.squeezeOrExpand(new int[] {5}, new int[] {5, 1}));
        assertArrays(new int[][] {{5, 1}, {5, 1}}, Losses.squeezeOrExpand(new int[] {5, 1}, new int[] {5}));
        assertArrays(new int[][] {{5}, {5, 3}}, Losses.squeezeOrExpand(new int[] {5}, new int[] {5, 3}));
        assertArrays(new int[][] {{5, 3}, {5, 3}}, Losses.squeezeOrExpand(new int[] {5, 3, 1}, new int[] {5, 3}));
    }

    private static void assertArrays(int[][] expected, int[][] actual) {
        assertEquals(java.util.Arrays.deepToString(expected), java.util.Arrays.deepToString(actual));
    }

    @Test
    void aLabelOutsideTheClassesStopsWithTensorFlowsText() {
        PyException e = Losses.labelOutOfRange(new double[] {1, 2, 1, 0, 9}, 4, 2);
        assertEquals("InvalidArgumentError: Received a label value of 2 which is outside the valid range of [0, 2).  "
                + "Label values: 1 2 1 0", e.pythonLine());
        PyException negative = Losses.labelOutOfRange(new double[] {3, -1, 0}, 3, 3);
        assertEquals("InvalidArgumentError: Received a label value of -1 which is outside the valid range of "
                + "[0, 3).  Label values: 3 -1 0", negative.pythonLine());
        assertEquals(null, Losses.labelOutOfRange(new double[] {0, 1.9, 2}, 3, 3)); // 1.9 is read as 1
        Loss scce = Losses.get("sparse_categorical_crossentropy");
        PyException thrown = assertThrows(PyException.class, () -> scce.perSample(new double[] {1, 2, 1, 0},
                new double[] {.5, .5, .5, .5, .5, .5, .5, .5}, new double[4], 4, 2));
        assertEquals("Received a label value of 2 which is outside the valid range of [0, 2).  Label values: "
                + "1 2 1 0", thrown.getMessage());
    }

    @Test
    void categoricalCrossentropyOverOneColumnWarnsAsKeras() {
        List<String> w = Losses.get("categorical_crossentropy").warnings(new int[] {32, 1}, new int[] {32, 1}, "32",
                true);
        assertEquals(List.of("SyntaxWarning: In loss categorical_crossentropy, expected y_pred.shape to be "
                + "(batch_size, num_classes) with num_classes > 1. Received: y_pred.shape=(32, 1). Consider using "
                + "'binary_crossentropy' if you only have 2 classes."), w);
        assertEquals(List.of(), Losses.get("categorical_crossentropy").warnings(new int[] {32, 3},
                new int[] {32, 3}, "32", true));
    }

    @Test
    void fromLogitsOnAnOutputThatCarriesLogitsWarnsAsKeras() {
        Loss bce = Losses.create("BinaryCrossentropy", Map.of("from_logits", true));
        assertEquals(List.of("UserWarning: \"`binary_crossentropy` received `from_logits=True`, but the `output` "
                + "argument was produced by a Sigmoid activation and thus does not represent logits. Was this "
                + "intended?"), bce.warnings(new int[] {8, 1}, new int[] {8, 1}, "None", true));
        assertEquals(List.of(), bce.warnings(new int[] {8, 1}, new int[] {8, 1}, "None", false));
    }
}
