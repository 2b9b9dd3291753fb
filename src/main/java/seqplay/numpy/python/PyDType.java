package seqplay.numpy.python;

import seqplay.lang.runtime.Op;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyObject;
import seqplay.lang.runtime.PyType;
import seqplay.numpy.DType;

/** {@code x.dtype}: prints as {@code float64}, repr {@code dtype('float64')}, equal to {@code 'float64'}. */
public final class PyDType implements PyObject {
    static final PyType TYPE = PyType.builder("dtype", "numpy", PyDType.class)
            .property("name", d -> d.dtype.pythonName())
            .build();

    private final DType dtype;

    public PyDType(DType dtype) {
        this.dtype = dtype;
    }

    public DType dtype() {
        return dtype;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String str() {
        return dtype.pythonName();
    }

    @Override
    public String repr() {
        return "dtype('" + dtype.pythonName() + "')";
    }

    @Override
    public long hash() {
        return dtype.hashCode();
    }

    @Override
    public Object binaryOp(Op op, Object other, boolean reflected) {
        if (op != Op.EQ && op != Op.NE) {
            return Py.NOT_IMPLEMENTED;
        }
        boolean equal;
        try {
            equal = Convert.dtype(other) == dtype;
        } catch (seqplay.errors.PyException e) {
            equal = false;
        }
        return op == Op.EQ ? equal : !equal;
    }
}
