package seqplay.lang.runtime;

/** Python's singletons: {@code None}, {@code NotImplemented}, {@code Ellipsis}. */
public final class PyConstant implements PyObject {
    private final String name;
    private final String typeName;

    PyConstant(String name, String typeName) {
        this.name = name;
        this.typeName = typeName;
    }

    @Override
    public PyType type() {
        switch (typeName) {
            case "NoneType":
                return BuiltinTypes.NONE_TYPE;
            case "ellipsis":
                return BuiltinTypes.ELLIPSIS_TYPE;
            default:
                return BuiltinTypes.NOT_IMPLEMENTED_TYPE;
        }
    }

    @Override
    public boolean truthy() {
        return this != Py.NONE;
    }

    @Override
    public String repr() {
        return name;
    }

    @Override
    public long hash() {
        return name.hashCode();
    }
}
