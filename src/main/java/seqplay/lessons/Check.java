package seqplay.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import seqplay.activations.Activations;
import seqplay.layers.ActivationLayer;
import seqplay.layers.Dense;
import seqplay.layers.Dropout;
import seqplay.layers.Layer;
import seqplay.losses.Losses;
import seqplay.metrics.Metrics;
import seqplay.models.Sequential;
import seqplay.optimizers.Optimizers;

/**
 * A structural check on the learner's model: a closed set, each written in {@code lesson.json} as an object with
 * one key.
 *
 * <table>
 *   <caption>checks</caption>
 *   <tr><th>JSON</th><th>passes when</th></tr>
 *   <tr><td>{@code {"outputActivation": "softmax"}}</td><td>the output layer's activation is it (trailing Dropout
 *       skipped; an {@code Activation} layer counts)</td></tr>
 *   <tr><td>{@code {"outputUnits": 3}}</td><td>the last Dense layer has that many units</td></tr>
 *   <tr><td>{@code {"inputFeatures": 64}}</td><td>the model takes that many input features</td></tr>
 *   <tr><td>{@code {"loss": "categorical_crossentropy"}}</td><td>compile's loss is it (aliases equal:
 *       {@code mse = mean_squared_error = MeanSquaredError})</td></tr>
 *   <tr><td>{@code {"optimizer": "adam"}}</td><td>compile's optimizer is it (a name or an object)</td></tr>
 *   <tr><td>{@code {"metric": "accuracy"}}</td><td>compile's metrics include it ({@code acc = accuracy})</td></tr>
 *   <tr><td>{@code {"hasLayer": "Dropout"}}</td><td>the model has a layer of that class (Dense, Dropout,
 *       Activation)</td></tr>
 *   <tr><td>{@code {"minHiddenLayers": 1}}</td><td>at least that many Dense layers before the output Dense</td></tr>
 *   <tr><td>{@code {"hiddenActivation": "relu"}}</td><td>there is a hidden Dense layer and every one uses it</td></tr>
 *   <tr><td>{@code {"callback": "EarlyStopping"}}</td><td>the last fit was given that callback</td></tr>
 *   <tr><td>{@code {"validation": true}}</td><td>the last fit held out validation data ({@code validation_split}
 *       or {@code validation_data})</td></tr>
 * </table>
 *
 * <p>The model checked is the one of the run's last {@code fit} (with its latest compile); without a fit, the
 * last compiled model.
 */
public sealed interface Check permits Check.Named, Check.Count, Check.Flag {
    /** The JSON key, e.g. {@code outputActivation}. */
    String kind();

    /** Checks the run. */
    CheckResult evaluate(RunLog run);

    /** The check as JSON ({@code {"loss":"mean_squared_error"}}). */
    String toJson();

    /** The keys this reader knows, in documentation order. */
    List<String> KINDS = List.of("outputActivation", "outputUnits", "inputFeatures", "loss", "optimizer", "metric",
            "hasLayer", "minHiddenLayers", "hiddenActivation", "callback", "validation");

    /** The label shown beside a check of this kind. */
    static Text label(String kind) {
        switch (kind) {
            case "outputActivation": return new Text("출력층 활성화 함수", "output activation");
            case "outputUnits": return new Text("출력층 뉴런 수", "output units");
            case "inputFeatures": return new Text("입력 특성 수", "input features");
            case "loss": return new Text("손실 함수", "loss");
            case "optimizer": return new Text("옵티마이저", "optimizer");
            case "metric": return new Text("평가 지표", "metric");
            case "hasLayer": return new Text("사용할 층", "layer used");
            case "minHiddenLayers": return new Text("은닉층 수(최소)", "hidden layers (at least)");
            case "hiddenActivation": return new Text("은닉층 활성화 함수", "hidden activation");
            case "callback": return new Text("fit 콜백", "fit callback");
            default: return new Text("검증 데이터", "validation data");
        }
    }

    /** Reads one check object, validating its key and value; errors name {@code file} and the value's position. */
    static Check fromJson(Json.Value v, String file) {
        if (!(v instanceof Json.Obj o)) {
            throw new LessonError(file, v.line(), v.column(), "a check must be an object with one key, such as "
                    + "{\"outputActivation\": \"softmax\"}; found a " + v.kind());
        }
        if (o.members().size() != 1) {
            throw new LessonError(file, o.line(), o.column(), "a check must have exactly one key; found "
                    + o.members().size() + (o.members().isEmpty() ? "" : " (" + String.join(", ", o.members().keySet()) + ")"));
        }
        String kind = o.members().keySet().iterator().next();
        Json.Value value = o.get(kind);
        int[] at = o.keyPositions().get(kind);
        switch (kind) {
            case "outputActivation":
            case "hiddenActivation": {
                String name = string(value, file, kind);
                if (!Activations.isKnown(name)) {
                    throw bad(file, value, "unknown activation \"" + name + "\" (known: "
                            + String.join(", ", Activations.names()) + ")");
                }
                return new Named(kind, name);
            }
            case "loss": {
                String name = string(value, file, kind);
                if (!Losses.isKnown(name)) {
                    throw bad(file, value, "unknown loss \"" + name + "\"");
                }
                return new Named(kind, name);
            }
            case "optimizer": {
                String name = string(value, file, kind);
                if (!Optimizers.isKnown(name)) {
                    throw bad(file, value, "unknown optimizer \"" + name + "\" (known: "
                            + String.join(", ", Optimizers.names()) + ")");
                }
                return new Named(kind, name.toLowerCase(Locale.ROOT));
            }
            case "metric": {
                String name = string(value, file, kind);
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.equals("accuracy") && !lower.equals("acc") && !Metrics.isKnown(name)) {
                    throw bad(file, value, "unknown metric \"" + name + "\"");
                }
                return new Named(kind, name);
            }
            case "hasLayer": {
                String name = string(value, file, kind);
                if (!name.equals("Dense") && !name.equals("Dropout") && !name.equals("Activation")) {
                    throw bad(file, value, "hasLayer takes a layer class: Dense, Dropout or Activation; found \""
                            + name + "\"");
                }
                return new Named(kind, name);
            }
            case "callback": {
                String name = string(value, file, kind);
                if (!name.equals("EarlyStopping")) {
                    throw bad(file, value, "callback takes \"EarlyStopping\"; found \"" + name + "\"");
                }
                return new Named(kind, name);
            }
            case "outputUnits":
            case "inputFeatures":
            case "minHiddenLayers": {
                int min = kind.equals("minHiddenLayers") ? 0 : 1;
                if (!(value instanceof Json.Num n) || !n.isIntegerLiteral() || n.value() < min || n.value() > 1_000_000) {
                    throw bad(file, value, kind + " takes an integer " + (min == 0 ? "≥ 0" : "≥ 1") + "; found "
                            + describe(value));
                }
                return new Count(kind, (int) n.value());
            }
            case "validation": {
                if (!(value instanceof Json.Bool b) || !b.value()) {
                    throw bad(file, value, "validation takes true; found " + describe(value));
                }
                return new Flag(kind);
            }
            default:
                throw new LessonError(file, at[0], at[1], "unknown check \"" + kind + "\" (known: "
                        + String.join(", ", KINDS) + ")");
        }
    }

    private static String string(Json.Value value, String file, String kind) {
        if (!(value instanceof Json.Str s)) {
            throw bad(file, value, kind + " takes a string; found " + describe(value));
        }
        return s.value();
    }

    private static String describe(Json.Value v) {
        if (v instanceof Json.Num n) {
            return n.text();
        }
        if (v instanceof Json.Str s) {
            return "\"" + s.value() + "\"";
        }
        if (v instanceof Json.Bool b) {
            return Boolean.toString(b.value());
        }
        return "a " + v.kind();
    }

    private static LessonError bad(String file, Json.Value at, String message) {
        return new LessonError(file, at.line(), at.column(), message);
    }

    // ---- the three shapes of check ---------------------------------------------------------------------------

    /** A check whose value is a name (activation, loss, optimizer, metric, layer class, callback). */
    record Named(String kind, String name) implements Check {
        public String toJson() {
            return "{" + Json.quote(kind) + ":" + Json.quote(name) + "}";
        }

        public CheckResult evaluate(RunLog run) {
            Subject s = Subject.of(run);
            if (s == null) {
                return CheckResult.noModel(this, name);
            }
            switch (kind) {
                case "outputActivation": {
                    String actual = outputActivation(s.model());
                    return CheckResult.of(this, name, actual, name.equals(actual));
                }
                case "hiddenActivation": {
                    List<String> hidden = new ArrayList<>();
                    List<Dense> dense = denseLayers(s.model());
                    for (int i = 0; i < dense.size() - 1; i++) {
                        hidden.add(dense.get(i).activation().name());
                    }
                    boolean ok = !hidden.isEmpty();
                    for (String h : hidden) {
                        ok &= h.equals(name);
                    }
                    return CheckResult.of(this, name, hidden.isEmpty() ? "-" : String.join(", ", hidden), ok);
                }
                case "loss": {
                    if (s.compile() == null) {
                        return CheckResult.of(this, name, "-", false);
                    }
                    String actual = s.compile().loss();
                    return CheckResult.of(this, name, actual == null ? "-" : actual,
                            actual != null && canonicalLoss(actual).equals(canonicalLoss(name)));
                }
                case "optimizer": {
                    String actual = s.compile() == null ? null : s.compile().optimizer();
                    return CheckResult.of(this, name, actual == null ? "-" : actual,
                            actual != null && actual.toLowerCase(Locale.ROOT).equals(name));
                }
                case "metric": {
                    List<String> metrics = s.compile() == null ? List.of() : s.compile().metrics();
                    boolean ok = false;
                    for (String m : metrics) {
                        ok |= canonicalMetric(m).equals(canonicalMetric(name));
                    }
                    return CheckResult.of(this, name, metrics.isEmpty() ? "-" : String.join(", ", metrics), ok);
                }
                case "hasLayer": {
                    List<String> classes = new ArrayList<>();
                    boolean ok = false;
                    for (Layer l : s.model().layers()) {
                        classes.add(l.className());
                        ok |= l.className().equals(name);
                    }
                    return CheckResult.of(this, name, classes.isEmpty() ? "-" : String.join(", ", classes), ok);
                }
                default: { // callback
                    RunLog.Fit fit = run.lastFit();
                    if (fit == null) {
                        return CheckResult.of(this, name, "-", false);
                    }
                    return CheckResult.of(this, name, fit.callbacks().isEmpty() ? "-"
                            : String.join(", ", fit.callbacks()), fit.callbacks().contains(name));
                }
            }
        }
    }

    /** A check whose value is a count (output units, input features, hidden layers). */
    record Count(String kind, int value) implements Check {
        public String toJson() {
            return "{" + Json.quote(kind) + ":" + value + "}";
        }

        public CheckResult evaluate(RunLog run) {
            Subject s = Subject.of(run);
            String expected = Integer.toString(value);
            if (s == null) {
                return CheckResult.noModel(this, expected);
            }
            int actual;
            if (kind.equals("outputUnits")) {
                actual = s.model().outputUnits();
            } else if (kind.equals("inputFeatures")) {
                actual = s.model().inputFeatures();
            } else {
                actual = Math.max(0, denseLayers(s.model()).size() - 1);
            }
            boolean ok = kind.equals("minHiddenLayers") ? actual >= value : actual == value;
            return CheckResult.of(this, expected, actual < 0 ? "-" : Integer.toString(actual), ok);
        }
    }

    /** {@code {"validation": true}}. */
    record Flag(String kind) implements Check {
        public String toJson() {
            return "{" + Json.quote(kind) + ":true}";
        }

        public CheckResult evaluate(RunLog run) {
            RunLog.Fit fit = run.lastFit();
            boolean ok = fit != null && fit.validation();
            return CheckResult.of(this, "validation_split / validation_data", ok ? "✓" : "-", ok);
        }
    }

    /** The model a lesson's checks look at, with the compile it was trained under. */
    record Subject(Sequential model, RunLog.Compile compile) {
        static Subject of(RunLog run) {
            RunLog.Fit fit = run.lastFit();
            if (fit != null) {
                return new Subject(fit.model(), fit.compile());
            }
            List<RunLog.Compile> compiles = run.compiles();
            if (!compiles.isEmpty()) {
                RunLog.Compile c = compiles.get(compiles.size() - 1);
                return new Subject(c.model(), c);
            }
            return null;
        }
    }

    static List<Dense> denseLayers(Sequential model) {
        List<Dense> dense = new ArrayList<>();
        for (Layer l : model.layers()) {
            if (l instanceof Dense d) {
                dense.add(d);
            }
        }
        return dense;
    }

    /** The activation the model's output passes through last: Dropout is skipped, an Activation layer counts. */
    static String outputActivation(Sequential model) {
        List<Layer> layers = model.layers();
        for (int i = layers.size() - 1; i >= 0; i--) {
            Layer l = layers.get(i);
            if (l instanceof Dropout) {
                continue;
            }
            if (l instanceof ActivationLayer a) {
                return a.activation().name();
            }
            if (l instanceof Dense d) {
                return d.activation().name();
            }
        }
        return "-";
    }

    /** One name per loss: Keras' function name for every alias and class name. */
    static String canonicalLoss(String name) {
        switch (name) {
            case "mse": case "MSE": case "MeanSquaredError": return "mean_squared_error";
            case "mae": case "MAE": case "MeanAbsoluteError": return "mean_absolute_error";
            case "mape": case "MAPE": case "MeanAbsolutePercentageError": return "mean_absolute_percentage_error";
            case "msle": case "MSLE": case "MeanSquaredLogarithmicError": return "mean_squared_logarithmic_error";
            case "bce": case "BCE": case "BinaryCrossentropy": return "binary_crossentropy";
            case "CategoricalCrossentropy": return "categorical_crossentropy";
            case "SparseCategoricalCrossentropy": return "sparse_categorical_crossentropy";
            case "Huber": return "huber";
            default: return name;
        }
    }

    /** One name per metric: {@code acc} and {@code accuracy} in any case are the same, aliases as for losses. */
    static String canonicalMetric(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("acc") || lower.equals("accuracy")) {
            return "accuracy";
        }
        switch (name) {
            case "RootMeanSquaredError": return "root_mean_squared_error";
            case "BinaryAccuracy": return "binary_accuracy";
            case "CategoricalAccuracy": return "categorical_accuracy";
            case "SparseCategoricalAccuracy": return "sparse_categorical_accuracy";
            default: return canonicalLoss(name);
        }
    }
}
