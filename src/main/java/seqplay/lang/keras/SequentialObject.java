package seqplay.lang.keras;

import seqplay.lessons.RunLog;
import seqplay.models.ModelObserver;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqplay.callbacks.Callback;
import seqplay.errors.Hints;
import seqplay.errors.PyException;
import seqplay.layers.Layer;
import seqplay.lang.Context;
import seqplay.lang.RichEvent;
import seqplay.lang.runtime.Ints;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyDict;
import seqplay.lang.runtime.PyInstance;
import seqplay.lang.runtime.PyList;
import seqplay.lang.runtime.PySequence;
import seqplay.lang.runtime.PyTuple;
import seqplay.lang.runtime.PyType;
import seqplay.losses.Loss;
import seqplay.metrics.Metric;
import seqplay.models.EvaluateResult;
import seqplay.models.Sequential;
import seqplay.models.Summary;
import seqplay.optimizers.Optimizer;
import seqplay.optimizers.Optimizers;
import seqplay.tensor.Tensor;
import seqplay.training.FitOptions;
import seqplay.training.FitRun;
import seqplay.training.LossSpec;
import seqplay.training.MetricSpec;

/**
 * {@code keras.models.Sequential} as Python sees it: the seven steps' {@code add}, {@code compile},
 * {@code summary}, {@code fit} (a {@link seqplay.lang.LongTask}), {@code predict}, and {@code evaluate},
 * {@code get_weights}, {@code set_weights}, {@code count_params}, {@code pop}.
 */
final class SequentialObject extends PyInstance {
    static final PyType TYPE = PyType.builder("Sequential", "keras.src.models.sequential", SequentialObject.class)
            .method("add", "Sequential.add(self, layer, rebuild=True)", (m, a) -> {
                m.add(a[1]);
                return Py.NONE;
            })
            .method("pop", "Sequential.pop(self, rebuild=True)", (m, a) -> m.pop())
            .method("compile", "Sequential.compile(self, optimizer='rmsprop', loss=None, loss_weights=None, "
                    + "metrics=None, weighted_metrics=None, run_eagerly=False, steps_per_execution=1, "
                    + "jit_compile='auto', auto_scale_loss=True)", (m, a) -> {
                        m.compile(a);
                        return Py.NONE;
                    })
            .method("fit", "Sequential.fit(self, x=None, y=None, batch_size=None, epochs=1, verbose='auto', "
                    + "callbacks=None, validation_split=0.0, validation_data=None, shuffle=True, class_weight=None, "
                    + "sample_weight=None, initial_epoch=0, steps_per_epoch=None, validation_steps=None, "
                    + "validation_batch_size=None, validation_freq=1)", (m, a) -> m.fit(a))
            .method("evaluate", "Sequential.evaluate(self, x=None, y=None, batch_size=None, verbose='auto', "
                    + "sample_weight=None, steps=None, callbacks=None, return_dict=False)", (m, a) -> m.evaluate(a))
            .method("predict", "Sequential.predict(self, x, batch_size=None, verbose='auto', steps=None, "
                    + "callbacks=None)", (m, a) -> m.predict(a))
            .method("summary", "Sequential.summary(self, line_length=None, positions=None, print_fn=None, "
                    + "expand_nested=False, show_trainable=False, layer_range=None)", (m, a) -> {
                        m.summary(a[1]);
                        return Py.NONE;
                    })
            .method("get_weights", "Sequential.get_weights(self)", (m, a) -> m.getWeights())
            .method("set_weights", "Sequential.set_weights(self, weights)", (m, a) -> {
                m.setWeights(a[1]);
                return Py.NONE;
            })
            .method("count_params", "Sequential.count_params(self)", (m, a) -> (long) m.model.countParams())
            .property("name", m -> m.model.name())
            .property("layers", m -> m.layerList())
            .property("built", m -> m.model.isBuilt())
            .property("optimizer", m -> m.optimizerObject == null ? Py.NONE : m.optimizerObject)
            .property("loss", m -> m.lossArgument)
            // Keras note: `model.variables` is left out: Keras 3 adds the Dropout layers' seed-generator state and
            // the metrics' variables there, which the playground does not model as Variables.
            .property("weights", m -> m.variableList(true))
            .property("trainable_weights", m -> m.variableList(true))
            .property("trainable_variables", m -> m.variableList(true))
            .property("non_trainable_weights", m -> m.variableList(false))
            .property("metrics_names", m -> {
                // Keras 3's Trainer.metrics: nothing before compile, then the loss tracker and, when compile had
                // metrics=, the one CompileMetrics object named compile_metrics.
                PyList l = new PyList();
                if (m.compiled) {
                    l.append("loss");
                    if (m.hasCompileMetrics) {
                        l.append("compile_metrics");
                    }
                }
                return l;
            })
            .property("input_shape", m -> {
                if (!m.model.isBuilt()) {
                    throw Py.attributeError("The layer sequential has never been called and thus has no defined "
                            + "input.");
                }
                return PyTuple.of(Py.NONE, (long) m.model.inputFeatures());
            })
            .property("output_shape", m -> {
                if (!m.model.isBuilt()) {
                    throw Py.attributeError("The layer sequential has never been called and thus has no defined "
                            + "output.");
                }
                return PyTuple.of(Py.NONE, (long) m.model.outputUnits());
            })
            .build();

    final Sequential model;
    private final Context ctx;
    private final PyType pyType;
    private final Map<Layer, LayerObject> objects = new IdentityHashMap<>();
    private Object optimizerObject;
    /** What compile's {@code loss=} was given, as Keras keeps it in {@code model.loss} (a later None keeps it). */
    private Object lossArgument = Py.NONE;
    private boolean compiled;
    private boolean hasCompileMetrics;

    SequentialObject(Sequential model, Context ctx, PyType pyType) {
        this.model = model;
        this.ctx = ctx;
        this.pyType = pyType;
    }

    @Override
    public PyType type() {
        return pyType;
    }

    @Override
    public String repr() {
        return "<Sequential name=" + model.name() + ", built=" + (model.isBuilt() ? "True" : "False") + ">";
    }

    void add(Object layer) {
        if (layer instanceof InputObject) {
            model.add(((InputObject) layer).input);
            return;
        }
        if (layer instanceof LayerObject) {
            LayerObject l = (LayerObject) layer;
            model.add(l.layer);
            objects.put(l.layer, l);
            l.inModel(model.name());
            observer().layerAdded(model, l.layer, ctx.currentLine());
            return;
        }
        // Keras 3 (models/sequential.py) raises ValueError and formats the value with str(): f"Received: {layer}".
        throw new PyException("ValueError", "Only instances of `keras.Layer` can be added to a Sequential model. "
                + "Received: " + Py.str(layer) + " (of type " + Py.typeOf(layer).repr() + ")", "add-needs-layer");
    }

    private Object pop() {
        Layer l = model.pop();
        LayerObject o = objects.remove(l);
        return o != null ? o : new LayerObject(l, null);
    }

    private PyList layerList() {
        PyList out = new PyList();
        for (Layer l : model.layers()) {
            LayerObject o = objects.get(l);
            if (o == null) {
                o = new LayerObject(l, null);
                objects.put(l, o);
                o.inModel(model.name());
            }
            out.append(o);
        }
        return out;
    }

    // ---- compile ------------------------------------------------------------------------------------------

    private void compile(Object[] a) {
        Optimizer optimizer;
        Object opt = a[1];
        if (opt instanceof String) {
            optimizer = Optimizers.get((String) opt);
            optimizerObject = KerasModules.optimizerObject(optimizer);
        } else if (opt instanceof CoreObject && ((CoreObject) opt).value instanceof Optimizer) {
            optimizer = (Optimizer) ((CoreObject) opt).value;
            optimizerObject = opt;
        } else {
            throw PyException.valueError("Could not interpret optimizer identifier: " + Py.str(opt), "unknown-optimizer");
        }
        LossSpec loss;
        Object l = a[2];
        if (l == Py.NONE) {
            loss = (yTrue, yPred) -> {
                throw Py.valueError("No loss to compute. Provide a `loss` argument in `compile()`.");
            };
        } else if (l instanceof String) {
            loss = LossSpec.named((String) l);
        } else if (l instanceof CoreObject && ((CoreObject) l).value instanceof Loss) {
            loss = LossSpec.of((Loss) ((CoreObject) l).value);
        } else {
            throw PyException.valueError("Could not interpret loss identifier: " + Py.str(l), "unknown-loss");
        }
        if (a[3] != Py.NONE || a[5] != Py.NONE) {
            throw new PyException("NotImplementedError", (a[3] != Py.NONE ? "loss_weights" : "weighted_metrics")
                    + " is not supported in the playground");
        }
        List<MetricSpec> specs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Object metrics = a[4];
        if (metrics != Py.NONE) {
            if (!(metrics instanceof PySequence)) {
                throw Py.typeError("Type of `metrics` argument not understood. Expected a list or dictionary, found: "
                        + Py.str(metrics));
            }
            for (Object m : ((PySequence) metrics).items()) {
                if (m instanceof String) {
                    specs.add(MetricSpec.named((String) m));
                    names.add((String) m);
                } else if (m instanceof CoreObject && ((CoreObject) m).value instanceof Metric) {
                    Metric metric = (Metric) ((CoreObject) m).value;
                    specs.add(MetricSpec.of(metric));
                    names.add(metric.name());
                } else {
                    throw PyException.valueError("Could not interpret metric identifier: " + Py.str(m), "unknown-metric");
                }
            }
        }
        model.compile(optimizer, loss, specs, names);
        if (l != Py.NONE) {
            lossArgument = l;
        }
        compiled = true;
        hasCompileMetrics = hasCompileMetrics || metrics != Py.NONE;
        runLog().compiled(model, l instanceof CoreObject ? ((CoreObject) l).value : l == Py.NONE ? null : l);
        observer().compiled(model);
    }

    /** The host's observer of models (the page's charts), or none. */
    private ModelObserver observer() {
        return ctx.state(ModelObserver.class, () -> ModelObserver.NONE);
    }

    /** What this run did, for grading a lesson's goals and checks. */
    private RunLog runLog() {
        return ctx.state(RunLog.class, RunLog::new);
    }

    // ---- fit / evaluate / predict -------------------------------------------------------------------------

    private static Object verbose(Object v) {
        if (v instanceof String) {
            return v;
        }
        if (Ints.isInt(v)) {
            return Py.toInt(v);
        }
        throw Py.typeError("verbose must be 'auto' or an int, not " + Py.typeName(v));
    }

    private static int verboseLevel(Object v) {
        Object level = verbose(v);
        return level instanceof Integer ? (Integer) level : 1;
    }

    private static int batchSize(Object v) {
        return v == Py.NONE ? 32 : Py.toInt(v);
    }

    private static void notSupported(Object value, Object neutral, String name) {
        if (value != Py.NONE && !Py.eq(value, neutral)) {
            throw new PyException("NotImplementedError", "fit(" + name + "=...) is not supported in the playground");
        }
    }

    private Object fit(Object[] a) {
        notSupported(a[10], Py.NONE, "class_weight");
        notSupported(a[11], Py.NONE, "sample_weight");
        notSupported(a[12], 0L, "initial_epoch");
        notSupported(a[13], Py.NONE, "steps_per_epoch");
        Tensor x = Values.tensor(a[1], "x");
        Tensor y = Values.tensor(a[2], "y");
        FitOptions options = FitOptions.defaults(Py.toInt(a[4]))
                .withBatchSize(batchSize(a[3]))
                .withVerbose(verbose(a[5]))
                .withValidationSplit(Py.toDouble(a[7]))
                .withShuffle(Py.truthy(a[9]));
        if (a[8] != Py.NONE) {
            List<Object> vd = Py.toList(a[8]);
            if (vd.size() != 2) {
                throw Py.valueError("When passing a `validation_data` argument, it must contain either 2 items (x_val, "
                        + "y_val), or 3 items (x_val, y_val, val_sample_weights). Received a tuple of " + vd.size()
                        + " items.");
            }
            options = options.withValidationData(Values.tensor(vd.get(0), "x_val"), Values.tensor(vd.get(1), "y_val"));
        }
        if (a[6] != Py.NONE) {
            List<Callback> callbacks = new ArrayList<>();
            for (Object c : Py.toList(a[6])) {
                if (!(c instanceof CoreObject) || !(((CoreObject) c).value instanceof Callback)) {
                    throw Py.typeError("Expected `callbacks` to be a list of `keras.callbacks.Callback` instances. "
                            + "Received: " + Py.repr(c));
                }
                callbacks.add((Callback) ((CoreObject) c).value);
            }
            options = options.withCallbacks(callbacks);
        }
        ModelObserver observer = observer();
        if (observer != ModelObserver.NONE) {
            List<Callback> withObserver = new ArrayList<>(options.callbacks());
            withObserver.add(observer.epochCallback(model));
            options = options.withCallbacks(withObserver);
        }
        FitRun run = model.startFit(x, y, options, Progress.to(ctx), Progress.clock(ctx));
        runLog().fitted(model, options, run.history());
        observer.fitStarted(model, x, y);
        int line = ctx.currentLine();
        return new FitTask(run, () -> {
            observer.fitEnded(model, run.history());
            divergenceNote(run, line);
        });
    }

    /**
     * A teaching note for a fit whose loss became nan or inf, at the line of the {@code fit} call: the page shows
     * it as a warning there, the CLI on standard error. Its plain text is empty, so standard output stays Keras'.
     */
    // Keras note: Keras prints `loss: nan` and carries on without a word; the note is the playground's own.
    private void divergenceNote(FitRun run, int line) {
        List<Double> losses = run.history().history().get("loss");
        int epoch = 0;
        double value = Double.NaN;
        for (int i = 0; losses != null && i < losses.size(); i++) {
            double v = losses.get(i); // as logged: float32, so a loss past 3.4e38 shows as inf
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                epoch = i + 1;
                value = v;
                break;
            }
        }
        if (epoch == 0) {
            if (!run.sawNonFiniteLoss()) {
                return;
            }
            epoch = losses == null ? 1 : losses.size() + 1; // stopped before the epoch that diverged was logged
        }
        String shown = Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
        String id = "loss-not-finite";
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("line", line);
        data.put("message", Hints.text(id, ctx.language(), Integer.toString(epoch), shown));
        data.put("ko", Hints.text(id, "ko", Integer.toString(epoch), shown));
        data.put("en", Hints.text(id, "en", Integer.toString(epoch), shown));
        ctx.output().rich(new RichEvent("note", "", data));
    }

    private Object evaluate(Object[] a) {
        notSupported(a[5], Py.NONE, "sample_weight");
        Tensor x = Values.tensor(a[1], "x");
        Tensor y = Values.tensor(a[2], "y");
        EvaluateResult r = model.evaluate(x, y, batchSize(a[3]), verboseLevel(a[4]), Progress.to(ctx),
                Progress.clock(ctx));
        runLog().evaluated(model, r);
        observer().evaluated(model, x, y, r);
        if (Py.truthy(a[8])) {
            return new PyDict(new LinkedHashMap<>(r.asDict()));
        }
        if (r.isScalar()) {
            return r.loss();
        }
        return new PyList(r.asList());
    }

    private Object predict(Object[] a) {
        Tensor x = Values.tensor(a[1], "x");
        Tensor out = model.predict(x, batchSize(a[2]), verboseLevel(a[3]), Progress.to(ctx), Progress.clock(ctx));
        observer().predicted(model, x, out);
        return Values.float32(out);
    }

    private void summary(Object lineLength) {
        int width = lineLength == Py.NONE ? Summary.DEFAULT_LINE_LENGTH : Py.toInt(lineLength);
        String text = model.summary(width);
        if (!text.endsWith("\n")) {
            text += "\n";
        }
        Map<String, Object> data = new LinkedHashMap<>();
        List<Object> rows = new ArrayList<>();
        for (Summary.Row row : Summary.rows(model)) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("layer", row.layer());
            r.put("outputShape", row.outputShape());
            r.put("params", row.params());
            rows.add(r);
        }
        data.put("model", model.name());
        data.put("rows", rows);
        ctx.output().endLiveLine();
        ctx.output().rich(new RichEvent("summary", text, data));
    }

    /** The layers' Variables in layer order: the same objects {@code model.layers[i].weights} holds. */
    private PyList variableList(boolean trainable) {
        PyList out = new PyList();
        for (Object o : layerList().items()) {
            for (Object v : ((LayerObject) o).variableList(trainable).items()) {
                out.append(v);
            }
        }
        return out;
    }

    private PyList getWeights() {
        PyList out = new PyList();
        for (Tensor t : model.getWeights()) {
            out.append(Values.float32(t));
        }
        return out;
    }

    private void setWeights(Object weights) {
        List<Tensor> tensors = new ArrayList<>();
        for (Object w : Py.toList(weights)) {
            tensors.add(Values.tensor(w, "weights"));
        }
        model.setWeights(tensors);
    }
}
