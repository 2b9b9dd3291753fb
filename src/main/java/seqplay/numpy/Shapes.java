package seqplay.numpy;

import seqplay.errors.PyException;

/** Shape arithmetic shared by the numpy functions: sizes, strides, broadcasting, axis checks, numpy's messages. */
final class Shapes {
    private Shapes() {
    }

    static int size(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
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
