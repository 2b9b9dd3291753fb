package seqplay.lang.keras;

import seqplay.activations.Activation;
import seqplay.errors.PyException;
import seqplay.lang.runtime.Args;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyObject;
import seqplay.lang.runtime.PyType;

/**
 * {@code keras.activations.relu} and friends: values that can be passed as {@code activation=}. Printed as the
 * Python functions they are ({@code <function relu at 0x7f3a...>}).
 */
final class ActivationFunction implements PyObject {
    static final PyType FUNCTION = PyType.builder("function", "builtins").build();

    final Activation activation;

    ActivationFunction(Activation activation) {
        this.activation = activation;
    }

    @Override
    public PyType type() {
        return FUNCTION;
    }

    @Override
    public Object getAttribute(String name) {
        return name.equals("__name__") ? activation.name() : null;
    }

    @Override
    public Object call(Args args) {
        // Keras note: Keras applies the function to a tensor; the playground's activations run inside layers only.
        throw new PyException("NotImplementedError", "calling keras.activations." + activation.name()
                + "() directly is not supported in the playground; use it as a layer's activation", "lang.unsupported.def");
    }

    @Override
    public String repr() {
        return "<function " + activation.name() + " at " + Py.address(this) + ">";
    }

    @Override
    public Object binaryOp(seqplay.lang.runtime.Op op, Object other, boolean reflected) {
        if (op == seqplay.lang.runtime.Op.EQ || op == seqplay.lang.runtime.Op.NE) {
            boolean same = other instanceof ActivationFunction
                    && ((ActivationFunction) other).activation.name().equals(activation.name());
            return (op == seqplay.lang.runtime.Op.EQ) == same;
        }
        return Py.NOT_IMPLEMENTED;
    }
}
