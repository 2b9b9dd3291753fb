package seqplay.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import seqplay.callbacks.Callback;
import seqplay.callbacks.History;
import seqplay.callbacks.TrainingContext;
import seqplay.layers.Layer;
import seqplay.lang.Context;
import seqplay.lessons.RunLog;
import seqplay.models.EvaluateResult;
import seqplay.models.ModelObserver;
import seqplay.models.Sequential;
import seqplay.tensor.Tensor;
import seqplay.training.FitRun;
import seqplay.training.ProgressSink;

/**
 * Watches a session's models for the page: the network diagram as layers are added ({@code model}), the fit as
 * it runs ({@code fit-start}, {@code epoch}, {@code weights}, the decision boundary or the regression fit), and
 * the confusion matrix or regression plot after {@code predict}/{@code evaluate} (docs/worker-protocol.md).
 *
 * <p>Pictures that need predictions (weights, boundary, regression) are redrawn at most every
 * {@link #DRAW_INTERVAL_MS} while a fit runs, plus once when it starts and once when it ends: a fit of ten tiny
 * epochs draws three times, a long one four times a second. Drawing predicts with {@code verbose=0}, which draws
 * no random numbers, so watching a fit never changes it.
 */
final class PageObserver implements ModelObserver {
    /** The least time between two redraws of the pictures during a fit. */
    static final double DRAW_INTERVAL_MS = 250;

    private final EventQueue events;
    private final PageOutput output;
    private final Context context;
    private final Map<Layer, Integer> lines = new IdentityHashMap<>();
    /** The model the diagram shows: the last one a layer was added to or that was fitted. */
    private Sequential shown;
    /** The training data of the last fit, for the pictures during the fit and after predict(x). */
    private Sequential fitModel;
    private Tensor fitX;
    private Tensor fitY;
    private int fitEpochs;
    private History lastHistory;
    private double lastDraw = Double.NEGATIVE_INFINITY;

    PageObserver(EventQueue events, PageOutput output, Context context) {
        this.events = events;
        this.output = output;
        this.context = context;
    }

    /** The History of the session's last fit (null before any), for the run's {@code done}. */
    History lastHistory() {
        return lastHistory;
    }

    @Override
    public void layerAdded(Sequential model, Layer layer, int line) {
        lines.put(layer, line);
        show(model);
        if (model.isBuilt()) {
            output.flush();
            Charts.weights(events, model);
        }
    }

    private void show(Sequential model) {
        shown = model;
        List<Layer> layers = model.layers();
        int[] at = new int[layers.size()];
        for (int i = 0; i < at.length; i++) {
            Integer line = lines.get(layers.get(i));
            at[i] = line == null ? 0 : line;
        }
        output.flush();
        Charts.model(events, model, at);
    }

    @Override
    public void fitStarted(Sequential model, Tensor x, Tensor y) {
        fitModel = model;
        fitX = x;
        fitY = y;
        if (model != shown) {
            show(model);
        }
    }

    @Override
    public Callback epochCallback(Sequential model) {
        return new Callback() {
            @Override
            public void onTrainBegin(TrainingContext training) {
                fitBegins(model, training);
            }

            @Override
            public void onTrainBatchEnd(int batch, Map<String, Double> logs) {
                if (clock() - lastDraw >= DRAW_INTERVAL_MS) {
                    draw(model);
                }
            }

            @Override
            public void onEpochEnd(int epoch, Map<String, Double> logs) {
                epochEnds(model, epoch, logs);
            }
        };
    }

    private void fitBegins(Sequential model, TrainingContext training) {
        int steps = 0;
        fitEpochs = 0;
        if (training instanceof FitRun run) {
            fitEpochs = run.epochs();
            steps = run.stepsPerEpoch();
        }
        List<String> keys = new ArrayList<>();
        keys.add("loss");
        keys.addAll(model.metricNames());
        RunLog.Fit fit = context.state(RunLog.class, RunLog::new).lastFit();
        if (fit != null && fit.model() == model && fit.validation()) {
            int n = keys.size();
            for (int i = 0; i < n; i++) {
                keys.add("val_" + keys.get(i));
            }
        }
        keys.sort(null); // Keras 3 sorts its log keys
        output.flush();
        Json e = events.event("fit-start").name("epochs").value(fitEpochs).name("steps").value(steps)
                .name("keys").beginArray();
        for (String k : keys) {
            e.value(k);
        }
        events.add(e.endArray());
        draw(model);
    }

    private void epochEnds(Sequential model, int epoch, Map<String, Double> logs) {
        output.flush();
        Json e = events.event("epoch").name("epoch").value(epoch + 1).name("epochs").value(fitEpochs)
                .name("logs").beginObject();
        for (Map.Entry<String, Double> log : logs.entrySet()) {
            e.name(log.getKey()).value(log.getValue() == null ? Double.NaN : log.getValue());
        }
        events.add(e.endObject());
        if (clock() - lastDraw >= DRAW_INTERVAL_MS) {
            draw(model);
        }
    }

    @Override
    public void fitEnded(Sequential model, History history) {
        lastHistory = history;
        draw(model);
    }

    /** The weights, and the boundary or the regression fit on the training data. */
    private void draw(Sequential model) {
        lastDraw = clock();
        if (!model.isBuilt()) {
            return;
        }
        output.flush();
        if (model == shown) {
            Charts.weights(events, model);
        }
        if (model != fitModel || fitX.rank() != 2) {
            return;
        }
        if (isClassifier(model)) {
            if (fitX.cols() == 2) {
                Charts.boundary(events, model, fitX, fitY);
            }
        } else if (model.outputUnits() == 1) {
            Charts.regression(events, model, fitX, fitY);
        }
    }

    @Override
    public void predicted(Sequential model, Tensor x, Tensor prediction) {
        if (model != fitModel || x.rows() != fitX.rows() || !Arrays.equals(x.data(), fitX.data())) {
            return; // predictions on new data: no labels to compare with
        }
        output.flush();
        if (isClassifier(model)) {
            Charts.confusion(events, fitY, prediction);
        } else if (model.outputUnits() == 1) {
            Charts.regression(events, model, x, fitY);
        }
    }

    @Override
    public void evaluated(Sequential model, Tensor x, Tensor y, EvaluateResult result) {
        if (!model.isBuilt()) {
            return;
        }
        output.flush();
        if (isClassifier(model)) {
            Charts.confusion(events, y, model.predict(x, 256, 0, ProgressSink.NONE, null));
        } else if (model.outputUnits() == 1) {
            Charts.regression(events, model, x, y);
        }
    }

    /** A classifier ends in sigmoid or softmax (the activation of the last layer that has one). */
    static boolean isClassifier(Sequential model) {
        List<Layer> layers = model.layers();
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i).activation() != null) {
                String name = layers.get(i).activation().name();
                return name.equals("sigmoid") || name.equals("softmax");
            }
        }
        return false;
    }

    private double clock() {
        return context.clock().millis();
    }
}
