package seqplay.initializers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqplay.backend.Kwargs;
import seqplay.errors.PyException;
import seqplay.format.PyRepr;

/**
 * The table from the names learners type to weight initializers, as {@code keras.initializers.get}.
 *
 * <p>Keras 3 accepts each class name ({@code GlorotUniform}), its snake case ({@code glorot_uniform}) and the
 * aliases {@code uniform}, {@code normal}, {@code one}, {@code zero}, {@code orthogonal}; names are case-sensitive.
 * A string gives a fresh, unseeded instance each time.
 *
 * <pre>{@code
 * keras.layers.Dense(8, kernel_initializer='he_normal', bias_initializer='zeros')
 * keras.layers.Dense(8, kernel_initializer=keras.initializers.RandomNormal(stddev=0.01, seed=42))
 * keras.layers.Dense(8, kernel_initializer='glorot')   # ValueError: Could not interpret initializer identifier: glorot
 * }</pre>
 */
public final class Initializers {
    private Initializers() {
    }

    /** Every accepted name to the snake-case name of its class, in Keras' export order; aliases follow. */
    private static final Map<String, String> CANONICAL = new LinkedHashMap<>();
    /** Snake-case name to the Python class name errors show. */
    private static final Map<String, String> CLASS_NAME = new LinkedHashMap<>();

    static {
        String[][] classes = {
            {"Constant", "constant"}, {"Identity", "identity"}, {"Ones", "ones"}, {"Zeros", "zeros"},
            {"GlorotNormal", "glorot_normal"}, {"GlorotUniform", "glorot_uniform"},
            {"HeNormal", "he_normal"}, {"HeUniform", "he_uniform"},
            {"LecunNormal", "lecun_normal"}, {"LecunUniform", "lecun_uniform"},
            {"RandomNormal", "random_normal"}, {"TruncatedNormal", "truncated_normal"},
            {"RandomUniform", "random_uniform"}, {"VarianceScaling", "variance_scaling"},
            {"Orthogonal", "orthogonal"}, {"OrthogonalInitializer", "orthogonal"},
        };
        for (String[] c : classes) {
            CANONICAL.put(c[0], c[1]);
            CANONICAL.put(c[1], c[1]);
            CLASS_NAME.putIfAbsent(c[1], c[0]);
        }
        CANONICAL.put("orthogonal_initializer", "orthogonal");
        CANONICAL.put("IdentityInitializer", "identity");
        CANONICAL.put("uniform", "random_uniform");
        CANONICAL.put("normal", "random_normal");
        CANONICAL.put("one", "ones");
        CANONICAL.put("zero", "zeros");
    }

    /**
     * {@code keras.initializers.get(identifier)}: a fresh instance with Keras' defaults.
     *
     * @throws PyException {@code ValueError: Could not interpret initializer identifier: glorot}
     */
    public static Initializer get(String identifier) {
        String canonical = identifier == null ? null : CANONICAL.get(identifier);
        if (canonical == null) {
            throw PyException.valueError("Could not interpret initializer identifier: " + PyRepr.str(identifier),
                    "unknown-initializer");
        }
        return create(canonical, Map.of());
    }

    /** Whether {@link #get} accepts the name. */
    public static boolean isKnown(String identifier) {
        return identifier != null && CANONICAL.containsKey(identifier);
    }

    /** Every name {@link #get} accepts, for "did you mean" hints. */
    public static List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(CANONICAL.keySet()));
    }

    /**
     * The parameters of an initializer class in Keras' positional order (for binding positional arguments), e.g.
     * {@code RandomNormal → [mean, stddev, seed]}; {@code null} for an unknown class.
     */
    public static List<String> parameterNames(String className) {
        String c = CANONICAL.get(className);
        if (c == null) {
            return null;
        }
        switch (c) {
            case "constant":
                return List.of("value");
            case "identity":
                return List.of("gain");
            case "random_normal":
            case "truncated_normal":
                return List.of("mean", "stddev", "seed");
            case "random_uniform":
                return List.of("minval", "maxval", "seed");
            case "variance_scaling":
                return List.of("scale", "mode", "distribution", "seed");
            case "orthogonal":
                return List.of("gain", "seed");
            case "zeros":
            case "ones":
                return List.of();
            default:
                return List.of("seed");
        }
    }

    /**
     * {@code keras.initializers.ClassName(**kwargs)}: the class by any name {@link #get} accepts, its keyword
     * arguments as {@link Kwargs} values.
     *
     * <pre>{@code
     * Initializers.create("RandomNormal", Map.of("mean", 0.0, "stddev", 0.01, "seed", 42))
     * }</pre>
     */
    public static Initializer create(String className, Map<String, Object> kwargs) {
        String c = className == null ? null : CANONICAL.get(className);
        if (c == null) {
            throw PyException.valueError("Could not interpret initializer identifier: " + className,
                    "unknown-initializer");
        }
        Kwargs k = new Kwargs(CLASS_NAME.get(c), kwargs);
        if ((c.equals("zeros") || c.equals("ones")) && kwargs != null && !kwargs.isEmpty()) {
            throw PyException.typeError(CLASS_NAME.get(c) + "() takes no arguments");
        }
        Initializer result;
        switch (c) {
            case "zeros":
                result = Constant.zeros();
                break;
            case "ones":
                result = Constant.ones();
                break;
            case "constant":
                result = Constant.of(k.number("value", 0.0));
                break;
            case "identity":
                result = new Identity(k.number("gain", 1.0));
                break;
            case "random_normal":
                result = RandomNormal.normal(k.number("mean", 0.0), k.number("stddev", 0.05), k.seed("seed"));
                break;
            case "truncated_normal":
                result = RandomNormal.truncated(k.number("mean", 0.0), k.number("stddev", 0.05), k.seed("seed"));
                break;
            case "random_uniform":
                result = new RandomUniform(k.number("minval", -0.05), k.number("maxval", 0.05), k.seed("seed"));
                break;
            case "variance_scaling": {
                if (k.has("scale") && k.number("scale", 1.0) <= 0.0) {
                    throw PyException.valueError("Argument `scale` must be positive float. Received: scale="
                            + PyRepr.str(k.raw("scale")));
                }
                result = VarianceScaling.of(k.number("scale", 1.0), k.string("mode", "fan_in"),
                        k.string("distribution", "truncated_normal"), k.seed("seed"));
                break;
            }
            case "orthogonal":
                result = new Orthogonal(k.number("gain", 1.0), k.seed("seed"));
                break;
            case "glorot_uniform":
                result = VarianceScaling.glorotUniform(k.seed("seed"));
                break;
            case "glorot_normal":
                result = VarianceScaling.glorotNormal(k.seed("seed"));
                break;
            case "he_uniform":
                result = VarianceScaling.heUniform(k.seed("seed"));
                break;
            case "he_normal":
                result = VarianceScaling.heNormal(k.seed("seed"));
                break;
            case "lecun_uniform":
                result = VarianceScaling.lecunUniform(k.seed("seed"));
                break;
            default:
                result = VarianceScaling.lecunNormal(k.seed("seed"));
                break;
        }
        k.rejectUnexpected();
        return result;
    }
}
