package seqplay.tensor;

import java.util.Arrays;

/**
 * A dense array of doubles with a shape, stored flat in row-major order.
 *
 * <p>The training core works on rank-2 tensors {@code (samples, features)}; labels may also be rank 1
 * {@code (samples,)}, which matters because Keras decides between sparse and one-hot accuracy by rank.
 *
 * <pre>{@code
 * Tensor x = Tensor.of(new double[][] {{1, 2}, {3, 4}});   // shape (2, 2)
 * x.get(1, 0);                                              // 3.0
 * }</pre>
 */
public final class Tensor {
    private final int[] shape;
    private final double[] data;

    /** Wraps {@code data} (not copied) with the given shape. */
    public Tensor(int[] shape, double[] data) {
        int size = sizeOf(shape);
        if (size != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + size
                    + " values, got " + data.length);
        }
        this.shape = shape.clone();
        this.data = data;
    }

    public static Tensor zeros(int... shape) {
        return new Tensor(shape, new double[sizeOf(shape)]);
    }

    /** A rank-2 tensor copied from nested arrays (all rows the same length). */
    public static Tensor of(double[][] rows) {
        int n = rows.length;
        int m = n == 0 ? 0 : rows[0].length;
        double[] d = new double[n * m];
        for (int i = 0; i < n; i++) {
            if (rows[i].length != m) {
                throw new IllegalArgumentException("ragged rows: row " + i + " has " + rows[i].length + " values, not " + m);
            }
            System.arraycopy(rows[i], 0, d, i * m, m);
        }
        return new Tensor(new int[] {n, m}, d);
    }

    /** A rank-1 tensor copied from the values. */
    public static Tensor vector(double... values) {
        return new Tensor(new int[] {values.length}, values.clone());
    }

    /** A rank-2 tensor {@code (rows, cols)} over {@code data} (not copied). */
    public static Tensor matrix(int rows, int cols, double[] data) {
        return new Tensor(new int[] {rows, cols}, data);
    }

    public static int sizeOf(int[] shape) {
        int size = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
            }
            size *= d;
        }
        return size;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    public int dim(int axis) {
        return shape[axis < 0 ? shape.length + axis : axis];
    }

    /** The backing array; callers that change it change the tensor. */
    public double[] data() {
        return data;
    }

    public int size() {
        return data.length;
    }

    /** The first dimension (samples); 1 for a scalar. */
    public int rows() {
        return shape.length == 0 ? 1 : shape[0];
    }

    /** The size of one sample: the product of all but the first dimension (1 for rank 1). */
    public int cols() {
        return shape.length == 0 ? 1 : data.length / Math.max(1, shape[0]);
    }

    public double get(int i) {
        return data[i];
    }

    public double get(int row, int col) {
        return data[row * cols() + col];
    }

    public Tensor copy() {
        return new Tensor(shape, data.clone());
    }

    /** The same values seen as {@code (rows, cols)}; shares the data. */
    public Tensor as2d() {
        return shape.length == 2 ? this : new Tensor(new int[] {rows(), cols()}, data);
    }

    /** Keras' way of writing a batch shape: {@code (None, 3)}. */
    public static String batchShape(int... featureDims) {
        StringBuilder sb = new StringBuilder("(None");
        for (int d : featureDims) {
            sb.append(", ").append(d);
        }
        return sb.append(')').toString();
    }

    /** Python's way of writing a shape tuple: {@code (150, 4)}, {@code (150,)}. */
    public static String shapeString(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        if (shape.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    @Override
    public String toString() {
        return "Tensor" + shapeString(shape);
    }
}
