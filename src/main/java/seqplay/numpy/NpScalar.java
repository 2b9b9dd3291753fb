package seqplay.numpy;

import seqplay.format.PyFloat;

/**
 * A numpy scalar such as {@code np.float64(0.5)}: what a full reduction ({@code x.mean()}) or an element
 * ({@code x[0, 1]}) gives back.
 *
 * <p>numpy note: Colab ships numpy 2.0.2 (googlecolab/colabtools#5115, #5390), whose scalars print their type in
 * {@code repr} ({@code np.float64(0.5)}, {@code np.int64(3)}, {@code np.True_}) while {@code str} and
 * {@code print} show the plain value ({@code 0.5}). {@code np.float64} is a subclass of Python's float, so
 * arithmetic with Python numbers behaves as with floats.
 *
 * <pre>{@code
 * m = np.array([1.0, 2.0]).mean()
 * print(m)        # 1.5
 * m               # np.float64(1.5)
 * }</pre>
 *
 * @param dtype the scalar's type
 * @param value its value (an integer for int64, 0 or 1 for bool, float32-rounded for float32)
 */
public record NpScalar(DType dtype, double value) {

    /** {@code str(x)}: the value as Python prints it. */
    public String str() {
        switch (dtype) {
            case BOOL:
                return value != 0 ? "True" : "False";
            case INT64:
                return IntText.of(value);
            case FLOAT32:
                return PyFloat.reprFloat32(value);
            default:
                return PyFloat.repr(value);
        }
    }

    /** The Python repr; a record's own toString would bring the JDK's double printing into the browser builds. */
    @Override
    public String toString() {
        return repr();
    }

    /** {@code repr(x)} in numpy 2: {@code np.float64(0.5)}, {@code np.int64(3)}, {@code np.True_}. */
    public String repr() {
        if (dtype == DType.BOOL) {
            return value != 0 ? "np.True_" : "np.False_";
        }
        return "np." + dtype.pythonName() + "(" + str() + ")";
    }

    /** The value as a Java object standing for the Python one: Double, Long or Boolean ({@code x.item()}). */
    public Object item() {
        switch (dtype) {
            case BOOL:
                return value != 0;
            case INT64:
                return (long) value;
            default:
                return value;
        }
    }
}
