package seqplay.numpy;

import seqplay.errors.PyException;

/**
 * The element types an {@link NdArray} can hold, with numpy's names and promotion rules.
 *
 * <p>Promotion between arrays follows {@code np.result_type}: bool &lt; int64 &lt; float64, float32 &lt; float64,
 * and int64 with float32 gives float64 (float32 cannot hold every int64). A Python scalar is "weak" (NEP 50,
 * numpy 2): it takes the array's type when its kind fits, so {@code float32_array * 2.0} stays float32 and
 * {@code int_array + 1} stays int64, while {@code int_array + 0.5} becomes float64.
 */
public enum DType {
    BOOL("bool"),
    INT64("int64"),
    FLOAT32("float32"),
    FLOAT64("float64");

    private final String pythonName;

    DType(String pythonName) {
        this.pythonName = pythonName;
    }

    /** numpy's name: {@code float64}, {@code int64}, {@code bool}, {@code float32}. */
    public String pythonName() {
        return pythonName;
    }

    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64;
    }

    public boolean isInteger() {
        return this == INT64;
    }

    /** {@code np.result_type(a, b)} for two arrays. */
    public static DType promote(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (a == BOOL) {
            return b;
        }
        if (b == BOOL) {
            return a;
        }
        return FLOAT64; // int64 with a float, or float32 with float64
    }

    /** The result type of an array of type {@code strong} with a Python scalar of kind {@code weak} (NEP 50). */
    public static DType promoteWeak(DType strong, DType weak) {
        switch (weak) {
            case BOOL:
                return strong;
            case INT64:
                return strong == BOOL ? INT64 : strong;
            default:
                return strong.isFloat() ? strong : FLOAT64;
        }
    }

    /**
     * The type named by a learner: {@code 'float32'}, {@code 'float'}, {@code 'int'}, {@code 'int64'},
     * {@code 'bool'}, numpy's short codes {@code 'f4' 'f8' 'i8'}.
     *
     * @throws PyException {@code TypeError: data type 'x' not understood}
     */
    public static DType parse(String name) {
        switch (name) {
            case "float64": case "float": case "f8": case "double": case "d": case "float_":
                return FLOAT64;
            case "float32": case "f4": case "single": case "f":
                return FLOAT32;
            case "int64": case "int": case "i8": case "int_": case "intp": case "long": case "l":
                return INT64;
            // numpy note: int32/int16/int8 arrays are kept as int64 here; only the printed dtype would differ
            case "int32": case "i4": case "int16": case "int8": case "uint8":
                return INT64;
            case "bool": case "bool_": case "?":
                return BOOL;
            case "str": case "U": case "str_": case "object": case "O":
                throw PyException.typeError("numpy arrays of strings are not supported in the playground: dtype="
                        + seqplay.format.PyStrings.repr(name));
            default:
                throw PyException.typeError("data type " + seqplay.format.PyStrings.repr(name) + " not understood");
        }
    }

    /** Converts a value to this type's set of values: truncation toward zero for ints, float32 rounding. */
    public double cast(double v) {
        switch (this) {
            case BOOL:
                return v != 0 ? 1.0 : 0.0; // NaN is truthy, as in numpy
            case INT64:
                if (v != v || Double.isInfinite(v)) {
                    return -9.223372036854775808E18; // numpy's int64 for an invalid cast (with a RuntimeWarning)
                }
                return v < 0 ? Math.ceil(v) : Math.floor(v);
            case FLOAT32:
                return seqplay.tensor.Maths.roundToFloat32(v);
            default:
                return v;
        }
    }
}
