package seqplay.losses;

import java.util.ArrayList;
import java.util.List;
import seqplay.tensor.Maths;

/**
 * {@code CategoricalCrossentropy(from_logits=False, label_smoothing=0.0)}: one-hot labels against a probability
 * row (K3 {@code categorical_crossentropy}, TensorFlow backend {@code nn.py}).
 *
 * <pre>
 * labels smoothed:  y ← y · (1 − s) + s / C
 * probabilities:    q = p / Σp (renormalised), q̂ = clip(q, 1e-7, 1 − 1e-7), loss = −Σ y · log q̂
 *                   d/dp_k = (g_k − Σ_j g_j q_j) / Σp  with g_j = −y_j / q̂_j inside the clip range, else 0
 * logits z:         loss = −Σ y · log_softmax(z)
 *                   d/dz = softmax(z) · Σy − y
 * </pre>
 *
 * <pre>{@code
 * y = keras.utils.to_categorical(y, 3)
 * model.compile(optimizer='adam', loss='categorical_crossentropy', metrics=['accuracy'])
 * }</pre>
 */
public final class CategoricalCrossentropy implements Loss {
    private static final double EPSILON = 1e-7;

    private final String name;
    private final boolean fromLogits;
    private final double labelSmoothing;

    public CategoricalCrossentropy(String name, boolean fromLogits, double labelSmoothing) {
        this.name = name;
        this.fromLogits = fromLogits;
        this.labelSmoothing = labelSmoothing;
    }

    /** Keras' defaults: {@code categorical_crossentropy}, probabilities, no smoothing. */
    public CategoricalCrossentropy() {
        this("categorical_crossentropy", false, 0.0);
    }

    @Override
    public String name() {
        return name;
    }

    public boolean fromLogits() {
        return fromLogits;
    }

    public double labelSmoothing() {
        return labelSmoothing;
    }

    private double smooth(double y, int classes) {
        return labelSmoothing == 0.0 ? y : y * (1.0 - labelSmoothing) + labelSmoothing / classes;
    }

    private static double clip(double q) {
        return q < EPSILON ? EPSILON : (q > 1.0 - EPSILON ? 1.0 - EPSILON : q);
    }

    @Override
    public void perSample(double[] yTrue, double[] yPred, double[] out, int rows, int cols) {
        if (fromLogits) {
            perSampleFromLogits(yTrue, yPred, out, rows, cols);
            return;
        }
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double total = 0.0;
            for (int j = 0; j < cols; j++) {
                total += yPred[base + j];
            }
            double loss = 0.0;
            for (int j = 0; j < cols; j++) {
                loss = smooth(yTrue[base + j], cols) * Maths.log(clip(yPred[base + j] / total)) + loss;
            }
            out[r] = -loss;
        }
    }

    @Override
    public void gradient(double[] yTrue, double[] yPred, double[] grad, int rows, int cols) {
        if (fromLogits) {
            gradientFromLogits(yTrue, yPred, grad, rows, cols);
            return;
        }
        double scale = 1.0 / rows;
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double total = 0.0;
            for (int j = 0; j < cols; j++) {
                total += yPred[base + j];
            }
            // g_j = dL/dq_j; the renormalisation q = p / Σp then gives dL/dp_k = (g_k − Σ_j g_j q_j) / Σp.
            double weighted = 0.0;
            for (int j = 0; j < cols; j++) {
                double q = yPred[base + j] / total;
                double g = q < EPSILON || q > 1.0 - EPSILON ? 0.0 : -smooth(yTrue[base + j], cols) / q;
                grad[base + j] = g;
                weighted += g * q;
            }
            for (int j = 0; j < cols; j++) {
                grad[base + j] = (grad[base + j] - weighted) / total * scale;
            }
        }
    }

    @Override
    public boolean usesLogitsPath() {
        return true;
    }

    @Override
    public void perSampleFromLogits(double[] yTrue, double[] logits, double[] out, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double lse = Losses.logSumExp(logits, base, cols);
            double loss = 0.0;
            for (int j = 0; j < cols; j++) {
                loss = (lse - logits[base + j]) * smooth(yTrue[base + j], cols) + loss;
            }
            out[r] = loss;
        }
    }

    @Override
    public void gradientFromLogits(double[] yTrue, double[] logits, double[] grad, int rows, int cols) {
        double scale = 1.0 / rows;
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double lse = Losses.logSumExp(logits, base, cols);
            double labelSum = 0.0;
            for (int j = 0; j < cols; j++) {
                labelSum = smooth(yTrue[base + j], cols) + labelSum;
            }
            for (int j = 0; j < cols; j++) {
                double softmax = Maths.exp(logits[base + j] - lse);
                grad[base + j] = (softmax * labelSum - smooth(yTrue[base + j], cols)) * scale;
            }
        }
    }

    /** TensorFlow's rank and shape checks after Keras' {@code squeeze_or_expand_to_same_rank} (spec §8). */
    @Override
    public void checkShapes(int[] yTrueShape, int[] yPredShape, String batchDim) {
        int[][] adjusted = Losses.squeezeOrExpand(yTrueShape, yPredShape);
        Losses.checkSameShape(adjusted[0], adjusted[1], batchDim);
    }

    /**
     * Keras' {@code SyntaxWarning} for a single output column (softmax over one class is always 1.0), and the
     * {@code from_logits=True} warning when the output already carries logits.
     */
    @Override
    public List<String> warnings(int[] yTrueShape, int[] yPredShape, String batchDim, boolean outputCarriesLogits) {
        List<String> out = new ArrayList<>();
        if (yPredShape.length > 0 && yPredShape[yPredShape.length - 1] == 1) {
            out.add("SyntaxWarning: In loss categorical_crossentropy, expected y_pred.shape to be (batch_size, "
                    + "num_classes) with num_classes > 1. Received: y_pred.shape="
                    + Losses.shapeText(yPredShape, batchDim)
                    + ". Consider using 'binary_crossentropy' if you only have 2 classes.");
        }
        if (fromLogits && outputCarriesLogits) {
            out.add("UserWarning: " + Losses.fromLogitsWarning("categorical_crossentropy", "Softmax"));
        }
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
