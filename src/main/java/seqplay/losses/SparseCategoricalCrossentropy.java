package seqplay.losses;

import java.util.List;
import seqplay.errors.PyException;
import seqplay.tensor.Maths;

/**
 * {@code SparseCategoricalCrossentropy(from_logits=False)}: integer class labels against a probability row (K3
 * {@code sparse_categorical_crossentropy}, TensorFlow backend {@code nn.py}).
 *
 * <p>{@code yTrue} holds one label per row (a float, cast to an integer by truncation as TensorFlow's int64 cast
 * does); a label outside {@code [0, classes)} stops training with TensorFlow's {@code InvalidArgumentError}.
 *
 * <pre>
 * probabilities:  p̂ = clip(p, 1e-7, 1 − 1e-7), loss = −log p̂_label + log Σ p̂   (TF's sparse softmax on log p̂)
 *                 d/dp_k = 1/Σp̂ − [k = label]/p̂_label inside the clip range, else 0
 * logits z:       loss = logsumexp(z) − z_label
 *                 d/dz = softmax(z) − onehot(label)
 * </pre>
 *
 * <pre>{@code
 * model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['accuracy'])
 * model.fit(x, y, epochs=10)      # y = [0, 2, 1, ...]
 * }</pre>
 */
public final class SparseCategoricalCrossentropy implements Loss {
    private static final double EPSILON = 1e-7;

    private final String name;
    private final boolean fromLogits;

    public SparseCategoricalCrossentropy(String name, boolean fromLogits) {
        this.name = name;
        this.fromLogits = fromLogits;
    }

    /** Keras' defaults: {@code sparse_categorical_crossentropy}, probabilities. */
    public SparseCategoricalCrossentropy() {
        this("sparse_categorical_crossentropy", false);
    }

    @Override
    public String name() {
        return name;
    }

    public boolean fromLogits() {
        return fromLogits;
    }

    private static double clip(double p) {
        return p < EPSILON ? EPSILON : (p > 1.0 - EPSILON ? 1.0 - EPSILON : p);
    }

    /** The labels as TensorFlow's int64 cast reads them, checked against the class count first. */
    private static void checkLabels(double[] labels, int rows, int classes) {
        PyException error = Losses.labelOutOfRange(labels, rows, classes);
        if (error != null) {
            throw error;
        }
    }

    private static int label(double y) {
        return (int) (y < 0 ? Math.ceil(y) : Math.floor(y));
    }

    @Override
    public void perSample(double[] yTrue, double[] yPred, double[] out, int rows, int cols) {
        if (fromLogits) {
            perSampleFromLogits(yTrue, yPred, out, rows, cols);
            return;
        }
        checkLabels(yTrue, rows, cols);
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double total = 0.0;
            for (int j = 0; j < cols; j++) {
                total = clip(yPred[base + j]) + total;
            }
            out[r] = Maths.log(total) - Maths.log(clip(yPred[base + label(yTrue[r])]));
        }
    }

    @Override
    public void gradient(double[] yTrue, double[] yPred, double[] grad, int rows, int cols) {
        if (fromLogits) {
            gradientFromLogits(yTrue, yPred, grad, rows, cols);
            return;
        }
        checkLabels(yTrue, rows, cols);
        double scale = 1.0 / rows;
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double total = 0.0;
            for (int j = 0; j < cols; j++) {
                total = clip(yPred[base + j]) + total;
            }
            int l = label(yTrue[r]);
            for (int j = 0; j < cols; j++) {
                double p = yPred[base + j];
                if (p < EPSILON || p > 1.0 - EPSILON) {
                    grad[base + j] = 0.0;
                } else {
                    double g = 1.0 / total;
                    if (j == l) {
                        g -= 1.0 / p;
                    }
                    grad[base + j] = g * scale;
                }
            }
        }
    }

    @Override
    public boolean usesLogitsPath() {
        return true;
    }

    @Override
    public void perSampleFromLogits(double[] yTrue, double[] logits, double[] out, int rows, int cols) {
        checkLabels(yTrue, rows, cols);
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            out[r] = Losses.logSumExp(logits, base, cols) - logits[base + label(yTrue[r])];
        }
    }

    @Override
    public void gradientFromLogits(double[] yTrue, double[] logits, double[] grad, int rows, int cols) {
        checkLabels(yTrue, rows, cols);
        double scale = 1.0 / rows;
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double lse = Losses.logSumExp(logits, base, cols);
            int l = label(yTrue[r]);
            for (int j = 0; j < cols; j++) {
                double softmax = Maths.exp(logits[base + j] - lse);
                grad[base + j] = (j == l ? softmax - 1.0 : softmax) * scale;
            }
        }
    }

    /**
     * Keras squeezes a trailing label axis of size 1, then TensorFlow wants the labels one rank below the
     * predictions (spec §8: one-hot labels give {@code Argument `output` must have rank (ndim) `target.ndim - 1`}).
     */
    @Override
    public void checkShapes(int[] yTrueShape, int[] yPredShape, String batchDim) {
        int[] t = Losses.squeezeOrExpand(yTrueShape, yPredShape)[0];
        int[] p = yPredShape;
        if (t.length == p.length && t.length > 0 && t[t.length - 1] == 1) {
            t = java.util.Arrays.copyOf(t, t.length - 1);
        }
        if (t.length != p.length - 1) {
            throw PyException.valueError("Argument `output` must have rank (ndim) `target.ndim - 1`. Received: "
                    + "target.shape=" + Losses.shapeText(t, batchDim) + ", output.shape="
                    + Losses.shapeText(p, batchDim), "sparse-with-one-hot");
        }
        for (int i = 1; i < t.length; i++) {
            if (t[i] != p[i]) {
                throw PyException.valueError("Arguments `target` and `output` must have the same shape up until "
                        + "the last dimension: target.shape=" + Losses.shapeText(t, batchDim) + ", output.shape="
                        + Losses.shapeText(p, batchDim));
            }
        }
    }

    @Override
    public List<String> warnings(int[] yTrueShape, int[] yPredShape, String batchDim, boolean outputCarriesLogits) {
        if (fromLogits && outputCarriesLogits) {
            return List.of("UserWarning: "
                    + Losses.fromLogitsWarning("sparse_categorical_crossentropy", "Softmax"));
        }
        return List.of();
    }

    @Override
    public String toString() {
        return name;
    }
}
