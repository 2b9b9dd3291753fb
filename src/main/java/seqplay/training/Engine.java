package seqplay.training;

import java.util.ArrayList;
import java.util.List;
import seqplay.backend.Variable;
import seqplay.layers.Layer;
import seqplay.losses.Loss;
import seqplay.metrics.Metric;
import seqplay.optimizers.Optimizer;
import seqplay.tensor.Buffers;

/**
 * One compiled model's arithmetic: a training step (forward, loss, backward, optimizer update, metrics) and a test
 * step on a batch, over the layers' own buffers.
 *
 * <p>As Keras computes them (spec §5.3): the batch loss is the mean per-sample loss of the predictions made
 * <em>before</em> the batch's update, and the epoch's loss and metrics are running means weighted by batch size.
 * When the output layer ends in sigmoid or softmax and the loss is a cross-entropy, the loss is computed from the
 * pre-activation logits, as TensorFlow's Keras does (spec §3.3).
 */
public final class Engine {
    private final List<Layer> layers;
    private final Loss loss;
    private final Optimizer optimizer;
    private final List<Metric> metrics;
    private final List<Variable> trainable = new ArrayList<>();
    private final int outputDim;
    private final int labelCols;
    private final boolean logitsPath;

    private double[] perSample;
    private double[] grad;
    private double lossTotal;
    private int lossCount;
    private boolean sawNonFinite;

    /**
     * @param labelCols values per sample in the label batch (1 for sparse labels, which the sparse loss itself
     *                  checks against {@code outputDim})
     */
    public Engine(List<Layer> layers, Loss loss, Optimizer optimizer, List<Metric> metrics, int outputDim,
            int labelCols) {
        this.layers = List.copyOf(layers);
        this.loss = loss;
        this.optimizer = optimizer;
        this.metrics = List.copyOf(metrics);
        this.outputDim = outputDim;
        this.labelCols = labelCols;
        Layer last = this.layers.get(this.layers.size() - 1);
        this.logitsPath = loss.usesLogitsPath() && last.activation() != null && last.activation().carriesLogits();
        for (Layer layer : this.layers) {
            for (Variable v : layer.variables()) {
                if (v.trainable()) {
                    trainable.add(v);
                }
            }
        }
    }

    public List<Metric> metrics() {
        return metrics;
    }

    /** Whether the loss is computed from logits (spec §3.3). */
    public boolean usesLogitsPath() {
        return logitsPath;
    }

    /** Clears the running means (Keras resets metrics at every epoch start and at evaluate). */
    public void resetMetrics() {
        lossTotal = 0;
        lossCount = 0;
        for (Metric m : metrics) {
            m.reset();
        }
    }

    /** The running mean of the batch losses so far. */
    public double lossResult() {
        return lossCount == 0 ? 0.0 : lossTotal / lossCount;
    }

    /** Whether any batch loss so far was NaN or infinite. */
    public boolean sawNonFiniteLoss() {
        return sawNonFinite;
    }

    /** Runs the layers on a batch; returns the last layer's output buffer. */
    public double[] forward(double[] xb, int rows, boolean training) {
        double[] h = xb;
        for (Layer layer : layers) {
            h = layer.forward(h, rows, training);
        }
        return h;
    }

    /** One optimizer step on a batch; returns the batch loss (computed before the update). */
    public double trainBatch(double[] xb, double[] yb, int rows) {
        double[] out = forward(xb, rows, true);
        grad = Buffers.ensure(grad, rows * outputDim);
        double batchLoss = computeLoss(yb, out, rows, true);
        Layer last = layers.get(layers.size() - 1);
        int n = layers.size();
        double[] g = logitsPath ? last.backwardFromPreActivation(grad, rows, n > 1) : last.backward(grad, rows, n > 1);
        for (int i = n - 2; i >= 0; i--) {
            g = layers.get(i).backward(g, rows, i > 0);
        }
        optimizer.apply(trainable);
        accumulate(batchLoss, yb, out, rows);
        return batchLoss;
    }

    /** Loss and metrics on a batch without training (dropout off). */
    public double testBatch(double[] xb, double[] yb, int rows) {
        double[] out = forward(xb, rows, false);
        double batchLoss = computeLoss(yb, out, rows, false);
        accumulate(batchLoss, yb, out, rows);
        return batchLoss;
    }

    private double computeLoss(double[] yb, double[] out, int rows, boolean withGradient) {
        perSample = Buffers.ensure(perSample, rows);
        if (logitsPath) {
            double[] z = layers.get(layers.size() - 1).preActivation();
            loss.perSampleFromLogits(yb, z, perSample, rows, outputDim);
            if (withGradient) {
                loss.gradientFromLogits(yb, z, grad, rows, outputDim);
            }
        } else {
            loss.perSample(yb, out, perSample, rows, outputDim);
            if (withGradient) {
                loss.gradient(yb, out, grad, rows, outputDim);
            }
        }
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            sum += perSample[r];
        }
        return sum / rows;
    }

    private void accumulate(double batchLoss, double[] yb, double[] out, int rows) {
        if (batchLoss != batchLoss || Double.isInfinite(batchLoss)) {
            sawNonFinite = true;
        }
        lossTotal += batchLoss * rows;
        lossCount += rows;
        for (int i = 0; i < metrics.size(); i++) {
            metrics.get(i).update(yb, out, rows, outputDim);
        }
    }

    /** Number of labels per sample this engine expects. */
    public int labelCols() {
        return labelCols;
    }
}
