package seqplay.metrics;

import seqplay.losses.Loss;

/**
 * A loss function used as a metric (Keras' {@code MeanMetricWrapper}): the running mean of its per-sample values,
 * e.g. {@code metrics=['mae']} next to {@code loss='mse'}.
 *
 * <p>Keras note: a cross-entropy metric here reads the predicted probabilities (clipped to [1e-7, 1 − 1e-7]);
 * Keras' TensorFlow backend may read the output layer's logits instead, which differs only for saturated outputs.
 *
 * <pre>{@code
 * model.compile(optimizer='adam', loss='mse', metrics=['mae'])     # logs 'mae' and 'val_mae'
 * }</pre>
 */
public final class LossMetric extends MeanMetric {
    private final Loss loss;
    private double[] values = new double[0];

    public LossMetric(String name, Loss loss) {
        super(name);
        this.loss = loss;
    }

    public Loss loss() {
        return loss;
    }

    @Override
    public void update(double[] yTrue, double[] yPred, int rows, int cols) {
        if (values.length < rows) {
            values = new double[rows]; // grows to the largest batch once, then is reused
        }
        loss.perSample(yTrue, yPred, values, rows, cols);
        double sum = 0.0;
        for (int r = 0; r < rows; r++) {
            sum += values[r];
        }
        add(sum, rows);
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }
}
