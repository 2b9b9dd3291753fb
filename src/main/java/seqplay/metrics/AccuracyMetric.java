package seqplay.metrics;

/**
 * The accuracies, each a running mean of per-sample matches (K3 {@code keras/src/metrics/accuracy_metrics.py}).
 *
 * <table>
 * <caption>Per-sample values</caption>
 * <tr><td>binary_accuracy</td><td>mean over the last axis of {@code y == (p > threshold)} (strictly greater; labels
 * must be exactly 0 or 1, so a regression target never matches)</td></tr>
 * <tr><td>categorical_accuracy</td><td>{@code argmax(y) == argmax(p)}, ties going to the first index</td></tr>
 * <tr><td>sparse_categorical_accuracy</td><td>{@code y == argmax(p)}, the label compared as a float</td></tr>
 * </table>
 *
 * <pre>{@code
 * model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])   # binary_accuracy, key 'accuracy'
 * model.compile(optimizer='adam', loss='mse', metrics=[keras.metrics.BinaryAccuracy(threshold=0.3)])
 * }</pre>
 */
public abstract class AccuracyMetric extends MeanMetric {
    private final String kind;

    AccuracyMetric(String name, String kind) {
        super(name);
        this.kind = kind;
    }

    /**
     * Which accuracy this is, by Keras' snake-case class name ({@code binary_accuracy},
     * {@code categorical_accuracy}, {@code sparse_categorical_accuracy}), whatever its log key.
     */
    public final String kind() {
        return kind;
    }

    /** {@code keras.metrics.BinaryAccuracy(name='binary_accuracy', threshold=0.5)}. */
    public static AccuracyMetric binary(String name, double threshold) {
        return new AccuracyMetric(name, "binary_accuracy") {
            @Override
            public void update(double[] yTrue, double[] yPred, int rows, int cols) {
                double sum = 0.0;
                for (int r = 0; r < rows; r++) {
                    int base = r * cols;
                    double matches = 0.0;
                    for (int c = 0; c < cols; c++) {
                        double predicted = yPred[base + c] > threshold ? 1.0 : 0.0;
                        if (yTrue[base + c] == predicted) {
                            matches += 1.0;
                        }
                    }
                    sum += matches / cols;
                }
                add(sum, rows);
            }
        };
    }

    /** {@code keras.metrics.CategoricalAccuracy(name='categorical_accuracy')}: one-hot labels. */
    public static AccuracyMetric categorical(String name) {
        return new AccuracyMetric(name, "categorical_accuracy") {
            @Override
            public void update(double[] yTrue, double[] yPred, int rows, int cols) {
                int matches = 0;
                for (int r = 0; r < rows; r++) {
                    if (argmax(yTrue, r * cols, cols) == argmax(yPred, r * cols, cols)) {
                        matches++;
                    }
                }
                add(matches, rows);
            }
        };
    }

    /** {@code keras.metrics.SparseCategoricalAccuracy(name='sparse_categorical_accuracy')}: one label per row. */
    public static AccuracyMetric sparseCategorical(String name) {
        return new AccuracyMetric(name, "sparse_categorical_accuracy") {
            @Override
            public void update(double[] yTrue, double[] yPred, int rows, int cols) {
                int matches = 0;
                for (int r = 0; r < rows; r++) {
                    if (yTrue[r] == argmax(yPred, r * cols, cols)) {
                        matches++;
                    }
                }
                add(matches, rows);
            }
        };
    }

    /** The index of the largest of {@code x[base .. base+count)}, the first one on ties (as numpy and TF). */
    static int argmax(double[] x, int base, int count) {
        int best = 0;
        double max = x[base];
        for (int j = 1; j < count; j++) {
            if (x[base + j] > max) {
                max = x[base + j];
                best = j;
            }
        }
        return best;
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }
}
