package seqplay.metrics;

/**
 * {@code keras.metrics.RootMeanSquaredError(name='root_mean_squared_error')}: {@code sqrt(mean((y − p)²))} over
 * every entry seen this epoch (Keras averages the squared errors entry by entry, then takes the root).
 *
 * <pre>{@code
 * model.compile(optimizer='adam', loss='mse', metrics=['root_mean_squared_error'])
 * }</pre>
 */
public final class RootMeanSquaredError extends MeanMetric {
    public RootMeanSquaredError(String name) {
        super(name);
    }

    @Override
    public void update(double[] yTrue, double[] yPred, int rows, int cols) {
        // Keras' Mean reduces each sample's squared errors to their mean, then counts samples.
        double sum = 0.0;
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double s = 0.0;
            for (int c = 0; c < cols; c++) {
                double d = yPred[base + c] - yTrue[base + c];
                s += d * d;
            }
            sum += s / cols;
        }
        add(sum, rows);
    }

    @Override
    public double result() {
        return Math.sqrt(super.result());
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }
}
