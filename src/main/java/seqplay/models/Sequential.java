package seqplay.models;

import seqplay.format.PyFloat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import seqplay.activations.Activation;
import seqplay.activations.Activations;
import seqplay.backend.Session;
import seqplay.backend.Variable;
import seqplay.callbacks.History;
import seqplay.errors.PyException;
import seqplay.layers.Dense;
import seqplay.layers.Input;
import seqplay.layers.Layer;
import seqplay.losses.Loss;
import seqplay.metrics.Metric;
import seqplay.optimizers.Optimizer;
import seqplay.tensor.Maths;
import seqplay.tensor.Tensor;
import seqplay.training.Clock;
import seqplay.training.Engine;
import seqplay.training.FitOptions;
import seqplay.training.FitRun;
import seqplay.training.LossSpec;
import seqplay.training.MetricSpec;
import seqplay.training.ProgressBar;
import seqplay.training.ProgressSink;

/**
 * A plain stack of layers where each layer has one input and one output.
 *
 * <p>With an {@code Input} first, every layer is built as it is added; otherwise the model is built from the data
 * of the first {@code fit}, {@code evaluate} or {@code predict}. {@code compile()} picks the optimizer (default
 * {@code "rmsprop"}), the loss and the metrics; loss and metric names are resolved at the first fit, as in Keras 3.
 *
 * <pre>{@code
 * model = keras.models.Sequential()
 * model.add(keras.layers.Input(shape=(4,)))
 * model.add(keras.layers.Dense(3, activation='softmax'))
 * model.compile(loss='categorical_crossentropy', optimizer='adam', metrics=['accuracy'])
 * }</pre>
 */
public final class Sequential implements FitRun.WeightAccess {
    /** The largest model the browser can hold comfortably (float64 weights plus optimizer slots). */
    public static final int MAX_PARAMS = 20_000_000;

    private final Session session;
    private final String name;
    private final List<Layer> layers = new ArrayList<>();
    private Input input;
    private int builtFeatures = -1;

    private Optimizer optimizer;
    private LossSpec lossSpec;
    private List<MetricSpec> metricSpecs = List.of();
    private List<String> metricNames = List.of();
    private boolean compiled;

    public Sequential(Session session, String name) {
        this.session = session;
        this.name = name == null ? session.uniqueName("sequential") : name;
    }

    public Sequential(Session session) {
        this(session, null);
    }

    public String name() {
        return name;
    }

    public Session session() {
        return session;
    }

    /** The layers in order (the Input is not a layer, as in Keras 3's {@code model.layers}). */
    public List<Layer> layers() {
        return List.copyOf(layers);
    }

    /** The Input given first, or {@code null}. */
    public Input input() {
        return input;
    }

    public boolean isBuilt() {
        return builtFeatures >= 0 && !layers.isEmpty();
    }

    /** Input features once known (from the Input or the first data), else -1. */
    public int inputFeatures() {
        return input != null ? input.features() : builtFeatures;
    }

    // ---- building ---------------------------------------------------------------------------------------------

    /** {@code model.add(keras.layers.Input(shape=(n,)))}: must come first. */
    public void add(Input in) {
        if (input != null) {
            throw PyException.valueError("Sequential model '" + name + "' has already been configured to use input "
                    + "shape " + Tensor.batchShape(input.features()) + ". You cannot add a different Input layer to it.");
        }
        if (!layers.isEmpty()) {
            // Keras note: Keras 3 appends such an Input after the layers and never uses it; the playground says so.
            throw PyException.valueError("The Input must be the first thing added to Sequential model '" + name
                    + "'. Received it after " + layers.size() + " layer(s).", "input-first");
        }
        input = in;
        builtFeatures = in.features();
    }

    /** {@code model.add(layer)}: builds it at once when the input size is known. */
    public void add(Layer layer) {
        for (Layer l : layers) {
            if (l.name().equals(layer.name())) {
                throw PyException.valueError("All layers added to a Sequential model should have unique names. "
                        + "Name '" + layer.name() + "' is already the name of a layer in this model. Update the "
                        + "`name` argument to pass a unique name.");
            }
        }
        if (layer.isBuilt() && layers.isEmpty() && input == null) {
            builtFeatures = layer.inputDim();
        }
        layers.add(layer);
        if (builtFeatures >= 0) {
            buildFrom(layers.size() - 1);
        }
    }

    /** {@code model.pop()}: removes and returns the last layer. */
    public Layer pop() {
        if (layers.isEmpty()) {
            throw PyException.indexError("pop from empty list");
        }
        return layers.remove(layers.size() - 1);
    }

    /** Builds the layers from index {@code from} on, for the known input size. */
    private void buildFrom(int from) {
        int features = builtFeatures;
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            if (i >= from && !layer.isBuilt()) {
                layer.build(features, session.random());
                checkSize();
            } else if (layer.isBuilt() && layer.inputDim() != features) {
                throw incompatibleInput(layer, features, "True");
            }
            features = layer.outputDim(features);
        }
    }

    private void checkSize() {
        long total = 0;
        for (Layer l : layers) {
            total += l.countParams();
        }
        if (total > MAX_PARAMS) {
            // Keras note: Keras would try to allocate it; a browser tab runs out of memory instead, so the
            // playground stops early with a clear message.
            throw new PyException("ResourceExhaustedError", "The model has " + total + " parameters; the playground"
                    + " trains models of up to " + MAX_PARAMS + " parameters in the browser.", "model-too-large");
        }
    }

    /** Builds an input-less model for {@code features} input columns (Keras' deferred build). */
    public void build(int features) {
        if (layers.isEmpty()) {
            throw PyException.valueError("Sequential model " + name + " cannot be built because it has no layers. "
                    + "Call `model.add(layer)`.");
        }
        if (builtFeatures < 0) {
            builtFeatures = features;
        }
        buildFrom(0);
    }

    private int outputDim() {
        int f = builtFeatures;
        for (Layer l : layers) {
            f = l.outputDim(f);
        }
        return f;
    }

    // ---- compile ----------------------------------------------------------------------------------------------

    /**
     * {@code model.compile(optimizer, loss, metrics)}.
     *
     * @param metricNames the log names of the metrics, in the order given (for evaluate's return value)
     */
    public void compile(Optimizer optimizer, LossSpec loss, List<MetricSpec> metrics, List<String> metricNames) {
        this.optimizer = optimizer;
        this.lossSpec = loss;
        this.metricSpecs = List.copyOf(metrics);
        this.metricNames = List.copyOf(metricNames);
        this.compiled = true;
        optimizer.reset();
    }

    public boolean isCompiled() {
        return compiled;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    private void requireCompiled() {
        if (!compiled) {
            throw PyException.valueError("You must call `compile()` before using the model.", "compile-first");
        }
    }

    // ---- data checks ------------------------------------------------------------------------------------------

    /** What Keras prints for the batch dimension: the batch size when the data divides evenly, else None. */
    static String batchDim(int rows, int batchSize) {
        return rows > 0 && rows % batchSize == 0 ? Integer.toString(batchSize) : "None";
    }

    private void prepareForData(Tensor x, int batchSize, String training) {
        if (layers.isEmpty()) {
            throw PyException.valueError("Sequential model " + name + " cannot be built because it has no layers. "
                    + "Call `model.add(layer)`.");
        }
        int expected = inputFeatures();
        if (x.rank() != 2) {
            if (expected >= 0) {
                String got = Tensor.shapeString(x.shape());
                // Keras note: Keras names the symbolic input tensor ('keras_tensor_N'); the playground names the
                // model's input instead.
                throw PyException.valueError("Invalid input shape for input Tensor(\"data:0\", shape=" + got
                        + ", dtype=float32) with name '" + inputName() + "' and path ''. Expected shape "
                        + Tensor.batchShape(expected) + ", but input has incompatible shape " + got,
                        "predict-needs-2d");
            }
            throw PyException.valueError("Expected input data with 2 dimensions (samples, features). Received: shape="
                    + Tensor.shapeString(x.shape()), "predict-needs-2d");
        }
        if (expected < 0) {
            build(x.cols());
            return;
        }
        if (x.cols() != expected) {
            Layer first = layers.get(0);
            throw incompatibleInput(first, x.cols(), training, batchDim(x.rows(), batchSize), expected);
        }
        if (!isBuilt() || !layers.get(layers.size() - 1).isBuilt()) {
            buildFrom(0);
        }
    }

    private String inputName() {
        return input != null && input.name() != null ? input.name() : "keras_tensor";
    }

    private PyException incompatibleInput(Layer layer, int got, String training) {
        return incompatibleInput(layer, got, training, "None", layer.inputDim());
    }

    private PyException incompatibleInput(Layer layer, int got, String training, String batch, int expected) {
        String shape = "(" + batch + ", " + got + ")";
        // Keras 3 wraps errors raised inside Sequential.call() like this (spec §8); its bold ANSI codes are left out.
        return PyException.valueError("Exception encountered when calling Sequential.call().\n\n"
                + "Input 0 with name 'None' of layer '" + layer.name() + "' is incompatible with the layer: expected "
                + "axis -1 of input shape to have value " + expected + ", but received input with shape " + shape
                + "\n\nArguments received by Sequential.call():\n"
                + "  \u2022 inputs=tf.Tensor(shape=" + shape + ", dtype=float32)\n"
                + "  \u2022 training=" + training + "\n"
                + "  \u2022 mask=None\n"
                + "  \u2022 kwargs=<class 'inspect._empty'>", "wrong-feature-count");
    }

    private static void checkCardinality(Tensor x, Tensor y) {
        if (x.rows() != y.rows()) {
            throw PyException.valueError("Data cardinality is ambiguous. Make sure all arrays contain the same number"
                    + " of samples.'x' sizes: " + x.rows() + "\n'y' sizes: " + y.rows() + "\n", "cardinality");
        }
    }

    /** The label layout the loss sees: labels expanded to {@code (N, 1)} when the model has one output. */
    private record Labels(double[] data, int cols, int[] shape) {
    }

    private static Labels labels(Tensor y) {
        if (y.rank() == 1) {
            return new Labels(y.data(), 1, y.shape());
        }
        return new Labels(y.data(), y.cols(), y.shape());
    }

    /** Resolves the loss and metrics for this data and makes the engine; Keras' warnings go to the sink. */
    private Engine engineFor(Tensor y, int batchSize, ProgressSink sink) {
        int out = outputDim();
        int[] yPredShape = {y.rows(), out};
        int[] yTrueShape = y.shape();
        String batch = batchDim(y.rows(), batchSize);
        Layer last = layers.get(layers.size() - 1);
        Activation lastActivation = last.activation();
        if (lastActivation != null && lastActivation.name().equals("softmax") && out == 1) {
            sink.warning("UserWarning: " + Activations.softmaxSizeOneWarning(batch));
        }
        Loss loss = lossSpec.resolve(yTrueShape, yPredShape);
        loss.checkShapes(yTrueShape, yPredShape, batch);
        boolean carriesLogits = lastActivation != null && lastActivation.carriesLogits();
        for (String warning : loss.warnings(yTrueShape, yPredShape, batch, carriesLogits)) {
            sink.warning(warning);
        }
        List<Metric> metrics = new ArrayList<>();
        for (MetricSpec spec : metricSpecs) {
            metrics.add(spec.resolve(yTrueShape, yPredShape));
        }
        Labels labels = labels(y);
        return new Engine(layers, loss, optimizer, metrics, out, labels.cols());
    }

    // ---- fit / evaluate / predict ------------------------------------------------------------------------------

    /**
     * Starts a fit that the host steps through ({@link FitRun#step}). All argument and shape errors are raised
     * here, before any batch runs.
     */
    public FitRun startFit(Tensor x, Tensor y, FitOptions options, ProgressSink sink, Clock clock) {
        requireCompiled();
        checkCardinality(x, y);
        if (options.batchSize() <= 0) {
            throw PyException.valueError("Expected `batch_size` to be a positive integer. Received: batch_size="
                    + options.batchSize());
        }
        int n = x.rows();
        Tensor xTrain = x;
        Tensor yTrain = y;
        Tensor xVal = options.validationX();
        Tensor yVal = options.validationY();
        if (xVal == null && options.validationSplit() > 0) {
            int splitAt = (int) Math.floor(n * (1.0 - options.validationSplit()));
            if (splitAt <= 0 || splitAt >= n) {
                throw PyException.valueError("Training data contains " + n + " samples, which is not sufficient to "
                        + "split it into a validation and training set as specified by `validation_split="
                        + PyFloat.repr(options.validationSplit()) + "`. Either provide more data, or a different value "
                        + "for the `validation_split` argument.");
            }
            // Keras takes the last fraction as validation, before any shuffling.
            xTrain = rowSlice(x, 0, splitAt);
            yTrain = rowSlice(y, 0, splitAt);
            xVal = rowSlice(x, splitAt, n);
            yVal = rowSlice(y, splitAt, n);
        }
        prepareForData(xTrain, options.batchSize(), "True");
        Engine engine = engineFor(yTrain, options.batchSize(), sink);
        double[] xv = null;
        double[] yv = null;
        int valRows = 0;
        if (xVal != null) {
            checkCardinality(xVal, yVal);
            prepareForData(xVal, options.batchSize(), "False");
            xv = xVal.data();
            yv = yVal.data();
            valRows = xVal.rows();
        }
        Labels labels = labels(yTrain);
        return new FitRun(engine, xTrain.data(), labels.data(), xTrain.cols(), labels.cols(), xTrain.rows(), xv, yv,
                valRows, options.batchSize(), options.epochs(), options.shuffle(), options.verbose(),
                options.callbacks(), session.random(), this, clock, sink);
    }

    /** {@code model.fit(...)} run to the end. */
    public History fit(Tensor x, Tensor y, FitOptions options, ProgressSink sink, Clock clock) {
        FitRun run = startFit(x, y, options, sink, clock);
        while (run.step(Integer.MAX_VALUE)) {
            // the CLI and tests need no slices
        }
        return run.history();
    }

    /**
     * {@code model.evaluate(x, y)}: the loss, then the metrics in compile order (the dict form is
     * {@link EvaluateResult#asDict()}).
     */
    public EvaluateResult evaluate(Tensor x, Tensor y, int batchSize, int verbose, ProgressSink sink, Clock clock) {
        requireCompiled();
        checkCardinality(x, y);
        prepareForData(x, batchSize, "False");
        Engine engine = engineFor(y, batchSize, sink);
        engine.resetMetrics();
        Labels labels = labels(y);
        int rows = x.rows();
        int features = x.cols();
        int steps = (rows + batchSize - 1) / batchSize;
        ProgressBar bar = verbose == 0 ? null : new ProgressBar(steps, verbose, clock, sink);
        double[] xb = new double[Math.min(batchSize, rows) * features];
        double[] yb = new double[Math.min(batchSize, rows) * labels.cols()];
        for (int step = 0; step < steps; step++) {
            int start = step * batchSize;
            int n = Math.min(batchSize, rows - start);
            System.arraycopy(x.data(), start * features, xb, 0, n * features);
            System.arraycopy(labels.data(), start * labels.cols(), yb, 0, n * labels.cols());
            engine.testBatch(xb, yb, n);
            if (bar != null && verbose == 1) {
                bar.update(step + 1, logsOf(engine), false);
            }
        }
        Map<String, Double> logs = logsOf(engine);
        if (bar != null) {
            bar.update(steps, logs, true);
        }
        LinkedHashMap<String, Double> ordered = new LinkedHashMap<>();
        ordered.put("loss", logs.get("loss"));
        for (Metric m : engine.metrics()) {
            ordered.put(m.name(), logs.get(m.name()));
        }
        return new EvaluateResult(ordered);
    }

    private static Map<String, Double> logsOf(Engine engine) {
        TreeMap<String, Double> logs = new TreeMap<>();
        logs.put("loss", Maths.roundToFloat32(engine.lossResult()));
        for (Metric m : engine.metrics()) {
            logs.put(m.name(), Maths.roundToFloat32(m.result()));
        }
        return logs;
    }

    /**
     * {@code model.predict(x)}: outputs of shape {@code (N, units)}, rounded to float32 as Keras returns them.
     * Works without compile.
     */
    public Tensor predict(Tensor x, int batchSize, int verbose, ProgressSink sink, Clock clock) {
        prepareForData(x, batchSize, "False");
        int rows = x.rows();
        int features = x.cols();
        int out = outputDim();
        double[] result = new double[rows * out];
        int steps = Math.max(1, (rows + batchSize - 1) / batchSize);
        ProgressBar bar = verbose == 0 ? null : new ProgressBar(steps, verbose, clock, sink);
        double[] xb = new double[Math.max(1, Math.min(batchSize, rows)) * features];
        for (int step = 0; step * batchSize < rows; step++) {
            int start = step * batchSize;
            int n = Math.min(batchSize, rows - start);
            System.arraycopy(x.data(), start * features, xb, 0, n * features);
            double[] h = xb;
            for (Layer layer : layers) {
                h = layer.forward(h, n, false);
            }
            for (int k = 0; k < n * out; k++) {
                // Keras note: computed in float64, returned rounded to float32 like Keras' float32 predictions.
                result[start * out + k] = Maths.roundToFloat32(h[k]);
            }
            if (bar != null && verbose == 1) {
                bar.update(step + 1, null, false);
            }
        }
        if (bar != null) {
            bar.update(steps, null, true);
        }
        return Tensor.matrix(rows, out, result);
    }

    private static Tensor rowSlice(Tensor t, int from, int to) {
        int cols = t.cols();
        double[] d = Arrays.copyOfRange(t.data(), from * cols, to * cols);
        int[] shape = t.shape();
        shape[0] = to - from;
        return new Tensor(shape, d);
    }

    // ---- weights ----------------------------------------------------------------------------------------------

    /** All weight variables in Keras' order: per layer, kernel then bias. */
    public List<Variable> variables() {
        List<Variable> vars = new ArrayList<>();
        for (Layer l : layers) {
            vars.addAll(l.variables());
        }
        return vars;
    }

    @Override
    public List<Tensor> getWeights() {
        List<Tensor> out = new ArrayList<>();
        for (Variable v : variables()) {
            out.add(v.snapshot());
        }
        return out;
    }

    @Override
    public void setWeights(List<Tensor> weights) {
        List<Variable> vars = variables();
        if (vars.size() != weights.size()) {
            throw PyException.valueError("You called `set_weights(weights)` on layer '" + name + "' with a weight list"
                    + " of length " + weights.size() + ", but the layer was expecting " + vars.size() + " weights.");
        }
        for (int i = 0; i < vars.size(); i++) {
            Variable v = vars.get(i);
            Tensor w = weights.get(i);
            if (!Arrays.equals(v.shape(), w.shape())) {
                String layerName = v.path().substring(0, v.path().indexOf('/'));
                throw PyException.valueError("Layer " + layerName + " weight shape " + Tensor.shapeString(v.shape())
                        + " is not compatible with provided weight shape " + Tensor.shapeString(w.shape()) + ".");
            }
        }
        for (int i = 0; i < vars.size(); i++) {
            vars.get(i).assign(weights.get(i).data());
        }
    }

    /** {@code model.count_params()}. */
    public int countParams() {
        if (!isBuilt()) {
            throw PyException.valueError("You tried to call `count_params` on layer '" + name + "', but the layer isn't"
                    + " built. You can build it manually via: `layer.build(input_shape)`.");
        }
        int n = 0;
        for (Layer l : layers) {
            n += l.countParams();
        }
        return n;
    }

    /** The output shape Keras' summary shows for layer {@code i}, e.g. {@code (None, 8)}, or {@code ?}. */
    String outputShapeOf(int i) {
        if (!layers.get(i).isBuilt()) {
            return "?";
        }
        int f = builtFeatures;
        for (int k = 0; k <= i; k++) {
            f = layers.get(k).outputDim(f);
        }
        return Tensor.batchShape(f);
    }

    /** {@code model.summary()} as Keras 3 prints it (see {@link Summary}). */
    public String summary(int lineLength) {
        return Summary.format(this, lineLength);
    }

    /** The units of the output layer when it is a Dense layer, else -1 (for checks and charts). */
    public int outputUnits() {
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i) instanceof Dense d) {
                return d.units();
            }
        }
        return -1;
    }

    /** The metric names given to compile, in order. */
    public List<String> metricNames() {
        return metricNames;
    }
}
