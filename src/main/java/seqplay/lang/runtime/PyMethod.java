package seqplay.lang.runtime;

/** A method bound to its instance, as {@code model.fit} evaluates before it is called. */
public final class PyMethod implements PyObject {
    private final Object self;
    private final PyType.Method method;

    PyMethod(Object self, PyType.Method method) {
        this.self = self;
        this.method = method;
    }

    /** The instance the method is bound to. */
    public Object self() {
        return self;
    }

    /** The method's name, e.g. {@code fit}. */
    public String name() {
        return method.name;
    }

    /** The method's qualified name, e.g. {@code Sequential.fit}. */
    public String qualname() {
        return method.signature.qualname();
    }

    @Override
    public PyType type() {
        return method.builtin ? BuiltinTypes.BUILTIN_FUNCTION : BuiltinTypes.METHOD;
    }

    @Override
    public Object getAttribute(String attr) {
        return attr.equals("__name__") ? method.name : null;
    }

    @Override
    public Object call(Args args) {
        return method.invoke(self, args);
    }

    @Override
    public String repr() {
        if (method.builtin) {
            return "<built-in method " + method.name + " of " + Py.typeOf(self).name() + " object at "
                    + Py.address(self) + ">";
        }
        return "<bound method " + method.signature.qualname() + " of " + Py.repr(self) + ">";
    }
}
