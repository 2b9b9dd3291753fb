package seqplay.callbacks;

import java.util.List;
import java.util.Map;
import seqplay.errors.PyException;
import seqplay.tensor.Tensor;

/**
 * Stops training when a monitored quantity has stopped improving.
 *
 * <p>Defaults as Keras 3: {@code monitor='val_loss', min_delta=0, patience=0, verbose=0, mode='auto',
 * baseline=None, restore_best_weights=False, start_from_epoch=0}. Each epoch {@code wait += 1}; an improvement
 * ({@code current - min_delta > best} for max, {@code current + min_delta < best} for min) resets it; training stops
 * when {@code wait >= patience} after the first epoch. With {@code restore_best_weights} the best epoch's weights
 * are put back when training ends.
 *
 * <pre>{@code
 * stop = keras.callbacks.EarlyStopping(monitor='val_loss', patience=3, restore_best_weights=True)
 * model.fit(x, y, epochs=100, validation_split=0.2, callbacks=[stop])
 * }</pre>
 */
public final class EarlyStopping implements Callback {
    private final String monitor;
    private final double minDeltaAbs;
    private final int patience;
    private final int verbose;
    private final String mode;
    private final Double baseline;
    private final boolean restoreBestWeights;
    private final int startFromEpoch;

    private TrainingContext context;
    private Boolean maximize;
    private double minDelta;
    private double best;
    private int wait;
    private int stoppedEpoch;
    private int bestEpoch;
    private List<Tensor> bestWeights;

    public EarlyStopping(String monitor, double minDelta, int patience, int verbose, String mode, Double baseline,
            boolean restoreBestWeights, int startFromEpoch) {
        this.monitor = monitor;
        this.minDeltaAbs = Math.abs(minDelta);
        this.patience = patience;
        this.verbose = verbose;
        this.mode = mode;
        this.baseline = baseline;
        this.restoreBestWeights = restoreBestWeights;
        this.startFromEpoch = startFromEpoch;
    }

    /** {@code EarlyStopping()} with Keras' defaults. */
    public EarlyStopping() {
        this("val_loss", 0, 0, 0, "auto", null, false, 0);
    }

    /** Keras' warning for an unknown mode (the callback then falls back to auto). */
    public static String unknownModeWarning(String mode) {
        return "EarlyStopping mode " + mode + " is unknown, fallback to auto mode.";
    }

    @Override
    public void onTrainBegin(TrainingContext ctx) {
        this.context = ctx;
        wait = 0;
        stoppedEpoch = 0;
        bestWeights = null;
        bestEpoch = 0;
    }

    private void chooseDirection() {
        if ("min".equals(mode)) {
            maximize = false;
        } else if ("max".equals(mode)) {
            maximize = true;
        } else {
            String metric = monitor.startsWith("val_") ? monitor.substring(4) : monitor;
            if (metric.equals("loss")) {
                maximize = false;
            }
            Boolean up = context.metricDirection(metric);
            if (up != null) {
                maximize = up;
            }
        }
        if (maximize == null) {
            throw PyException.valueError("EarlyStopping callback received monitor=" + monitor
                    + ", but Keras isn't able to automatically determine whether that metric should be maximized or"
                    + " minimized. Pass `mode='max'` in order to monitor based on the highest metric value, or pass"
                    + " `mode='min'` in order to use the lowest value.");
        }
        minDelta = maximize ? minDeltaAbs : -minDeltaAbs;
        best = maximize ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    private boolean isImprovement(double value, double reference) {
        double shifted = value - minDelta;
        return maximize ? shifted > reference : shifted < reference;
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs) {
        if (maximize == null) {
            chooseDirection();
        }
        Double current = logs.get(monitor);
        if (current == null) {
            context.warn("Early stopping conditioned on metric `" + monitor + "` which is not available. "
                    + "Available metrics are: " + String.join(",", logs.keySet()));
            return;
        }
        if (epoch < startFromEpoch) {
            return;
        }
        if (restoreBestWeights && bestWeights == null) {
            bestWeights = context.getWeights();
            bestEpoch = epoch;
        }
        wait++;
        if (isImprovement(current, best)) {
            best = current;
            bestEpoch = epoch;
            if (restoreBestWeights) {
                bestWeights = context.getWeights();
            }
            if (baseline == null || isImprovement(current, baseline)) {
                wait = 0;
            }
            return;
        }
        if (wait >= patience && epoch > 0) {
            stoppedEpoch = epoch;
            context.stopTraining();
        }
    }

    @Override
    public void onTrainEnd(Map<String, Double> logs) {
        if (stoppedEpoch > 0 && verbose > 0) {
            context.print("Epoch " + (stoppedEpoch + 1) + ": early stopping");
        }
        if (restoreBestWeights && bestWeights != null) {
            if (verbose > 0) {
                context.print("Restoring model weights from the end of the best epoch: " + (bestEpoch + 1) + ".");
            }
            context.setWeights(bestWeights);
        }
    }

    /** The epoch (0-based) at which training was stopped, or 0. */
    public int stoppedEpoch() {
        return stoppedEpoch;
    }

    public int epochsWithoutImprovement() {
        return wait;
    }

    public double best() {
        return best;
    }
}
