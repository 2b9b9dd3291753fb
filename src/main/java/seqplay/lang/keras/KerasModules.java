package seqplay.lang.keras;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqplay.activations.Activation;
import seqplay.activations.Activations;
import seqplay.backend.Session;
import seqplay.callbacks.EarlyStopping;
import seqplay.errors.PyException;
import seqplay.initializers.Initializer;
import seqplay.initializers.Initializers;
import seqplay.layers.ActivationLayer;
import seqplay.layers.Dense;
import seqplay.layers.Dropout;
import seqplay.layers.Input;
import seqplay.layers.Layer;
import seqplay.lang.Context;
import seqplay.lang.runtime.Ints;
import seqplay.lang.runtime.Modules;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyDict;
import seqplay.lang.runtime.PyFunction;
import seqplay.lang.runtime.PyModule;
import seqplay.lang.runtime.PySequence;
import seqplay.lang.runtime.PyType;
import seqplay.losses.Loss;
import seqplay.losses.Losses;
import seqplay.metrics.Metrics;
import seqplay.models.Sequential;
import seqplay.optimizers.Optimizers;
import seqplay.tensor.Tensor;
import seqplay.utils.Categorical;

/**
 * Registers the Keras modules under every spelling learners use: {@code keras.X}, {@code tensorflow.keras.X}
 * ({@code tf.keras.X} after {@code import tensorflow as tf}), {@code from tensorflow.keras.layers import Dense},
 * {@code from keras import layers}.
 *
 * <pre>{@code
 * Modules modules = new Modules();
 * NumpyModule.register(modules);
 * KerasModules.register(modules);
 * }</pre>
 */
public final class KerasModules {
    /** What {@code keras.__version__} and {@code tf.__version__} report: the versions keras-spec.md was checked on. */
    static final String KERAS_VERSION = "3.15.1";
    static final String TF_VERSION = "2.21.0";

    private static final String[] SUBMODULES = {"models", "layers", "utils", "backend", "optimizers", "losses",
        "metrics", "initializers", "activations", "callbacks"};

    /** Layers Keras has and the playground does not. */
    private static final String[] UNSUPPORTED_LAYERS = {"Flatten", "Conv1D", "Conv2D", "MaxPooling1D",
        "MaxPooling2D", "AveragePooling2D", "GlobalAveragePooling2D", "BatchNormalization", "LayerNormalization",
        "Embedding", "SimpleRNN", "LSTM", "GRU", "Reshape", "Concatenate", "LeakyReLU", "ReLU", "Softmax",
        "Normalization", "Rescaling", "InputLayer"};

    private KerasModules() {
    }

    /** Adds {@code keras}, {@code tensorflow} and their submodules to {@code modules}. */
    public static void register(Modules modules) {
        modules.register("keras", ctx -> {
            Classes c = classes(ctx);
            return new PyModule("keras").add("__version__", KERAS_VERSION).add("Sequential", c.sequential)
                    .add("Input", c.input);
        });
        modules.register("keras.models", ctx -> new PyModule("keras.models").add("Sequential", classes(ctx).sequential));
        modules.register("keras.layers", KerasModules::layers);
        modules.register("keras.utils", KerasModules::utils);
        modules.register("keras.backend", ctx -> new PyModule("keras.backend")
                .add("clear_session", PyFunction.of("clear_session(free_memory=True)", a -> {
                    Values.session(ctx).clearSession();
                    return Py.NONE;
                }))
                .add("floatx", PyFunction.of("floatx()", a -> "float32"))
                .add("epsilon", PyFunction.of("epsilon()", a -> 1e-07)));
        modules.register("keras.optimizers", KerasModules::optimizers);
        modules.register("keras.losses", KerasModules::losses);
        modules.register("keras.metrics", KerasModules::metrics);
        modules.register("keras.initializers", KerasModules::initializers);
        modules.register("keras.activations", KerasModules::activations);
        modules.register("keras.callbacks", KerasModules::callbacks);
        modules.register("tensorflow", ctx -> new PyModule("tensorflow").add("__version__", TF_VERSION));
        modules.register("tensorflow.random", ctx -> new PyModule("tensorflow.random")
                .add("set_seed", PyFunction.of("set_seed(seed)", a -> {
                    Values.session(ctx).setRandomSeed(seed(a[0]));
                    return Py.NONE;
                })));
        modules.alias("tensorflow.keras", "keras");
        for (String sub : SUBMODULES) {
            modules.alias("tensorflow.keras." + sub, "keras." + sub);
        }
    }

    /** The run's Python classes that construct core objects (they capture the run's session). */
    static final class Classes {
        final PyType sequential;
        final PyType input;
        final PyType dense;
        final PyType dropout;
        final PyType activation;

        Classes(Context ctx) {
            Session session = Values.session(ctx);
            PyType[] seq = new PyType[1];
            seq[0] = PyType.builder("Sequential", "keras.src.models.sequential").base(SequentialObject.TYPE)
                    .callable(PyFunction.of("Sequential.__init__(layers=None, trainable=True, name=None)", a -> {
                        String name = a[2] == Py.NONE ? session.uniqueName("sequential") : Py.toStr(a[2], "name");
                        SequentialObject m = new SequentialObject(new Sequential(session, name), ctx, seq[0]);
                        if (a[0] != Py.NONE) {
                            for (Object layer : Py.toList(a[0])) {
                                m.add(layer);
                            }
                        }
                        return m;
                    })).build();
            sequential = seq[0];
            input = PyType.builder("Input", "keras.src.layers.core.input_layer").base(InputObject.TYPE)
                    .callable(PyFunction.of("Input(shape=None, batch_size=None, dtype=None, sparse=None, "
                            + "batch_shape=None, name=None, tensor=None, optional=False)", a -> input(session, a)))
                    .build();
            PyType[] d = new PyType[1];
            d[0] = PyType.builder("Dense", "keras.src.layers.core.dense").base(LayerObject.DENSE)
                    .callable(PyFunction.of("Dense.__init__(units, activation=None, use_bias=True, "
                            + "kernel_initializer='glorot_uniform', bias_initializer='zeros', kernel_regularizer=None, "
                            + "bias_regularizer=None, activity_regularizer=None, kernel_constraint=None, "
                            + "bias_constraint=None, lora_rank=None, lora_alpha=None, **kwargs)",
                            a -> dense(ctx, session, d[0], a))).build();
            dense = d[0];
            PyType[] dr = new PyType[1];
            dr[0] = PyType.builder("Dropout", "keras.src.layers.regularization.dropout").base(LayerObject.DROPOUT)
                    .callable(PyFunction.of("Dropout.__init__(rate, noise_shape=None, seed=None, **kwargs)", a -> {
                        String name = layerName(session, "dropout", a[3], "Dropout");
                        double rate = Py.toDouble(a[0]);
                        if (rate < 0 || rate > 1) {
                            throw Py.valueError("Invalid value received for argument `rate`. Expected a float value "
                                    + "between 0 and 1. Received: rate=" + Py.repr(a[0]));
                        }
                        return finish(ctx, session, new LayerObject(new Dropout(name, rate, session.random()), dr[0]),
                                (PyDict) a[3]);
                    })).build();
            dropout = dr[0];
            PyType[] ac = new PyType[1];
            ac[0] = PyType.builder("Activation", "keras.src.layers.activations.activation")
                    .base(LayerObject.ACTIVATION)
                    .callable(PyFunction.of("Activation.__init__(activation, **kwargs)", a -> {
                        String name = layerName(session, "activation", a[1], "Activation");
                        return finish(ctx, session, new LayerObject(new ActivationLayer(name, activation(a[0])), ac[0]),
                                (PyDict) a[1]);
                    })).build();
            activation = ac[0];
        }
    }

    static Classes classes(Context ctx) {
        return ctx.state(Classes.class, () -> new Classes(ctx));
    }

    private static long seed(Object v) {
        if (!Ints.isInt(v) || v instanceof Boolean) {
            throw Py.valueError("Expected `seed` argument to be an integer. Received: seed=" + Py.repr(v));
        }
        return Py.indexValue(v, "");
    }

    // ---- layers -------------------------------------------------------------------------------------------

    private static Object input(Session session, Object[] a) {
        Object shape = a[0];
        if (shape == Py.NONE) {
            if (a[4] != Py.NONE) {
                List<Object> bs = Py.toList(a[4]);
                shape = new seqplay.lang.runtime.PyTuple(bs.subList(1, bs.size()));
            } else {
                throw Py.valueError("You must pass a `shape` argument.");
            }
        }
        if (!(shape instanceof PySequence)) {
            throw Py.valueError("Cannot convert '" + Py.str(shape) + "' to a shape.");
        }
        List<Object> dims = ((PySequence) shape).items();
        int[] s = new int[dims.size()];
        for (int i = 0; i < s.length; i++) {
            Object dim = dims.get(i);
            if (dim == Py.NONE || !Ints.isInt(dim) || Py.indexValue(dim, "") < 0) {
                throw Py.valueError("Cannot convert '" + Py.str(shape) + "' to a shape. Found invalid entry '"
                        + Py.str(dim) + "'. ");
            }
            s[i] = Py.toInt(dim);
        }
        String name = a[5] == Py.NONE ? session.uniqueName("keras_tensor") : Py.toStr(a[5], "name");
        return new InputObject(new Input(s, a[5] == Py.NONE ? null : name), name);
    }

    /** Layer names: the one given, or Keras' automatic {@code dense}, {@code dense_1}... */
    private static String layerName(Session session, String prefix, Object kwargs, String className) {
        Map<String, Object> k = Values.kwargs(kwargs);
        Object name = k.get("name");
        if (name != null) {
            if (!(name instanceof String)) {
                throw Py.typeError("Expected `name` to be a string. Received: " + Py.repr(name));
            }
            return (String) name;
        }
        return session.uniqueName(prefix);
    }

    /** Checks the base Layer's keyword arguments, and builds a first layer given input_shape/input_dim. */
    private static LayerObject finish(Context ctx, Session session, LayerObject layer, PyDict kwargs) {
        Map<String, Object> rest = new LinkedHashMap<>();
        Object inputDim = null;
        for (Map.Entry<String, Object> e : kwargs.asStringMap().entrySet()) {
            switch (e.getKey()) {
                case "name":
                case "dtype":
                case "trainable":
                case "autocast":
                    break;
                case "input_dim":
                    inputDim = e.getValue();
                    break;
                case "input_shape": {
                    Object v = e.getValue();
                    if (v instanceof PySequence && ((PySequence) v).size() == 1) {
                        inputDim = ((PySequence) v).get(0);
                    } else {
                        throw new PyException("NotImplementedError", "The playground supports flat inputs only: "
                                + "input_shape=(n,). Received: input_shape=" + Py.repr(v), "flat-input-only");
                    }
                    break;
                }
                default:
                    rest.put(e.getKey(), e.getValue());
                    break;
            }
        }
        if (!rest.isEmpty()) {
            PyDict bad = new PyDict();
            for (Map.Entry<String, Object> e : rest.entrySet()) {
                bad.put(e.getKey(), e.getValue());
            }
            throw Py.typeError("Unrecognized keyword arguments passed to " + layer.layer.className() + ": "
                    + Py.repr(bad));
        }
        if (inputDim != null) {
            ctx.output().writeError("UserWarning: Do not pass an `input_shape`/`input_dim` argument to a layer. "
                    + "When using Sequential models, prefer using an `Input(shape)` object as the first layer in the "
                    + "model instead.\n");
            layer.layer.build(Py.toInt(inputDim), session.random());
        }
        return layer;
    }

    private static Activation activation(Object a) {
        if (a == Py.NONE) {
            return Activations.LINEAR;
        }
        if (a instanceof String) {
            return Activations.get((String) a);
        }
        if (a instanceof ActivationFunction) {
            return ((ActivationFunction) a).activation;
        }
        throw PyException.valueError("Could not interpret activation function identifier: " + Py.str(a), "unknown-activation");
    }

    private static Initializer initializer(Object v) {
        if (v instanceof String) {
            return Initializers.get((String) v);
        }
        if (v instanceof CoreObject && ((CoreObject) v).value instanceof Initializer) {
            return (Initializer) ((CoreObject) v).value;
        }
        throw PyException.valueError("Could not interpret initializer identifier: " + Py.str(v), "unknown-initializer");
    }

    private static Object dense(Context ctx, Session session, PyType type, Object[] a) {
        Object units = a[0];
        if (!(units instanceof Long) || (Long) units <= 0) {
            throw Py.valueError("Received an invalid value for `units`, expected a positive integer. Received: units="
                    + Py.repr(units));
        }
        for (int i = 5; i <= 11; i++) {
            if (a[i] != Py.NONE) {
                String[] names = {"kernel_regularizer", "bias_regularizer", "activity_regularizer", "kernel_constraint",
                    "bias_constraint", "lora_rank", "lora_alpha"};
                throw new PyException("NotImplementedError", names[i - 5] + " is not supported in the playground");
            }
        }
        String name = layerName(session, "dense", a[12], "Dense");
        Dense layer = new Dense(name, Py.toInt(units), activation(a[1]), Py.truthy(a[2]), initializer(a[3]),
                initializer(a[4]));
        return finish(ctx, session, new LayerObject(layer, type), (PyDict) a[12]);
    }

    private static PyModule layers(Context ctx) {
        Classes c = classes(ctx);
        PyModule m = new PyModule("keras.layers").add("Input", c.input).add("Dense", c.dense)
                .add("Dropout", c.dropout).add("Activation", c.activation).add("Layer", LayerObject.LAYER);
        for (String name : UNSUPPORTED_LAYERS) {
            m.add(name, new PyFunction(name, false, args -> {
                throw new PyException("NotImplementedError", "keras.layers." + name
                        + " is not supported in the playground (it offers Input, Dense, Dropout and Activation)");
            }));
        }
        return m;
    }

    // ---- utils --------------------------------------------------------------------------------------------

    private static PyModule utils(Context ctx) {
        return new PyModule("keras.utils")
                .add("to_categorical", PyFunction.of("to_categorical(x, num_classes=None)", a -> {
                    Tensor labels = Values.tensor(a[0], "x");
                    Integer k = a[1] == Py.NONE ? null : Py.toInt(a[1]);
                    return Values.float64(Categorical.toCategorical(labels, k));
                }))
                .add("set_random_seed", PyFunction.of("set_random_seed(seed)", a -> {
                    Values.session(ctx).setRandomSeed(seed(a[0]));
                    return Py.NONE;
                }));
    }

    // ---- optimizers, losses, metrics, initializers, activations, callbacks ---------------------------------

    private static final Map<String, PyType> OPTIMIZER_TYPES = new LinkedHashMap<>();

    static synchronized PyType optimizerType(String className) {
        String key = className.toLowerCase(java.util.Locale.ROOT);
        PyType t = OPTIMIZER_TYPES.get(key);
        if (t == null) {
            String name = key.equals("sgd") ? "SGD" : key.equals("rmsprop") ? "RMSprop" : key.equals("adagrad")
                    ? "Adagrad" : "Adam";
            List<String> parameters = Optimizers.parameterNames(name);
            PyType[] self = new PyType[1];
            self[0] = PyType.builder(name, "keras.src.optimizers." + key, OptimizerObject.class)
                    .property("learning_rate", o -> o.learningRate, (o, v) -> o.learningRate.assign(v))
                    .property("iterations", o -> o.iterations)
                    .property("name", o -> o.name)
                    .callable(new PyFunction(name, false, args -> {
                        Map<String, Object> kwargs = CoreObject.named(name, parameters, args);
                        seqplay.optimizers.Optimizer o = Optimizers.create(name, kwargs);
                        Object given = kwargs.get("name");
                        return new OptimizerObject(self[0], o, given instanceof String s ? s
                                : OptimizerObject.defaultName(name));
                    })).build();
            t = self[0];
            OPTIMIZER_TYPES.put(key, t);
        }
        return t;
    }

    /** The Python object of an optimizer a string named ({@code compile(optimizer='adam')}). */
    static OptimizerObject optimizerObject(seqplay.optimizers.Optimizer o) {
        PyType t = optimizerType(o.name());
        return new OptimizerObject(t, o, OptimizerObject.defaultName(t.name()));
    }

    private static PyModule optimizers(Context ctx) {
        PyModule m = new PyModule("keras.optimizers");
        for (String n : new String[] {"Adam", "SGD", "RMSprop", "Adagrad"}) {
            m.add(n, optimizerType(n));
        }
        m.add("get", PyFunction.of("get(identifier)", a -> {
            if (a[0] instanceof CoreObject) {
                return a[0];
            }
            return optimizerObject(Optimizers.get(Py.toStr(a[0], "identifier")));
        }));
        return m;
    }

    private static final Map<String, PyType> LOSS_TYPES = new LinkedHashMap<>();

    private static synchronized PyType lossType(String className) {
        return LOSS_TYPES.computeIfAbsent(className, n -> CoreObject.classOf(n, "keras.src.losses.losses",
                Losses.parameterNames(n), kwargs -> Losses.create(n, kwargs), null));
    }

    private static PyModule losses(Context ctx) {
        PyModule m = new PyModule("keras.losses");
        for (String n : Losses.names()) {
            if (Character.isUpperCase(n.charAt(0)) && Losses.parameterNames(n) != null) {
                m.add(n, lossType(n));
            } else if (Character.isLowerCase(n.charAt(0)) && n.contains("_")) {
                Loss loss = Losses.get(n);
                m.add(n, new LossFunction(n, loss));
            }
        }
        m.add("get", PyFunction.of("get(identifier)", a -> {
            if (a[0] instanceof CoreObject || a[0] instanceof LossFunction) {
                return a[0];
            }
            String id = Py.toStr(a[0], "identifier");
            Loss l = Losses.get(id);
            return Character.isUpperCase(id.charAt(0)) ? new CoreObject(lossType(id), l) : new LossFunction(id, l);
        }));
        return m;
    }

    private static final Map<String, PyType> METRIC_TYPES = new LinkedHashMap<>();

    private static synchronized PyType metricType(String className) {
        return METRIC_TYPES.computeIfAbsent(className, n -> CoreObject.classOf(n, "keras.src.metrics",
                Metrics.parameterNames(n), kwargs -> Metrics.create(n, kwargs), null));
    }

    private static PyModule metrics(Context ctx) {
        PyModule m = new PyModule("keras.metrics");
        for (String n : Metrics.names()) {
            if (Character.isUpperCase(n.charAt(0)) && Metrics.parameterNames(n) != null) {
                m.add(n, metricType(n));
            }
        }
        return m;
    }

    private static final Map<String, PyType> INITIALIZER_TYPES = new LinkedHashMap<>();

    private static synchronized PyType initializerType(String className) {
        return INITIALIZER_TYPES.computeIfAbsent(className, n -> CoreObject.classOf(n, "keras.src.initializers",
                Initializers.parameterNames(n), kwargs -> Initializers.create(n, kwargs), null));
    }

    private static PyModule initializers(Context ctx) {
        PyModule m = new PyModule("keras.initializers");
        for (String n : Initializers.names()) {
            if (Character.isUpperCase(n.charAt(0)) && Initializers.parameterNames(n) != null) {
                m.add(n, initializerType(n));
            }
        }
        return m;
    }

    private static PyModule activations(Context ctx) {
        PyModule m = new PyModule("keras.activations");
        for (String n : Activations.names()) {
            m.add(n, new ActivationFunction(Activations.get(n)));
        }
        m.add("get", PyFunction.of("get(identifier)", a -> a[0] instanceof ActivationFunction ? a[0]
                : new ActivationFunction(activation(a[0]))));
        return m;
    }

    private static final List<String> EARLY_STOPPING = List.of("monitor", "min_delta", "patience", "verbose", "mode",
            "baseline", "restore_best_weights", "start_from_epoch");

    private static PyType earlyStoppingType;

    private static synchronized PyType earlyStopping() {
        if (earlyStoppingType == null) {
            earlyStoppingType = CoreObject.classOf("EarlyStopping", "keras.src.callbacks.early_stopping",
                    EARLY_STOPPING, KerasModules::newEarlyStopping, null);
        }
        return earlyStoppingType;
    }

    private static Object newEarlyStopping(Map<String, Object> k) {
        for (String key : k.keySet()) {
            if (!EARLY_STOPPING.contains(key)) {
                throw Py.typeError("EarlyStopping.__init__() got an unexpected keyword argument '" + key + "'");
            }
        }
        Object monitor = k.getOrDefault("monitor", "val_loss");
        Object baseline = k.get("baseline");
        return new EarlyStopping(monitor == null ? "val_loss" : String.valueOf(monitor),
                number(k.getOrDefault("min_delta", 0L)), integer(k.getOrDefault("patience", 0L)),
                integer(k.getOrDefault("verbose", 0L)), String.valueOf(k.getOrDefault("mode", "auto")),
                baseline == null ? null : number(baseline), Boolean.TRUE.equals(k.get("restore_best_weights"))
                || (k.get("restore_best_weights") instanceof Long && (Long) k.get("restore_best_weights") != 0),
                integer(k.getOrDefault("start_from_epoch", 0L)));
    }

    private static double number(Object v) {
        return Py.toDouble(v);
    }

    private static int integer(Object v) {
        return Py.toInt(v);
    }

    private static PyModule callbacks(Context ctx) {
        return new PyModule("keras.callbacks").add("EarlyStopping", earlyStopping())
                .add("History", HistoryObject.TYPE);
    }

    /** {@code keras.losses.mean_squared_error}: a loss function passed as {@code loss=}. */
    static final class LossFunction extends CoreObject {
        LossFunction(String name, Loss loss) {
            super(ActivationFunction.FUNCTION, loss);
            this.name = name;
        }

        private final String name;

        @Override
        public Object getAttribute(String attr) {
            return attr.equals("__name__") ? name : super.getAttribute(attr);
        }

        @Override
        public String repr() {
            return "<function " + name + " at " + Py.address(this) + ">";
        }
    }

    static List<String> layerNames(List<Layer> layers) {
        List<String> out = new ArrayList<>();
        for (Layer l : layers) {
            out.add(l.name());
        }
        return out;
    }
}
