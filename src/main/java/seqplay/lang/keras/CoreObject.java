package seqplay.lang.keras;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import seqplay.lang.runtime.Args;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyDict;
import seqplay.lang.runtime.PyFunction;
import seqplay.lang.runtime.PyInstance;
import seqplay.lang.runtime.PyType;

/**
 * A Keras object that only carries a core value: an optimizer, a loss, a metric, an initializer, a callback.
 * Prints as Python prints plain objects: {@code <keras.src.optimizers.adam.Adam object at 0x7f3a...>}.
 */
class CoreObject extends PyInstance {
    /** Builds the core value from keyword arguments (positional ones already named). */
    interface Factory {
        Object create(Map<String, Object> kwargs);
    }

    final PyType type;
    final Object value;

    CoreObject(PyType type, Object value) {
        this.type = type;
        this.value = value;
    }

    @Override
    public PyType type() {
        return type;
    }

    /**
     * A Python class whose constructor names positional arguments with {@code parameters} (Keras' order) and
     * hands every keyword to {@code factory}, which raises Keras' own messages for unknown or bad ones.
     */
    static PyType classOf(String name, String module, List<String> parameters, Factory factory,
            PyType.Builder<CoreObject> extra) {
        PyType.Builder<CoreObject> b = extra != null ? extra : PyType.builder(name, module, CoreObject.class);
        PyType[] self = new PyType[1];
        b.callable(new PyFunction(name, false, args -> {
            Map<String, Object> kwargs = named(name, parameters, args);
            return new CoreObject(self[0], factory.create(kwargs));
        }));
        self[0] = b.build();
        return self[0];
    }

    /** Names positional arguments by {@code parameters}, with CPython's messages for misuse. */
    static Map<String, Object> named(String className, List<String> parameters, Args args) {
        if (args.size() > parameters.size()) {
            int max = parameters.size() + 1;
            throw Py.typeError(className + ".__init__() takes from 1 to " + max + " positional arguments but "
                    + (args.size() + 1) + " were given");
        }
        Map<String, Object> kwargs = new java.util.LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            kwargs.put(parameters.get(i), Values.toJava(args.get(i)));
        }
        for (int i = 0; i < args.keywordNames().size(); i++) {
            String k = args.keywordNames().get(i);
            if (kwargs.containsKey(k)) {
                throw Py.typeError(className + ".__init__() got multiple values for argument '" + k + "'");
            }
            kwargs.put(k, Values.toJava(args.keywordValues().get(i)));
        }
        return kwargs;
    }

    /** Keyword names of a {@code **kwargs} dict, for messages. */
    static List<String> names(PyDict d) {
        List<String> out = new ArrayList<>();
        for (Object k : d.keys()) {
            out.add(Py.str(k));
        }
        return out;
    }
}
