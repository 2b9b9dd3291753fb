package seqplay.lang.runtime;

import java.util.Iterator;
import java.util.List;

/**
 * A Python value implemented in Java: a model, a layer, a numpy array, a module.
 *
 * <p>Python's scalars are plain Java values ({@code Long}/{@code BigInteger} for int, {@code Double} for float,
 * {@code Boolean}, {@code String}) and {@link Py#NONE} is None; everything else implements this interface. Every
 * method has a default that behaves like a Python object without the matching special method and throws the
 * {@code TypeError} CPython throws, so an implementation overrides only what its Python counterpart supports.
 *
 * <p>Most classes only provide {@link #type()}: attributes, methods and properties are then looked up in the
 * {@link PyType} built once for the class (see {@link PyType#builder}).
 *
 * <pre>{@code
 * model.compile(...)      # getAttribute("compile") -> a bound method, then call(args)
 * x[0]                    # getItem(0L)
 * x * 2                   # binaryOp(Op.MUL, 2L, false)
 * }</pre>
 */
public interface PyObject {
    /** The Python class of this value: its name appears in every error message about it. */
    PyType type();

    /**
     * The attribute {@code name}, or {@code null} when there is none; the interpreter then raises
     * {@code AttributeError} with CPython's "Did you mean" suggestion taken from {@link #attributeNames()}.
     */
    default Object getAttribute(String name) {
        return type().lookup(this, name);
    }

    /** {@code obj.name = value}. */
    default void setAttribute(String name, Object value) {
        type().assign(this, name, value);
    }

    /** What {@code dir(obj)} lists; used for suggestions. */
    default List<String> attributeNames() {
        return type().memberNames();
    }

    /** {@code repr(obj)}. */
    default String repr() {
        return "<" + type().qualifiedName() + " object at " + Py.address(this) + ">";
    }

    /** {@code str(obj)}; the same as {@link #repr()} unless overridden, like Python's {@code object.__str__}. */
    default String str() {
        return repr();
    }

    /** {@code format(obj, spec)} as used by f-strings: an empty spec gives {@link #str()}. */
    default String format(String spec) {
        if (spec.isEmpty()) {
            return str();
        }
        throw Py.typeError("unsupported format string passed to " + type().name() + ".__format__");
    }

    /** {@code hash(obj)}: identity by default, like Python objects that do not define {@code __eq__}. */
    default long hash() {
        return System.identityHashCode(this);
    }

    /** {@code bool(obj)}. */
    default boolean truthy() {
        return true;
    }

    /** {@code obj(*args, **kwargs)}. */
    default Object call(Args args) {
        throw Py.typeError("'" + type().name() + "' object is not callable");
    }

    /** {@code obj[key]}; a slice arrives as {@link PySlice}, {@code x[a, b]} as a {@link PyTuple}. */
    default Object getItem(Object key) {
        throw Py.typeError("'" + type().name() + "' object is not subscriptable");
    }

    /** {@code obj[key] = value}. */
    default void setItem(Object key, Object value) {
        throw Py.typeError("'" + type().name() + "' object does not support item assignment");
    }

    /** {@code del obj[key]}. */
    default void deleteItem(Object key) {
        throw Py.typeError("'" + type().name() + "' object doesn't support item deletion");
    }

    /** {@code len(obj)}. */
    default int length() {
        throw Py.typeError("object of type '" + type().name() + "' has no len()");
    }

    /** {@code iter(obj)}: a fresh iterator over Python values. */
    default Iterator<Object> iterator() {
        throw Py.typeError("'" + type().name() + "' object is not iterable");
    }

    /** {@code item in obj}; by default compares each item of {@link #iterator()} with {@code ==}. */
    default boolean contains(Object item) {
        Iterator<Object> it;
        try {
            it = iterator();
        } catch (seqplay.errors.PyException e) {
            throw Py.typeError("argument of type '" + type().name() + "' is not iterable");
        }
        while (it.hasNext()) {
            Object x = it.next();
            if (x == item || Py.eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A binary operator with this value on the left ({@code reflected == false}: {@code this OP other}) or on
     * the right ({@code reflected == true}: {@code other OP this}). Comparisons are always asked with this value
     * on the left; Python's fallback to the right operand uses {@link Op#mirrored()}. Returns
     * {@link Py#NOT_IMPLEMENTED} for operand types this value does not handle, and the interpreter then tries the
     * other operand or raises CPython's TypeError.
     */
    default Object binaryOp(Op op, Object other, boolean reflected) {
        return Py.NOT_IMPLEMENTED;
    }

    /** {@code -obj}, {@code +obj}, {@code ~obj} with {@code op} one of {@code "-" "+" "~"}; or NOT_IMPLEMENTED. */
    default Object unaryOp(String op) {
        return Py.NOT_IMPLEMENTED;
    }
}
