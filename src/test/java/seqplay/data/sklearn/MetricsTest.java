package seqplay.data.sklearn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import seqplay.errors.PyException;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;

/**
 * Examples from scikit-learn's docstrings ({@code accuracy_score}, {@code confusion_matrix},
 * {@code classification_report}, {@code mean_absolute_error}, {@code mean_squared_error}, {@code r2_score}) and
 * outputs of scikit-learn 1.2.1 for the other cases; the report layout is compared as text.
 */
class MetricsTest {
    private static List<Object> ints(long... v) {
        List<Object> out = new ArrayList<>();
        for (long x : v) {
            out.add(x);
        }
        return out;
    }

    private static List<Object> floats(double... v) {
        List<Object> out = new ArrayList<>();
        for (double x : v) {
            out.add(x);
        }
        return out;
    }

    @Test
    void accuracyScoreDocstringExample() {
        assertEquals(0.5, Metrics.accuracyScore(ints(0, 2, 1, 3), ints(0, 1, 2, 3), true));
        assertEquals(2.0, Metrics.accuracyScore(ints(0, 2, 1, 3), ints(0, 1, 2, 3), false));
    }

    @Test
    void accuracyOnOneHotRowsCountsWholeRows() {
        // sklearn docstring: accuracy_score(np.array([[0, 1], [1, 1]]), np.ones((2, 2))) == 0.5
        NdArray t = new NdArray(DType.INT64, new int[] {2, 2}, new double[] {0, 1, 1, 1});
        NdArray p = new NdArray(DType.FLOAT64, new int[] {2, 2}, new double[] {1, 1, 1, 1});
        assertEquals(0.5, Metrics.accuracyScore(t, p, true));
    }

    @Test
    void intLabelsAgainstFloatPredictionsOfWholeNumbersCompareByValue() {
        NdArray p = new NdArray(DType.FLOAT64, new int[] {4}, new double[] {0, 1, 1, 0});
        assertEquals(0.75, Metrics.accuracyScore(ints(0, 1, 0, 0), p, true));
    }

    @Test
    void probabilitiesAgainstLabelsGiveSklearnsMixError() {
        PyException e = assertThrows(PyException.class,
                () -> Metrics.accuracyScore(ints(0, 1), floats(0.2, 0.8), true));
        assertEquals("ValueError: Classification metrics can't handle a mix of binary and continuous targets",
                e.pythonLine());
        NdArray softmax = new NdArray(DType.FLOAT32, new int[] {3, 2}, new double[] {0.1, 0.9, 0.8, 0.2, 0.5, 0.5});
        PyException e2 = assertThrows(PyException.class, () -> Metrics.accuracyScore(ints(0, 1, 2), softmax, true));
        assertEquals("ValueError: Classification metrics can't handle a mix of multiclass and continuous-multioutput"
                + " targets", e2.pythonLine());
    }

    @Test
    void differentLengthsAndMixedLabelTypesAreRejected() {
        PyException e = assertThrows(PyException.class,
                () -> Metrics.accuracyScore(ints(0, 1, 2), ints(0, 1), true));
        assertEquals("ValueError: Found input variables with inconsistent numbers of samples: [3, 2]", e.pythonLine());
        PyException mix = assertThrows(PyException.class,
                () -> Metrics.accuracyScore(List.of("a", "b"), ints(0, 1), true));
        assertEquals("ValueError: Mix of label input types (string and number)", mix.pythonLine());
    }

    @Test
    void confusionMatrixDocstringExamples() {
        NdArray m = Metrics.confusionMatrix(ints(2, 0, 2, 2, 0, 1), ints(0, 0, 2, 2, 0, 2), null, null);
        assertArrayEquals(new int[] {3, 3}, m.shape());
        assertEquals(DType.INT64, m.dtype());
        assertArrayEquals(new double[] {2, 0, 0, 0, 0, 1, 1, 0, 2}, m.data());
        NdArray animals = Metrics.confusionMatrix(List.of("cat", "ant", "cat", "cat", "ant", "bird"),
                List.of("ant", "ant", "cat", "cat", "ant", "cat"), List.of("ant", "bird", "cat"), null);
        assertArrayEquals(new double[] {2, 0, 0, 0, 0, 1, 1, 0, 2}, animals.data());
        NdArray rows = Metrics.confusionMatrix(ints(0, 0, 1, 1), ints(0, 1, 1, 1), null, "true");
        assertArrayEquals(new double[] {0.5, 0.5, 0.0, 1.0}, rows.data());
    }

    @Test
    void classificationReportDocstringExample() {
        String report = Metrics.classificationReport(ints(0, 1, 2, 2, 2), ints(0, 0, 2, 2, 1),
                List.of("class 0", "class 1", "class 2"), 2, Warnings.IGNORE);
        assertEquals("              precision    recall  f1-score   support\n"
                + "\n"
                + "     class 0       0.50      1.00      0.67         1\n"
                + "     class 1       0.00      0.00      0.00         1\n"
                + "     class 2       1.00      0.67      0.80         3\n"
                + "\n"
                + "    accuracy                           0.60         5\n"
                + "   macro avg       0.50      0.56      0.49         5\n"
                + "weighted avg       0.70      0.60      0.61         5\n", report);
    }

    @Test
    void classificationReportWithFourDigitsAndDefaultNames() {
        String report = Metrics.classificationReport(ints(1, 1, 0, 1, 0, 1, 1, 0), ints(1, 0, 0, 1, 1, 1, 1, 1),
                null, 4, Warnings.IGNORE);
        assertEquals("              precision    recall  f1-score   support\n\n"
                + "           0     0.5000    0.3333    0.4000         3\n"
                + "           1     0.6667    0.8000    0.7273         5\n\n"
                + "    accuracy                         0.6250         8\n"
                + "   macro avg     0.5833    0.5667    0.5636         8\n"
                + "weighted avg     0.6042    0.6250    0.6045         8\n", report);
    }

    @Test
    void classesNeverPredictedGetZeroPrecisionAndOneWarning() {
        List<String> seen = new ArrayList<>();
        String report = Metrics.classificationReport(List.of("a", "b", "b", "c"), List.of("a", "a", "a", "a"), null,
                2, (category, message) -> seen.add(category + ": " + message));
        assertEquals("              precision    recall  f1-score   support\n\n"
                + "           a       0.25      1.00      0.40         1\n"
                + "           b       0.00      0.00      0.00         2\n"
                + "           c       0.00      0.00      0.00         1\n\n"
                + "    accuracy                           0.25         4\n"
                + "   macro avg       0.08      0.33      0.13         4\n"
                + "weighted avg       0.06      0.25      0.10         4\n", report);
        // scikit-learn 1.6's text (1.2 still said "Precision and F-score are ill-defined")
        assertEquals(List.of("UndefinedMetricWarning: Precision is ill-defined and being set to 0.0 in labels with no"
                + " predicted samples. Use `zero_division` parameter to control this behavior."), seen);
    }

    @Test
    void regressionMetricsDocstringExamples() {
        assertEquals(0.5, Metrics.meanAbsoluteError(floats(3, -0.5, 2, 7), floats(2.5, 0.0, 2, 8)));
        assertEquals(0.375, Metrics.meanSquaredError(floats(3, -0.5, 2, 7), floats(2.5, 0.0, 2, 8)));
        assertEquals(0.9486081370449679, Metrics.r2Score(floats(3, -0.5, 2, 7), floats(2.5, 0.0, 2, 8),
                Warnings.IGNORE));
        assertEquals(0.6123724356957945, Metrics.rootMeanSquaredError(floats(3, -0.5, 2, 7),
                floats(2.5, 0.0, 2, 8)));
    }

    @Test
    void regressionMetricsAverageOverOutputs() {
        NdArray t = NdArray.of(new double[][] {{0.5, 1}, {-1, 1}, {7, -6}});
        NdArray p = NdArray.of(new double[][] {{0, 2}, {-1, 2}, {8, -5}});
        assertEquals(0.75, Metrics.meanAbsoluteError(t, p));
        assertEquals(0.7083333333333334, Metrics.meanSquaredError(t, p));
        assertEquals(0.9368005266622779, Metrics.r2Score(t, p, Warnings.IGNORE));
    }

    @Test
    void kerasPredictionsOfShapeNByOneMatchAOneDimensionalTarget() {
        NdArray predicted = new NdArray(DType.FLOAT32, new int[] {4, 1}, new double[] {2.5, 0.0, 2, 8});
        assertEquals(0.375, Metrics.meanSquaredError(floats(3, -0.5, 2, 7), predicted));
    }

    @Test
    void r2ForConstantTargetsFollowsForceFinite() {
        assertEquals(1.0, Metrics.r2Score(floats(1, 2, 3), floats(1, 2, 3), Warnings.IGNORE));
        assertEquals(0.0, Metrics.r2Score(floats(1, 1, 1), floats(1, 2, 3), Warnings.IGNORE));
        assertEquals(1.0, Metrics.r2Score(floats(1, 1, 1), floats(1, 1, 1), Warnings.IGNORE));
    }

    @Test
    void regressionInputErrors() {
        PyException outputs = assertThrows(PyException.class, () -> Metrics.meanSquaredError(floats(1, 2),
                NdArray.of(new double[][] {{1, 2}, {3, 4}})));
        assertEquals("ValueError: y_true and y_pred have different number of output (1!=2)", outputs.pythonLine());
        PyException nan = assertThrows(PyException.class,
                () -> Metrics.meanSquaredError(floats(1, 2), floats(Double.NaN, 1)));
        assertEquals("ValueError: Input contains NaN.", nan.pythonLine());
    }
}
