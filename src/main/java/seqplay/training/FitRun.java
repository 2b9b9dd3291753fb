package seqplay.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import seqplay.callbacks.Callback;
import seqplay.callbacks.History;
import seqplay.callbacks.TrainingContext;
import seqplay.metrics.Metric;
import seqplay.random.SeededRandom;
import seqplay.tensor.Maths;
import seqplay.tensor.Tensor;

/**
 * A {@code fit} that the host drives one slice at a time: {@link #step(int)} trains at most that many batches
 * and returns, so a browser worker can read a Stop message between slices and the CLI can simply loop.
 *
 * <p>The loop is Keras 3's: callbacks in the order user callbacks, History, progress logger; per epoch a fresh
 * permutation of the training rows (when shuffling), metrics reset, batches of {@code batch_size} with the last
 * one partial, then validation with the end-of-epoch weights and {@code val_}-prefixed logs, then
 * {@code on_epoch_end}; {@code stop_training} ends the fit after the current epoch.
 *
 * <pre>{@code
 * history = model.fit(x, y, epochs=10, batch_size=32, validation_split=0.2)
 * }</pre>
 */
public final class FitRun implements TrainingContext {
    /** Access to the model's weights for callbacks (EarlyStopping's restore). */
    public interface WeightAccess {
        List<Tensor> getWeights();

        void setWeights(List<Tensor> weights);
    }

    private enum Phase { START, EPOCH_BEGIN, BATCHES, EPOCH_END, DONE }

    private final Engine engine;
    private final double[] x;
    private final double[] y;
    private final int features;
    private final int labelCols;
    private final int trainRows;
    private final double[] xVal;
    private final double[] yVal;
    private final int valRows;
    private final int batchSize;
    private final int epochs;
    private final boolean shuffle;
    private final SeededRandom random;
    private final List<Callback> callbacks;
    private final History history;
    private final WeightAccess weights;
    private final ProgressSink sink;
    private final Set<String> warned = new HashSet<>();
    private final boolean batchLogsWanted;
    private final String[] batchKeys;
    private final double[] batchValues;
    private final int[] metricSlot;
    private int lossSlot;

    private final int steps;
    private final int[] order;
    private final double[] xb;
    private final double[] yb;

    private Phase phase = Phase.START;
    private int epoch;
    private int batch;
    private boolean stopTraining;
    private boolean stopRequested;
    private boolean interrupted;
    private Map<String, Double> lastLogs = new LinkedHashMap<>();

    /**
     * @param x        training features, row-major {@code (trainRows, features)} (already split from validation)
     * @param y        training labels, row-major {@code (trainRows, labelCols)}
     * @param xVal     validation features or {@code null}
     * @param verbose  {@code "auto"} or an Integer, as the learner gave it (History keeps it)
     * @param userCallbacks the learner's callbacks, in their order
     */
    public FitRun(Engine engine, double[] x, double[] y, int features, int labelCols, int trainRows,
            double[] xVal, double[] yVal, int valRows, int batchSize, int epochs, boolean shuffle, Object verbose,
            List<Callback> userCallbacks, SeededRandom random, WeightAccess weights, Clock clock, ProgressSink sink) {
        this.engine = engine;
        this.x = x;
        this.y = y;
        this.features = features;
        this.labelCols = labelCols;
        this.trainRows = trainRows;
        this.xVal = xVal;
        this.yVal = yVal;
        this.valRows = xVal == null ? 0 : valRows;
        this.batchSize = batchSize;
        this.epochs = epochs;
        this.shuffle = shuffle;
        this.random = random;
        this.weights = weights;
        this.sink = sink;
        this.steps = (trainRows + batchSize - 1) / batchSize;
        this.order = new int[trainRows];
        int rowsPerBatch = Math.min(batchSize, Math.max(trainRows, valRows));
        this.xb = new double[rowsPerBatch * features];
        this.yb = new double[rowsPerBatch * labelCols];
        int verboseLevel = verbose instanceof Integer ? (Integer) verbose : 1;
        this.history = new History(verbose, epochs, steps);
        this.callbacks = new ArrayList<>(userCallbacks);
        callbacks.add(history);
        if (verboseLevel != 0) {
            callbacks.add(new ProgbarLogger(verboseLevel, epochs, steps, clock, sink));
        }
        boolean wanted = false;
        for (Callback c : callbacks) {
            wanted |= c.usesBatchLogs();
        }
        this.batchLogsWanted = wanted;
        // The batch logs' keys in Keras' sorted order, made once: "loss" and the metric names.
        TreeMap<String, Integer> sorted = new TreeMap<>();
        sorted.put("loss", -1);
        List<Metric> metrics = engine.metrics();
        for (int i = 0; i < metrics.size(); i++) {
            sorted.put(metrics.get(i).name(), i);
        }
        this.batchKeys = sorted.keySet().toArray(new String[0]);
        this.batchValues = new double[batchKeys.length];
        this.metricSlot = new int[metrics.size()];
        int slot = 0;
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            if (e.getValue() < 0) {
                lossSlot = slot;
            } else {
                metricSlot[e.getValue()] = slot;
            }
            slot++;
        }
    }

    /** Batches per epoch: {@code ceil(train_rows / batch_size)}. */
    public int stepsPerEpoch() {
        return steps;
    }

    public int epochs() {
        return epochs;
    }

    /** The 0-based epoch now running (equals {@link #epochs()} at the end). */
    public int currentEpoch() {
        return epoch;
    }

    public boolean isDone() {
        return phase == Phase.DONE;
    }

    /** Whether the run ended because the host asked it to stop. */
    public boolean wasInterrupted() {
        return interrupted;
    }

    public History history() {
        return history;
    }

    /** Whether a batch loss was NaN or infinite (Keras prints {@code loss: nan} and keeps going). */
    public boolean sawNonFiniteLoss() {
        return engine.sawNonFiniteLoss();
    }

    /**
     * Asks the run to end: the next {@link #step} finishes at once, keeping the weights trained so far (like
     * interrupting a Keras fit). The unfinished epoch is not recorded in the History.
     */
    public void stop() {
        stopRequested = true;
    }

    /**
     * Trains at most {@code maxBatches} batches (validation passes do not count) and returns whether anything is
     * left to do.
     */
    public boolean step(int maxBatches) {
        int budget = Math.max(1, maxBatches);
        while (phase != Phase.DONE) {
            if (stopRequested) {
                interrupted = true;
                finish();
                break;
            }
            switch (phase) {
                case START:
                    for (Callback c : callbacks) {
                        c.onTrainBegin(this);
                    }
                    phase = Phase.EPOCH_BEGIN;
                    break;
                case EPOCH_BEGIN:
                    if (epoch >= epochs || stopTraining) {
                        finish();
                        break;
                    }
                    beginEpoch();
                    break;
                case BATCHES:
                    if (budget == 0) {
                        return true;
                    }
                    trainOneBatch();
                    budget--;
                    break;
                case EPOCH_END:
                    endEpoch();
                    break;
                default:
                    break;
            }
        }
        return false;
    }

    private void beginEpoch() {
        for (int i = 0; i < trainRows; i++) {
            order[i] = i;
        }
        if (shuffle) {
            random.shuffle(order);
        }
        engine.resetMetrics();
        batch = 0;
        for (Callback c : callbacks) {
            c.onEpochBegin(epoch);
        }
        phase = steps == 0 ? Phase.EPOCH_END : Phase.BATCHES;
    }

    private void trainOneBatch() {
        int start = batch * batchSize;
        int rows = Math.min(batchSize, trainRows - start);
        for (int r = 0; r < rows; r++) {
            int src = order[start + r];
            copyRow(x, src * features, xb, r * features, features);
            copyRow(y, src * labelCols, yb, r * labelCols, labelCols);
        }
        engine.trainBatch(xb, yb, rows);
        if (batchLogsWanted) {
            batchValues[lossSlot] = Maths.roundToFloat32(engine.lossResult());
            List<Metric> metrics = engine.metrics();
            for (int i = 0; i < metrics.size(); i++) {
                batchValues[metricSlot[i]] = Maths.roundToFloat32(metrics.get(i).result());
            }
            for (int i = 0; i < callbacks.size(); i++) {
                callbacks.get(i).onTrainBatchEnd(batch, batchKeys, batchValues);
            }
        } else {
            for (int i = 0; i < callbacks.size(); i++) {
                callbacks.get(i).onTrainBatchEnd(batch, Map.of());
            }
        }
        batch++;
        if (batch >= steps || stopTraining) {
            phase = Phase.EPOCH_END;
        }
    }

    /**
     * One row of the batch gather. Rows of a few values are copied in a loop: {@code System.arraycopy} costs a call
     * (and in TeaVM's JavaScript far more) per row, which for one or two features cost more than the copy.
     */
    private static void copyRow(double[] from, int fromIndex, double[] to, int toIndex, int n) {
        if (n >= 16) {
            System.arraycopy(from, fromIndex, to, toIndex, n);
            return;
        }
        for (int k = 0; k < n; k++) {
            to[toIndex + k] = from[fromIndex + k];
        }
    }

    private void endEpoch() {
        Map<String, Double> logs = new LinkedHashMap<>(currentLogs(""));
        if (xVal != null) {
            logs.putAll(evaluate(xVal, yVal, valRows, "val_"));
        }
        for (Callback c : callbacks) {
            c.onEpochEnd(epoch, logs);
        }
        lastLogs = logs;
        epoch++;
        phase = Phase.EPOCH_BEGIN;
    }

    private void finish() {
        for (Callback c : callbacks) {
            c.onTrainEnd(lastLogs);
        }
        phase = Phase.DONE;
    }

    /** Loss and metrics over a whole data set in batches (dropout off); keys carry {@code prefix}. */
    private Map<String, Double> evaluate(double[] xs, double[] ys, int rows, String prefix) {
        engine.resetMetrics();
        for (int start = 0; start < rows; start += batchSize) {
            int n = Math.min(batchSize, rows - start);
            System.arraycopy(xs, start * features, xb, 0, n * features);
            System.arraycopy(ys, start * labelCols, yb, 0, n * labelCols);
            engine.testBatch(xb, yb, n);
        }
        return currentLogs(prefix);
    }

    /**
     * The engine's running means as Keras logs: sorted keys, values rounded to float32.
     * Keras note: the playground computes in float64; logged values are rounded to float32 so that they print
     * as Keras' float32 values do (e.g. {@code 0.5475000143051147} in {@code history.history}).
     */
    private Map<String, Double> currentLogs(String prefix) {
        TreeMap<String, Double> logs = new TreeMap<>();
        logs.put(prefix + "loss", Maths.roundToFloat32(engine.lossResult()));
        for (Metric m : engine.metrics()) {
            logs.put(prefix + m.name(), Maths.roundToFloat32(m.result()));
        }
        return logs;
    }

    // TrainingContext

    @Override
    public List<Tensor> getWeights() {
        return weights.getWeights();
    }

    @Override
    public void setWeights(List<Tensor> w) {
        weights.setWeights(w);
    }

    @Override
    public void stopTraining() {
        stopTraining = true;
    }

    @Override
    public Boolean metricDirection(String name) {
        for (Metric m : engine.metrics()) {
            if (m.name().equals(name)) {
                return m.higherIsBetter();
            }
        }
        return null;
    }

    @Override
    public void print(String line) {
        sink.print(line);
    }

    @Override
    public void warn(String message) {
        if (warned.add(message)) {
            sink.warning("UserWarning: " + message);
        }
    }
}
