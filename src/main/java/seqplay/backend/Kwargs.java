package seqplay.backend;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import seqplay.errors.PyException;
import seqplay.format.PyRepr;

/**
 * The keyword arguments of one Keras constructor call, read by name with Python's values.
 *
 * <p>Values are plain Java objects standing for Python's: {@link Double} (float), {@link Integer} or {@link Long}
 * (int), {@link Boolean}, {@link String}, {@code null} (None). The interpreter binds positional arguments to names
 * first (each family lists its parameter names), so a constructor only ever sees names here.
 *
 * <pre>{@code
 * Kwargs k = new Kwargs("RandomNormal", Map.of("stddev", 0.01));
 * double stddev = k.number("stddev", 0.05);
 * k.rejectUnexpected();      // TypeError: RandomNormal.__init__() got an unexpected keyword argument 'std'
 * }</pre>
 */
public final class Kwargs {
    private final String owner;
    private final Map<String, Object> values;
    private final Set<String> read = new LinkedHashSet<>();

    /**
     * @param owner  the class name shown in Python's errors, e.g. {@code Adam}
     * @param values the keyword arguments in call order (not modified)
     */
    public Kwargs(String owner, Map<String, Object> values) {
        this.owner = owner;
        this.values = values == null ? new LinkedHashMap<>() : new LinkedHashMap<>(values);
    }

    public String owner() {
        return owner;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The raw value, marking the name as used ({@code null} both for None and for absent). */
    public Object raw(String key) {
        read.add(key);
        return values.get(key);
    }

    /** A float parameter; Python ints and bools are numbers too. */
    public double number(String key, double defaultValue) {
        if (!has(key)) {
            read.add(key);
            return defaultValue;
        }
        Object v = raw(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        // Keras note: Keras would fail later inside TensorFlow with a longer message; this names the argument.
        throw PyException.typeError(owner + "(): argument '" + key + "' must be a number, not "
                + pythonTypeName(v));
    }

    /** A bool parameter read as Python's truth value, the way Keras uses it ({@code if self.amsgrad:}). */
    public boolean bool(String key, boolean defaultValue) {
        if (!has(key)) {
            read.add(key);
            return defaultValue;
        }
        Object v = raw(key);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0.0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        return true;
    }

    /** A string parameter ({@code null} for None). */
    public String string(String key, String defaultValue) {
        if (!has(key)) {
            read.add(key);
            return defaultValue;
        }
        Object v = raw(key);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw PyException.typeError(owner + "(): argument '" + key + "' must be str, not " + pythonTypeName(v));
    }

    /**
     * A random initializer's {@code seed}: None or an int, with Keras 3's message otherwise
     * ({@code RandomInitializer.__init__}).
     */
    public Long seed(String key) {
        if (!has(key)) {
            read.add(key);
            return null;
        }
        Object v = raw(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        throw PyException.valueError("`seed` argument should be an instance of `keras.random.SeedGenerator()` or "
                + "an integer. Received: seed=" + PyRepr.str(v));
    }

    /** Whether the value is a Python float (Keras checks {@code isinstance(x, float)} in a few places). */
    public static boolean isFloat(Object v) {
        return v instanceof Double || v instanceof Float;
    }

    /** The names given but not read, in call order. */
    public Map<String, Object> unread() {
        Map<String, Object> rest = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (!read.contains(e.getKey())) {
                rest.put(e.getKey(), e.getValue());
            }
        }
        return rest;
    }

    /** Python's error for a name the constructor does not take (for classes without {@code **kwargs}). */
    public void rejectUnexpected() {
        for (String key : values.keySet()) {
            if (!read.contains(key)) {
                throw PyException.typeError(owner + ".__init__() got an unexpected keyword argument '" + key + "'");
            }
        }
    }

    /** Python's {@code type(v).__name__} for the plain values above. */
    public static String pythonTypeName(Object v) {
        if (v == null) {
            return "NoneType";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Integer || v instanceof Long) {
            return "int";
        }
        if (v instanceof Double || v instanceof Float) {
            return "float";
        }
        if (v instanceof String) {
            return "str";
        }
        return v.getClass().getSimpleName();
    }
}
