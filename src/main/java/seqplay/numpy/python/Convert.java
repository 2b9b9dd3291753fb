package seqplay.numpy.python;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import seqplay.errors.PyException;
import seqplay.lang.runtime.BuiltinTypes;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PySequence;
import seqplay.lang.runtime.PySlice;
import seqplay.lang.runtime.PyTuple;
import seqplay.lang.runtime.PyType;
import seqplay.numpy.DType;
import seqplay.numpy.Index;
import seqplay.numpy.NdArray;
import seqplay.numpy.NpScalar;
import seqplay.numpy.Numpy;
import seqplay.numpy.Ufuncs;

/**
 * Conversions between Python values and the numpy core, for every binding that accepts array-like arguments
 * (numpy itself, Keras' fit/predict, pandas, sklearn).
 *
 * <pre>{@code
 * NdArray x = Convert.toArray(args[1]);       // an ndarray, a (nested) list or tuple, or a number
 * return Convert.wrap(prediction);            // back to Python as a numpy.ndarray
 * }</pre>
 */
public final class Convert {
    private Convert() {
    }

    /** A numpy array as a Python value. */
    public static PyArray wrap(NdArray a) {
        return new PyArray(a);
    }

    /**
     * {@code np.asarray(value)}: the array behind an ndarray (not copied), or a new array from lists, tuples,
     * numbers and numpy scalars.
     */
    public static NdArray toArray(Object value) {
        if (value instanceof PyArray p) {
            return p.array();
        }
        if (value instanceof ArrayLike a) {
            return a.asNdArray();
        }
        return Numpy.asarray(toJava(value));
    }

    /** A Python value as the Java values {@link Numpy#asarray} reads: nested Lists of Long/Double/Boolean. */
    static Object toJava(Object value) {
        if (value instanceof PyArray p) {
            return p.array();
        }
        if (value instanceof ArrayLike a) {
            return a.asNdArray();
        }
        if (value instanceof PyFloat32 f) {
            return new NpScalar(DType.FLOAT32, f.value());
        }
        if (value instanceof seqplay.lang.runtime.PyRange r) {
            // np.array(range(1, 11)) is np.arange(1, 11): int64, and refused past the size limit as arange is
            return Numpy.arange(r.start(), r.stop(), r.step(), DType.INT64);
        }
        if (value instanceof PySequence s) {
            List<Object> out = new ArrayList<>();
            for (Object item : s.items()) {
                out.add(toJava(item));
            }
            return out;
        }
        if (value instanceof Long || value instanceof Double || value instanceof Boolean
                || value instanceof BigInteger) {
            return value;
        }
        if (value instanceof String s) {
            throw PyException.typeError("numpy arrays of strings are not supported in the playground: "
                    + Py.repr(s));
        }
        throw PyException.typeError("cannot make a numpy array from a '" + Py.typeName(value) + "' object");
    }

    /** An operand of an arithmetic operator: Python numbers stay weak (numpy 2's NEP 50 rules). */
    static Ufuncs.Operand operand(Object value) {
        if (value instanceof Boolean b) {
            return Ufuncs.Operand.pyBool(b);
        }
        if (value instanceof Long l) {
            return Ufuncs.Operand.pyInt(l);
        }
        if (value instanceof BigInteger b) {
            return new Ufuncs.Operand(NdArray.scalar(DType.INT64, b.doubleValue()), true);
        }
        if (value instanceof Double d) {
            return Ufuncs.Operand.pyFloat(d);
        }
        return Ufuncs.Operand.of(toArray(value));
    }

    /** Whether a value can take part in numpy arithmetic. */
    static boolean isArrayLike(Object value) {
        return value instanceof PyArray || value instanceof PyFloat32 || value instanceof PySequence
                || value instanceof Long || value instanceof Double || value instanceof Boolean
                || value instanceof BigInteger;
    }

    /**
     * A numpy scalar as Python sees it: float64 as a Python float, int64 as an int, bool as a bool (numpy note:
     * numpy 2 prints these as {@code np.float64(0.5)} in a repr; {@code print} shows the same text), and float32
     * as a {@link PyFloat32} that prints with float32 digits.
     */
    public static Object toPython(NpScalar s) {
        switch (s.dtype()) {
            case FLOAT32:
                return new PyFloat32(s.value());
            case FLOAT64:
                return s.value();
            case INT64:
                return (long) s.value();
            default:
                return s.value() != 0;
        }
    }

    /** A reduction's 0-d result as a scalar, any other result as an array. */
    static Object result(NdArray a) {
        return a.ndim() == 0 ? toPython(a.scalarAt(0)) : wrap(a);
    }

    /**
     * A {@code dtype=} argument: a string ({@code 'float32'}), {@code np.float32}, {@code float}, {@code int},
     * {@code bool}, or an array's {@code dtype}; {@code None} gives {@code null}.
     */
    public static DType dtype(Object value) {
        if (value == Py.NONE) {
            return null;
        }
        if (value instanceof String s) {
            return DType.parse(s);
        }
        if (value instanceof PyDType d) {
            return d.dtype();
        }
        if (value instanceof PyScalarType t) {
            if (t.dtype() == null) {
                // numpy 2.4's own texts (np.number is refused with the floating text, quotes and all)
                throw PyException.typeError(t.numpyName().equals("integer")
                        ? "Converting 'np.integer' or 'np.signedinteger' to a dtype is not allowed"
                        : "Converting `np.inexact` or `np.floating` to a dtype not allowed");
            }
            return t.dtype();
        }
        if (value == BuiltinTypes.FLOAT) {
            return DType.FLOAT64;
        }
        if (value == BuiltinTypes.INT) {
            return DType.INT64;
        }
        if (value == BuiltinTypes.BOOL) {
            return DType.BOOL;
        }
        if (value == BuiltinTypes.STR || value == BuiltinTypes.OBJECT) {
            // numpy understands these (a <U or object array); the playground's arrays hold numbers only
            throw PyException.typeError("numpy arrays of strings are not supported in the playground: dtype="
                    + ((PyType) value).name());
        }
        if (value instanceof PyType t) {
            throw PyException.typeError("data type " + Py.repr(t.name()) + " not understood");
        }
        throw PyException.typeError("data type " + Py.repr(Py.str(value)) + " not understood");
    }

    /** An {@code axis=} argument; {@code None} gives {@code null}. */
    static Integer axis(Object value) {
        if (value == Py.NONE) {
            return null;
        }
        if (value instanceof PyTuple t && t.size() == 1) {
            return Py.toInt(t.get(0));
        }
        if (value instanceof PyTuple) {
            throw PyException.typeError("a tuple of axes is not supported in the playground; reduce one axis at "
                    + "a time");
        }
        return Py.toInt(value);
    }

    /** A shape argument: an int or a tuple/list of ints. */
    static int[] shape(Object value) {
        if (value instanceof PySequence s) {
            int[] shape = new int[s.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = Py.toInt(s.get(i));
            }
            return shape;
        }
        return new int[] {Py.toInt(value)};
    }

    /** Shape arguments given either as one tuple ({@code reshape((2, 3))}) or spread ({@code reshape(2, 3)}). */
    static int[] shapeArgs(PyTuple args) {
        if (args.size() == 1 && (args.get(0) instanceof PySequence)) {
            return shape(args.get(0));
        }
        int[] shape = new int[args.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = Py.toInt(args.get(i));
        }
        return shape;
    }

    /** A subscript as numpy index items. */
    static List<Index> index(Object key) {
        List<Index> out = new ArrayList<>();
        if (key instanceof PyTuple t) {
            for (Object item : t.items()) {
                out.add(indexItem(item));
            }
        } else {
            out.add(indexItem(key));
        }
        return out;
    }

    private static Index indexItem(Object item) {
        if (item instanceof Long l) {
            return new Index.At(l);
        }
        if (item instanceof PySlice s) {
            return new Index.Slice(sliceBound(s.start()), sliceBound(s.stop()), sliceBound(s.step()));
        }
        if (item == Py.NONE) {
            return new Index.NewAxis();
        }
        if (item == Py.ELLIPSIS) {
            return new Index.Ellipsis();
        }
        if (item instanceof PyArray || item instanceof PySequence) {
            NdArray a = toArray(item);
            if (a.size() == 0 && a.dtype() == DType.FLOAT64) {
                a = a.astype(DType.INT64); // x[[]] selects nothing
            }
            return new Index.Array(a);
        }
        throw PyException.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and "
                + "integer or boolean arrays are valid indices");
    }

    private static Long sliceBound(Object v) {
        if (v == Py.NONE) {
            return null;
        }
        return Py.indexValue(v, "slice indices must be integers or None or have an __index__ method");
    }
}
