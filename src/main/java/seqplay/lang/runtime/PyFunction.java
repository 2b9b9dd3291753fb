package seqplay.lang.runtime;

/**
 * A function implemented in Java: a builtin such as {@code len} or a library function such as
 * {@code keras.utils.to_categorical}.
 *
 * <pre>{@code
 * PyFunction f = PyFunction.of("to_categorical(x, num_classes=None)",
 *         a -> toCategorical(a[0], a[1]));           // a[] follows the signature, defaults filled in
 * }</pre>
 *
 * Library functions print as Python functions ({@code <function to_categorical at 0x7f...>}), builtins as
 * {@code <built-in function len>}.
 */
public final class PyFunction implements PyObject {
    /** A body that receives the call's raw arguments. */
    public interface Body {
        Object call(Args args);
    }

    /** A body that receives the arguments bound by a {@link Signature}. */
    public interface BoundBody {
        Object call(Object[] args);
    }

    private final String name;
    private final boolean builtin;
    private final Body body;

    public PyFunction(String name, boolean builtin, Body body) {
        this.name = name;
        this.builtin = builtin;
        this.body = body;
    }

    /** A library function with a Python signature, e.g. {@code "to_categorical(x, num_classes=None)"}. */
    public static PyFunction of(String signature, BoundBody body) {
        Signature s = Signature.parse(signature);
        return new PyFunction(s.qualname(), false, args -> body.call(s.bind(args)));
    }

    /** A built-in function with a Python signature (printed as {@code <built-in function name>}). */
    public static PyFunction builtin(String signature, BoundBody body) {
        Signature s = Signature.parse(signature);
        return new PyFunction(s.qualname(), true, args -> body.call(s.bind(args)));
    }

    /** The function's (qualified) name. */
    public String name() {
        return name;
    }

    @Override
    public PyType type() {
        return builtin ? BuiltinTypes.BUILTIN_FUNCTION : BuiltinTypes.FUNCTION;
    }

    @Override
    public Object getAttribute(String attr) {
        if (attr.equals("__name__")) {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? name : name.substring(dot + 1);
        }
        return null;
    }

    @Override
    public Object call(Args args) {
        return body.call(args);
    }

    @Override
    public String repr() {
        return builtin ? "<built-in function " + name + ">" : "<function " + name + " at " + Py.address(this) + ">";
    }
}
