package seqplay.lang.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import seqplay.errors.PyException;

/**
 * Python's semantics for every value, in one place: {@code repr}, {@code str}, truth, {@code ==}, hashing,
 * operators, attribute access, calls, indexing, iteration, and conversions for Java code that receives Python
 * values.
 *
 * <p>The value model: None is {@link #NONE}; bool is {@code Boolean}; int is {@code Long}, or
 * {@code BigInteger} beyond 64 bits; float is {@code Double}; str is {@code String}; every other value is a
 * {@link PyObject} ({@link PyList}, {@link PyTuple}, {@link PyDict}, {@link PySet}, {@link PyRange},
 * {@link PyModule}, {@link PyFunction}, a Keras model...).
 */
public final class Py {
    /** Python's None. */
    public static final PyConstant NONE = new PyConstant("None", "NoneType");
    /** What a {@link PyObject#binaryOp} returns for operand types it does not handle. */
    public static final PyConstant NOT_IMPLEMENTED = new PyConstant("NotImplemented", "NotImplementedType");
    /** {@code ...} */
    public static final PyConstant ELLIPSIS = new PyConstant("Ellipsis", "ellipsis");

    /** The most items one list, string or range materialisation may hold (a typo must not exhaust memory). */
    public static final long MAX_ITEMS = 50_000_000L;

    private static final IdentityHashMap<Object, Boolean> REPR_IN_PROGRESS = new IdentityHashMap<>();
    private static final IdentityHashMap<Object, Long> ADDRESSES = new IdentityHashMap<>();

    private Py() {
    }

    // ---- errors -------------------------------------------------------------------------------------------

    public static PyException typeError(String message) {
        return new PyException("TypeError", message);
    }

    public static PyException valueError(String message) {
        return new PyException("ValueError", message);
    }

    public static PyException indexError(String message) {
        return new PyException("IndexError", message);
    }

    /** {@code KeyError: 'k'}: Python shows the repr of the missing key. */
    public static PyException keyError(Object key) {
        return new PyException("KeyError", repr(key));
    }

    public static PyException attributeError(String message) {
        return new PyException("AttributeError", message);
    }

    public static PyException zeroDivision(String message) {
        return new PyException("ZeroDivisionError", message, "lang.zero_division");
    }

    public static PyException overflow(String message) {
        return new PyException("OverflowError", message);
    }

    // ---- types --------------------------------------------------------------------------------------------

    /** The Python class of any value. */
    public static PyType typeOf(Object o) {
        if (o instanceof PyObject) {
            return ((PyObject) o).type();
        }
        if (o instanceof Boolean) {
            return BuiltinTypes.BOOL;
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return BuiltinTypes.INT;
        }
        if (o instanceof Double) {
            return BuiltinTypes.FLOAT;
        }
        if (o instanceof String) {
            return BuiltinTypes.STR;
        }
        throw new IllegalStateException("not a Python value: " + (o == null ? "null" : o.getClass().getName()));
    }

    /** The class name as Python's messages show it: {@code 'int'}, {@code 'Sequential'}. */
    public static String typeName(Object o) {
        return typeOf(o).name();
    }

    /** Converts a Java value returned by library code into a Python value ({@code null} → None, Integer → int). */
    public static Object wrap(Object v) {
        if (v == null) {
            return NONE;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float) {
            throw new IllegalStateException("float32 values must be widened with Maths.roundToFloat32 semantics");
        }
        return v;
    }

    public static boolean isNone(Object o) {
        return o == NONE;
    }

    /** Whether {@code o} is a Python int or float (bool included, as Python counts it). */
    public static boolean isNumber(Object o) {
        return o instanceof Double || Ints.isInt(o);
    }

    // ---- repr / str ---------------------------------------------------------------------------------------

    /** {@code repr(o)}. */
    public static String repr(Object o) {
        if (o instanceof String) {
            return Strings.repr((String) o);
        }
        if (o instanceof Boolean) {
            return ((Boolean) o) ? "True" : "False";
        }
        if (o instanceof Long) {
            return o.toString();
        }
        if (o instanceof BigInteger) {
            return Ints.decimal((BigInteger) o);
        }
        if (o instanceof Double) {
            return Floats.repr((Double) o);
        }
        return ((PyObject) o).repr();
    }

    /** {@code str(o)}. */
    public static String str(Object o) {
        if (o instanceof String) {
            return (String) o;
        }
        if (o instanceof PyObject) {
            return ((PyObject) o).str();
        }
        return repr(o);
    }

    /**
     * How deeply containers may nest inside each other when printed or compared. CPython allows about 1000 levels;
     * each level costs several Java frames here, and a browser's stack is smaller than the JVM's.
     */
    static final int MAX_DEPTH = 200;
    private static int compareDepth;

    static boolean enterRepr(Object container) {
        if (REPR_IN_PROGRESS.containsKey(container)) {
            return false;
        }
        if (REPR_IN_PROGRESS.size() >= MAX_DEPTH) {
            // A list nested a thousand deep would overflow the (browser's) stack: Python's own limit says so first.
            throw new PyException("RecursionError", "maximum recursion depth exceeded while getting the repr of an "
                    + "object", "lang.recursion");
        }
        REPR_IN_PROGRESS.put(container, Boolean.TRUE);
        return true;
    }

    /** Counts nested comparisons of containers; throws RecursionError past the limit. */
    static void enterCompare() {
        if (++compareDepth > MAX_DEPTH) {
            compareDepth = 0;
            throw new PyException("RecursionError", "maximum recursion depth exceeded in comparison", "lang.recursion");
        }
    }

    static void exitCompare() {
        if (compareDepth > 0) {
            compareDepth--;
        }
    }

    static void exitRepr(Object container) {
        REPR_IN_PROGRESS.remove(container);
    }

    /** A stable fake memory address for {@code <... object at 0x...>}, the same on every target. */
    public static String address(Object o) {
        Long id = ADDRESSES.get(o);
        if (id == null) {
            id = (long) ADDRESSES.size();
            ADDRESSES.put(o, id);
        }
        return "0x7f3a" + hex8(0x10000000L + id * 0x1f0L);
    }

    private static String hex8(long v) {
        String h = Long.toHexString(v);
        return "00000000".substring(h.length()) + h;
    }

    /** Forgets fake addresses (a new run starts counting again). */
    public static void resetAddresses() {
        ADDRESSES.clear();
        REPR_IN_PROGRESS.clear();
        compareDepth = 0;
    }

    // ---- truth, equality, hashing --------------------------------------------------------------------------

    /** {@code bool(o)}. */
    public static boolean truthy(Object o) {
        if (o instanceof Boolean) {
            return (Boolean) o;
        }
        if (o instanceof Long) {
            return (Long) o != 0;
        }
        if (o instanceof BigInteger) {
            return ((BigInteger) o).signum() != 0;
        }
        if (o instanceof Double) {
            return (Double) o != 0.0;
        }
        if (o instanceof String) {
            return !((String) o).isEmpty();
        }
        return ((PyObject) o).truthy();
    }

    /** {@code a == b} as a Java boolean (the truth of Python's result). */
    public static boolean eq(Object a, Object b) {
        return truthy(compare(Op.EQ, a, b));
    }

    /** Identity or equality, as containers compare items ({@code x in list}, dict keys). */
    public static boolean sameOrEqual(Object a, Object b) {
        return a == b || eq(a, b);
    }

    /** {@code hash(o)}: CPython's values for int, float, bool and tuple. */
    public static long hash(Object o) {
        if (o instanceof Boolean) {
            return ((Boolean) o) ? 1 : 0;
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return Hashing.hashInt(o);
        }
        if (o instanceof Double) {
            return Hashing.hashDouble((Double) o);
        }
        if (o instanceof String) {
            return Hashing.hashString((String) o);
        }
        return ((PyObject) o).hash();
    }

    // ---- operators ----------------------------------------------------------------------------------------

    /** {@code a OP b} for a comparison operator, with Python's fallbacks. */
    public static Object compare(Op op, Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            return Numbers.compare(op, a, b);
        }
        if (a instanceof String && b instanceof String) {
            int c = ((String) a).compareTo((String) b);
            return Numbers.fromCompare(op, c);
        }
        if (a instanceof PyObject) {
            Object r = ((PyObject) a).binaryOp(op, b, false);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (b instanceof PyObject) {
            Object r = ((PyObject) b).binaryOp(op.mirrored(), a, false);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == Op.EQ) {
            return a == b;
        }
        if (op == Op.NE) {
            return a != b;
        }
        throw typeError("'" + op.symbol() + "' not supported between instances of '" + typeName(a) + "' and '"
                + typeName(b) + "'");
    }

    /** {@code a OP b} for an arithmetic or bitwise operator. */
    public static Object binary(Op op, Object a, Object b) {
        if (op.isComparison()) {
            return compare(op, a, b);
        }
        if (isNumber(a) && isNumber(b)) {
            Object r = Numbers.binary(op, a, b);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        } else if (a instanceof String) {
            Object r = Strings.binary(op, (String) a, b);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        } else if (b instanceof String && op == Op.MUL && Ints.isInt(a)) {
            return Strings.binary(op, (String) b, a);
        } else if (b instanceof PySequence && op == Op.MUL && Ints.isInt(a)) {
            return ((PySequence) b).binaryOp(op, a, true);
        }
        if (a instanceof PyObject) {
            Object r = ((PyObject) a).binaryOp(op, b, false);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (b instanceof PyObject) {
            Object r = ((PyObject) b).binaryOp(op, a, true);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        String sym = op == Op.POW ? "** or pow()" : op.symbol();
        throw typeError("unsupported operand type(s) for " + sym + ": '" + typeName(a) + "' and '" + typeName(b)
                + "'");
    }

    /** {@code -a}, {@code +a}, {@code ~a}. */
    public static Object unary(String op, Object a) {
        if (isNumber(a)) {
            Object r = Numbers.unary(op, a);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        } else if (a instanceof PyObject) {
            Object r = ((PyObject) a).unaryOp(op);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw typeError("bad operand type for unary " + op + ": '" + typeName(a) + "'");
    }

    // ---- attributes and calls -----------------------------------------------------------------------------

    /** {@code o.name}; raises AttributeError with CPython's text and its "Did you mean" suggestion. */
    public static Object getAttr(Object o, String name) {
        Object v = o instanceof PyObject ? ((PyObject) o).getAttribute(name) : typeOf(o).lookup(o, name);
        if (v != null) {
            return v;
        }
        throw noAttribute(o, name);
    }

    /** The AttributeError for a missing attribute, worded as CPython 3.12 words it. */
    public static PyException noAttribute(Object o, String name) {
        String message;
        if (o instanceof PyModule) {
            message = "module '" + ((PyModule) o).name() + "' has no attribute '" + name + "'";
        } else if (o instanceof PyType) {
            message = "type object '" + ((PyType) o).name() + "' has no attribute '" + name + "'";
        } else {
            message = "'" + typeName(o) + "' object has no attribute '" + name + "'";
        }
        String owner = o instanceof PyModule ? ((PyModule) o).name() : o instanceof PyType ? null : typeName(o);
        String elsewhere = owner == null ? null : OutsideSubset.attributeHint(owner, name);
        if (elsewhere != null) {
            // Python note: the real library has this name, so CPython raises nothing; a "Did you mean" built from
            // the playground's smaller list (save_weights -> set_weights) would only suggest a typo.
            return new PyException("AttributeError", message, elsewhere);
        }
        List<String> candidates = o instanceof PyObject ? ((PyObject) o).attributeNames()
                : typeOf(o).memberNames();
        String suggestion = Suggestions.suggest(name, candidates);
        if (suggestion != null) {
            message += ". Did you mean: '" + suggestion + "'?";
        }
        return new PyException("AttributeError", message, "lang.attribute");
    }

    /** {@code o.name = value}. */
    public static void setAttr(Object o, String name, Object value) {
        if (o instanceof PyObject) {
            ((PyObject) o).setAttribute(name, value);
            return;
        }
        if (typeOf(o).lookup(o, name) != null) {
            throw attributeError("'" + typeName(o) + "' object attribute '" + name + "' is read-only");
        }
        throw attributeError("'" + typeName(o) + "' object has no attribute '" + name + "'");
    }

    /** {@code f(*args)}; Java results are passed through {@link #wrap}. */
    public static Object call(Object f, Args args) {
        if (f instanceof PyObject) {
            return wrap(((PyObject) f).call(args));
        }
        throw typeError("'" + typeName(f) + "' object is not callable");
    }

    // ---- containers ---------------------------------------------------------------------------------------

    /** {@code o[key]}. */
    public static Object getItem(Object o, Object key) {
        if (o instanceof String) {
            return Strings.getItem((String) o, key);
        }
        if (o instanceof PyObject) {
            return ((PyObject) o).getItem(key);
        }
        throw typeError("'" + typeName(o) + "' object is not subscriptable");
    }

    /** {@code o[key] = value}. */
    public static void setItem(Object o, Object key, Object value) {
        if (o instanceof PyObject) {
            ((PyObject) o).setItem(key, value);
            return;
        }
        throw typeError("'" + typeName(o) + "' object does not support item assignment");
    }

    /** {@code del o[key]}. */
    public static void deleteItem(Object o, Object key) {
        if (o instanceof PyObject) {
            ((PyObject) o).deleteItem(key);
            return;
        }
        throw typeError("'" + typeName(o) + "' object doesn't support item deletion");
    }

    /** {@code len(o)}. */
    public static int len(Object o) {
        if (o instanceof String) {
            return Strings.length((String) o);
        }
        if (o instanceof PyObject) {
            return ((PyObject) o).length();
        }
        throw typeError("object of type '" + typeName(o) + "' has no len()");
    }

    /** {@code iter(o)}. */
    public static Iterator<Object> iterator(Object o) {
        if (o instanceof String) {
            return Strings.iterator((String) o);
        }
        if (o instanceof PyObject) {
            return ((PyObject) o).iterator();
        }
        throw typeError("'" + typeName(o) + "' object is not iterable");
    }

    /** The items of an iterable as a Java list. */
    public static List<Object> toList(Object iterable) {
        Iterator<Object> it = iterator(iterable);
        List<Object> out = new ArrayList<>();
        while (it.hasNext()) {
            if (out.size() >= MAX_ITEMS) {
                throw new PyException("MemoryError", "");
            }
            out.add(it.next());
        }
        return out;
    }

    /** The items of an iterable, or a TypeError with {@code message} when it is not iterable. */
    public static List<Object> toList(Object iterable, String message) {
        if (!(iterable instanceof String) && !(iterable instanceof PyObject)) {
            throw typeError(message);
        }
        try {
            return toList(iterable);
        } catch (PyException e) {
            if (e.type().equals("TypeError") && e.getMessage().endsWith("is not iterable")) {
                throw typeError(message);
            }
            throw e;
        }
    }

    /** {@code item in container}. */
    public static boolean contains(Object container, Object item) {
        if (container instanceof String) {
            if (!(item instanceof String)) {
                throw typeError("'in <string>' requires string as left operand, not " + typeName(item));
            }
            return ((String) container).contains((String) item);
        }
        if (container instanceof PyObject) {
            return ((PyObject) container).contains(item);
        }
        throw typeError("argument of type '" + typeName(container) + "' is not iterable");
    }

    /** {@code format(o, spec)}. */
    public static String format(Object o, String spec) {
        return Formatter.format(o, spec);
    }

    // ---- conversions for Java code ------------------------------------------------------------------------

    /**
     * The value of an int used as an index or count; {@code message} is the TypeError for other types
     * (empty: CPython's {@code 'float' object cannot be interpreted as an integer}).
     */
    public static long indexValue(Object o, String message) {
        if (o instanceof Long || o instanceof Boolean) {
            return Ints.small(o);
        }
        if (o instanceof BigInteger) {
            throw new PyException("IndexError", "cannot fit 'int' into an index-sized integer");
        }
        throw typeError(message.isEmpty() ? "'" + typeName(o) + "' object cannot be interpreted as an integer"
                : message);
    }

    /** An int argument as a Java int (TypeError for non-ints, OverflowError beyond 32 bits). */
    public static int toInt(Object o) {
        long v = indexValue(o, "");
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw overflow("Python int too large to convert to C int");
        }
        return (int) v;
    }

    /** A number as a double ({@code float(x)} of an int or bool); TypeError for other types. */
    public static double toDouble(Object o) {
        if (o instanceof Double) {
            return (Double) o;
        }
        if (Ints.isInt(o)) {
            return Ints.toDouble(o);
        }
        throw typeError("must be real number, not " + typeName(o));
    }

    /** A str argument; TypeError naming the function otherwise. */
    public static String toStr(Object o, String what) {
        if (o instanceof String) {
            return (String) o;
        }
        throw typeError((what.isEmpty() ? "" : what + " ") + "must be str, not " + typeName(o));
    }

    /** A dict of keyword arguments as a Java map (for {@code **kwargs} slots). */
    public static Map<String, Object> kwargs(Object o) {
        return ((PyDict) o).asStringMap();
    }
}
