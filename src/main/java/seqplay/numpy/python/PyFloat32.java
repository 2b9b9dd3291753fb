package seqplay.numpy.python;

import seqplay.format.PyFloat;
import seqplay.format.PyFormat;
import seqplay.lang.runtime.Op;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyObject;
import seqplay.lang.runtime.PyType;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;
import seqplay.numpy.NpScalar;
import seqplay.numpy.Ufuncs;

/**
 * {@code np.float32}, the scalar an element of Keras' predictions is: it prints with float32's shortest digits
 * ({@code 0.53087276}), {@code repr} gives {@code np.float32(0.53087276)}, and arithmetic with Python numbers stays
 * float32 (numpy 2's weak scalars).
 */
public final class PyFloat32 implements PyObject {
    static final PyType TYPE = PyType.builder("float32", "numpy", PyFloat32.class)
            .method("item", "float32.item(self)", (self, a) -> self.value)
            .property("dtype", self -> new PyDType(DType.FLOAT32))
            .build();

    private final double value;

    /** @param value a value already rounded to float32 */
    public PyFloat32(double value) {
        this.value = value;
    }

    public double value() {
        return value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String str() {
        return PyFloat.reprFloat32(value);
    }

    @Override
    public String repr() {
        return new NpScalar(DType.FLOAT32, value).repr();
    }

    @Override
    public String format(String spec) {
        return spec.isEmpty() ? str() : PyFormat.format(value, spec);
    }

    @Override
    public long hash() {
        return Py.hash(value);
    }

    @Override
    public boolean truthy() {
        return value != 0;
    }

    @Override
    public Object binaryOp(Op op, Object other, boolean reflected) {
        if (!Convert.isArrayLike(other)) {
            return Py.NOT_IMPLEMENTED;
        }
        Ufuncs.Operand self = Ufuncs.Operand.of(NdArray.scalar(DType.FLOAT32, value));
        Ufuncs.Operand o = Convert.operand(other);
        Object r = PyArray.applyBinary(op, reflected ? o : self, reflected ? self : o);
        return r;
    }

    @Override
    public Object unaryOp(String op) {
        switch (op) {
            case "float":
                return value;
            case "int":
                if (value != value) {
                    throw Py.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(value)) {
                    throw Py.overflow("cannot convert float infinity to integer");
                }
                return PyFloat.truncToBigInteger(value).longValue();
            case "round":
                return PyFloat.roundToInteger(value).longValue();
            case "-":
                return new PyFloat32(PyFloat.negate(value));
            case "+":
                return this;
            case "abs":
                return new PyFloat32(Math.abs(value));
            default:
                return Py.NOT_IMPLEMENTED;
        }
    }
}
