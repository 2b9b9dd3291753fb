package seqplay.lang.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module whose attributes are Java values, e.g. {@code tensorflow.keras.utils}.
 *
 * <pre>{@code
 * PyModule utils = new PyModule("keras.utils")
 *         .add("to_categorical", PyFunction.of("to_categorical(x, num_classes=None)", a -> ...))
 *         .add("set_random_seed", PyFunction.of("set_random_seed(seed)", a -> ...));
 * }</pre>
 *
 * Submodules are found through the {@link Modules} registry: {@code tf.keras.layers} works when
 * {@code tensorflow.keras.layers} is registered, without each parent listing its children.
 */
public final class PyModule implements PyObject {
    private final String name;
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private Modules registry;

    public PyModule(String name) {
        this.name = name;
    }

    /** The module's dotted name. */
    public String name() {
        return name;
    }

    /** Adds (or replaces) an attribute; returns this module for chaining. */
    public PyModule add(String attr, Object value) {
        attributes.put(attr, value);
        return this;
    }

    void attach(Modules modules) {
        this.registry = modules;
    }

    /** The attribute names defined directly on this module, in the order they were added. */
    public List<String> names() {
        return new ArrayList<>(attributes.keySet());
    }

    @Override
    public PyType type() {
        return BuiltinTypes.MODULE;
    }

    @Override
    public Object getAttribute(String attr) {
        if (attr.equals("__name__")) {
            return name;
        }
        Object v = attributes.get(attr);
        if (v == null && registry != null) {
            PyModule sub = registry.loadIfPresent(name + "." + attr);
            if (sub != null) {
                return sub;
            }
        }
        return v;
    }

    @Override
    public void setAttribute(String attr, Object value) {
        attributes.put(attr, value);
    }

    @Override
    public List<String> attributeNames() {
        List<String> out = new ArrayList<>(attributes.keySet());
        if (registry != null) {
            for (String sub : registry.childrenOf(name)) {
                if (!out.contains(sub)) {
                    out.add(sub);
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    @Override
    public String repr() {
        return "<module '" + name + "' (built-in)>";
    }
}
