package seqplay.training;

import java.util.Map;
import seqplay.callbacks.Callback;

/**
 * Keras' {@code ProgbarLogger}: prints {@code Epoch e/E} (only when there is more than one epoch) and one progress
 * bar per epoch, updated after each batch and finalised with the epoch's logs (validation included).
 */
public final class ProgbarLogger implements Callback {
    private final int verbose;
    private final int epochs;
    private final int steps;
    private final Clock clock;
    private final ProgressSink sink;
    private ProgressBar bar;

    public ProgbarLogger(int verbose, int epochs, int steps, Clock clock, ProgressSink sink) {
        this.verbose = verbose;
        this.epochs = epochs;
        this.steps = steps;
        this.clock = clock;
        this.sink = sink;
    }

    @Override
    public void onEpochBegin(int epoch) {
        bar = new ProgressBar(steps, verbose, clock, sink);
        if (verbose != 0 && epochs > 1) {
            sink.print("Epoch " + (epoch + 1) + "/" + epochs);
        }
    }

    @Override
    public boolean usesBatchLogs() {
        return verbose == 1;
    }

    @Override
    public void onTrainBatchEnd(int batch, Map<String, Double> logs) {
        if (verbose == 1) {
            bar.update(batch + 1, logs, false);
        }
    }

    @Override
    public void onTrainBatchEnd(int batch, String[] keys, double[] values) {
        if (verbose == 1) {
            bar.update(batch + 1, keys, values, false);
        }
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs) {
        bar.update(steps, logs, true);
    }
}
