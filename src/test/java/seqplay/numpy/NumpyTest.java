package seqplay.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import seqplay.errors.PyException;
import seqplay.numpy.Ufuncs.Op;
import seqplay.numpy.Ufuncs.Operand;
import seqplay.random.SeededRandom;
import seqplay.tensor.Tensor;

/**
 * The numpy subset against values worked out by hand from numpy's documented rules; messages are numpy 2.0's.
 */
class NumpyTest {
    private static NdArray arange(int n) {
        return Numpy.arange(0, n, 1, DType.INT64);
    }

    private static NdArray ints(double... v) {
        return new NdArray(DType.INT64, new int[] {v.length}, v);
    }

    private static NdArray bools(double... v) {
        return new NdArray(DType.BOOL, new int[] {v.length}, v);
    }

    private static void assertError(String expected, Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        assertEquals(expected, e.pythonLine());
    }

    private static List<Index> ix(Index... items) {
        return List.of(items);
    }

    private static Index at(long i) {
        return new Index.At(i);
    }

    private static Index slice(Long start, Long stop, Long step) {
        return new Index.Slice(start, stop, step);
    }

    // ------------------------------------------------------------ creation

    @Test
    void arrayInfersShapeAndTheSmallestTypeThatHoldsEveryElement() {
        NdArray x = Numpy.array(List.of(List.of(1L, 2L), List.of(3L, 4L)), null);
        assertEquals(DType.INT64, x.dtype());
        assertArrayEquals(new int[] {2, 2}, x.shape());
        assertEquals(DType.FLOAT64, Numpy.array(List.of(1L, 2.5), null).dtype());
        assertEquals(DType.BOOL, Numpy.array(List.of(true, false), null).dtype());
        assertEquals(DType.INT64, Numpy.array(List.of(true, 2L), null).dtype());
        assertEquals("array([[1., 2.],\n       [3., 4.]], dtype=float32)",
                Numpy.array(List.of(List.of(1L, 2L), List.of(3L, 4L)), DType.FLOAT32).repr());
        assertEquals("array([], dtype=float64)", Numpy.array(List.of(), null).repr());
    }

    @Test
    void raggedListsRaiseNumpysInhomogeneousShapeError() {
        assertError("ValueError: setting an array element with a sequence. The requested array has an "
                + "inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.",
                () -> Numpy.array(List.of(List.of(1L, 2L), List.of(3L)), null));
    }

    @Test
    void arangeUsesNumpysLengthRule() {
        assertEquals("array([0, 1, 2, 3, 4])", arange(5).repr());
        assertEquals("array([0.  , 0.25, 0.5 , 0.75])", Numpy.arange(0, 1, 0.25, DType.FLOAT64).repr());
        // ceil((1.3 - 1) / 0.1) = ceil(3.0000000000000004) = 4: numpy's documented float-step surprise
        assertEquals(4, Numpy.arange(1, 1.3, 0.1, DType.FLOAT64).size());
        assertEquals(10, Numpy.arange(1, 2, 0.1, DType.FLOAT64).size());
        assertEquals("array([], dtype=int64)", Numpy.arange(5, 0, 1, DType.INT64).repr());
        assertError("ZeroDivisionError: division by zero", () -> Numpy.arange(0, 1, 0, DType.INT64));
    }

    @Test
    void linspaceAndEyeMatchNumpysDocs() {
        assertEquals("array([2.  , 2.25, 2.5 , 2.75, 3.  ])", Numpy.linspace(2, 3, 5, true, null).repr());
        assertEquals("array([2. , 2.2, 2.4, 2.6, 2.8])", Numpy.linspace(2, 3, 5, false, null).repr());
        assertError("ValueError: Number of samples, -1, must be non-negative.",
                () -> Numpy.linspace(0, 1, -1, true, null));
        assertEquals("array([[0., 1., 0.],\n       [0., 0., 1.]])", Numpy.eye(2, 3, 1, DType.FLOAT64).repr());
        assertEquals("array([[1, 0],\n       [0, 1]])", Numpy.eye(2, null, 0, DType.INT64).repr());
        assertEquals("array([[7, 7]])", Numpy.full(new int[] {1, 2}, 7, DType.INT64).repr());
    }

    // ------------------------------------------------------------ shape

    @Test
    void reshapeInfersOneDimensionAndReportsNumpysMessages() {
        NdArray x = arange(6);
        assertArrayEquals(new int[] {2, 3}, x.reshape(2, -1).shape());
        assertArrayEquals(new int[] {6, 1}, x.reshape(-1, 1).shape());
        assertError("ValueError: cannot reshape array of size 6 into shape (4,)", () -> x.reshape(4));
        assertError("ValueError: cannot reshape array of size 6 into shape (4,newaxis)", () -> x.reshape(4, -1));
        assertError("ValueError: can only specify one unknown dimension", () -> x.reshape(-1, -1));
    }

    @Test
    void reshapeErrorLeavesOutALeadingUnknownDimensionAsNumpyDoes() {
        NdArray x = arange(6);
        assertError("ValueError: cannot reshape array of size 6 into shape (4)", () -> x.reshape(-1, 4));
        assertError("ValueError: cannot reshape array of size 6 into shape (4,5)", () -> x.reshape(-1, 4, 5));
        assertError("ValueError: cannot reshape array of size 6 into shape (2,newaxis,4)", () -> x.reshape(2, -1, 4));
    }

    @Test
    void transposeExpandAndSqueeze() {
        NdArray x = arange(6).reshape(2, 3);
        assertEquals("array([[0, 3],\n       [1, 4],\n       [2, 5]])", x.transpose().repr());
        assertArrayEquals(new int[] {1, 2, 3}, Numpy.expandDims(x, 0).shape());
        assertArrayEquals(new int[] {2, 3, 1}, Numpy.expandDims(x, -1).shape());
        assertArrayEquals(new int[] {3}, Numpy.squeeze(arange(3).reshape(1, 3, 1), null).shape());
        assertError("ValueError: cannot select an axis to squeeze out which has size not equal to one",
                () -> Numpy.squeeze(x, 0));
        assertError("numpy.exceptions.AxisError: axis 2 is out of bounds for array of dimension 2",
                () -> x.sum(2, false));
    }

    // ------------------------------------------------------------ arithmetic

    @Test
    void broadcastingCombinesTrailingDimensions() {
        NdArray x = arange(6).reshape(3, 2);
        NdArray row = ints(10, 20);
        assertEquals("array([[10, 21],\n       [12, 23],\n       [14, 25]])", Ufuncs.apply(Op.ADD, x, row).repr());
        NdArray col = arange(3).reshape(3, 1);
        assertEquals("array([[0, 1],\n       [3, 4],\n       [6, 7]])", Ufuncs.apply(Op.ADD, x, col).repr());
        assertError("ValueError: operands could not be broadcast together with shapes (3,2) (3,) ",
                () -> Ufuncs.apply(Op.ADD, x, arange(3)));
    }

    @Test
    void resultTypesFollowNumpyPromotionWithWeakPythonScalars() {
        NdArray i = ints(1, 2);
        assertEquals(DType.FLOAT64, Ufuncs.apply(Op.TRUE_DIVIDE, i, i).dtype());
        assertEquals("array([ True,  True])", Ufuncs.apply(Op.ADD, bools(1, 0), bools(1, 1)).repr());
        assertEquals("array([1, 1])", Ufuncs.apply(Op.ADD, bools(1, 0), ints(0, 1)).repr());
        assertEquals(DType.INT64, Ufuncs.apply(Op.ADD, Operand.of(i), Operand.pyInt(1)).dtype());
        assertEquals(DType.FLOAT64, Ufuncs.apply(Op.ADD, Operand.of(i), Operand.pyFloat(0.5)).dtype());
        NdArray f32 = new NdArray(DType.FLOAT32, new int[] {1}, new double[] {1});
        NdArray third = Ufuncs.apply(Op.TRUE_DIVIDE, Operand.of(f32), Operand.pyFloat(3.0));
        assertEquals("array([0.33333334], dtype=float32)", third.repr());
        assertEquals(DType.FLOAT64, Ufuncs.apply(Op.ADD, f32, i).dtype());
        assertError("TypeError: numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
                + "the `^` operator, or the logical_xor function instead.",
                () -> Ufuncs.apply(Op.SUBTRACT, bools(1), bools(0)));
        assertError("TypeError: The numpy boolean negative, the `-` operator, is not supported, use the `~` "
                + "operator or the logical_not function instead.", () -> Ufuncs.apply(Ufuncs.Fn.NEGATIVE, bools(1)));
        assertError("ValueError: Integers to negative integer powers are not allowed.",
                () -> Ufuncs.apply(Op.POWER, Operand.of(i), Operand.pyInt(-1)));
    }

    @Test
    void floorDivisionAndRemainderTakeTheDivisorsSignLikePython() {
        NdArray x = ints(-7, 7);
        assertEquals("array([-4,  3])", Ufuncs.apply(Op.FLOOR_DIVIDE, Operand.of(x), Operand.pyInt(2)).repr());
        assertEquals("array([1, 1])", Ufuncs.apply(Op.REMAINDER, Operand.of(x), Operand.pyInt(2)).repr());
        NdArray f = NdArray.of(-7.5, 7.5);
        assertEquals("array([-4.,  3.])", Ufuncs.apply(Op.FLOOR_DIVIDE, Operand.of(f), Operand.pyInt(2)).repr());
        assertEquals("array([0.5, 1.5])", Ufuncs.apply(Op.REMAINDER, Operand.of(f), Operand.pyInt(2)).repr());
        assertEquals("array([-inf,  inf,  nan])", Ufuncs.apply(Op.TRUE_DIVIDE, NdArray.of(-1, 1, 0),
                NdArray.of(0, 0, 0)).repr());
    }

    @Test
    void comparisonsGiveBoolArraysAndElementFunctionsPromoteInts() {
        NdArray x = NdArray.of(-1, 0, 2);
        assertEquals("array([False, False,  True])", Ufuncs.apply(Op.GREATER, Operand.of(x), Operand.pyInt(0)).repr());
        assertEquals("array([1.        , 1.41421356])", Ufuncs.apply(Ufuncs.Fn.SQRT, ints(1, 2)).repr());
        assertEquals("array([1, 0, 2])", Ufuncs.apply(Ufuncs.Fn.ABSOLUTE, ints(-1, 0, 2)).repr());
        assertEquals("array([False,  True])", Ufuncs.apply(Ufuncs.Fn.ISNAN, NdArray.of(1, Double.NaN)).repr());
        assertEquals("array([1., 0., 2.])", Ufuncs.apply(Op.MAXIMUM, x, NdArray.of(1, 0, 0)).repr());
    }

    // ------------------------------------------------------------ indexing

    @Test
    void basicIndexingSelectsRowsColumnsAndStridedSlices() {
        NdArray x = arange(12).reshape(3, 4);
        assertEquals("array([4, 5, 6, 7])", x.get(ix(at(1))).repr());
        assertEquals("array([0, 4, 8])", x.get(ix(Index.all(), at(0))).repr());
        assertEquals("array([[ 4,  6],\n       [ 8, 10]])", x.get(ix(slice(1L, 3L, null), slice(null, null, 2L))).repr());
        assertEquals("array([8, 4, 0])", x.get(ix(slice(null, null, -1L), at(0))).repr());
        assertEquals(new NpScalar(DType.INT64, 11), x.getItem(ix(at(-1), at(-1))));
        assertArrayEquals(new int[] {1, 4}, x.get(ix(new Index.NewAxis(), at(0))).shape());
        assertEquals("array([1, 5, 9])", x.get(ix(new Index.Ellipsis(), at(1))).repr());
        assertEquals("array([], shape=(0, 4), dtype=int64)", x.get(ix(slice(5L, null, null))).repr());
    }

    @Test
    void advancedIndexingWithIntArraysAndMasks() {
        NdArray x = arange(12).reshape(3, 4);
        NdArray rows = ints(0, 2);
        assertEquals("array([[ 0,  1,  2,  3],\n       [ 8,  9, 10, 11]])", x.get(ix(new Index.Array(rows))).repr());
        assertEquals("array([ 1, 11])", x.get(ix(new Index.Array(rows), new Index.Array(ints(1, 3)))).repr());
        assertEquals("array([[ 0,  3],\n       [ 4,  7],\n       [ 8, 11]])",
                x.get(ix(Index.all(), new Index.Array(ints(0, 3)))).repr());
        assertEquals("array([2, 6])", x.get(ix(new Index.Array(ints(0, 1)), at(2))).repr());
        NdArray mask = Ufuncs.apply(Op.GREATER, Operand.of(x), Operand.pyInt(8));
        assertEquals("array([ 9, 10, 11])", x.get(ix(new Index.Array(mask))).repr());
        assertEquals("array([[ 8,  9, 10, 11]])", x.get(ix(new Index.Array(bools(0, 0, 1)))).repr());
    }

    @Test
    void indexErrorsUseNumpysWording() {
        NdArray x = arange(3);
        assertError("IndexError: index 5 is out of bounds for axis 0 with size 3", () -> x.get(ix(at(5))));
        assertError("IndexError: index -4 is out of bounds for axis 0 with size 3", () -> x.get(ix(at(-4))));
        assertError("IndexError: too many indices for array: array is 1-dimensional, but 2 were indexed",
                () -> x.get(ix(at(0), at(0))));
        assertError("IndexError: boolean index did not match indexed array along axis 0; size of axis is 3 but "
                + "size of corresponding boolean axis is 2", () -> x.get(ix(new Index.Array(bools(1, 0)))));
    }

    @Test
    void assignmentWritesThroughTheIndex() {
        NdArray x = arange(6).reshape(2, 3);
        x.set(ix(at(0), at(1)), NdArray.scalar(DType.FLOAT64, 9.7));
        assertEquals("array([[0, 9, 2],\n       [3, 4, 5]])", x.repr());
        x.set(ix(new Index.Array(Ufuncs.apply(Op.GREATER, Operand.of(x), Operand.pyInt(4)))),
                NdArray.scalar(DType.INT64, 0));
        assertEquals("array([[0, 0, 2],\n       [3, 4, 0]])", x.repr());
        x.set(ix(Index.all(), at(0)), ints(7, 8));
        assertEquals("array([[7, 0, 2],\n       [8, 4, 0]])", x.repr());
        assertError("ValueError: could not broadcast input array from shape (3,) into shape (2,)",
                () -> x.set(ix(Index.all(), at(0)), ints(1, 2, 3)));
    }

    // ------------------------------------------------------------ reductions

    @Test
    void reductionsOverAllElementsAndAlongAnAxis() {
        NdArray x = Numpy.array(List.of(List.of(1L, 2L), List.of(3L, 4L)), null);
        assertEquals("array(10)", x.sum(null, false).repr());
        assertEquals("array([4, 6])", x.sum(0, false).repr());
        assertEquals("array([[3],\n       [7]])", x.sum(1, true).repr());
        assertEquals("array(2.5)", x.mean(null, false).repr());
        assertEquals("array([1, 1])", x.argmax(1).repr());
        assertEquals("array(3)", x.argmax(null).repr());
        assertEquals(Math.sqrt(1.25), x.std(null, 0, false).flat(0));
        assertEquals("array([0.5, 0.5])", x.std(1, 0, false).repr());
        assertEquals(DType.INT64, Numpy.array(List.of(true, true, false), null).sum(null, false).dtype());
        NdArray flags = Numpy.array(List.of(List.of(true, false), List.of(true, true)), null);
        assertEquals("array([False,  True])", Reductions.reduce(Reductions.Kind.ALL, flags, 1, false).repr());
        assertEquals("array(True)", Reductions.reduce(Reductions.Kind.ANY, flags, null, false).repr());
        assertTrue(Double.isNaN(NdArray.of(1, Double.NaN, 3).max(null, false).flat(0)));
        assertError("ValueError: zero-size array to reduction operation maximum which has no identity",
                () -> NdArray.of().max(null, false));
    }

    /**
     * numpy sums a contiguous run pairwise (loops_utils.h), so ten 0.1s add to exactly 1.0, while a sum down an
     * earlier axis of a (10, 2) array adds the rows one by one like Python's {@code sum}, giving
     * 0.9999999999999999 (numpy's iterator puts the contiguous axis innermost).
     */
    @Test
    void summationOrderFollowsNumpy() {
        double[] tenths = new double[10];
        Arrays.fill(tenths, 0.1);
        assertEquals(1.0, NdArray.of(tenths).sum(null, false).flat(0));
        double[] twenty = new double[20];
        Arrays.fill(twenty, 0.1);
        NdArray twoColumns = new NdArray(DType.FLOAT64, new int[] {10, 2}, twenty);
        assertEquals(0.9999999999999999, twoColumns.sum(0, false).flat(0));
        assertEquals(0.1, NdArray.of(tenths).mean(null, false).flat(0));
    }

    // ------------------------------------------------------------ functions

    @Test
    void joiningArraysAndItsErrors() {
        NdArray a = arange(4).reshape(2, 2);
        NdArray b = Numpy.full(new int[] {1, 2}, 9, DType.INT64);
        assertEquals("array([[0, 1],\n       [2, 3],\n       [9, 9]])", Numpy.concatenate(List.of(a, b), 0).repr());
        assertEquals("array([[0, 1],\n       [2, 3],\n       [9, 9]])", Numpy.vstack(List.of(a, b)).repr());
        assertEquals("array([0, 1, 2, 0, 1])", Numpy.hstack(List.of(arange(3), arange(2))).repr());
        assertEquals("array([[0, 0],\n       [1, 1]])", Numpy.columnStack(List.of(arange(2), arange(2))).repr());
        assertEquals("array([[0, 0],\n       [1, 1]])", Numpy.stack(List.of(arange(2), arange(2)), 1).repr());
        assertError("ValueError: all the input array dimensions except for the concatenation axis must match "
                + "exactly, but along dimension 1, the array at index 0 has size 2 and the array at index 1 has size 3",
                () -> Numpy.concatenate(List.of(a, arange(3).reshape(1, 3)), 0));
        assertError("ValueError: all the input arrays must have same number of dimensions, but the array at index 0"
                + " has 2 dimension(s) and the array at index 1 has 1 dimension(s)",
                () -> Numpy.concatenate(List.of(a, arange(2)), 0));
        assertError("ValueError: all input arrays must have the same shape",
                () -> Numpy.stack(List.of(arange(2), arange(3)), 0));
    }

    @Test
    void roundUsesNumpysScaledRint() {
        // 2.675 * 100 rounds to 267.5 in binary, and rint(267.5) is 268: numpy gives 2.68 where Python's round
        // gives 2.67 (numpy.round docs: "fast but sometimes inexact algorithm")
        assertEquals("array([2.68])", Numpy.round(NdArray.of(2.675), 2).repr());
        assertEquals("array([ 0.,  2., -0.])", Numpy.round(NdArray.of(0.5, 1.5, -0.4), 0).repr());
        assertEquals("array([1200.])", Numpy.round(NdArray.of(1234.5), -2).repr());
        assertEquals("array([1, 2])", Numpy.round(ints(1, 2), 1).repr());
    }

    @Test
    void whereUniqueClipSortAndCumsum() {
        NdArray x = NdArray.of(3, -1, 2, -1);
        NdArray positive = Ufuncs.apply(Op.GREATER, Operand.of(x), Operand.pyInt(0));
        assertEquals("array([3., 0., 2., 0.])", Numpy.where(positive, Operand.of(x), Operand.pyInt(0)).repr());
        assertEquals("array([0, 2])", Numpy.nonzero(positive).get(0).repr());
        Numpy.Unique u = Numpy.unique(ints(3, 1, 3, 2, 3));
        assertEquals("array([1, 2, 3])", u.values().repr());
        assertEquals("array([1, 1, 3])", u.counts().repr());
        assertEquals("array([2., 0., 2., 0.])", Numpy.clip(x, 0.0, 2.0).repr());
        assertEquals("array([-1., -1.,  2.,  3.])", Numpy.sort(x, -1).repr());
        assertEquals("array([1, 3, 2, 0])", Numpy.argsort(x, -1).repr());
        assertEquals("array([ 1.,  2.,  3., nan])", Numpy.sort(NdArray.of(3, Double.NaN, 1, 2), -1).repr());
        assertEquals("array([3., 2., 4., 3.])", Numpy.cumsum(x, null).repr());
    }

    @Test
    void dotAndMatmulMultiplyMatricesAndVectors() {
        NdArray a = arange(6).reshape(2, 3);
        NdArray b = arange(6).reshape(3, 2);
        assertEquals("array([[10, 13],\n       [28, 40]])", Numpy.matmul(a, b).repr());
        assertEquals("array([ 5, 14])", Numpy.dot(a, ints(0, 1, 2)).repr());
        assertEquals("array(5)", Numpy.dot(ints(0, 1, 2), ints(0, 1, 2)).repr());
        assertError("ValueError: shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)", () -> Numpy.dot(a, a));
        assertError("ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
                + "signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)", () -> Numpy.matmul(a, a));
    }

    // ------------------------------------------------------------ random

    @Test
    void randomDrawsAreReproducibleFromTheSessionSeed() {
        NpRandom r1 = new NpRandom(new SeededRandom(1));
        NpRandom r2 = new NpRandom(new SeededRandom(99));
        r1.seed(42);
        r2.seed(42);
        assertEquals(r1.rand(3, 2), r2.rand(3, 2));
        assertEquals(r1.randn(5), r2.randn(5));
        NdArray u = r1.uniform(-1, 1, 1000);
        for (double v : u.data()) {
            assertTrue(v >= -1 && v < 1);
        }
        NdArray ints = r1.randint(3, 7, 1000);
        assertEquals(DType.INT64, ints.dtype());
        assertEquals("array([3, 4, 5, 6])", Numpy.unique(ints).values().repr());
        NdArray perm = r1.permutation(10);
        assertEquals(arange(10), Numpy.sort(perm, -1));
        assertNotEquals(arange(10), perm);
        NdArray rows = arange(8).reshape(4, 2);
        r1.shuffle(rows);
        for (int i = 0; i < 4; i++) {
            assertEquals(rows.flat(2 * i) + 1, rows.flat(2 * i + 1)); // rows move whole
        }
        NdArray picked = r1.choice(arange(5), new int[] {5}, false, null);
        assertEquals(arange(5), Numpy.sort(picked, -1));
        assertError("ValueError: Cannot take a larger sample than population when 'replace=False'",
                () -> r2.choice(arange(3), new int[] {4}, false, null));
        assertError("ValueError: high <= low", () -> r2.randint(5, 5));
        assertError("ValueError: Seed must be between 0 and 2**32 - 1", () -> r2.seed(-1));
    }

    @Test
    void normalDrawsHaveTheRequestedMeanAndSpread() {
        NpRandom r = new NpRandom(new SeededRandom(7));
        NdArray x = r.normal(5, 2, 20000);
        assertEquals(5, x.mean(null, false).flat(0), 0.05);
        assertEquals(2, x.std(null, 0, false).flat(0), 0.05);
    }

    // ------------------------------------------------------------ conversions

    @Test
    void kerasBoundaryCopiesOnceAndPredictionsAreFloat32() {
        NdArray x = NdArray.of(new double[][] {{1, 2}, {3, 4}});
        Tensor t = Numpy.toTensor(x);
        assertArrayEquals(new int[] {2, 2}, t.shape());
        t.data()[0] = 99;
        assertEquals(1, x.flat(0));
        NdArray p = Numpy.fromTensorFloat32(Tensor.matrix(1, 1, new double[] {0.1}));
        assertEquals(DType.FLOAT32, p.dtype());
        assertEquals("array([[0.1]], dtype=float32)", p.repr());
        assertEquals(0.10000000149011612, p.flat(0));
    }

    @Test
    void itemTolistAndTruth() {
        NdArray x = Numpy.array(List.of(List.of(1L, 2L), List.of(3L, 4L)), null);
        assertEquals(List.of(List.of(1L, 2L), List.of(3L, 4L)), x.tolist());
        assertEquals(4L, x.item(-1));
        assertError("ValueError: can only convert an array of size 1 to a Python scalar", x::item);
        assertError("ValueError: The truth value of an array with more than one element is ambiguous. Use a.any() "
                + "or a.all()", x::truth);
        assertEquals(2.5, NdArray.of(2.5).item());
    }

    @Test
    void anArrayTooLargeForTheBrowserIsRefusedWithNumpysOutOfMemoryText() {
        // the texts numpy 2 gives when the machine cannot hold the array; the playground stops at 2^26 values
        assertError("MemoryError: Unable to allocate 74.5 GiB for an array with shape (100000, 100000) and data type "
                + "float64", () -> Numpy.zeros(new int[] {100000, 100000}, DType.FLOAT64));
        assertError("MemoryError: Unable to allocate 931. GiB for an array with shape (1000000, 1000000) and data "
                + "type bool", () -> Numpy.zeros(new int[] {1000000, 1000000}, DType.BOOL));
        assertError("MemoryError: Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data "
                + "type int64", () -> Numpy.ones(new int[] {1000000, 1000000}, DType.INT64));
        assertError("MemoryError: Unable to allocate 74.5 GiB for an array with shape (10000000000,) and data type "
                + "float64", () -> Numpy.arange(0, 1e10, 1, DType.FLOAT64));
        NdArray column = Numpy.ones(new int[] {100000, 1}, DType.FLOAT64);
        NdArray row = Numpy.ones(new int[] {1, 100000}, DType.FLOAT64);
        assertError("MemoryError: Unable to allocate 74.5 GiB for an array with shape (100000, 100000) and data type "
                + "float64", () -> Ufuncs.apply(Op.ADD, Operand.of(column), Operand.of(row)));
        PyException e = assertThrows(PyException.class, () -> Numpy.zeros(new int[] {8193, 8192}, DType.FLOAT64));
        assertEquals("array-too-large", e.hintId());
        assertEquals(8192 * 8192, Numpy.zeros(new int[] {8192, 8192}, DType.FLOAT64).size(), "2^26 values still fit");
    }

    @Test
    void byteCountsReadAsInNumpysMemoryErrors() {
        assertEquals("0 bytes", Shapes.sizeText(0));
        assertEquals("1023 bytes", Shapes.sizeText(1023));
        assertEquals("1.00 KiB", Shapes.sizeText(1024));
        assertEquals("1.00 MiB", Shapes.sizeText(1048575)); // 1023.999 KiB rounds to 1024: the next unit
        assertEquals("763. MiB", Shapes.sizeText(8e8));
        assertEquals("1.00 TiB", Shapes.sizeText(1099511627776.0));
        assertEquals("64.0 TiB", Shapes.sizeText(8 * 8796093022208.0));
        assertEquals("1024. EiB", Shapes.sizeText(Math.pow(2, 70)));
    }
}
