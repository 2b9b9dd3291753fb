package seqplay.losses;

import java.util.List;
import seqplay.tensor.Maths;

/**
 * {@code BinaryCrossentropy(from_logits=False, label_smoothing=0.0)}: the mean over the last axis of each entry's
 * cross-entropy (K3 {@code binary_crossentropy}, TensorFlow backend {@code nn.py}).
 *
 * <pre>
 * labels smoothed:  y ← y · (1 − s) + s / 2
 * probabilities:    −[y · log p̂ + (1 − y) · log(1 − p̂)],  p̂ = clip(p, 1e-7, 1 − 1e-7)
 *                   d/dp = −y/p̂ + (1 − y)/(1 − p̂) inside the clip range, 0 outside
 * logits z:         max(z, 0) − z · y + log(1 + e^−|z|)      (no clipping: can exceed 16.118)
 *                   d/dz = sigmoid(z) − y
 * </pre>
 * During {@code fit} a sigmoid (or softmax) output layer hands its pre-activation {@code z} to the logits formula
 * (spec §3.3), so {@code Dense(1, activation='softmax')} still trains.
 *
 * <pre>{@code
 * model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])
 * model.compile(optimizer='adam', loss=keras.losses.BinaryCrossentropy(from_logits=True))
 * }</pre>
 */
public final class BinaryCrossentropy implements Loss {
    private static final double EPSILON = 1e-7;

    private final String name;
    private final boolean fromLogits;
    private final double labelSmoothing;

    public BinaryCrossentropy(String name, boolean fromLogits, double labelSmoothing) {
        this.name = name;
        this.fromLogits = fromLogits;
        this.labelSmoothing = labelSmoothing;
    }

    /** Keras' defaults: {@code binary_crossentropy}, probabilities, no smoothing. */
    public BinaryCrossentropy() {
        this("binary_crossentropy", false, 0.0);
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

    private double smooth(double y) {
        return labelSmoothing == 0.0 ? y : y * (1.0 - labelSmoothing) + 0.5 * labelSmoothing;
    }

    /** The cross-entropy of one probability, clipped as TensorFlow does. */
    static double fromProbability(double y, double p) {
        double ph = p < EPSILON ? EPSILON : (p > 1.0 - EPSILON ? 1.0 - EPSILON : p);
        double t = y * Maths.log(ph);
        t += (1.0 - y) * Maths.log(1.0 - ph);
        return -t;
    }

    /** {@code tf.nn.sigmoid_cross_entropy_with_logits}: {@code max(z, 0) − z·y + log1p(e^−|z|)}. */
    static double fromLogit(double y, double z) {
        return Math.max(z, 0.0) - z * y + Maths.log1p(Maths.exp(-Math.abs(z)));
    }

    @Override
    public void perSample(double[] yTrue, double[] yPred, double[] out, int rows, int cols) {
        if (fromLogits) {
            perSampleFromLogits(yTrue, yPred, out, rows, cols);
            return;
        }
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double sum = 0.0;
            for (int c = 0; c < cols; c++) {
                sum = fromProbability(smooth(yTrue[base + c]), yPred[base + c]) + sum;
            }
            out[r] = sum / cols;
        }
    }

    @Override
    public void gradient(double[] yTrue, double[] yPred, double[] grad, int rows, int cols) {
        if (fromLogits) {
            gradientFromLogits(yTrue, yPred, grad, rows, cols);
            return;
        }
        double scale = 1.0 / ((double) rows * cols);
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            double p = yPred[i];
            if (p < EPSILON || p > 1.0 - EPSILON) {
                grad[i] = 0.0; // clip_by_value passes no gradient outside its range
            } else {
                double y = smooth(yTrue[i]);
                grad[i] = ((1.0 - y) / (1.0 - p) - y / p) * scale;
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
            double sum = 0.0;
            for (int c = 0; c < cols; c++) {
                // The call on the left of +: TeaVM inlines fromLogit's `a − b + c`, and as a right operand its
                // JavaScript printer would drop the parentheses (sum + a − b + c), one ulp off the JVM.
                sum = fromLogit(smooth(yTrue[base + c]), logits[base + c]) + sum;
            }
            out[r] = sum / cols;
        }
    }

    @Override
    public void gradientFromLogits(double[] yTrue, double[] logits, double[] grad, int rows, int cols) {
        double scale = 1.0 / ((double) rows * cols);
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            grad[i] = (Maths.sigmoid(logits[i]) - smooth(yTrue[i])) * scale;
        }
    }

    /** TensorFlow's rank and shape checks after Keras' {@code squeeze_or_expand_to_same_rank} (spec §8). */
    @Override
    public void checkShapes(int[] yTrueShape, int[] yPredShape, String batchDim) {
        int[][] adjusted = Losses.squeezeOrExpand(yTrueShape, yPredShape);
        Losses.checkSameShape(adjusted[0], adjusted[1], batchDim);
    }

    @Override
    public List<String> warnings(int[] yTrueShape, int[] yPredShape, String batchDim, boolean outputCarriesLogits) {
        if (fromLogits && outputCarriesLogits) {
            return List.of("UserWarning: " + Losses.fromLogitsWarning("binary_crossentropy", "Sigmoid"));
        }
        return List.of();
    }

    @Override
    public String toString() {
        return name;
    }
}
