package seqplay.data.sklearn;

import java.util.ArrayList;
import java.util.List;
import seqplay.data.pandas.Column;
import seqplay.data.pandas.DataFrame;
import seqplay.data.pandas.Series;
import seqplay.errors.PyException;
import seqplay.format.PyStrings;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;
import seqplay.numpy.Numpy;

/**
 * An array-like argument as scikit-learn sees it once {@code np.asarray} has run: a shape and either numbers
 * (with numpy's dtype kind: {@code f} float, {@code i} int, {@code b} bool) or, for text labels, objects
 * ({@code O}). Accepts an {@link NdArray}, a pandas {@link Series} or {@link DataFrame}, or a Python list.
 */
final class ArrayLike {
    final int[] shape;
    final char kind;
    final double[] numbers;
    final Object[] objects;
    /** Column names when the input was a DataFrame with text labels (sklearn's {@code feature_names_in_}). */
    final List<String> featureNames;

    private ArrayLike(int[] shape, char kind, double[] numbers, Object[] objects, List<String> featureNames) {
        this.shape = shape;
        this.kind = kind;
        this.numbers = numbers;
        this.objects = objects;
        this.featureNames = featureNames;
    }

    static ArrayLike of(Object o) {
        if (o instanceof NdArray a) {
            return new ArrayLike(a.shape(), kindOf(a.dtype()), a.data(), null, null);
        }
        if (o instanceof Series s) {
            return ofColumns(List.of(s.values()), new int[] {s.size()}, null);
        }
        if (o instanceof DataFrame df) {
            List<Column> cols = new ArrayList<>();
            List<String> names = new ArrayList<>();
            boolean allText = true;
            for (int j = 0; j < df.ncols(); j++) {
                cols.add(df.column(j));
                Object label = df.columns().get(j);
                allText &= label instanceof String;
                names.add(String.valueOf(label));
            }
            return ofColumns(cols, new int[] {df.rows(), df.ncols()}, allText ? names : null);
        }
        if (o instanceof List<?> list && containsText(list)) {
            Object[] objects = new Object[list.size()];
            for (int i = 0; i < objects.length; i++) {
                Object v = list.get(i);
                if (v instanceof List<?>) {
                    throw PyException.valueError("the playground reads text labels from flat lists only");
                }
                objects[i] = v instanceof Integer ? (Object) (long) (Integer) v : v;
            }
            return new ArrayLike(new int[] {objects.length}, 'O', null, objects, null);
        }
        NdArray a = Numpy.asarray(o);
        return new ArrayLike(a.shape(), kindOf(a.dtype()), a.data(), null, null);
    }

    private static boolean containsText(List<?> list) {
        for (Object v : list) {
            if (v instanceof String) {
                return true;
            }
        }
        return false;
    }

    private static char kindOf(DType d) {
        return d.isFloat() ? 'f' : d == DType.BOOL ? 'b' : 'i';
    }

    private static ArrayLike ofColumns(List<Column> cols, int[] shape, List<String> names) {
        int rows = shape[0];
        int m = cols.size();
        boolean object = false;
        boolean allInt = true;
        boolean allBool = true;
        for (Column c : cols) {
            object |= c.dtype() == Column.Dtype.OBJECT;
            allInt &= c.dtype() == Column.Dtype.INT64;
            allBool &= c.dtype() == Column.Dtype.BOOL;
        }
        if (object) {
            Object[] objects = new Object[rows * m];
            for (int j = 0; j < m; j++) {
                for (int i = 0; i < rows; i++) {
                    objects[i * m + j] = cols.get(j).get(i);
                }
            }
            return new ArrayLike(shape, 'O', null, objects, names);
        }
        double[] numbers = new double[rows * m];
        for (int j = 0; j < m; j++) {
            Column c = cols.get(j);
            for (int i = 0; i < rows; i++) {
                numbers[i * m + j] = c.isNa(i) ? Double.NaN : c.number(i);
            }
        }
        char kind = allBool && m > 0 ? 'b' : allInt && m > 0 ? 'i' : 'f';
        return new ArrayLike(shape, kind, numbers, null, names);
    }

    int ndim() {
        return shape.length;
    }

    /** Number of samples: the first dimension. */
    int rows() {
        return shape.length == 0 ? 0 : shape[0];
    }

    int size() {
        return numbers != null ? numbers.length : objects.length;
    }

    /** Element {@code i} (flat) as a Python value: Long, Double, Boolean or the stored object. */
    Object value(int i) {
        if (objects != null) {
            return objects[i];
        }
        double v = numbers[i];
        switch (kind) {
            case 'b':
                return v != 0;
            case 'i':
                return (long) v;
            default:
                return v;
        }
    }

    /**
     * The numbers as float64, as {@code check_array(dtype=FLOAT_DTYPES)} converts them; text raises numpy's
     * {@code could not convert string to float}.
     */
    double[] floats() {
        if (numbers != null) {
            return numbers;
        }
        double[] out = new double[objects.length];
        for (int i = 0; i < out.length; i++) {
            Object v = objects[i];
            if (v instanceof Number n) {
                out[i] = n.doubleValue();
            } else if (v instanceof Boolean b) {
                out[i] = b ? 1 : 0;
            } else if (v == null) {
                out[i] = Double.NaN;
            } else {
                throw PyException.valueError("could not convert string to float: " + PyStrings.repr(
                        String.valueOf(v)), "sklearn.text_in_numbers");
            }
        }
        return out;
    }

    /** The float64 array numpy would make of this input (for messages that print the array). */
    NdArray asFloatArray() {
        return new NdArray(DType.FLOAT64, shape.clone(), floats().clone());
    }
}
