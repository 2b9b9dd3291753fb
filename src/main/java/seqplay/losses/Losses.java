package seqplay.losses;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import seqplay.backend.Kwargs;
import seqplay.errors.PyException;
import seqplay.format.PyRepr;
import seqplay.tensor.Maths;

/**
 * The table from the names learners type to losses, as {@code keras.losses.get}, and the shape rules shared by
 * the losses.
 *
 * <p>Keras 3 accepts each function name ({@code mean_squared_error}), each class name ({@code MeanSquaredError},
 * which gives a fresh instance) and the aliases {@code mse/MSE, mae/MAE, mape/MAPE, msle/MSLE, bce/BCE}; names
 * are case-sensitive. A function name keeps the string as the loss's name. {@code compile} does not check the
 * name: Keras raises the unknown-loss error at the first {@code fit} or {@code evaluate} (spec §3.1).
 *
 * <pre>{@code
 * model.compile(optimizer='adam', loss='mse')
 * model.compile(optimizer='adam', loss='crossentropy')   # binary / sparse / categorical, chosen by shapes
 * model.compile(optimizer='adam', loss='categorical_crossentropyy')
 * model.fit(x, y)   # ValueError: Could not interpret loss identifier: categorical_crossentropyy
 * }</pre>
 */
public final class Losses {
    private Losses() {
    }

    /** Names {@link #get} accepts, mapped to the kind of loss (the function's snake-case name). */
    private static final Map<String, String> FUNCTIONS = new LinkedHashMap<>();
    /** Class names, mapped to the kind. */
    private static final Map<String, String> CLASSES = new LinkedHashMap<>();

    /**
     * Keras 3 losses the playground does not implement: rejected with a clear NotImplementedError rather than
     * Keras' unknown-name error, which would be wrong for them.
     */
    private static final Set<String> NOT_IMPLEMENTED = Set.of("log_cosh", "LogCosh", "hinge", "Hinge",
            "squared_hinge", "SquaredHinge", "categorical_hinge", "CategoricalHinge", "kl_divergence",
            "KLDivergence", "kld", "KLD", "poisson", "Poisson", "cosine_similarity", "CosineSimilarity",
            "binary_focal_crossentropy", "BinaryFocalCrossentropy", "categorical_focal_crossentropy",
            "CategoricalFocalCrossentropy", "ctc", "CTC", "dice", "Dice", "tversky", "Tversky", "circle", "Circle",
            "iou", "IoU", "categorical_generalized_cross_entropy", "CategoricalGeneralizedCrossEntropy");

    static {
        String[] functions = {"mean_squared_error", "mean_absolute_error", "mean_absolute_percentage_error",
            "mean_squared_logarithmic_error", "huber", "binary_crossentropy", "categorical_crossentropy",
            "sparse_categorical_crossentropy"};
        for (String f : functions) {
            FUNCTIONS.put(f, f);
        }
        String[][] aliases = {{"mse", "mean_squared_error"}, {"MSE", "mean_squared_error"},
            {"mae", "mean_absolute_error"}, {"MAE", "mean_absolute_error"},
            {"mape", "mean_absolute_percentage_error"}, {"MAPE", "mean_absolute_percentage_error"},
            {"msle", "mean_squared_logarithmic_error"}, {"MSLE", "mean_squared_logarithmic_error"},
            {"bce", "binary_crossentropy"}, {"BCE", "binary_crossentropy"}};
        for (String[] a : aliases) {
            FUNCTIONS.put(a[0], a[1]);
        }
        String[][] classes = {{"MeanSquaredError", "mean_squared_error"},
            {"MeanAbsoluteError", "mean_absolute_error"},
            {"MeanAbsolutePercentageError", "mean_absolute_percentage_error"},
            {"MeanSquaredLogarithmicError", "mean_squared_logarithmic_error"}, {"Huber", "huber"},
            {"BinaryCrossentropy", "binary_crossentropy"}, {"CategoricalCrossentropy", "categorical_crossentropy"},
            {"SparseCategoricalCrossentropy", "sparse_categorical_crossentropy"}};
        for (String[] c : classes) {
            CLASSES.put(c[0], c[1]);
        }
    }

    /**
     * {@code keras.losses.get(identifier)}: a function name gives a loss named by the string, a class name a fresh
     * instance with the class defaults.
     *
     * @throws PyException {@code ValueError: Could not interpret loss identifier: categorical_crossentropyy}
     */
    public static Loss get(String identifier) {
        if (identifier != null) {
            String kind = FUNCTIONS.get(identifier);
            if (kind != null) {
                return function(kind, identifier);
            }
            if (CLASSES.containsKey(identifier)) {
                return create(identifier, Map.of());
            }
            if (NOT_IMPLEMENTED.contains(identifier)) {
                throw notImplemented(identifier);
            }
        }
        throw PyException.valueError("Could not interpret loss identifier: " + PyRepr.str(identifier),
                "unknown-loss");
    }

    /**
     * What {@code compile(loss=identifier)} becomes once Keras sees the data (K3 {@code compile_utils.get_loss}):
     * {@code "crossentropy"} or {@code "ce"} in any case picks binary, sparse or categorical cross-entropy by the
     * shapes of labels and predictions (the rule of spec §5.1) and keeps the string as its name; any other string
     * goes through {@link #get}.
     *
     * @param yTrueShape the labels' shape with the batch dimension, e.g. {@code (N,)} or {@code (N, 3)}
     * @param yPredShape the model output's shape, e.g. {@code (N, 3)}
     */
    public static Loss forCompile(String identifier, int[] yTrueShape, int[] yPredShape) {
        if (identifier != null) {
            String lower = identifier.toLowerCase(Locale.ROOT);
            if (lower.equals("crossentropy") || lower.equals("ce")) {
                if (isBinary(yPredShape)) {
                    return new BinaryCrossentropy(identifier, false, 0.0);
                }
                if (isSparseCategorical(yTrueShape, yPredShape)) {
                    return new SparseCategoricalCrossentropy(identifier, false);
                }
                return new CategoricalCrossentropy(identifier, false, 0.0);
            }
        }
        return get(identifier);
    }

    /** Keras' {@code is_binary}: the output has one unit. */
    public static boolean isBinary(int[] yPredShape) {
        return yPredShape.length > 0 && yPredShape[yPredShape.length - 1] == 1;
    }

    /** Keras' {@code is_sparse_categorical}: labels of lower rank, or one label column against several outputs. */
    public static boolean isSparseCategorical(int[] yTrueShape, int[] yPredShape) {
        if (yTrueShape.length < yPredShape.length) {
            return true;
        }
        int tLast = yTrueShape.length == 0 ? 1 : yTrueShape[yTrueShape.length - 1];
        int pLast = yPredShape.length == 0 ? 1 : yPredShape[yPredShape.length - 1];
        return tLast == 1 && pLast > 1;
    }

    /** Whether {@link #get} accepts the name. */
    public static boolean isKnown(String identifier) {
        return identifier != null && (FUNCTIONS.containsKey(identifier) || CLASSES.containsKey(identifier));
    }

    /** Every name {@link #get} accepts, for "did you mean" hints. */
    public static List<String> names() {
        List<String> all = new ArrayList<>(FUNCTIONS.keySet());
        all.addAll(CLASSES.keySet());
        return Collections.unmodifiableList(all);
    }

    /** The parameters of a loss class in Keras' positional order, or {@code null} for an unknown class. */
    public static List<String> parameterNames(String className) {
        String kind = CLASSES.get(className);
        if (kind == null) {
            return null;
        }
        switch (kind) {
            case "huber":
                return List.of("delta", "reduction", "name", "dtype");
            case "binary_crossentropy":
            case "categorical_crossentropy":
                return List.of("from_logits", "label_smoothing", "axis", "reduction", "name", "dtype");
            case "sparse_categorical_crossentropy":
                return List.of("from_logits", "ignore_class", "reduction", "name", "dtype");
            default:
                return List.of("reduction", "name", "dtype");
        }
    }

    /**
     * {@code keras.losses.ClassName(**kwargs)}, e.g. {@code BinaryCrossentropy(from_logits=True)}; values as in
     * {@link Kwargs}.
     *
     * <p>Keras note: only {@code reduction='sum_over_batch_size'} (the default), {@code axis=-1} and
     * {@code ignore_class=None} are supported; other values raise NotImplementedError.
     */
    public static Loss create(String className, Map<String, Object> kwargs) {
        String kind = CLASSES.get(className);
        if (kind == null) {
            if (NOT_IMPLEMENTED.contains(className)) {
                throw notImplemented(className);
            }
            throw PyException.valueError("Could not interpret loss identifier: " + className, "unknown-loss");
        }
        Kwargs k = new Kwargs(className, kwargs);
        if (k.has("reduction") && !"sum_over_batch_size".equals(k.raw("reduction"))) {
            throw new PyException("NotImplementedError", className + "(reduction=" + PyRepr.of(k.raw("reduction"))
                    + ") is not supported in the playground; only reduction='sum_over_batch_size' is.");
        }
        k.raw("dtype");
        Loss loss;
        switch (kind) {
            case "huber": {
                double delta = k.number("delta", 1.0);
                loss = RegressionLoss.huber(k.string("name", "huber_loss"), delta);
                break;
            }
            case "binary_crossentropy":
            case "categorical_crossentropy": {
                boolean fromLogits = k.bool("from_logits", false);
                double smoothing = k.number("label_smoothing", 0.0);
                checkAxis(k, className);
                String name = k.string("name", kind);
                loss = kind.equals("binary_crossentropy")
                        ? new BinaryCrossentropy(name, fromLogits, smoothing)
                        : new CategoricalCrossentropy(name, fromLogits, smoothing);
                break;
            }
            case "sparse_categorical_crossentropy": {
                boolean fromLogits = k.bool("from_logits", false);
                if (k.raw("ignore_class") != null) {
                    throw new PyException("NotImplementedError",
                            className + "(ignore_class=...) is not supported in the playground.");
                }
                loss = new SparseCategoricalCrossentropy(k.string("name", kind), fromLogits);
                break;
            }
            default:
                loss = function(kind, k.string("name", kind));
                break;
        }
        k.rejectUnexpected();
        return loss;
    }

    private static void checkAxis(Kwargs k, String className) {
        if (k.has("axis")) {
            double axis = k.number("axis", -1);
            if (axis != -1 && axis != 1) {
                throw new PyException("NotImplementedError",
                        className + "(axis=...) is not supported in the playground; only the last axis is.");
            }
        }
    }

    private static Loss function(String kind, String name) {
        switch (kind) {
            case "mean_squared_error":
                return RegressionLoss.meanSquaredError(name);
            case "mean_absolute_error":
                return RegressionLoss.meanAbsoluteError(name);
            case "mean_absolute_percentage_error":
                return RegressionLoss.meanAbsolutePercentageError(name);
            case "mean_squared_logarithmic_error":
                return RegressionLoss.meanSquaredLogarithmicError(name);
            case "huber":
                return RegressionLoss.huber(name, 1.0);
            case "binary_crossentropy":
                return new BinaryCrossentropy(name, false, 0.0);
            case "categorical_crossentropy":
                return new CategoricalCrossentropy(name, false, 0.0);
            default:
                return new SparseCategoricalCrossentropy(name, false);
        }
    }

    private static PyException notImplemented(String identifier) {
        return new PyException("NotImplementedError", "The loss '" + identifier
                + "' exists in Keras but is not supported in the playground.", "loss-not-supported");
    }

    /**
     * Keras' {@code squeeze_or_expand_to_same_rank} on shapes: when the ranks differ by one and the longer shape
     * ends in 1, a rank-1 partner is expanded ({@code (N,)} with {@code (N, 1)} becomes {@code (N, 1)}), otherwise
     * the trailing 1 is squeezed.
     *
     * @return {@code {yTrueShape, yPredShape}} after the adjustment
     */
    public static int[][] squeezeOrExpand(int[] yTrueShape, int[] yPredShape) {
        int[] t = yTrueShape.clone();
        int[] p = yPredShape.clone();
        if (t.length == p.length + 1 && t[t.length - 1] == 1) {
            if (p.length == 1) {
                p = new int[] {p[0], 1};
            } else {
                t = java.util.Arrays.copyOf(t, t.length - 1);
            }
        }
        if (p.length == t.length + 1 && p[p.length - 1] == 1) {
            if (t.length == 1) {
                t = new int[] {t[0], 1};
            } else {
                p = java.util.Arrays.copyOf(p, p.length - 1);
            }
        }
        return new int[][] {t, p};
    }

    /** TensorFlow's checks shared by binary and categorical cross-entropy: same rank, then same dimensions. */
    static void checkSameShape(int[] t, int[] p, String batchDim) {
        if (t.length != p.length) {
            throw PyException.valueError("Arguments `target` and `output` must have the same rank (ndim). Received: "
                    + "target.shape=" + shapeText(t, batchDim) + ", output.shape=" + shapeText(p, batchDim),
                    t.length < p.length ? "categorical-with-integer-labels" : "loss-shape-mismatch");
        }
        for (int i = 1; i < t.length; i++) {
            if (t[i] != p[i]) {
                throw PyException.valueError("Arguments `target` and `output` must have the same shape. Received: "
                        + "target.shape=" + shapeText(t, batchDim) + ", output.shape=" + shapeText(p, batchDim),
                        t[i] == 1 ? "categorical-with-integer-labels" : "loss-shape-mismatch");
            }
        }
    }

    /**
     * A TensorFlow shape as Keras prints it, the batch dimension as given: {@code (None, 3)}, {@code (None,)},
     * {@code (32, 3)}.
     */
    public static String shapeText(int[] shape, String batchDim) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(i == 0 ? batchDim : Integer.toString(shape[i]));
        }
        if (shape.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    /**
     * TensorFlow's error for a label outside {@code [0, classes)} in sparse categorical cross-entropy, or
     * {@code null} when every label is valid. Labels are read as TensorFlow's int64 cast reads floats (truncated);
     * the reported value is the smallest label if it is negative, else the largest; all labels of the batch are
     * listed (two spaces after the period, as TensorFlow writes it).
     *
     * <pre>
     * InvalidArgumentError: Received a label value of 2 which is outside the valid range of [0, 2).  Label values: 1 2 1 0
     * </pre>
     *
     * <p>Keras note: Keras 3 shows this inside {@code Graph execution error:} with the traceback of the graph
     * node; the core gives the line TensorFlow itself writes.
     */
    public static PyException labelOutOfRange(double[] labels, int count, int classes) {
        double min = 0;
        double max = 0;
        boolean bad = false;
        for (int i = 0; i < count; i++) {
            double v = truncate(labels[i]);
            if (i == 0 || v < min) {
                min = v;
            }
            if (i == 0 || v > max) {
                max = v;
            }
            if (v < 0 || v >= classes) {
                bad = true;
            }
        }
        if (!bad) {
            return null;
        }
        double reported = min < 0 ? min : max;
        StringBuilder sb = new StringBuilder("Received a label value of ").append(integerText(reported))
                .append(" which is outside the valid range of [0, ").append(classes).append(").  Label values:");
        for (int i = 0; i < count; i++) {
            sb.append(' ').append(integerText(truncate(labels[i])));
        }
        return new PyException("InvalidArgumentError", sb.toString(), "label-out-of-range");
    }

    private static double truncate(double v) {
        return v < 0 ? Math.ceil(v) : Math.floor(v);
    }

    private static String integerText(double v) {
        return Long.toString((long) v);
    }

    /**
     * The {@code UserWarning} TensorFlow's backend gives when a cross-entropy with {@code from_logits=True} meets an
     * output that carries logits (the text really starts with a double quote, K3 {@code _get_logits}).
     */
    public static String fromLogitsWarning(String function, String opType) {
        return "\"`" + function + "` received `from_logits=True`, but the `output` argument was produced by a "
                + opType + " activation and thus does not represent logits. Was this intended?";
    }

    /** {@code log Σ_j exp(x_j)} over {@code x[base .. base+count)}, max-subtracted. */
    static double logSumExp(double[] x, int base, int count) {
        double max = x[base];
        for (int j = 1; j < count; j++) {
            if (x[base + j] > max) {
                max = x[base + j];
            }
        }
        double sum = 0.0;
        for (int j = 0; j < count; j++) {
            sum = Maths.exp(x[base + j] - max) + sum;
        }
        return Maths.log(sum) + max;
    }
}
