package seqplay.numpy.python;

import seqplay.lang.runtime.Args;
import seqplay.lang.runtime.Op;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyObject;
import seqplay.lang.runtime.PyType;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;

/**
 * A numpy scalar type such as {@code np.float32}: usable as {@code dtype=np.float32} and callable to convert
 * ({@code np.float32(0.1)}, {@code np.float32([1, 2])}). The abstract classes {@code np.number}, {@code np.integer}
 * and {@code np.floating} only select ({@code df.select_dtypes(include=np.number)}).
 */
public final class PyScalarType implements PyObject {
    static final PyType TYPE = PyType.builder("type", "builtins", PyScalarType.class).build();

    private final String name;
    private final DType dtype;

    PyScalarType(String name, DType dtype) {
        this.name = name;
        this.dtype = dtype;
    }

    /** The dtype it converts to, or null for the abstract classes ({@code np.number}, {@code np.integer}). */
    DType dtype() {
        return dtype;
    }

    /** numpy's name of the class: {@code float64}, {@code number}. */
    public String numpyName() {
        return name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<class 'numpy." + name + "'>";
    }

    @Override
    public Object call(Args args) {
        if (args.size() != 1 || args.hasKeywords()) {
            throw Py.typeError(name + "() takes exactly one argument (" + args.size() + " given)");
        }
        if (dtype == null) {
            throw Py.typeError("cannot create 'numpy." + name + "' instances");
        }
        Object v = args.get(0);
        if (v instanceof String s) {
            v = seqplay.format.PyFloat.parse(s);
        }
        NdArray a = Convert.toArray(v).astype(dtype);
        return Convert.result(a);
    }

    @Override
    public Object binaryOp(Op op, Object other, boolean reflected) {
        if (op == Op.EQ || op == Op.NE) {
            boolean equal = other == this || (other instanceof PyDType d && d.dtype() == dtype);
            return op == Op.EQ ? equal : !equal;
        }
        return Py.NOT_IMPLEMENTED;
    }
}
