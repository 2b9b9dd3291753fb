package seqplay.optimizers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import seqplay.backend.Kwargs;
import seqplay.errors.PyException;
import seqplay.format.PyRepr;

/**
 * The table from the names learners type to optimizers, as {@code keras.optimizers.get}: class names in lower
 * case, so strings are case-insensitive ({@code "adam"}, {@code "Adam"}, {@code "ADAM"}); each string gives a
 * fresh optimizer with Keras' defaults.
 *
 * <pre>{@code
 * model.compile(optimizer='adam', loss='mse')
 * model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1, momentum=0.9), loss='mse')
 * model.compile(optimizer='adamm', loss='mse')   # ValueError: Could not interpret optimizer identifier: adamm
 * }</pre>
 */
public final class Optimizers {
    private Optimizers() {
    }

    /** The optimizers of Keras 3 the playground does not implement (lower case). */
    private static final Set<String> NOT_IMPLEMENTED = Set.of("adamw", "adadelta", "adamax", "adafactor", "nadam",
            "ftrl", "lion", "muon", "lossscaleoptimizer", "multioptimizer", "optimizermap", "schedulefreeadamw",
            "schedulefreesgd");

    /** Keyword parameters of Keras 3's {@code BaseOptimizer} after the class's own, in order. */
    private static final List<String> BASE_PARAMETERS = List.of("weight_decay", "clipnorm", "clipvalue",
            "global_clipnorm", "use_ema", "ema_momentum", "ema_overwrite_frequency", "loss_scale_factor",
            "gradient_accumulation_steps", "name");

    /**
     * {@code keras.optimizers.get(identifier)} for a string.
     *
     * @throws PyException {@code ValueError: Could not interpret optimizer identifier: adamm}
     */
    public static Optimizer get(String identifier) {
        String key = identifier == null ? null : identifier.toLowerCase(Locale.ROOT);
        if (key != null) {
            switch (key) {
                case "adam":
                case "sgd":
                case "rmsprop":
                case "adagrad":
                    return create(key, Map.of());
                default:
                    if (NOT_IMPLEMENTED.contains(key)) {
                        throw notImplemented(identifier);
                    }
            }
        }
        throw PyException.valueError("Could not interpret optimizer identifier: " + PyRepr.str(identifier),
                "unknown-optimizer");
    }

    /** Whether {@link #get} accepts the name. */
    public static boolean isKnown(String identifier) {
        if (identifier == null) {
            return false;
        }
        String key = identifier.toLowerCase(Locale.ROOT);
        return key.equals("adam") || key.equals("sgd") || key.equals("rmsprop") || key.equals("adagrad");
    }

    /** The names {@link #get} accepts, in the case Keras' docs write them. */
    public static List<String> names() {
        return List.of("adam", "sgd", "rmsprop", "adagrad");
    }

    /**
     * The parameters of an optimizer class in Keras' positional order (for binding positional arguments), or
     * {@code null} for an unknown class; e.g. {@code Adam → [learning_rate, beta_1, beta_2, epsilon, amsgrad,
     * weight_decay, …, name]}.
     */
    public static List<String> parameterNames(String className) {
        List<String> own = ownParameters(className == null ? "" : className.toLowerCase(Locale.ROOT));
        if (own == null) {
            return null;
        }
        List<String> all = new java.util.ArrayList<>(own);
        all.addAll(BASE_PARAMETERS);
        return List.copyOf(all);
    }

    private static List<String> ownParameters(String key) {
        switch (key) {
            case "adam":
                return List.of("learning_rate", "beta_1", "beta_2", "epsilon", "amsgrad");
            case "sgd":
                return List.of("learning_rate", "momentum", "nesterov");
            case "rmsprop":
                return List.of("learning_rate", "rho", "momentum", "epsilon", "centered");
            case "adagrad":
                return List.of("learning_rate", "initial_accumulator_value", "epsilon");
            default:
                return null;
        }
    }

    /**
     * {@code keras.optimizers.ClassName(**kwargs)} with Keras 3's checks, in Keras' order: {@code decay} is
     * dropped with a warning, any other unknown keyword (the legacy {@code lr} included) raises
     * {@code ValueError: Argument(s) not recognized: {'lr': 0.001}}, {@code learning_rate} must be a Python float,
     * and SGD's {@code momentum} a float in [0, 1]. Values as in {@link Kwargs}.
     *
     * <p>Keras note: the base options {@code weight_decay, clipnorm, clipvalue, global_clipnorm, use_ema,
     * loss_scale_factor, gradient_accumulation_steps} are accepted only at their defaults; other values raise
     * NotImplementedError.
     */
    public static Optimizer create(String className, Map<String, Object> kwargs) {
        String key = className == null ? "" : className.toLowerCase(Locale.ROOT);
        List<String> own = ownParameters(key);
        if (own == null) {
            if (NOT_IMPLEMENTED.contains(key)) {
                throw notImplemented(className);
            }
            throw PyException.valueError("Could not interpret optimizer identifier: " + PyRepr.str(className),
                    "unknown-optimizer");
        }
        Map<String, Object> args = kwargs == null ? new LinkedHashMap<>() : new LinkedHashMap<>(kwargs);
        boolean decayIgnored = args.containsKey("decay") && args.get("decay") != null;
        args.remove("decay");
        Map<String, Object> unknown = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : args.entrySet()) {
            if (!own.contains(e.getKey()) && !BASE_PARAMETERS.contains(e.getKey())) {
                unknown.put(e.getKey(), e.getValue());
            }
        }
        if (!unknown.isEmpty()) {
            throw PyException.valueError("Argument(s) not recognized: " + PyRepr.ofDict(unknown), "optimizer-lr");
        }
        Kwargs k = new Kwargs(className, args);
        checkBaseDefaults(k, className);
        double defaultLr = key.equals("sgd") ? 0.01 : 0.001;
        if (k.has("learning_rate")) {
            Object lr = k.raw("learning_rate");
            if (!Kwargs.isFloat(lr)) {
                throw PyException.valueError("Argument `learning_rate` should be float, or an instance of "
                        + "LearningRateSchedule, or a callable (that takes in the current iteration value and "
                        + "returns the corresponding learning rate value). Received instead: learning_rate="
                        + PyRepr.str(lr));
            }
        }
        double lr = k.number("learning_rate", defaultLr);
        BaseOptimizer optimizer;
        switch (key) {
            case "adam":
                optimizer = new Adam(lr, k.number("beta_1", 0.9), k.number("beta_2", 0.999),
                        k.number("epsilon", 1e-7), k.bool("amsgrad", false));
                break;
            case "sgd": {
                if (k.has("momentum") && !Kwargs.isFloat(k.raw("momentum"))) {
                    throw SGD.momentumError();
                }
                optimizer = new SGD(lr, k.number("momentum", 0.0), k.bool("nesterov", false));
                break;
            }
            case "rmsprop":
                optimizer = new RMSprop(lr, k.number("rho", 0.9), k.number("momentum", 0.0),
                        k.number("epsilon", 1e-7), k.bool("centered", false));
                break;
            default:
                optimizer = new Adagrad(lr, k.number("initial_accumulator_value", 0.1), k.number("epsilon", 1e-7));
                break;
        }
        if (decayIgnored) {
            optimizer.warn("UserWarning: Argument `decay` is no longer supported and will be ignored.");
        }
        return optimizer;
    }

    private static void checkBaseDefaults(Kwargs k, String className) {
        k.string("name", null);
        String[] mustBeNone = {"weight_decay", "clipnorm", "clipvalue", "global_clipnorm", "ema_overwrite_frequency",
            "loss_scale_factor", "gradient_accumulation_steps"};
        for (String p : mustBeNone) {
            if (k.raw(p) != null) {
                throw new PyException("NotImplementedError", className + "(" + p + "=...) is not supported in the "
                        + "playground.");
            }
        }
        if (k.bool("use_ema", false)) {
            throw new PyException("NotImplementedError", className + "(use_ema=True) is not supported in the "
                    + "playground.");
        }
        k.raw("ema_momentum");
    }

    private static PyException notImplemented(String identifier) {
        return new PyException("NotImplementedError", "The optimizer '" + identifier
                + "' exists in Keras but is not supported in the playground.", "optimizer-not-supported");
    }
}
