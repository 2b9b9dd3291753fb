package seqplay.data.sklearn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import seqplay.data.pandas.Column;
import seqplay.data.pandas.DataFrame;
import seqplay.data.pandas.Series;
import seqplay.errors.PyException;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;
import seqplay.random.SeededRandom;

/**
 * Split sizes and error texts are scikit-learn 1.2.1's for the same arguments (its {@code _validate_shuffle_split}
 * is unchanged in 1.6; the argument checks are 1.6's {@code validate_params}); the stratified class counts are
 * what {@code train_test_split(X, y, test_size=0.2, stratify=y)} gives on iris.
 */
class ModelSelectionTest {
    private static NdArray rows(int n) {
        double[] d = new double[n * 2];
        for (int i = 0; i < n; i++) {
            d[2 * i] = i;
            d[2 * i + 1] = 10 * i;
        }
        return new NdArray(DType.FLOAT64, new int[] {n, 2}, d);
    }

    private static List<Object> split(Object testSize, Object trainSize) {
        return ModelSelection.trainTestSplit(List.of(rows(150)), testSize, trainSize, new SeededRandom(0), true,
                null);
    }

    private static int n(Object part) {
        return ((NdArray) part).shape()[0];
    }

    @Test
    void sizesRoundTheTestPartUpAndTheTrainPartDown() {
        assertEquals(List.of(112, 38), List.of(n(split(null, null).get(0)), n(split(null, null).get(1))));
        assertEquals(List.of(120, 30), List.of(n(split(0.2, null).get(0)), n(split(0.2, null).get(1))));
        assertEquals(List.of(75, 75), List.of(n(split(null, 0.5).get(0)), n(split(null, 0.5).get(1))));
        assertEquals(List.of(140, 10), List.of(n(split(10L, null).get(0)), n(split(10L, null).get(1))));
        assertEquals(List.of(45, 45), List.of(n(split(0.3, 0.3).get(0)), n(split(0.3, 0.3).get(1))));
    }

    @Test
    void theTwoPartsAreDisjointAndKeepRowsTogether() {
        NdArray x = rows(20);
        List<Object> parts = ModelSelection.trainTestSplit(List.of(x, x), 0.25, null, new SeededRandom(5), true,
                null);
        Set<Double> seen = new HashSet<>();
        for (int p = 0; p < 2; p++) {
            NdArray a = (NdArray) parts.get(p);
            NdArray b = (NdArray) parts.get(p + 2);
            assertArrayEquals(a.data(), b.data(), "both arrays are indexed with the same rows");
            for (int i = 0; i < a.shape()[0]; i++) {
                assertEquals(a.data()[2 * i] * 10, a.data()[2 * i + 1]);
                assertTrue(seen.add(a.data()[2 * i]));
            }
        }
        assertEquals(20, seen.size());
    }

    @Test
    void shuffleFalseTakesTheFirstRowsForTraining() {
        List<Object> parts = ModelSelection.trainTestSplit(List.of(List.of(0L, 1L, 2L, 3L, 4L)), null, null, null,
                false, null);
        assertEquals(List.of(List.of(0L, 1L, 2L), List.of(3L, 4L)), parts);
    }

    @Test
    void theSameRandomStateGivesTheSameSplit() {
        SeededRandom a = RandomStates.resolve(42L, new SeededRandom(1), "train_test_split");
        SeededRandom b = RandomStates.resolve(42L, new SeededRandom(2), "train_test_split");
        NdArray first = (NdArray) ModelSelection.trainTestSplit(List.of(rows(30)), null, null, a, true, null).get(1);
        NdArray second = (NdArray) ModelSelection.trainTestSplit(List.of(rows(30)), null, null, b, true, null).get(1);
        assertArrayEquals(first.data(), second.data());
    }

    @Test
    void stratifiedSplitKeepsClassProportions() {
        double[] y = new double[150];
        for (int i = 0; i < 150; i++) {
            y[i] = i / 50;
        }
        NdArray labels = new NdArray(DType.INT64, new int[] {150}, y);
        List<Object> parts = ModelSelection.trainTestSplit(List.of(rows(150), labels), 0.2, null,
                new SeededRandom(1), true, labels);
        assertArrayEquals(new int[] {40, 40, 40}, counts((NdArray) parts.get(2), 3));
        assertArrayEquals(new int[] {10, 10, 10}, counts((NdArray) parts.get(3), 3));
    }

    @Test
    void stratifiedLeftoverRowsGoToTheLargestRemainders() {
        // sklearn: 100 rows of two classes, test_size=0.25 → test [12 13] / train [38 37] or the mirror image,
        // depending on the tie-break draw; each class keeps 50 rows in all.
        double[] y = new double[100];
        for (int i = 0; i < 100; i++) {
            y[i] = i / 50;
        }
        NdArray labels = new NdArray(DType.INT64, new int[] {100}, y);
        List<Object> parts = ModelSelection.trainTestSplit(List.of(labels), 0.25, null, new SeededRandom(1), true,
                labels);
        int[] train = counts((NdArray) parts.get(0), 2);
        int[] test = counts((NdArray) parts.get(1), 2);
        assertEquals(75, train[0] + train[1]);
        assertEquals(25, test[0] + test[1]);
        assertEquals(Set.of(12, 13), new HashSet<>(List.of(test[0], test[1])));
        assertEquals(50, train[0] + test[0]);
    }

    private static int[] counts(NdArray labels, int k) {
        int[] c = new int[k];
        for (double v : labels.data()) {
            c[(int) v]++;
        }
        return c;
    }

    @Test
    void approximateModeIsExactWhenSharesAreWhole() {
        assertArrayEquals(new int[] {40, 40, 40}, ModelSelection.approximateMode(new int[] {50, 50, 50}, 120,
                new SeededRandom(0)));
    }

    @Test
    void dataFramesAndSeriesKeepTheirRowLabels() {
        DataFrame df = new DataFrame(List.of("a"), List.of(Column.ofInts(new long[] {10, 11, 12, 13})),
                seqplay.data.pandas.Index.range(4));
        Series s = df.get("a");
        List<Object> parts = ModelSelection.trainTestSplit(List.of(df, s), 0.5, null, new SeededRandom(3), true, null);
        DataFrame train = (DataFrame) parts.get(0);
        Series trainS = (Series) parts.get(2);
        for (int i = 0; i < train.rows(); i++) {
            assertEquals(10L + (Long) train.index().label(i), train.column(0).get(i));
            assertEquals(train.index().label(i), trainS.index().label(i));
        }
    }

    @Test
    void sizeErrorsUseSklearnsTexts() {
        assertEquals("ValueError: test_size=150 should be either positive and smaller than the number of samples 150"
                + " or a float in the (0, 1) range", failure(150L, null));
        assertEquals("ValueError: The sum of test_size and train_size = 1.2, should be in the (0, 1) range. Reduce"
                + " test_size and/or train_size.", failure(0.7, 0.5));
        assertEquals("ValueError: The sum of train_size and test_size = 160, should be smaller than the number of"
                + " samples 150. Reduce test_size and/or train_size.", failure(100L, 60L));
        assertEquals("ValueError: With n_samples=150, test_size=None and train_size=0.001, the resulting train set"
                + " will be empty. Adjust any of the aforementioned parameters.", failure(null, 0.001));
        assertEquals("sklearn.utils._param_validation.InvalidParameterError: The 'test_size' parameter of"
                + " train_test_split must be a float in the range (0.0, 1.0), an int in the range [1, inf) or None."
                + " Got 1.5 instead.", failure(1.5, null));
    }

    private static String failure(Object testSize, Object trainSize) {
        return assertThrows(PyException.class, () -> split(testSize, trainSize)).pythonLine();
    }

    @Test
    void inconsistentLengthsAndTinyClassesAreRejected() {
        PyException lengths = assertThrows(PyException.class, () -> ModelSelection.trainTestSplit(
                List.of(rows(150), rows(149)), null, null, new SeededRandom(0), true, null));
        assertEquals("ValueError: Found input variables with inconsistent numbers of samples: [150, 149]",
                lengths.pythonLine());
        List<Object> y = new ArrayList<>(Arrays.asList(0L, 0L, 0L, 1L));
        PyException tiny = assertThrows(PyException.class, () -> ModelSelection.trainTestSplit(List.of(y), 0.5, null,
                new SeededRandom(0), true, y));
        assertEquals("ValueError: The least populated class in y has only 1 member, which is too few. The minimum"
                + " number of groups for any class cannot be less than 2.", tiny.pythonLine());
        PyException negative = assertThrows(PyException.class,
                () -> RandomStates.resolve(-1L, new SeededRandom(0), "train_test_split"));
        assertEquals("sklearn.utils._param_validation.InvalidParameterError: The 'random_state' parameter of"
                + " train_test_split must be an int in the range [0, 4294967295], an instance of"
                + " 'numpy.random.mtrand.RandomState' or None. Got -1 instead.", negative.pythonLine());
    }
}
