package seqplay.numpy;

import java.util.ArrayList;
import java.util.List;
import seqplay.errors.PyException;

/**
 * numpy's indexing rules: basic indexing (ints, slices, {@code None}, {@code ...}) and advanced indexing (integer
 * arrays and bool masks, ints counting as advanced when an array is present), with numpy's placement of the
 * advanced dimensions (where the advanced indices stand when they are adjacent, first otherwise).
 *
 * <p>An index is resolved into the result shape and, for every result element, the flat position it comes from;
 * reading copies those elements and assignment writes a broadcast value to them.
 */
final class Indexing {
    private Indexing() {
    }

    /** A resolved subscript: the result shape and the source position of each result element. */
    record Resolved(int[] shape, int[] sources, boolean scalar) {
    }

    /** One dimension of the result from basic indexing: its source axis positions (or none for a new axis). */
    private record Basic(int sourceAxis, int[] positions) {
    }

    static Resolved resolve(NdArray a, List<Index> index) {
        int[] shape = a.shape();
        int nd = shape.length;
        // Expand the ellipsis and count the axes each item consumes.
        int consumed = 0;
        int ellipses = 0;
        boolean anyArray = false;
        for (Index ix : index) {
            if (ix instanceof Index.Array arr) {
                anyArray = true;
                consumed += arr.array().dtype() == DType.BOOL ? Math.max(arr.array().ndim(), 0) : 1;
            } else if (ix instanceof Index.Ellipsis) {
                ellipses++;
            } else if (!(ix instanceof Index.NewAxis)) {
                consumed++;
            }
        }
        if (ellipses > 1) {
            throw PyException.indexError("an index can only have a single ellipsis ('...')");
        }
        if (consumed > nd) {
            throw PyException.indexError("too many indices for array: array is " + nd + "-dimensional, but "
                    + consumed + " were indexed");
        }
        List<Index> items = new ArrayList<>();
        for (Index ix : index) {
            if (ix instanceof Index.Ellipsis) {
                for (int k = 0; k < nd - consumed; k++) {
                    items.add(Index.all());
                }
            } else {
                items.add(ix);
            }
        }
        if (ellipses == 0) {
            for (int k = consumed; k < nd; k++) {
                items.add(Index.all());
            }
        }

        // Walk the items: basic ones become result dimensions, advanced ones index arrays per source axis.
        List<Basic> basics = new ArrayList<>();
        List<int[]> advAxes = new ArrayList<>(); // source axes of each advanced index array
        List<NdArray> advArrays = new ArrayList<>(); // int64 positions
        int firstAdvancedSlot = -1;
        int lastAdvancedSlot = -1;
        boolean adjacent = true;
        int basicBeforeAdvanced = 0;
        int axis = 0;
        int slot = 0;
        for (Index ix : items) {
            boolean advanced = ix instanceof Index.Array || (anyArray && ix instanceof Index.At);
            if (advanced) {
                if (firstAdvancedSlot < 0) {
                    firstAdvancedSlot = slot;
                    basicBeforeAdvanced = basics.size();
                } else if (lastAdvancedSlot != slot - 1) {
                    adjacent = false;
                }
                lastAdvancedSlot = slot;
            }
            if (ix instanceof Index.At at) {
                int p = position(at.index(), shape[axis], axis);
                if (anyArray) {
                    advAxes.add(new int[] {axis});
                    advArrays.add(NdArray.scalar(DType.INT64, p));
                }
                // without arrays an int simply removes the axis; its position enters through fixed offsets
                if (!anyArray) {
                    basics.add(new Basic(axis, new int[] {p}));
                    basics.set(basics.size() - 1, new Basic(-1 - axis, new int[] {p}));
                }
                axis++;
            } else if (ix instanceof Index.Slice s) {
                basics.add(new Basic(axis, slicePositions(s, shape[axis])));
                axis++;
            } else if (ix instanceof Index.NewAxis) {
                basics.add(new Basic(Integer.MIN_VALUE, new int[] {0}));
            } else if (ix instanceof Index.Array arr) {
                NdArray idx = arr.array();
                if (idx.dtype() == DType.BOOL) {
                    int k = idx.ndim();
                    int[] maskShape = idx.shape();
                    for (int d = 0; d < k; d++) {
                        if (maskShape[d] != shape[axis + d]) {
                            throw PyException.indexError("boolean index did not match indexed array along axis "
                                    + (axis + d) + "; size of axis is " + shape[axis + d]
                                    + " but size of corresponding boolean axis is " + maskShape[d]);
                        }
                    }
                    // a k-d mask is k integer arrays of the positions where it is True
                    int count = 0;
                    for (double v : idx.data()) {
                        if (v != 0) {
                            count++;
                        }
                    }
                    int[] maskStrides = Shapes.strides(maskShape);
                    for (int d = 0; d < k; d++) {
                        double[] pos = new double[count];
                        int c = 0;
                        double[] m = idx.data();
                        for (int i = 0; i < m.length; i++) {
                            if (m[i] != 0) {
                                pos[c++] = (i / maskStrides[d]) % maskShape[d];
                            }
                        }
                        advAxes.add(new int[] {axis + d});
                        advArrays.add(new NdArray(DType.INT64, new int[] {count}, pos));
                    }
                    axis += k;
                } else {
                    if (idx.dtype().isFloat()) {
                        throw PyException.indexError("arrays used as indices must be of integer (or boolean) type");
                    }
                    double[] p = idx.data().clone();
                    for (int i = 0; i < p.length; i++) {
                        p[i] = position((long) p[i], shape[axis], axis);
                    }
                    advAxes.add(new int[] {axis});
                    advArrays.add(new NdArray(DType.INT64, idx.shape(), p));
                    axis++;
                }
            }
            slot++;
        }

        int[] strides = Shapes.strides(shape);
        // Fixed offset from ints in pure basic indexing.
        int fixed = 0;
        List<Basic> dims = new ArrayList<>();
        for (Basic b : basics) {
            if (b.sourceAxis() < 0 && b.sourceAxis() != Integer.MIN_VALUE) {
                fixed += b.positions()[0] * strides[-1 - b.sourceAxis()];
            } else {
                dims.add(b);
            }
        }
        boolean scalar = !anyArray && dims.isEmpty() && index.stream().noneMatch(i -> i instanceof Index.Ellipsis);

        int[] advShape = new int[0];
        int[][] advMaps = null;
        if (!advArrays.isEmpty()) {
            int[][] shapes = new int[advArrays.size()][];
            for (int i = 0; i < shapes.length; i++) {
                shapes[i] = advArrays.get(i).shape();
            }
            try {
                advShape = Shapes.broadcast(shapes);
            } catch (PyException e) {
                StringBuilder msg = new StringBuilder("shape mismatch: indexing arrays could not be broadcast "
                        + "together with shapes ");
                for (int[] s : shapes) {
                    msg.append(Shapes.compact(s)).append(' ');
                }
                throw PyException.indexError(msg.toString());
            }
            advMaps = new int[advArrays.size()][];
            for (int i = 0; i < advMaps.length; i++) {
                advMaps[i] = Shapes.broadcastIndex(shapes[i], advShape);
            }
        }
        int advPlace = advArrays.isEmpty() ? -1 : (adjacent ? countBasicDimsBefore(basics, basicBeforeAdvanced) : 0);

        // Result shape.
        List<Integer> outShape = new ArrayList<>();
        for (int i = 0; i <= dims.size(); i++) {
            if (i == advPlace) {
                for (int d : advShape) {
                    outShape.add(d);
                }
            }
            if (i < dims.size()) {
                outShape.add(dims.get(i).positions().length);
            }
        }
        int[] result = new int[outShape.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = outShape.get(i);
        }
        int n = Shapes.size(result);
        int[] sources = new int[n];
        int advSize = Shapes.size(advShape);
        int[] counter = new int[result.length];
        for (int e = 0; e < n; e++) {
            int pos = fixed;
            int r = 0;
            for (int i = 0; i <= dims.size(); i++) {
                if (i == advPlace) {
                    int advFlat = 0;
                    for (int d = 0; d < advShape.length; d++) {
                        advFlat = advFlat * advShape[d] + counter[r + d];
                    }
                    for (int k = 0; k < advArrays.size(); k++) {
                        double p = advArrays.get(k).data()[advMaps[k][advFlat]];
                        pos += (int) p * strides[advAxes.get(k)[0]];
                    }
                    r += advShape.length;
                }
                if (i < dims.size()) {
                    Basic b = dims.get(i);
                    if (b.sourceAxis() != Integer.MIN_VALUE) {
                        pos += b.positions()[counter[r]] * strides[b.sourceAxis()];
                    }
                    r++;
                }
            }
            sources[e] = pos;
            for (int ax = result.length - 1; ax >= 0; ax--) {
                if (++counter[ax] < result[ax]) {
                    break;
                }
                counter[ax] = 0;
            }
        }
        if (advSize == 0 && !advArrays.isEmpty()) {
            sources = new int[0];
        }
        return new Resolved(result, sources, scalar);
    }

    private static int countBasicDimsBefore(List<Basic> basics, int upTo) {
        int count = 0;
        for (int i = 0; i < upTo; i++) {
            int ax = basics.get(i).sourceAxis();
            if (ax >= 0 || ax == Integer.MIN_VALUE) {
                count++;
            }
        }
        return count;
    }

    /**
     * A position made non-negative and checked.
     *
     * @throws PyException {@code IndexError: index 5 is out of bounds for axis 0 with size 3}
     */
    static int position(long index, int size, int axis) {
        if (index < -size || index >= size) {
            throw PyException.indexError("index " + index + " is out of bounds for axis " + axis + " with size "
                    + size);
        }
        return (int) (index < 0 ? index + size : index);
    }

    /** Python's slice.indices: the positions a slice selects along an axis of {@code size}. */
    static int[] slicePositions(Index.Slice s, int size) {
        long step = s.step() == null ? 1 : s.step();
        if (step == 0) {
            throw PyException.valueError("slice step cannot be zero");
        }
        long start;
        long stop;
        if (step > 0) {
            start = s.start() == null ? 0 : clamp(s.start(), size, 0, size);
            stop = s.stop() == null ? size : clamp(s.stop(), size, 0, size);
        } else {
            start = s.start() == null ? size - 1 : clamp(s.start(), size, -1, size - 1);
            stop = s.stop() == null ? -1 : clamp(s.stop(), size, -1, size - 1);
        }
        List<Integer> out = new ArrayList<>();
        if (step > 0) {
            for (long i = start; i < stop; i += step) {
                out.add((int) i);
            }
        } else {
            for (long i = start; i > stop; i += step) {
                out.add((int) i);
            }
        }
        int[] r = new int[out.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = out.get(i);
        }
        return r;
    }

    private static long clamp(long v, int size, long lo, long hi) {
        if (v < 0) {
            v += size;
        }
        return Math.max(lo, Math.min(hi, v));
    }

    /** {@code x[index]}: an array, or (when only ints index every axis) a 0-d array the caller shows as a scalar. */
    static NdArray get(NdArray a, List<Index> index) {
        Resolved r = resolve(a, index);
        double[] d = a.data();
        double[] out = new double[r.sources().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = d[r.sources()[i]];
        }
        return new NdArray(a.dtype(), r.shape(), out);
    }

    /**
     * {@code x[index] = value}: the value broadcast to the selected shape and cast to the array's type.
     *
     * @throws PyException {@code ValueError: could not broadcast input array from shape (2,) into shape (3,)}
     */
    static void set(NdArray a, List<Index> index, NdArray value) {
        Resolved r = resolve(a, index);
        int[] target = r.shape();
        int[] vs = value.shape();
        int[] map;
        try {
            int[] b = Shapes.broadcast(vs, target);
            if (!java.util.Arrays.equals(b, target)) {
                throw PyException.valueError("");
            }
            map = Shapes.broadcastIndex(vs, target);
        } catch (PyException e) {
            throw PyException.valueError("could not broadcast input array from shape " + Shapes.compact(vs)
                    + " into shape " + Shapes.compact(target));
        }
        double[] d = a.data();
        double[] v = value.data();
        for (int i = 0; i < r.sources().length; i++) {
            d[r.sources()[i]] = a.dtype().cast(v[map[i]]);
        }
    }
}
