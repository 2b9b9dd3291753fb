package seqplay.lang.keras;

import java.util.ArrayList;
import java.util.List;
import seqplay.backend.Variable;
import seqplay.errors.PyException;
import seqplay.layers.Dense;
import seqplay.layers.Dropout;
import seqplay.layers.Layer;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyInstance;
import seqplay.lang.runtime.PyList;
import seqplay.lang.runtime.PyTuple;
import seqplay.lang.runtime.PyType;
import seqplay.tensor.Tensor;

/** A Keras layer ({@code Dense}, {@code Dropout}, {@code Activation}) as Python sees it: {@code <Dense name=dense, built=True>}. */
final class LayerObject extends PyInstance {
    static final PyType LAYER = PyType.builder("Layer", "keras.src.layers.layer", LayerObject.class)
            .property("name", l -> l.layer.name())
            .property("built", l -> l.layer.isBuilt())
            .property("trainable", l -> true)
            .property("weights", l -> l.variableList(true))
            .property("trainable_weights", l -> l.variableList(true))
            .property("non_trainable_weights", l -> l.variableList(false))
            .property("trainable_variables", l -> l.variableList(true))
            .property("input_shape", l -> l.shapeOf(l.layer.isBuilt() ? l.layer.inputDim() : -1, "input"))
            .property("output_shape", l -> l.shapeOf(l.layer.isBuilt()
                    ? l.layer.outputDim(l.layer.inputDim()) : -1, "output"))
            .method("get_weights", "Layer.get_weights(self)", (l, a) -> l.getWeights())
            .method("set_weights", "Layer.set_weights(self, weights)", (l, a) -> {
                l.setWeights(a[1]);
                return Py.NONE;
            })
            .method("count_params", "Layer.count_params(self)", (l, a) -> {
                if (!l.layer.isBuilt()) {
                    throw Py.valueError("You tried to call `count_params` on layer '" + l.layer.name()
                            + "', but the layer isn't built. You can build it manually via: "
                            + "`layer.build(input_shape)`.");
                }
                return (long) l.layer.countParams();
            })
            .build();

    static final PyType DENSE = PyType.builder("Dense", "keras.src.layers.core.dense", LayerObject.class)
            .base(LAYER)
            .property("units", l -> (long) ((Dense) l.layer).units())
            .property("use_bias", l -> ((Dense) l.layer).useBias())
            .property("activation", l -> new ActivationFunction(l.layer.activation()))
            .property("variables", l -> l.variableList(true))
            .property("kernel", l -> l.variable(0))
            .property("bias", l -> l.variable(1))
            .build();

    static final PyType DROPOUT = PyType.builder("Dropout", "keras.src.layers.regularization.dropout",
            LayerObject.class).base(LAYER).property("rate", l -> ((Dropout) l.layer).rate()).build();

    static final PyType ACTIVATION = PyType.builder("Activation", "keras.src.layers.activations.activation",
            LayerObject.class).base(LAYER)
            .property("activation", l -> new ActivationFunction(l.layer.activation()))
            .property("variables", l -> l.variableList(true))
            .build();

    final Layer layer;
    private final PyType pyType;
    private final java.util.Map<Variable, VariableObject> variables = new java.util.IdentityHashMap<>();
    private String model;

    /** A layer of the run's Python class {@code pyType} (a subclass of {@link #DENSE} etc. that can be called). */
    LayerObject(Layer layer, PyType pyType) {
        this.layer = layer;
        this.pyType = pyType;
    }

    @Override
    public PyType type() {
        if (pyType != null) {
            return pyType;
        }
        if (layer instanceof Dense) {
            return DENSE;
        }
        return layer instanceof Dropout ? DROPOUT : ACTIVATION;
    }

    @Override
    public String repr() {
        return "<" + layer.className() + " name=" + layer.name() + ", built=" + (layer.isBuilt() ? "True" : "False")
                + ">";
    }

    private Object shapeOf(int features, String which) {
        if (features < 0) {
            // Keras 3's message for a layer that has not been called yet.
            throw Py.attributeError("The layer " + layer.name() + " has never been called and thus has no defined "
                    + which + ".");
        }
        return PyTuple.of(Py.NONE, (long) features);
    }

    /** {@code layer.kernel} (i = 0) or {@code layer.bias} (i = 1, None without a bias), as Keras 3's Dense. */
    private Object variable(int i) {
        if (!layer.isBuilt()) {
            throw new PyException("AttributeError", i == 0 ? "You must build the layer before accessing `kernel`."
                    : "'Dense' object has no attribute 'bias'", "layer-not-built");
        }
        List<Variable> vars = layer.variables();
        return i < vars.size() ? variableObject(vars.get(i)) : Py.NONE;
    }

    /** The same Python object for the same weight, as Keras returns (so {@code layer.kernel is layer.kernel}). */
    private VariableObject variableObject(Variable v) {
        return variables.computeIfAbsent(v, w -> VariableObject.of(w, model == null ? w.path() : model + "/" + w.path()));
    }

    /**
     * Records the model the layer belongs to: Keras builds a Sequential's layers inside the model's name scope,
     * so their variables' paths start with the model's name ({@code sequential/dense/kernel}).
     */
    void inModel(String modelName) {
        if (!java.util.Objects.equals(model, modelName)) {
            model = modelName;
            variables.clear();
        }
    }

    /** The layer's trainable variables (all of them: the playground has no frozen weights), or the others (none). */
    PyList variableList(boolean trainable) {
        PyList out = new PyList();
        for (Variable v : layer.variables()) {
            if (v.trainable() == trainable) {
                out.append(variableObject(v));
            }
        }
        return out;
    }

    /** {@code get_weights()}: numpy arrays (copies), unlike {@code weights}. */
    PyList getWeights() {
        PyList out = new PyList();
        for (Variable v : layer.variables()) {
            out.append(Values.float32(v.snapshot()));
        }
        return out;
    }

    void setWeights(Object weights) {
        List<Object> given = Py.toList(weights);
        List<Variable> vars = layer.variables();
        if (given.size() != vars.size()) {
            throw Py.valueError("You called `set_weights(weights)` on layer '" + layer.name() + "' with a weight list "
                    + "of length " + given.size() + ", but the layer was expecting " + vars.size() + " weights.");
        }
        List<Tensor> tensors = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++) {
            Tensor t = Values.tensor(given.get(i), "weights");
            if (!java.util.Arrays.equals(t.shape(), vars.get(i).shape())) {
                throw new PyException("ValueError", "Layer " + layer.name() + " weight shape "
                        + Tensor.shapeString(vars.get(i).shape()) + " is not compatible with provided weight shape "
                        + Tensor.shapeString(t.shape()) + ".");
            }
            tensors.add(t);
        }
        for (int i = 0; i < vars.size(); i++) {
            vars.get(i).assign(tensors.get(i).data());
        }
    }
}
