package seqplay.numpy.python;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import seqplay.errors.PyException;
import seqplay.lang.runtime.Op;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyList;
import seqplay.lang.runtime.PyObject;
import seqplay.lang.runtime.PyTuple;
import seqplay.lang.runtime.PyType;
import seqplay.numpy.DType;
import seqplay.numpy.Index;
import seqplay.numpy.NdArray;
import seqplay.numpy.Numpy;
import seqplay.numpy.Reductions;
import seqplay.numpy.Ufuncs;

/**
 * {@code numpy.ndarray} as Python sees it: attributes, methods, operators, indexing and printing over an
 * {@link NdArray}.
 *
 * <pre>{@code
 * x = np.array([[1., 2.], [3., 4.]])
 * x.shape, x.T, x[:, 0], x[x > 2], x @ x, x.mean(axis=0)
 * }</pre>
 */
public final class PyArray implements PyObject {
    private static final String AXIS_KEEP = "(self, axis=None, dtype=None, out=None, keepdims=False)";

    static final PyType TYPE = PyType.builder("ndarray", "numpy", PyArray.class)
            .property("shape", self -> shapeTuple(self.array.shape()))
            .property("ndim", self -> (long) self.array.ndim())
            .property("size", self -> (long) self.array.size())
            .property("dtype", self -> new PyDType(self.array.dtype()))
            .property("T", self -> Convert.wrap(self.array.transpose()))
            .method("reshape", "ndarray.reshape(self, *shape)",
                    (self, a) -> Convert.wrap(self.array.reshape(Convert.shapeArgs((PyTuple) a[1]))))
            .method("astype", "ndarray.astype(self, dtype)",
                    (self, a) -> Convert.wrap(self.array.astype(Convert.dtype(a[1]))))
            .method("flatten", "ndarray.flatten(self)", (self, a) -> Convert.wrap(self.array.flatten()))
            .method("ravel", "ndarray.ravel(self)", (self, a) -> Convert.wrap(self.array.flatten()))
            .method("copy", "ndarray.copy(self)", (self, a) -> Convert.wrap(self.array.copy()))
            .method("tolist", "ndarray.tolist(self)", (self, a) -> toPythonList(self.array.tolist()))
            .method("item", "ndarray.item(self, *args)", (self, a) -> self.item((PyTuple) a[1]))
            .method("transpose", "ndarray.transpose(self, *axes)", (self, a) -> self.transposeArgs((PyTuple) a[1]))
            .method("sum", "ndarray.sum" + AXIS_KEEP, (self, a) -> Convert.result(
                    Reductions.reduce(Reductions.Kind.SUM, self.array, Convert.axis(a[1]), Py.truthy(a[4]))))
            .method("prod", "ndarray.prod" + AXIS_KEEP, (self, a) -> Convert.result(
                    Reductions.reduce(Reductions.Kind.PROD, self.array, Convert.axis(a[1]), Py.truthy(a[4]))))
            .method("mean", "ndarray.mean" + AXIS_KEEP, (self, a) -> Convert.result(
                    Reductions.mean(self.array, Convert.axis(a[1]), Py.truthy(a[4]))))
            .method("std", "ndarray.std(self, axis=None, dtype=None, out=None, ddof=0, keepdims=False)",
                    (self, a) -> Convert.result(Reductions.std(self.array, Convert.axis(a[1]), Py.toInt(a[4]),
                            Py.truthy(a[5]))))
            .method("var", "ndarray.var(self, axis=None, dtype=None, out=None, ddof=0, keepdims=False)",
                    (self, a) -> Convert.result(Reductions.var(self.array, Convert.axis(a[1]), Py.toInt(a[4]),
                            Py.truthy(a[5]))))
            .method("min", "ndarray.min(self, axis=None, out=None, keepdims=False)", (self, a) -> Convert.result(
                    Reductions.reduce(Reductions.Kind.MIN, self.array, Convert.axis(a[1]), Py.truthy(a[3]))))
            .method("max", "ndarray.max(self, axis=None, out=None, keepdims=False)", (self, a) -> Convert.result(
                    Reductions.reduce(Reductions.Kind.MAX, self.array, Convert.axis(a[1]), Py.truthy(a[3]))))
            .method("all", "ndarray.all(self, axis=None, out=None, keepdims=False)", (self, a) -> Convert.result(
                    Reductions.reduce(Reductions.Kind.ALL, self.array, Convert.axis(a[1]), Py.truthy(a[3]))))
            .method("any", "ndarray.any(self, axis=None, out=None, keepdims=False)", (self, a) -> Convert.result(
                    Reductions.reduce(Reductions.Kind.ANY, self.array, Convert.axis(a[1]), Py.truthy(a[3]))))
            .method("argmax", "ndarray.argmax(self, axis=None, out=None, keepdims=False)",
                    (self, a) -> Convert.result(Reductions.arg(true, self.array, Convert.axis(a[1]),
                            Py.truthy(a[3]))))
            .method("argmin", "ndarray.argmin(self, axis=None, out=None, keepdims=False)",
                    (self, a) -> Convert.result(Reductions.arg(false, self.array, Convert.axis(a[1]),
                            Py.truthy(a[3]))))
            .method("round", "ndarray.round(self, decimals=0, out=None)",
                    (self, a) -> Convert.wrap(Numpy.round(self.array, Py.toInt(a[1]))))
            .method("clip", "ndarray.clip(self, min=None, max=None)",
                    (self, a) -> Convert.wrap(Numpy.clip(self.array, bound(a[1]), bound(a[2]))))
            .method("cumsum", "ndarray.cumsum(self, axis=None)",
                    (self, a) -> Convert.wrap(Numpy.cumsum(self.array, Convert.axis(a[1]))))
            .method("argsort", "ndarray.argsort(self, axis=-1)",
                    (self, a) -> Convert.wrap(Numpy.argsort(self.array, Convert.axis(a[1]))))
            .method("sort", "ndarray.sort(self, axis=-1)", (self, a) -> {
                NdArray sorted = Numpy.sort(self.array, Convert.axis(a[1]));
                System.arraycopy(sorted.data(), 0, self.array.data(), 0, sorted.size());
                return Py.NONE;
            })
            .method("squeeze", "ndarray.squeeze(self, axis=None)",
                    (self, a) -> Convert.wrap(Numpy.squeeze(self.array, Convert.axis(a[1]))))
            .method("dot", "ndarray.dot(self, b)",
                    (self, a) -> Convert.result(Numpy.dot(self.array, Convert.toArray(a[1]))))
            .method("fill", "ndarray.fill(self, value)", (self, a) -> {
                java.util.Arrays.fill(self.array.data(), self.array.dtype().cast(Py.toDouble(a[1])));
                return Py.NONE;
            })
            .build();

    private final NdArray array;

    public PyArray(NdArray array) {
        this.array = array;
    }

    /** The array (shared, not copied). */
    public NdArray array() {
        return array;
    }

    static Double bound(Object v) {
        return v == Py.NONE ? null : Py.toDouble(v);
    }

    static PyTuple shapeTuple(int[] shape) {
        List<Object> dims = new ArrayList<>();
        for (int d : shape) {
            dims.add((long) d);
        }
        return new PyTuple(dims);
    }

    /** {@code tolist()}'s nested Java lists as Python lists. */
    static Object toPythonList(Object o) {
        if (o instanceof List<?> l) {
            PyList out = new PyList();
            for (Object item : l) {
                out.append(toPythonList(item));
            }
            return out;
        }
        return o;
    }

    private Object item(PyTuple args) {
        if (args.size() == 0) {
            return array.item();
        }
        if (args.size() == 1) {
            return array.item(Py.toInt(args.get(0)));
        }
        List<Index> ix = new ArrayList<>();
        for (Object o : args.items()) {
            ix.add(new Index.At(Py.toInt(o)));
        }
        Object v = array.getItem(ix);
        return v instanceof seqplay.numpy.NpScalar s ? s.item() : v;
    }

    private Object transposeArgs(PyTuple args) {
        if (args.size() == 0) {
            return Convert.wrap(array.transpose());
        }
        return Convert.wrap(array.transpose(Convert.shapeArgs(args)));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String str() {
        return array.str();
    }

    @Override
    public String repr() {
        return array.repr();
    }

    @Override
    public String format(String spec) {
        if (array.ndim() == 0) {
            return Py.format(Convert.toPython(array.scalarAt(0)), spec);
        }
        if (spec.isEmpty()) {
            return str();
        }
        throw Py.typeError("unsupported format string passed to numpy.ndarray.__format__");
    }

    @Override
    public long hash() {
        throw Py.typeError("unhashable type: 'numpy.ndarray'");
    }

    @Override
    public boolean truthy() {
        return array.truth();
    }

    @Override
    public int length() {
        return array.len();
    }

    @Override
    public Iterator<Object> iterator() {
        if (array.ndim() == 0) {
            throw Py.typeError("iteration over a 0-d array");
        }
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < array.len();
            }

            @Override
            public Object next() {
                return element(array.getItem(List.of(new Index.At(i++))));
            }
        };
    }

    private static Object element(Object v) {
        return v instanceof seqplay.numpy.NpScalar s ? Convert.toPython(s) : Convert.wrap((NdArray) v);
    }

    @Override
    public Object getItem(Object key) {
        return element(array.getItem(Convert.index(key)));
    }

    @Override
    public void setItem(Object key, Object value) {
        array.set(Convert.index(key), Convert.toArray(value));
    }

    @Override
    public boolean contains(Object item) {
        NdArray eq = Ufuncs.apply(Ufuncs.Op.EQUAL, Ufuncs.Operand.of(array), Convert.operand(item));
        for (double v : eq.data()) {
            if (v != 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object binaryOp(Op op, Object other, boolean reflected) {
        if (other instanceof String text) {
            return withText(op, text, reflected);
        }
        if (!Convert.isArrayLike(other)) {
            return Py.NOT_IMPLEMENTED;
        }
        Ufuncs.Operand self = Ufuncs.Operand.of(array);
        Ufuncs.Operand o = Convert.operand(other);
        return applyBinary(op, reflected ? o : self, reflected ? self : o);
    }

    /**
     * A number array with a str: numpy turns the str into a {@code <U} array, so {@code ==}/{@code !=} compare
     * element-wise (all False/all True, numpy >= 1.25) and arithmetic finds no ufunc loop. The texts are numpy's
     * (checked against numpy 1.24 and 2.4, which agree on them, except where noted).
     */
    private Object withText(Op op, String text, boolean reflected) {
        if (op == Op.EQ || op == Op.NE) {
            NdArray out = Numpy.full(array.shape(), op == Op.NE ? 1.0 : 0.0, DType.BOOL);
            return Convert.result(out);
        }
        String self = "dtype('" + array.dtype().pythonName() + "')";
        String str = "dtype('<U" + Math.max(1, text.codePointCount(0, text.length())) + "')";
        String ufunc;
        boolean noLoop = false;
        switch (op) {
            case ADD: ufunc = "add"; noLoop = true; break;
            case SUB: ufunc = "subtract"; noLoop = true; break;
            case MATMUL: ufunc = "matmul"; noLoop = true; break;
            case MUL:
                if (array.dtype() == DType.INT64) {
                    // numpy 2's string multiply ufunc takes the int/str pair and then asks for out= (2.4 checked)
                    throw Py.typeError("The 'out' kwarg is necessary when using the string multiply ufunc directly."
                            + " Use numpy.strings.multiply to multiply strings without specifying 'out'.");
                }
                ufunc = "multiply";
                noLoop = true;
                break;
            case TRUEDIV: ufunc = "divide"; break;
            case FLOORDIV: ufunc = "floor_divide"; break;
            case MOD: ufunc = "remainder"; break;
            case POW: ufunc = "power"; break;
            case AND: ufunc = "bitwise_and"; break;
            case OR: ufunc = "bitwise_or"; break;
            case XOR: ufunc = "bitwise_xor"; break;
            case LT: ufunc = "less"; break;
            case LE: ufunc = "less_equal"; break;
            case GT: ufunc = "greater"; break;
            case GE: ufunc = "greater_equal"; break;
            default:
                return Py.NOT_IMPLEMENTED;
        }
        if (op == Op.LT || op == Op.LE || op == Op.GT || op == Op.GE) {
            // numpy 2 has string comparison loops, so the search fails on the DType classes (2.4 checked;
            // numpy 1.x raised Python's "'>' not supported between instances")
            String cls = "<class 'numpy.dtypes." + dtypeClass(array.dtype()) + "'>";
            String strClass = "<class 'numpy.dtypes.StrDType'>";
            String pair = reflected ? strClass + ", " + cls : cls + ", " + strClass;
            throw new PyException("numpy._core._exceptions._UFuncNoLoopError", "ufunc '" + ufunc
                    + "' did not contain a loop with signature matching types (" + pair + ") -> None");
        }
        if (noLoop) {
            String pair = reflected ? str + ", " + self : self + ", " + str;
            throw new PyException("numpy._core._exceptions._UFuncNoLoopError", "ufunc '" + ufunc
                    + "' did not contain a loop with signature matching types (" + pair + ") -> None");
        }
        throw Py.typeError("ufunc '" + ufunc + "' not supported for the input types, and the inputs could not be"
                + " safely coerced to any supported types according to the casting rule ''safe''");
    }

    private static String dtypeClass(DType t) {
        switch (t) {
            case BOOL: return "BoolDType";
            case INT64: return "Int64DType";
            case FLOAT32: return "Float32DType";
            default: return "Float64DType";
        }
    }

    /** {@code a op b} for numpy operands; {@code @} included; 0-d results become scalars. */
    static Object applyBinary(Op op, Ufuncs.Operand a, Ufuncs.Operand b) {
        if (op == Op.MATMUL) {
            return Convert.result(Numpy.matmul(a.array(), b.array()));
        }
        Ufuncs.Op u;
        switch (op) {
            case ADD: u = Ufuncs.Op.ADD; break;
            case SUB: u = Ufuncs.Op.SUBTRACT; break;
            case MUL: u = Ufuncs.Op.MULTIPLY; break;
            case TRUEDIV: u = Ufuncs.Op.TRUE_DIVIDE; break;
            case FLOORDIV: u = Ufuncs.Op.FLOOR_DIVIDE; break;
            case MOD: u = Ufuncs.Op.REMAINDER; break;
            case POW: u = Ufuncs.Op.POWER; break;
            case LT: u = Ufuncs.Op.LESS; break;
            case LE: u = Ufuncs.Op.LESS_EQUAL; break;
            case EQ: u = Ufuncs.Op.EQUAL; break;
            case NE: u = Ufuncs.Op.NOT_EQUAL; break;
            case GT: u = Ufuncs.Op.GREATER; break;
            case GE: u = Ufuncs.Op.GREATER_EQUAL; break;
            case AND: u = Ufuncs.Op.LOGICAL_AND; break;
            case OR: u = Ufuncs.Op.LOGICAL_OR; break;
            case XOR: u = Ufuncs.Op.LOGICAL_XOR; break;
            default:
                return Py.NOT_IMPLEMENTED;
        }
        return Convert.result(Ufuncs.apply(u, a, b));
    }

    @Override
    public Object unaryOp(String op) {
        switch (op) {
            case "-":
                return Convert.result(Ufuncs.apply(Ufuncs.Fn.NEGATIVE, array));
            case "+":
                return Convert.wrap(array.copy());
            case "abs":
                return Convert.result(Ufuncs.apply(Ufuncs.Fn.ABSOLUTE, array));
            case "~":
                if (array.dtype() == DType.BOOL) {
                    return Convert.result(Ufuncs.apply(Ufuncs.Fn.LOGICAL_NOT, array));
                }
                if (array.dtype() == DType.INT64) {
                    // ~x == -x - 1 for two's-complement ints
                    return Convert.result(Ufuncs.apply(Ufuncs.Op.SUBTRACT, Ufuncs.apply(Ufuncs.Fn.NEGATIVE, array),
                            NdArray.scalar(DType.INT64, 1)));
                }
                throw Py.typeError("ufunc 'invert' not supported for the input types, and the inputs could not be "
                        + "safely coerced to any supported types according to the casting rule ''safe''");
            case "float":
            case "int":
            case "round":
                if (array.size() != 1) {
                    if (op.equals("round")) {
                        return Convert.wrap(Numpy.round(array, 0));
                    }
                    throw Py.typeError("only length-1 arrays can be converted to Python scalars");
                }
                double v = array.flat(0);
                if (op.equals("float")) {
                    return v;
                }
                if (v != v) {
                    throw Py.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(v)) {
                    throw Py.overflow("cannot convert float infinity to integer");
                }
                java.math.BigInteger i = op.equals("int") ? seqplay.format.PyFloat.truncToBigInteger(v)
                        : seqplay.format.PyFloat.roundToInteger(v);
                return i.bitLength() < 63 ? (Object) i.longValue() : i;
            default:
                return Py.NOT_IMPLEMENTED;
        }
    }

    @Override
    public String toString() {
        return repr();
    }
}
