package seqplay.data.sklearn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import seqplay.data.datasets.BundledDatasets;
import seqplay.data.datasets.ClasspathDatasetSource;
import seqplay.data.datasets.Dataset;
import seqplay.data.pandas.DataFrame;
import seqplay.errors.PyException;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;

/**
 * Expected numbers are the reprs scikit-learn 1.2.1 (Debian 12's python3-sklearn; the scalers are unchanged in
 * 1.6) printed for the same data; they match to the last bit because the sums run in numpy's order.
 */
class ScalersTest {
    private static final Dataset IRIS = new BundledDatasets(new ClasspathDatasetSource()).iris();

    private static NdArray irisX() {
        return new NdArray(DType.FLOAT64, new int[] {150, 4}, IRIS.data().clone());
    }

    private static double[] row(NdArray a, int r) {
        int m = a.shape()[1];
        double[] out = new double[m];
        System.arraycopy(a.data(), r * m, out, 0, m);
        return out;
    }

    @Test
    void standardScalerLearnsSklearnsMeanVarianceAndScaleOnIris() {
        StandardScaler s = new StandardScaler();
        s.fit(irisX());
        assertArrayEquals(new double[] {5.843333333333335, 3.057333333333334, 3.7580000000000027, 1.199333333333334},
                s.mean().data());
        assertArrayEquals(new double[] {0.6811222222222222, 0.1887128888888887, 3.0955026666666674,
            0.5771328888888888}, s.var().data());
        assertArrayEquals(new double[] {0.8253012917851409, 0.43441096773549437, 1.7594040657753032,
            0.7596926279021594}, s.scale().data());
        assertEquals(4, s.nFeaturesIn());
        assertEquals(150, s.nSamplesSeen());
    }

    @Test
    void standardScalerTransformsAndInvertsLikeSklearn() {
        StandardScaler s = new StandardScaler();
        NdArray z = s.fitTransform(irisX());
        assertArrayEquals(new double[] {-0.9006811702978099, 1.0190043519716065, -1.3402265266227635,
            -1.3154442950077407}, row(z, 0));
        assertArrayEquals(new double[] {0.06866179325140129, -0.1319794793216258, 0.7627582691805523,
            0.7906706536370729}, row(z, 149));
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.20000000000000007}, row(s.inverseTransform(z), 0));
    }

    @Test
    void aSingleColumnIsSummedPairwiseAsNumpyDoes() {
        double[] col = new double[150];
        for (int i = 0; i < 150; i++) {
            col[i] = IRIS.data()[i * 4];
        }
        StandardScaler s = new StandardScaler();
        NdArray z = s.fitTransform(new NdArray(DType.FLOAT64, new int[] {150, 1}, col));
        assertEquals(5.843333333333334, s.mean().data()[0]); // not ...335 as with the row-by-row sum of 4 columns
        assertEquals(0.6811222222222223, s.var().data()[0]);
        assertEquals(-1.5065205225160652, z.data()[3]);
    }

    @Test
    void aConstantColumnIsLeftUnscaledAndNanIsIgnored() {
        StandardScaler s = new StandardScaler();
        s.fit(NdArray.of(new double[][] {{1, 2}, {1, 4}, {1, 6}}));
        assertArrayEquals(new double[] {1.0, 1.632993161855452}, s.scale().data());
        assertArrayEquals(new double[] {0.0, 0.0}, s.transform(NdArray.of(new double[][] {{1, 4}})).data());
        StandardScaler n = new StandardScaler();
        n.fit(NdArray.of(new double[][] {{1}, {Double.NaN}, {3}}));
        assertArrayEquals(new double[] {2.0}, n.mean().data());
        assertArrayEquals(new double[] {1.0}, n.var().data());
        assertArrayEquals(new double[] {Double.NaN, 0.0}, n.transform(NdArray.of(new double[][] {{Double.NaN}, {2}}))
                .data());
    }

    @Test
    void aOneDimensionalArrayGetsSklearnsReshapeAdvice() {
        PyException e = assertThrows(PyException.class, () -> new StandardScaler().fit(
                new NdArray(DType.INT64, new int[] {3}, new double[] {1, 2, 3})));
        assertEquals("ValueError: Expected 2D array, got 1D array instead:\narray=[1. 2. 3.].\nReshape your data"
                + " either using array.reshape(-1, 1) if your data has a single feature or array.reshape(1, -1) if it"
                + " contains a single sample.", e.pythonLine());
    }

    @Test
    void transformChecksTheNumberOfFeaturesAndThatFitCameFirst() {
        StandardScaler s = new StandardScaler();
        PyException notFitted = assertThrows(PyException.class, () -> s.transform(irisX()));
        assertEquals("sklearn.exceptions.NotFittedError: This StandardScaler instance is not fitted yet. Call 'fit'"
                + " with appropriate arguments before using this estimator.", notFitted.pythonLine());
        s.fit(irisX());
        PyException wrong = assertThrows(PyException.class, () -> s.transform(NdArray.of(new double[][] {{1, 2, 3}})));
        assertEquals("ValueError: X has 3 features, but StandardScaler is expecting 4 features as input.",
                wrong.pythonLine());
    }

    @Test
    void switchingBetweenNamedAndUnnamedInputWarnsAndRenamedColumnsFail() {
        List<String> seen = new ArrayList<>();
        Warnings collect = (category, message) -> seen.add(category + ": " + message);
        DataFrame df = DataFrame.fromRows(IRIS.data(), 150, 4, false, List.of("a", "b", "c", "d"));
        StandardScaler named = new StandardScaler(true, true, collect);
        named.fit(df);
        named.transform(irisX());
        StandardScaler unnamed = new StandardScaler(true, true, collect);
        unnamed.fit(irisX());
        unnamed.transform(df);
        assertEquals(List.of(
                "UserWarning: X does not have valid feature names, but StandardScaler was fitted with feature names",
                "UserWarning: X has feature names, but StandardScaler was fitted without feature names"), seen);
        DataFrame renamed = DataFrame.fromRows(IRIS.data(), 150, 4, false, List.of("z", "b", "c", "d"));
        PyException e = assertThrows(PyException.class, () -> named.transform(renamed));
        assertEquals("The feature names should match those that were passed during fit.\nFeature names unseen at fit"
                + " time:\n- z\nFeature names seen at fit time, yet now missing:\n- a\n", e.getMessage());
        assertEquals(List.of("a", "b", "c", "d"), named.featureNamesIn());
    }

    @Test
    void minMaxScalerLearnsRangesAndMapsToTheFeatureRange() {
        MinMaxScaler m = new MinMaxScaler();
        NdArray t = m.fitTransform(irisX());
        assertArrayEquals(new double[] {4.3, 2.0, 1.0, 0.1}, m.dataMin().data());
        assertArrayEquals(new double[] {7.9, 4.4, 6.9, 2.5}, m.dataMax().data());
        assertArrayEquals(new double[] {3.6000000000000005, 2.4000000000000004, 5.9, 2.4}, m.dataRange().data());
        assertArrayEquals(new double[] {0.27777777777777773, 0.41666666666666663, 0.1694915254237288,
            0.4166666666666667}, m.scale().data());
        assertArrayEquals(new double[] {-1.1944444444444442, -0.8333333333333333, -0.1694915254237288,
            -0.04166666666666667}, m.min().data());
        assertArrayEquals(new double[] {0.2222222222222221, 0.625, 0.06779661016949151, 0.04166666666666667},
                row(t, 0));
        MinMaxScaler wide = new MinMaxScaler(-1, 1, "(-1, 1)", false, Warnings.IGNORE);
        NdArray w = wide.fitTransform(irisX());
        assertArrayEquals(new double[] {-0.5555555555555558, 0.25, -0.864406779661017, -0.9166666666666665}, row(w, 0));
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.20000000000000007}, row(wide.inverseTransform(w), 0));
    }

    @Test
    void reprsShowOnlyNonDefaultParameters() {
        assertEquals("MinMaxScaler(feature_range=(-1, 1))",
                new MinMaxScaler(-1, 1, "(-1, 1)", false, Warnings.IGNORE).repr());
        assertEquals("MinMaxScaler()", new MinMaxScaler().repr());
        assertEquals("StandardScaler(with_mean=False)", new StandardScaler(false, true, Warnings.IGNORE).repr());
        assertEquals("StandardScaler()", new StandardScaler().repr());
    }

    @Test
    void anInvertedFeatureRangeIsRejectedAtFit() {
        PyException e = assertThrows(PyException.class,
                () -> new MinMaxScaler(1, 0, "(1, 0)", false, Warnings.IGNORE).fit(irisX()));
        assertEquals("ValueError: Minimum of desired feature range must be smaller than maximum. Got (1, 0).",
                e.pythonLine());
    }
}
