package seqplay.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import seqplay.errors.PyException;

class MetricsTest {
    private static AccuracyMetric accuracy(String name, int[] yTrue, int[] yPred) {
        return assertInstanceOf(AccuracyMetric.class, Metrics.get(name, yTrue, yPred));
    }

    // ---------------------------------------------------------------- spec §5.1 resolution table

    @Test
    void sparseLabelsWithThreeOutputsGiveSparseCategoricalAccuracy() {
        // loss='sparse_categorical_crossentropy', y of shape (N,), Dense(3, 'softmax')
        assertEquals("sparse_categorical_accuracy", accuracy("accuracy", new int[] {150}, new int[] {150, 3}).kind());
        // a label column (N, 1) against several outputs counts as sparse too
        assertEquals("sparse_categorical_accuracy", accuracy("accuracy", new int[] {150, 1}, new int[] {150, 3}).kind());
    }

    @Test
    void oneHotLabelsWithThreeOutputsGiveCategoricalAccuracy() {
        assertEquals("categorical_accuracy", accuracy("accuracy", new int[] {150, 3}, new int[] {150, 3}).kind());
    }

    @Test
    void oneOutputUnitGivesBinaryAccuracy() {
        // loss='binary_crossentropy', Dense(1, 'sigmoid')
        assertEquals("binary_accuracy", accuracy("accuracy", new int[] {200}, new int[] {200, 1}).kind());
    }

    @Test
    void regressionWithAccuracyGivesBinaryAccuracyThatStaysAtZero() {
        AccuracyMetric m = accuracy("accuracy", new int[] {4}, new int[] {4, 1});
        assertEquals("binary_accuracy", m.kind());
        m.update(new double[] {3.7, 12.5, 0.4, 8.0}, new double[] {3.6, 12.4, 0.6, 7.9}, 4, 1);
        assertEquals(0.0, m.result()); // the labels are never exactly 0 or 1; Keras logs accuracy: 0.0000e+00
    }

    @Test
    void theLogKeyIsTheStringGiven() {
        assertEquals("acc", Metrics.get("acc", new int[] {5}, new int[] {5, 1}).name());
        assertEquals("accuracy", Metrics.get("accuracy", new int[] {5}, new int[] {5, 1}).name());
        assertEquals("Accuracy", Metrics.get("Accuracy", new int[] {5}, new int[] {5, 3}).name());
        assertEquals("mae", Metrics.get("mae", new int[] {5}, new int[] {5, 1}).name());
        assertEquals("mean_absolute_error", Metrics.get("mean_absolute_error", new int[] {5}, new int[] {5, 1}).name());
        assertEquals("MSE", Metrics.get("MSE", new int[] {5}, new int[] {5, 1}).name());
        assertEquals("binary_accuracy", Metrics.create("BinaryAccuracy", Map.of()).name());
        assertEquals("hit", Metrics.create("BinaryAccuracy", Map.of("name", "hit")).name());
    }

    // ---------------------------------------------------------------- spec §5.3 running means

    @Test
    void epochValueWeighsEachBatchBySize() {
        // 10 samples in batches of 4, 4 and 2: 4/4, 2/4 and 0/2 correct → 6/10, not the mean of batch means (0.5).
        double[] y = {1, 0, 1, 1, 0, 0, 1, 1, 1, 0};
        double[] p = {0.9, 0.1, 0.8, 0.7, 0.6, 0.2, 0.3, 0.9, 0.4, 0.7};
        Metric acc = Metrics.get("accuracy", new int[] {10}, new int[] {10, 1});
        Metric mae = Metrics.get("mae", new int[] {10}, new int[] {10, 1});
        int[] sizes = {4, 4, 2};
        int start = 0;
        for (int n : sizes) {
            double[] yb = java.util.Arrays.copyOfRange(y, start, start + n);
            double[] pb = java.util.Arrays.copyOfRange(p, start, start + n);
            acc.update(yb, pb, n, 1);
            mae.update(yb, pb, n, 1);
            start += n;
        }
        assertEquals(0.6, acc.result(), 1e-15);
        // |y − p| sums per batch: 0.7, 1.6, 1.3 → 3.6 / 10 (the mean of batch means would be 0.408…)
        assertEquals(0.36, mae.result(), 1e-15);
        acc.reset();
        assertEquals(0.0, acc.result());
    }

    @Test
    void onlyTheFirstRowsOfABufferAreRead() {
        Metric acc = Metrics.get("accuracy", new int[] {3}, new int[] {3, 1});
        acc.update(new double[] {1, 1, 0, 0}, new double[] {0.9, 0.8, 0.9, 0.9}, 2, 1);
        assertEquals(1.0, acc.result());
    }

    // ---------------------------------------------------------------- spec §5.2 per-sample values

    @Test
    void binaryAccuracyNeedsStrictlyMoreThanTheThreshold() {
        Metric m = Metrics.get("binary_accuracy", new int[] {2}, new int[] {2, 1});
        m.update(new double[] {0, 1}, new double[] {0.5, 0.5}, 2, 1);
        assertEquals(0.5, m.result()); // 0.5 is predicted 0: right for label 0, wrong for label 1
        Metric loose = Metrics.create("BinaryAccuracy", Map.of("threshold", 0.3));
        loose.update(new double[] {1}, new double[] {0.4}, 1, 1);
        assertEquals(1.0, loose.result());
    }

    @Test
    void binaryAccuracyAveragesTheColumnsOfEachSample() {
        Metric m = Metrics.get("binary_accuracy", new int[] {2, 2}, new int[] {2, 2});
        m.update(new double[] {1, 0, 1, 1}, new double[] {0.9, 0.8, 0.7, 0.6}, 2, 2);
        assertEquals(0.75, m.result()); // samples score 0.5 and 1.0
    }

    @Test
    void categoricalAccuracyComparesArgmaxesWithTiesToTheFirst() {
        Metric m = Metrics.get("categorical_accuracy", new int[] {3, 3}, new int[] {3, 3});
        m.update(new double[] {0, 1, 0, 1, 0, 0, 0, 0, 1},
                new double[] {0.2, 0.5, 0.3, 0.4, 0.4, 0.2, 0.5, 0.3, 0.2}, 3, 3);
        // row 2: a tie 0.4/0.4 goes to index 0, which is the label; row 3: argmax 0 ≠ 2
        assertEquals(2.0 / 3.0, m.result(), 1e-15);
    }

    @Test
    void sparseCategoricalAccuracyComparesTheLabelWithTheArgmax() {
        Metric m = Metrics.get("sparse_categorical_accuracy", new int[] {4}, new int[] {4, 3});
        m.update(new double[] {1, 2, 0, 1.5}, new double[] {0.1, 0.8, 0.1, 0.3, 0.3, 0.4, 0.2, 0.5, 0.3, 0.1, 0.6,
            0.3}, 4, 3);
        assertEquals(0.5, m.result()); // 1.5 never equals an index
    }

    @Test
    void rootMeanSquaredErrorIsTheRootOfTheEpochMean() {
        Metric m = Metrics.get("root_mean_squared_error", new int[] {4}, new int[] {4, 1});
        m.update(new double[] {0, 0}, new double[] {3, 4}, 2, 1);
        m.update(new double[] {0, 0}, new double[] {0, 0}, 2, 1);
        assertEquals(Math.sqrt(25.0 / 4.0), m.result(), 1e-15);
    }

    @Test
    void precisionAndRecallCountOverTheEpoch() {
        Metric precision = Metrics.get("precision", new int[] {6}, new int[] {6, 1});
        Metric recall = Metrics.get("recall", new int[] {6}, new int[] {6, 1});
        double[] y = {1, 1, 1, 0, 0, 0};
        double[] p = {0.9, 0.8, 0.2, 0.7, 0.1, 0.3};
        precision.update(y, p, 6, 1);
        recall.update(y, p, 6, 1);
        assertEquals(2.0 / 3.0, precision.result(), 1e-15); // TP 2, FP 1
        assertEquals(2.0 / 3.0, recall.result(), 1e-15); // TP 2, FN 1
        precision.reset();
        assertEquals(0.0, precision.result());
    }

    @Test
    void crossentropyMetricsAverageThePerSampleLoss() {
        Metric m = Metrics.get("binary_crossentropy", new int[] {2}, new int[] {2, 1});
        m.update(new double[] {1, 0}, new double[] {0.8, 0.3}, 2, 1);
        assertEquals((-Math.log(0.8) - Math.log(0.7)) / 2, m.result(), 1e-15);
    }

    // ---------------------------------------------------------------- direction, names, errors

    @Test
    void accuraciesGoUpAndErrorsGoDownForEarlyStopping() {
        for (String name : List.of("accuracy", "acc", "binary_accuracy", "categorical_accuracy",
                "sparse_categorical_accuracy", "precision", "recall")) {
            assertTrue(Metrics.get(name, new int[] {4, 3}, new int[] {4, 3}).higherIsBetter(), name);
        }
        for (String name : List.of("mae", "mse", "mape", "msle", "mean_squared_error", "root_mean_squared_error",
                "categorical_crossentropy", "bce")) {
            assertFalse(Metrics.get(name, new int[] {4, 3}, new int[] {4, 3}).higherIsBetter(), name);
        }
    }

    @Test
    void everyKerasNameTheTableListsResolves() {
        for (String name : Metrics.names()) {
            assertTrue(Metrics.isKnown(name), name);
            Metrics.get(name, new int[] {4, 3}, new int[] {4, 3});
        }
    }

    @Test
    void anUnknownMetricIsRejectedWithKerasMessage() {
        PyException e = assertThrows(PyException.class, () -> Metrics.get("acuracy", new int[] {5}, new int[] {5, 1}));
        assertEquals("ValueError: Could not interpret metric identifier: acuracy", e.pythonLine());
        PyException mse = assertThrows(PyException.class, () -> Metrics.get("Mse", new int[] {5}, new int[] {5, 1}));
        assertEquals("ValueError: Could not interpret metric identifier: Mse", mse.pythonLine());
    }

    @Test
    void aKerasMetricThePlaygroundLacksSaysSo() {
        PyException e = assertThrows(PyException.class, () -> Metrics.get("auc", new int[] {5}, new int[] {5, 1}));
        assertEquals("NotImplementedError: The metric 'auc' exists in Keras but is not supported in the playground.",
                e.pythonLine());
    }

    @Test
    void metricClassesRejectUnknownKeywords() {
        PyException e = assertThrows(PyException.class,
                () -> Metrics.create("BinaryAccuracy", Map.of("treshold", 0.3)));
        assertEquals("TypeError: BinaryAccuracy.__init__() got an unexpected keyword argument 'treshold'",
                e.pythonLine());
        assertEquals(List.of("name", "dtype", "threshold"), Metrics.parameterNames("BinaryAccuracy"));
    }
}
