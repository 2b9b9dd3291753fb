package seqplay.metrics;

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
import seqplay.losses.BinaryCrossentropy;
import seqplay.losses.CategoricalCrossentropy;
import seqplay.losses.Losses;
import seqplay.losses.RegressionLoss;
import seqplay.losses.SparseCategoricalCrossentropy;

/**
 * The table from the names learners type to metrics, as Keras 3's {@code compile_utils.get_metric}.
 *
 * <p>{@code "accuracy"} and {@code "acc"} (in any case) become binary, sparse or categorical accuracy by the shapes
 * of labels and predictions (spec §5.1):
 * <pre>
 * is_binary             = y_pred.shape[-1] == 1
 * is_sparse_categorical = rank(y_true) &lt; rank(y_pred) or (y_true.shape[-1] == 1 and y_pred.shape[-1] &gt; 1)
 * binary → BinaryAccuracy; elif sparse → SparseCategoricalAccuracy; else CategoricalAccuracy
 * </pre>
 * Other names are looked up case-sensitively among the class names, their snake case and the aliases
 * {@code mse/MSE, mae/MAE, mape/MAPE, msle/MSLE, bce/BCE}. The log key is always the string given.
 *
 * <pre>{@code
 * model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['accuracy'])
 * model.compile(optimizer='adam', loss='mse', metrics=['mae'])
 * model.fit(x, y)   # metrics=['acuracy']: ValueError: Could not interpret metric identifier: acuracy
 * }</pre>
 */
public final class Metrics {
    private Metrics() {
    }

    /** Accepted names (class names, snake case, aliases) to the metric kind (its snake-case class name). */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();
    /** Kind to the class name errors show. */
    private static final Map<String, String> CLASS_NAMES = new LinkedHashMap<>();

    /** Keras 3 metrics the playground does not implement. */
    private static final Set<String> NOT_IMPLEMENTED = Set.of("AUC", "auc", "R2Score", "r2_score", "F1Score",
            "f1_score", "FBetaScore", "f_beta_score", "TopKCategoricalAccuracy", "top_k_categorical_accuracy",
            "SparseTopKCategoricalAccuracy", "sparse_top_k_categorical_accuracy", "KLDivergence", "kl_divergence",
            "Poisson", "poisson", "CosineSimilarity", "cosine_similarity", "LogCoshError", "log_cosh_error",
            "Hinge", "hinge", "SquaredHinge", "squared_hinge", "CategoricalHinge", "categorical_hinge",
            "TruePositives", "true_positives", "TrueNegatives", "true_negatives", "FalsePositives",
            "false_positives", "FalseNegatives", "false_negatives", "PrecisionAtRecall", "precision_at_recall",
            "RecallAtPrecision", "recall_at_precision", "SensitivityAtSpecificity", "sensitivity_at_specificity",
            "SpecificityAtSensitivity", "specificity_at_sensitivity", "IoU", "io_u", "BinaryIoU", "binary_io_u",
            "MeanIoU", "mean_io_u", "OneHotIoU", "one_hot_io_u", "OneHotMeanIoU", "one_hot_mean_io_u", "Mean",
            "mean", "Sum", "sum", "MeanMetricWrapper", "mean_metric_wrapper");

    static {
        String[][] classes = {
            {"BinaryAccuracy", "binary_accuracy"}, {"CategoricalAccuracy", "categorical_accuracy"},
            {"SparseCategoricalAccuracy", "sparse_categorical_accuracy"},
            {"MeanSquaredError", "mean_squared_error"}, {"MeanAbsoluteError", "mean_absolute_error"},
            {"MeanAbsolutePercentageError", "mean_absolute_percentage_error"},
            {"MeanSquaredLogarithmicError", "mean_squared_logarithmic_error"},
            {"RootMeanSquaredError", "root_mean_squared_error"},
            {"BinaryCrossentropy", "binary_crossentropy"}, {"CategoricalCrossentropy", "categorical_crossentropy"},
            {"SparseCategoricalCrossentropy", "sparse_categorical_crossentropy"},
            {"Precision", "precision"}, {"Recall", "recall"},
        };
        for (String[] c : classes) {
            KINDS.put(c[0], c[1]);
            KINDS.put(c[1], c[1]);
            CLASS_NAMES.put(c[1], c[0]);
        }
        String[][] aliases = {{"mse", "mean_squared_error"}, {"MSE", "mean_squared_error"},
            {"mae", "mean_absolute_error"}, {"MAE", "mean_absolute_error"},
            {"mape", "mean_absolute_percentage_error"}, {"MAPE", "mean_absolute_percentage_error"},
            {"msle", "mean_squared_logarithmic_error"}, {"MSLE", "mean_squared_logarithmic_error"},
            {"bce", "binary_crossentropy"}, {"BCE", "binary_crossentropy"}};
        for (String[] a : aliases) {
            KINDS.put(a[0], a[1]);
        }
    }

    /**
     * The metric {@code compile(metrics=[identifier])} becomes once Keras sees the data.
     *
     * @param yTrueShape the labels' shape with the batch dimension, e.g. {@code (N,)}
     * @param yPredShape the model output's shape, e.g. {@code (N, 3)}
     * @throws PyException {@code ValueError: Could not interpret metric identifier: acuracy}
     */
    public static Metric get(String identifier, int[] yTrueShape, int[] yPredShape) {
        if (identifier != null) {
            String lower = identifier.toLowerCase(Locale.ROOT);
            if (lower.equals("accuracy") || lower.equals("acc")) {
                return accuracyFor(identifier, yTrueShape, yPredShape);
            }
            String kind = KINDS.get(identifier);
            if (kind != null) {
                return build(kind, identifier, new Kwargs(CLASS_NAMES.get(kind), Map.of()));
            }
            if (NOT_IMPLEMENTED.contains(identifier)) {
                throw notImplemented(identifier);
            }
        }
        throw PyException.valueError("Could not interpret metric identifier: " + PyRepr.str(identifier),
                "unknown-metric");
    }

    /** The accuracy {@code "accuracy"}/{@code "acc"} resolves to, named by the string given. */
    public static AccuracyMetric accuracyFor(String name, int[] yTrueShape, int[] yPredShape) {
        if (Losses.isBinary(yPredShape)) {
            return AccuracyMetric.binary(name, 0.5);
        }
        if (Losses.isSparseCategorical(yTrueShape, yPredShape)) {
            return AccuracyMetric.sparseCategorical(name);
        }
        return AccuracyMetric.categorical(name);
    }

    /** Whether {@link #get} accepts the name (the accuracy shortcuts included). */
    public static boolean isKnown(String identifier) {
        if (identifier == null) {
            return false;
        }
        String lower = identifier.toLowerCase(Locale.ROOT);
        return lower.equals("accuracy") || lower.equals("acc") || KINDS.containsKey(identifier);
    }

    /** Every name {@link #get} accepts, for "did you mean" hints. */
    public static List<String> names() {
        List<String> all = new ArrayList<>();
        all.add("accuracy");
        all.add("acc");
        all.addAll(KINDS.keySet());
        return Collections.unmodifiableList(all);
    }

    /** The parameters of a metric class in Keras' positional order, or {@code null} for an unknown class. */
    public static List<String> parameterNames(String className) {
        String kind = KINDS.get(className);
        if (kind == null || !className.equals(CLASS_NAMES.get(kind))) {
            return null;
        }
        switch (kind) {
            case "binary_accuracy":
                return List.of("name", "dtype", "threshold");
            case "binary_crossentropy":
                return List.of("name", "dtype", "from_logits", "label_smoothing");
            case "categorical_crossentropy":
                return List.of("name", "dtype", "from_logits", "label_smoothing", "axis");
            case "sparse_categorical_crossentropy":
                return List.of("name", "dtype", "from_logits", "axis");
            case "precision":
            case "recall":
                return List.of("thresholds", "top_k", "class_id", "name", "dtype");
            default:
                return List.of("name", "dtype");
        }
    }

    /**
     * {@code keras.metrics.ClassName(**kwargs)}, e.g. {@code BinaryAccuracy(threshold=0.3)}; its log key is its
     * {@code name} (default the snake-case class name). Values as in {@link Kwargs}.
     */
    public static Metric create(String className, Map<String, Object> kwargs) {
        String kind = KINDS.get(className);
        if (kind == null) {
            if (NOT_IMPLEMENTED.contains(className)) {
                throw notImplemented(className);
            }
            throw PyException.valueError("Could not interpret metric identifier: " + className, "unknown-metric");
        }
        Kwargs k = new Kwargs(CLASS_NAMES.get(kind), kwargs);
        String name = k.string("name", null);
        Metric metric = build(kind, name == null ? kind : name, k);
        k.rejectUnexpected();
        return metric;
    }

    private static Metric build(String kind, String name, Kwargs k) {
        k.raw("dtype");
        switch (kind) {
            case "binary_accuracy":
                return AccuracyMetric.binary(name, k.number("threshold", 0.5));
            case "categorical_accuracy":
                return AccuracyMetric.categorical(name);
            case "sparse_categorical_accuracy":
                return AccuracyMetric.sparseCategorical(name);
            case "mean_squared_error":
                return new LossMetric(name, RegressionLoss.meanSquaredError(name));
            case "mean_absolute_error":
                return new LossMetric(name, RegressionLoss.meanAbsoluteError(name));
            case "mean_absolute_percentage_error":
                return new LossMetric(name, RegressionLoss.meanAbsolutePercentageError(name));
            case "mean_squared_logarithmic_error":
                return new LossMetric(name, RegressionLoss.meanSquaredLogarithmicError(name));
            case "root_mean_squared_error":
                return new RootMeanSquaredError(name);
            case "binary_crossentropy":
                return new LossMetric(name, new BinaryCrossentropy(name, k.bool("from_logits", false),
                        k.number("label_smoothing", 0.0)));
            case "categorical_crossentropy": {
                CategoricalCrossentropy loss = new CategoricalCrossentropy(name, k.bool("from_logits", false),
                        k.number("label_smoothing", 0.0));
                k.raw("axis");
                return new LossMetric(name, loss);
            }
            case "sparse_categorical_crossentropy": {
                SparseCategoricalCrossentropy loss = new SparseCategoricalCrossentropy(name,
                        k.bool("from_logits", false));
                k.raw("axis");
                return new LossMetric(name, loss);
            }
            case "precision":
            case "recall": {
                if (k.raw("thresholds") != null || k.raw("top_k") != null || k.raw("class_id") != null) {
                    throw new PyException("NotImplementedError", CLASS_NAMES.get(kind)
                            + "(thresholds=..., top_k=..., class_id=...) is not supported in the playground; "
                            + "only the default threshold 0.5 is.");
                }
                return kind.equals("precision") ? ConfusionMetric.precision(name) : ConfusionMetric.recall(name);
            }
            default:
                throw new IllegalStateException(kind);
        }
    }

    private static PyException notImplemented(String identifier) {
        return new PyException("NotImplementedError", "The metric '" + identifier
                + "' exists in Keras but is not supported in the playground.", "metric-not-supported");
    }
}
