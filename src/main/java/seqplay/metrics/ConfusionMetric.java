package seqplay.metrics;

/**
 * {@code keras.metrics.Precision()} and {@code keras.metrics.Recall()} at the default threshold 0.5: counts of true
 * and false positives (or negatives) over every entry of the epoch, then a ratio (0 when nothing was counted, as
 * Keras' {@code divide_no_nan}).
 *
 * <pre>
 * predicted positive:  p > 0.5            actual positive:  y ≠ 0
 * precision = TP / (TP + FP)              recall = TP / (TP + FN)
 * </pre>
 *
 * <pre>{@code
 * model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy', 'precision', 'recall'])
 * }</pre>
 */
public final class ConfusionMetric implements Metric {
    private static final double THRESHOLD = 0.5;

    private final String name;
    private final boolean recall;
    private double truePositives;
    private double missed; // false positives for precision, false negatives for recall

    private ConfusionMetric(String name, boolean recall) {
        this.name = name;
        this.recall = recall;
    }

    public static ConfusionMetric precision(String name) {
        return new ConfusionMetric(name, false);
    }

    public static ConfusionMetric recall(String name) {
        return new ConfusionMetric(name, true);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void update(double[] yTrue, double[] yPred, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            boolean actual = yTrue[i] != 0.0;
            boolean predicted = yPred[i] > THRESHOLD;
            if (actual && predicted) {
                truePositives += 1.0;
            } else if (recall ? actual : predicted) {
                missed += 1.0;
            }
        }
    }

    @Override
    public double result() {
        double denominator = truePositives + missed;
        return denominator == 0.0 ? 0.0 : truePositives / denominator;
    }

    @Override
    public void reset() {
        truePositives = 0.0;
        missed = 0.0;
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public String toString() {
        return name;
    }
}
