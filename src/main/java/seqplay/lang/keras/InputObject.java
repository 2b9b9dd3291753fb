package seqplay.lang.keras;

import seqplay.layers.Input;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyInstance;
import seqplay.lang.runtime.PyTuple;
import seqplay.lang.runtime.PyType;

/** What {@code keras.layers.Input(shape=(4,))} returns: a symbolic tensor with the batch dimension None. */
final class InputObject extends PyInstance {
    static final PyType TYPE = PyType.builder("KerasTensor", "keras.src.backend.common.keras_tensor", InputObject.class)
            .property("shape", i -> PyTuple.of(Py.NONE, (long) i.input.features()))
            .property("dtype", i -> "float32")
            .property("name", i -> i.name)
            .build();

    final Input input;
    final String name;

    InputObject(Input input, String name) {
        this.input = input;
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<KerasTensor shape=(None, " + input.features() + "), dtype=float32, sparse=False, ragged=False, name="
                + name + ">";
    }
}
