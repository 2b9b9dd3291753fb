package seqplay.lang.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python class whose methods and properties are Java code: {@code Sequential}, {@code Dense}, {@code list}.
 *
 * <p>Built once per Java class with {@link #builder}; instances return it from {@link PyObject#type()}.
 * Attribute lookup walks this type and its bases: a method comes back bound to the instance, a property calls
 * its getter, anything else is a class attribute. Calling the type constructs an instance.
 *
 * <pre>{@code
 * static final PyType TYPE = PyType.builder("Dense", "keras.src.layers.core.dense", DenseObject.class)
 *         .constructor("Dense.__init__(self, units, activation=None, use_bias=True, **kwargs)",
 *                 a -> new DenseObject(Py.toInt(a[1]), a[2], Py.truthy(a[3]), (PyDict) a[4]))
 *         .method("get_weights", "Layer.get_weights(self)", (self, a) -> self.weightsAsList())
 *         .property("units", self -> (long) self.units())
 *         .build();
 * }</pre>
 *
 * A constructor's signature names {@code self} first, as {@code __init__} does, so that its TypeErrors count
 * arguments the way CPython does; the slot for {@code self} is {@code null}.
 */
public final class PyType implements PyObject {
    /** Builds an instance from the bound constructor arguments (slot 0 is self, unused). */
    public interface Constructor {
        Object construct(Object[] args);
    }

    /** A method body; {@code args[0]} is self again, the other slots follow the signature. */
    public interface MethodBody<T> {
        Object call(T self, Object[] args);
    }

    /** Reads a property. */
    public interface Getter<T> {
        Object get(T self);
    }

    /** Writes a property. */
    public interface Setter<T> {
        void set(T self, Object value);
    }

    /** A Java method as Python sees it on the class: unbound until looked up on an instance. */
    public static final class Method {
        final String name;
        final Signature signature;
        final MethodBody<Object> body;
        final boolean builtin;

        Method(String name, Signature signature, MethodBody<Object> body, boolean builtin) {
            this.name = name;
            this.signature = signature;
            this.body = body;
            this.builtin = builtin;
        }

        Object invoke(Object self, Args args) {
            Object[] bound = signature.bind(args.prepend(self));
            return body.call(self, bound);
        }
    }

    static final class Property {
        final Getter<Object> getter;
        final Setter<Object> setter;

        Property(Getter<Object> getter, Setter<Object> setter) {
            this.getter = getter;
            this.setter = setter;
        }
    }

    private final String name;
    private final String module;
    private final PyType base;
    private final Map<String, Object> members;
    private final Signature constructorSignature;
    private final Constructor constructor;
    private PyObject callOverride;

    private PyType(Builder<?> b) {
        this.name = b.name;
        this.module = b.module;
        this.base = b.base;
        this.members = b.members;
        this.constructorSignature = b.constructorSignature;
        this.constructor = b.constructor;
        this.callOverride = b.callOverride;
    }

    /**
     * Starts a type named {@code name} defined in Python module {@code module} (it appears in
     * {@code <class 'module.name'>}; use {@code "builtins"} for Python's own types).
     */
    public static <T> Builder<T> builder(String name, String module, Class<T> javaClass) {
        return new Builder<>(name, module);
    }

    public static Builder<Object> builder(String name, String module) {
        return new Builder<>(name, module);
    }

    /** The class name: {@code Sequential}, {@code int}. */
    public String name() {
        return name;
    }

    /** The Python module the class lives in. */
    public String module() {
        return module;
    }

    /** {@code module.name}, or just {@code name} for builtins. */
    public String qualifiedName() {
        return module.equals("builtins") ? name : module + "." + name;
    }

    public PyType base() {
        return base;
    }

    /** Gives a built-in type its call behaviour (installed once by {@link Builtins}). */
    void installCall(PyObject call) {
        this.callOverride = call;
    }

    /** Whether this type is {@code other} or derives from it (what {@code isinstance} asks). */
    public boolean isSubtypeOf(PyType other) {
        for (PyType t = this; t != null; t = t.base) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** The type in this type's chain that defines {@code attr} (for {@code str.upper(5)}'s message). */
    private PyType owner(String attr) {
        for (PyType t = this; t != null; t = t.base) {
            if (t.members.containsKey(attr)) {
                return t;
            }
        }
        return this;
    }

    private Object member(String attr) {
        for (PyType t = this; t != null; t = t.base) {
            Object m = t.members.get(attr);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** Looks {@code attr} up for an instance: a bound method, a property value, a class attribute, or null. */
    public Object lookup(Object self, String attr) {
        Object m = member(attr);
        if (m instanceof Method) {
            return new PyMethod(self, (Method) m);
        }
        if (m instanceof Property) {
            return ((Property) m).getter.get(self);
        }
        return m;
    }

    /** Assigns an attribute through a property setter, or raises CPython's AttributeError. */
    public void assign(Object self, String attr, Object value) {
        Object m = member(attr);
        if (m instanceof Property) {
            Property p = (Property) m;
            if (p.setter == null) {
                throw Py.attributeError("property '" + attr + "' of '" + name + "' object has no setter");
            }
            p.setter.set(self, value);
            return;
        }
        if (m != null) {
            throw Py.attributeError("'" + name + "' object attribute '" + attr + "' is read-only");
        }
        throw Py.attributeError("'" + name + "' object has no attribute '" + attr + "'");
    }

    /** The names of all members, sorted as {@code dir()} sorts them. */
    public List<String> memberNames() {
        List<String> out = new ArrayList<>();
        for (PyType t = this; t != null; t = t.base) {
            for (String k : t.members.keySet()) {
                if (!out.contains(k)) {
                    out.add(k);
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.TYPE;
    }

    @Override
    public Object getAttribute(String attr) {
        if (attr.equals("__name__")) {
            return name;
        }
        Object m = member(attr);
        if (m instanceof Method) {
            Method method = (Method) m;
            return new PyFunction(name + "." + method.name, method.builtin, args -> {
                if (args.size() == 0) {
                    throw Py.typeError("unbound method " + name + "." + method.name + "() needs an argument");
                }
                Object self = args.get(0);
                PyType owner = owner(attr);
                if (!Py.typeOf(self).isSubtypeOf(owner)) {
                    throw Py.typeError("descriptor '" + method.name + "' for '" + owner.name + "' objects doesn't apply"
                            + " to a '" + Py.typeName(self) + "' object");
                }
                List<Object> rest = new ArrayList<>(args.positional().subList(1, args.size()));
                return method.invoke(self, new Args(rest, args.keywordNames(), args.keywordValues()));
            });
        }
        return m instanceof Property ? null : m;
    }

    @Override
    public List<String> attributeNames() {
        return memberNames();
    }

    @Override
    public Object call(Args args) {
        if (callOverride != null) {
            return callOverride.call(args);
        }
        if (constructor == null) {
            throw Py.typeError("cannot create '" + qualifiedName() + "' instances");
        }
        return constructor.construct(constructorSignature.bind(args.prepend(Py.NONE)));
    }

    @Override
    public String repr() {
        return "<class '" + qualifiedName() + "'>";
    }

    @Override
    public Object binaryOp(Op op, Object other, boolean reflected) {
        if (op == Op.EQ) {
            return this == other;
        }
        if (op == Op.NE) {
            return this != other;
        }
        return Py.NOT_IMPLEMENTED;
    }

    /** Collects a type's members; {@link #build()} freezes it. */
    public static final class Builder<T> {
        private final String name;
        private final String module;
        private PyType base;
        private final Map<String, Object> members = new LinkedHashMap<>();
        private Signature constructorSignature;
        private Constructor constructor;
        private PyObject callOverride;

        Builder(String name, String module) {
            this.name = name;
            this.module = module;
        }

        /** The parent class: its members are inherited and {@code isinstance} sees it. */
        public Builder<T> base(PyType parent) {
            this.base = parent;
            return this;
        }

        /** How calling the class builds an instance; the signature names {@code self} first. */
        public Builder<T> constructor(String signature, Constructor body) {
            this.constructorSignature = Signature.parse(signature);
            this.constructor = body;
            return this;
        }

        /** Calling the class runs {@code callable} on the raw arguments (for builtins with their own messages). */
        public Builder<T> callable(PyObject callable) {
            this.callOverride = callable;
            return this;
        }

        /** A method; the signature names {@code self} first and is qualified: {@code "Sequential.fit(self, ...)"}. */
        @SuppressWarnings("unchecked")
        public Builder<T> method(String methodName, String signature, MethodBody<T> body) {
            members.put(methodName, new Method(methodName, Signature.parse(signature), (MethodBody<Object>) body,
                    false));
            return this;
        }

        /** A method of a built-in type (printed as {@code <built-in method ...>}). */
        @SuppressWarnings("unchecked")
        public Builder<T> builtinMethod(String methodName, String signature, MethodBody<T> body) {
            members.put(methodName, new Method(methodName, Signature.parse(signature), (MethodBody<Object>) body,
                    true));
            return this;
        }

        /** A read-only property. */
        public Builder<T> property(String propertyName, Getter<T> getter) {
            return property(propertyName, getter, null);
        }

        /** A property with a setter. */
        @SuppressWarnings("unchecked")
        public Builder<T> property(String propertyName, Getter<T> getter, Setter<T> setter) {
            members.put(propertyName, new Property((Getter<Object>) getter, (Setter<Object>) setter));
            return this;
        }

        /** A class attribute: the same value for every instance. */
        public Builder<T> constant(String attrName, Object value) {
            members.put(attrName, value);
            return this;
        }

        public PyType build() {
            return new PyType(this);
        }
    }
}
