package seqplay.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import seqplay.tensor.Maths;

/**
 * Golden strings from numpy's own test suite, {@code numpy/_core/tests/test_arrayprint.py} of the 2.0 series
 * (before 2.2 added {@code shape=} to summarised reprs): test_floatmode, test_summarize_1d/2d,
 * test_dtype_linewidth_wrapping, test_linewidth_repr/str, test_edgeitems, TestPrintOptions.test_basic and
 * test_precision_zero, test_legacy_stray_comma, TestContextManager; and numpy's documentation
 * (linspace, set_printoptions) and keras-spec §7.4/§7.6 for Keras' outputs.
 */
class ArrayPrinterTest {
    private static NdArray floats(double... v) {
        return NdArray.of(v);
    }

    private static NdArray ints(int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = i;
        }
        return new NdArray(DType.INT64, new int[] {n}, d);
    }

    private static String repr(NdArray a, PrintOptions o) {
        return ArrayPrinter.repr(a, o);
    }

    @Test
    void maxprecKeepsEachValuesShortestDigitsUpToEight() {
        NdArray y = floats(0.2918820979355541, 0.5064172631089138, 0.2848750619642916, 0.4342965294660567,
                0.7326538397312751, 0.3459503329096204, 0.0862072768214508, 0.39112753029631175);
        assertEquals("array([0.2918821 , 0.50641726, 0.28487506, 0.43429653, 0.73265384,\n"
                + "       0.34595033, 0.08620728, 0.39112753])", y.repr());
    }

    @Test
    void scientificNotationWhenTheRatioPassesAThousand() {
        double[] w = new double[25];
        for (int i = 0; i < 25; i++) {
            w[i] = Double.parseDouble("1e" + i);
        }
        assertEquals("array([1.e+00, 1.e+01, 1.e+02, 1.e+03, 1.e+04, 1.e+05, 1.e+06, 1.e+07,\n"
                + "       1.e+08, 1.e+09, 1.e+10, 1.e+11, 1.e+12, 1.e+13, 1.e+14, 1.e+15,\n"
                + "       1.e+16, 1.e+17, 1.e+18, 1.e+19, 1.e+20, 1.e+21, 1.e+22, 1.e+23,\n"
                + "       1.e+24])", floats(w).repr());
        assertEquals("array([1.234e+001, 1.000e+002, 1.000e+123])", floats(12.34, 1e2, 1e123).repr());
    }

    @Test
    void precisionOptionRoundsOnTheExactValue() {
        NdArray x = floats(1.5, 0, 1.234567890);
        assertEquals("array([1.5       , 0.        , 1.23456789])", x.repr());
        assertEquals("array([1.5   , 0.    , 1.2346])", repr(x, new PrintOptions(4, 1000, 3, 75, false)));
        PrintOptions zero = new PrintOptions(0, 1000, 3, 75, false);
        assertEquals("array([0.])", repr(floats(0.3), zero));
        assertEquals("array([-0.])", repr(floats(-0.3), zero));
        assertEquals("array([2.])", repr(floats(1.5), zero));
        assertEquals("array([-15.])", repr(floats(-15.34), zero));
        assertEquals("array([  0.,  -1., 123.])", repr(floats(0.2, -1, 122.51), zero));
        assertEquals("[0.67]", ArrayPrinter.str(floats(2.0 / 3), new PrintOptions(2, 1000, 3, 75, false)));
    }

    @Test
    void setPrintoptionsDocExampleShowsSignPaddingAndSuppress() {
        double eps = 2.220446049250313e-16;
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            double xe = i + eps;
            v[i] = (double) i * i - xe * xe;
        }
        assertEquals("array([-4.9304e-32, -4.4409e-16,  0.0000e+00,  0.0000e+00])",
                repr(floats(v), new PrintOptions(4, 1000, 3, 75, false)));
        assertEquals("array([-0., -0.,  0.,  0.])", repr(floats(v), new PrintOptions(4, 1000, 3, 75, true)));
    }

    @Test
    void linspaceDocExamplePadsFractionsToTheWidest() {
        // numpy.linspace docs: np.linspace(2.0, 3.0, num=5) -> array([2.  , 2.25, 2.5 , 2.75, 3.  ])
        NdArray a = floats(2.0, 2.25, 2.5, 2.75, 3.0);
        assertEquals("array([2.  , 2.25, 2.5 , 2.75, 3.  ])", a.repr());
        assertEquals("[2.   2.25 2.5  2.75 3.  ]", a.str());
    }

    @Test
    void longArraysAreSummarisedWithEdgeItems() {
        assertEquals("[   0    1    2 ...  998  999 1000]", ints(1001).str());
        assertEquals("array([   0,    1,    2, ...,  998,  999, 1000])", ints(1001).repr());
        assertEquals("[   0    1    2 ... 9997 9998 9999]", ints(10000).str());
        NdArray a = ints(1002).reshape(2, 501);
        assertEquals("[[   0    1    2 ...  498  499  500]\n [ 501  502  503 ...  999 1000 1001]]", a.str());
        assertEquals("array([[   0,    1,    2, ...,  498,  499,  500],\n"
                + "       [ 501,  502,  503, ...,  999, 1000, 1001]])", a.repr());
        PrintOptions tiny = new PrintOptions(8, 1, 1, 75, false);
        assertEquals("array([[[ 0, ...,  2],\n"
                + "        ...,\n"
                + "        [ 6, ...,  8]],\n"
                + "\n"
                + "       ...,\n"
                + "\n"
                + "       [[18, ..., 20],\n"
                + "        ...,\n"
                + "        [24, ..., 26]]])", repr(ints(27).reshape(3, 3, 3), tiny));
    }

    @Test
    void linesWrapAtTheWidthWithTheDtypeOnItsOwnLineWhenNeeded() {
        double[] ten = new double[10];
        double[] thirteen = new double[13];
        for (int i = 0; i < 13; i++) {
            if (i < 10) {
                ten[i] = 10 + i;
            }
            thirteen[i] = 10 + i;
        }
        assertEquals("array([10., 11., 12., 13., 14., 15., 16., 17., 18., 19.], dtype=float32)",
                new NdArray(DType.FLOAT32, new int[] {10}, ten).repr());
        assertEquals("array([10., 11., 12., 13., 14., 15., 16., 17., 18., 19., 20., 21., 22.],\n"
                + "      dtype=float32)", new NdArray(DType.FLOAT32, new int[] {13}, thirteen).repr());
        NdArray twos = new NdArray(DType.INT64, new int[] {7}, new double[] {2, 2, 2, 2, 2, 2, 2});
        assertEquals("array([2, 2, 2,\n       2, 2, 2,\n       2])", repr(twos, new PrintOptions(8, 1000, 3, 17, false)));
        double[] eighteen = new double[18];
        java.util.Arrays.fill(eighteen, 2);
        assertEquals("[2 2 2 2 2 2 2 2\n 2 2 2 2 2 2 2 2\n 2 2]",
                ArrayPrinter.str(new NdArray(DType.INT64, new int[] {18}, eighteen), new PrintOptions(8, 1000, 3, 18,
                        false)));
    }

    @Test
    void kerasOutputsPrintAsInTheSpec() {
        // keras-spec §7.4: predict returns float32 (N, 1)
        double[] p = {Maths.roundToFloat32(0.53087276), Maths.roundToFloat32(0.58981574), Maths.roundToFloat32(0.6841767)};
        NdArray pred = new NdArray(DType.FLOAT32, new int[] {3, 1}, p);
        assertEquals("array([[0.53087276],\n       [0.58981574],\n       [0.6841767 ]], dtype=float32)", pred.repr());
        // keras-spec §7.6: to_categorical([0, 2, 1])
        NdArray onehot = new NdArray(DType.FLOAT64, new int[] {3, 3}, new double[] {1, 0, 0, 0, 0, 1, 0, 1, 0});
        assertEquals("array([[1., 0., 0.],\n       [0., 0., 1.],\n       [0., 1., 0.]])", onehot.repr());
        assertEquals("[[1. 0. 0.]\n [0. 0. 1.]\n [0. 1. 0.]]", onehot.str());
    }

    @Test
    void boolsEmptyAndZeroDimensionalArrays() {
        NdArray b = new NdArray(DType.BOOL, new int[] {2}, new double[] {1, 0});
        assertEquals("[ True False]", b.str());
        assertEquals("array([ True, False])", b.repr());
        assertEquals("array([], dtype=float64)", new NdArray(DType.FLOAT64, new int[] {0}, new double[0]).repr());
        assertEquals("array([], shape=(0, 3), dtype=float64)",
                new NdArray(DType.FLOAT64, new int[] {0, 3}, new double[0]).repr());
        assertEquals("[]", new NdArray(DType.INT64, new int[] {0}, new double[0]).str());
        assertEquals("array(1.)", NdArray.scalar(DType.FLOAT64, 1).repr());
        assertEquals("1.0", NdArray.scalar(DType.FLOAT64, 1).str());
        assertEquals("array(True)", NdArray.scalar(DType.BOOL, 1).repr());
        assertEquals("array(5)", NdArray.scalar(DType.INT64, 5).repr());
        assertEquals("array([ 1., nan, inf])", floats(1, Double.NaN, Double.POSITIVE_INFINITY).repr());
        // FloatingFormat.fillFormat: pad_left = max(1, len("inf") + 1 - (pad_right + 1)) = 3
        assertEquals("array([  1., -inf])", floats(1, Double.NEGATIVE_INFINITY).repr());
        assertEquals("[-1  0 10]", new NdArray(DType.INT64, new int[] {3}, new double[] {-1, 0, 10}).str());
    }

    @Test
    void numpyScalarsPrintLikeNumpyTwo() {
        assertEquals("np.float64(0.5)", new NpScalar(DType.FLOAT64, 0.5).repr());
        assertEquals("0.5", new NpScalar(DType.FLOAT64, 0.5).str());
        assertEquals("np.int64(3)", new NpScalar(DType.INT64, 3).repr());
        assertEquals("np.True_", new NpScalar(DType.BOOL, 1).repr());
        assertEquals("np.float32(0.53087276)", new NpScalar(DType.FLOAT32, Maths.roundToFloat32(0.53087276)).repr());
    }
}
