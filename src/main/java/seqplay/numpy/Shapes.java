package seqplay.numpy;

import seqplay.errors.PyException;

/** Shape arithmetic shared by the numpy functions: sizes, strides, broadcasting, axis checks, numpy's messages. */
final class Shapes {
    private Shapes() {
    }

    /**
     * The most elements one array may hold: 2^26, 512 MiB of float64. A worker that asks the browser for more can
     * be killed outright, losing the session; numpy on Colab would allocate up to the machine's memory.
     */
    static final double MAX_ELEMENTS = 67108864.0;
    private static final String[] BINARY_UNITS = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    /** The element count of a float64 array of this shape, refused over {@link #MAX_ELEMENTS}. */
    static int size(int[] shape) {
        return size(shape, DType.FLOAT64);
    }

    /** The element count of an array of this shape and type, refused over {@link #MAX_ELEMENTS}. */
    static int size(int[] shape, DType dtype) {
        double n = 1; // in double: 100000 × 100000 overflows an int
        for (int d : shape) {
            n *= d;
        }
        checkAllocation(n, tuple(shape), dtype);
        return (int) n;
    }

    /**
     * Refuses an array of {@code elements} values with numpy's own out-of-memory text ({@code Unable to allocate
     * 74.5 GiB for an array with shape (100000, 100000) and data type float64}); the hint gives the playground's
     * limit.
     */
    // numpy note: numpy raises its MemoryError subclass only when the machine runs out; the playground at 2^26.
    static void checkAllocation(double elements, String shapeText, DType dtype) {
        if (elements > MAX_ELEMENTS) {
            throw new PyException("MemoryError", "Unable to allocate " + sizeText(elements * itemSize(dtype))
                    + " for an array with shape " + shapeText + " and data type " + dtype.pythonName(),
                    "array-too-large");
        }
    }

    private static double itemSize(DType dtype) {
        return dtype == DType.BOOL ? 1 : dtype == DType.FLOAT32 ? 4 : 8;
    }

    /** A byte count as numpy's memory errors write it: {@code 74.5 GiB}, {@code 728. TiB}, {@code 1000. MiB}. */
    static String sizeText(double bytes) {
        int unit = Math.max(bytes >= 1 ? seqplay.tensor.Maths.exponent(bytes) : 0, 1) / 10;
        double n = bytes / seqplay.tensor.Maths.pow2(10 * unit);
        if (Math.rint(n) == 1024) {
            unit++;
            n /= 1024;
        }
        if (unit >= BINARY_UNITS.length) {
            n *= seqplay.tensor.Maths.pow2(10 * (unit - BINARY_UNITS.length + 1));
            unit = BINARY_UNITS.length - 1;
        }
        String number;
        if (unit == 0) {
            number = seqplay.format.PyFormat.format(n, ".0f");
        } else if (Math.rint(n) < 1000) {
            number = seqplay.format.PyFormat.format(n, "#.3g");
        } else {
            number = seqplay.format.PyFormat.format(n, "#.0f");
        }
        return number + " " + BINARY_UNITS[unit];
    }

    /** Row-major strides in elements. */
    static int[] strides(int[] shape) {
        int[] s = new int[shape.length];
        int acc = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= shape[i];
        }
        return s;
    }

    /** A shape as numpy writes it in messages without spaces: {@code (3,2)}, {@code (3,)}, {@code ()}. */
    static String compact(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(shape[i]);
        }
        if (shape.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    /** A shape as Python prints the tuple: {@code (3, 2)}, {@code (3,)}. */
    static String tuple(int[] shape) {
        return seqplay.tensor.Tensor.shapeString(shape);
    }

    /**
     * The broadcast shape of several shapes.
     *
     * @throws PyException {@code ValueError: operands could not be broadcast together with shapes (3,2) (3,) }
     */
    static int[] broadcast(int[]... shapes) {
        int nd = 0;
        for (int[] s : shapes) {
            nd = Math.max(nd, s.length);
        }
        int[] out = new int[nd];
        for (int i = 0; i < nd; i++) {
            int d = 1;
            for (int[] s : shapes) {
                int k = i - (nd - s.length);
                if (k < 0) {
                    continue;
                }
                int v = s[k];
                if (v == d || v == 1) {
                    continue;
                }
                if (d == 1) {
                    d = v;
                } else {
                    StringBuilder msg = new StringBuilder("operands could not be broadcast together with shapes ");
                    for (int[] t : shapes) {
                        msg.append(compact(t)).append(' ');
                    }
                    throw PyException.valueError(msg.toString());
                }
            }
            out[i] = d;
        }
        return out;
    }

    /**
     * For each flat position of {@code target}, the flat position in an array of shape {@code source} that
     * broadcasts onto it.
     */
    static int[] broadcastIndex(int[] source, int[] target) {
        int n = size(target);
        int[] map = new int[n];
        int nd = target.length;
        int offset = nd - source.length;
        int[] srcStrides = strides(source);
        int[] counter = new int[nd];
        int pos = 0;
        for (int i = 0; i < n; i++) {
            map[i] = pos;
            // advance the multi-index like an odometer, tracking the source position
            for (int ax = nd - 1; ax >= 0; ax--) {
                int sAx = ax - offset;
                boolean moves = sAx >= 0 && source[sAx] != 1;
                counter[ax]++;
                if (moves) {
                    pos += srcStrides[sAx];
                }
                if (counter[ax] < target[ax]) {
                    break;
                }
                if (moves) {
                    pos -= srcStrides[sAx] * target[ax];
                }
                counter[ax] = 0;
            }
        }
        return map;
    }

    /**
     * An axis argument made non-negative.
     *
     * @throws PyException {@code numpy.exceptions.AxisError: axis 2 is out of bounds for array of dimension 2}
     */
    static int axis(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw axisError(axis, ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    static PyException axisError(int axis, int ndim) {
        return new PyException("numpy.exceptions.AxisError",
                "axis " + axis + " is out of bounds for array of dimension " + ndim);
    }
}
