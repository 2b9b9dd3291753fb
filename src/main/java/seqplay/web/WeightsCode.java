package seqplay.web;

import java.util.List;
import seqplay.errors.PyException;
import seqplay.format.PyFloat;
import seqplay.lessons.RunLog;
import seqplay.tensor.Tensor;

/**
 * Python source that restores a trained model's weights, for the notebook the page exports.
 *
 * <p>Each weight array becomes an {@code np.array} literal of nested lists in Keras' order (per layer, kernel then
 * bias), every number printed with Python's {@code repr}, the shortest text that reads back as the same double. The
 * playground keeps its weights in float64, so {@code set_weights} with these literals restores them bit for bit in
 * the playground's own interpreter; Keras stores them as float32, so Colab's predictions then agree with the
 * playground's to the float32 precision Keras prints.
 *
 * <pre>{@code
 * WeightsCode.setWeights("model", model.getWeights())
 * // model.set_weights([
 * //     np.array([[0.5, -1.25]]),
 * //     np.array([0.0, 0.125]),
 * // ])
 * }</pre>
 */
public final class WeightsCode {
    private WeightsCode() {
    }

    /**
     * The {@code set_weights} call for the model of the run's last {@code fit}, or null when the run trained
     * nothing (no fit, or a model without weights).
     */
    public static String forLastFit(RunLog log, String modelName) {
        RunLog.Fit fit = log == null ? null : log.lastFit();
        if (fit == null || !fit.model().isBuilt()) {
            return null;
        }
        List<Tensor> weights = fit.model().getWeights();
        return weights.isEmpty() ? null : setWeights(modelName, weights);
    }

    /** {@code NAME.set_weights([np.array(...), ...])} over several lines; needs {@code import numpy as np}. */
    public static String setWeights(String modelName, List<Tensor> weights) {
        if (!isIdentifier(modelName)) {
            throw PyException.valueError("not a Python name: '" + modelName + "'");
        }
        StringBuilder sb = new StringBuilder(modelName).append(".set_weights([\n");
        for (Tensor w : weights) {
            sb.append("    np.array(");
            appendNested(sb, w.shape(), w.data(), 0, 0);
            sb.append("),\n");
        }
        return sb.append("])\n").toString();
    }

    /** Appends the nested list of axis {@code axis} starting at flat index {@code offset}; returns the next index. */
    private static int appendNested(StringBuilder sb, int[] shape, double[] data, int axis, int offset) {
        if (shape.length == 0) {
            sb.append(number(data[offset]));
            return offset + 1;
        }
        sb.append('[');
        int at = offset;
        for (int i = 0; i < shape[axis]; i++) {
            if (i > 0) {
                // rows of a matrix on their own lines keep the notebook readable and diffable
                sb.append(axis < shape.length - 1 ? ",\n        " : ", ");
            }
            if (axis == shape.length - 1) {
                sb.append(number(data[at++]));
            } else {
                at = appendNested(sb, shape, data, axis + 1, at);
            }
        }
        sb.append(']');
        return at;
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "np.nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "np.inf" : "-np.inf";
        }
        return PyFloat.repr(v);
    }

    static boolean isIdentifier(String name) {
        if (name == null || name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
