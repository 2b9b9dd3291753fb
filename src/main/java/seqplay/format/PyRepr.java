package seqplay.format;

import java.util.Map;

/**
 * Values written as Python writes them inside error messages: {@code repr(float)}, shape tuples, small dicts.
 *
 * <p>For the texts of errors Keras raises with a value in them: {@code Argument(s) not recognized: {'lr': 0.001}},
 * {@code Received: shape=(3,) of rank 1}.
 *
 * <pre>{@code
 * PyRepr.ofFloat(1e-05)                   // "1e-05"
 * PyRepr.ofShape(new int[] {3})           // "(3,)"
 * PyRepr.ofDict(Map.of("lr", 0.001))      // "{'lr': 0.001}"
 * }</pre>
 */
public final class PyRepr {
    private PyRepr() {
    }

    /** Python's {@code repr(x)} for a float ({@link PyFloat#repr}). */
    public static String ofFloat(double x) {
        return PyFloat.repr(x);
    }

    /**
     * Python's {@code repr} of a plain value: {@code None}, {@code True}/{@code False}, an int, a float
     * ({@link Double}), a quoted string; other objects by their {@code toString()}.
     */
    public static String of(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double d) {
            return ofFloat(d);
        }
        if (value instanceof Float f) {
            return ofFloat(f);
        }
        if (value instanceof String s) {
            return PyStrings.repr(s);
        }
        return value.toString();
    }

    /** Python's {@code str} of a plain value (as an f-string writes it): strings without quotes. */
    public static String str(Object value) {
        return value instanceof String s ? s : of(value);
    }

    /** A shape tuple as Python writes it: {@code (4, 3)}, {@code (3,)}, {@code ()}. */
    public static String ofShape(int[] shape) {
        return seqplay.tensor.Tensor.shapeString(shape);
    }

    /** A dict of keyword arguments in insertion order: {@code {'lr': 0.001}}. */
    public static String ofDict(Map<String, Object> map) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Object> e : map.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(of(e.getKey())).append(": ").append(of(e.getValue()));
        }
        return sb.append('}').toString();
    }
}
