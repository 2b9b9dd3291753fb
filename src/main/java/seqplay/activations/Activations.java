package seqplay.activations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqplay.errors.PyException;

/**
 * The table from the names learners type to activation functions, as {@code keras.activations.get}.
 *
 * <p>Names are case-sensitive and exact, as in Keras 3 ({@code "ReLU"} is rejected); {@code None} means
 * {@code linear}; {@code swish} is another name for {@code silu} and {@code hard_swish} for {@code hard_silu}
 * (the function keeps its own name, as in Keras 3's {@code get_config()}).
 *
 * <pre>{@code
 * keras.layers.Dense(8, activation='relu')
 * keras.layers.Dense(3, activation='softmax')
 * keras.layers.Dense(8, activation='relux')   # ValueError: Could not interpret activation function identifier: relux
 * }</pre>
 *
 * <p>Keras note: {@code glu} and {@code crelu} change the width of their input, {@code sparsemax} is left out, and
 * {@code threshold} cannot be called from a string; they are rejected here like unknown names.
 */
public final class Activations {
    private Activations() {
    }

    public static final Activation LINEAR = new Builtins.Linear();
    public static final Activation RELU = new Builtins.Relu();
    public static final Activation SIGMOID = new Builtins.Sigmoid();
    public static final Activation SOFTMAX = new Builtins.Softmax();
    public static final Activation TANH = new Builtins.Tanh();

    private static final Map<String, Activation> TABLE = new LinkedHashMap<>();

    static {
        register(LINEAR);
        register(RELU);
        register(SIGMOID);
        register(SOFTMAX);
        register(TANH);
        register(new Builtins.Elu(1.0));
        register(new Builtins.Selu());
        register(new Builtins.Softplus());
        register(new Builtins.Softsign());
        Activation silu = new Builtins.Silu();
        register(silu);
        TABLE.put("swish", silu);
        register(new Builtins.Gelu());
        register(new Builtins.LeakyRelu(0.2));
        register(new Builtins.Relu6());
        register(new Builtins.HardSigmoid());
        Activation hardSilu = new Builtins.HardSilu();
        register(hardSilu);
        TABLE.put("hard_swish", hardSilu);
        register(new Builtins.Exponential());
        register(new Builtins.Mish());
        register(new Builtins.LogSoftmax());
        register(new Builtins.Celu());
        register(new Builtins.HardTanh());
        register(new Builtins.HardShrink());
        register(new Builtins.SoftShrink());
        register(new Builtins.TanhShrink());
        register(new Builtins.SparsePlus());
        register(new Builtins.SparseSigmoid());
        register(new Builtins.Squareplus());
        register(new Builtins.LogSigmoid());
    }

    private static void register(Activation activation) {
        TABLE.put(activation.name(), activation);
    }

    /**
     * {@code keras.activations.get(identifier)}: {@code null} (Python {@code None}) gives {@code linear}.
     *
     * @throws PyException {@code ValueError: Could not interpret activation function identifier: relux}
     */
    public static Activation get(String identifier) {
        if (identifier == null) {
            return LINEAR;
        }
        Activation activation = TABLE.get(identifier);
        if (activation == null) {
            throw PyException.valueError("Could not interpret activation function identifier: " + identifier,
                    "unknown-activation");
        }
        return activation;
    }

    /** Whether {@link #get} accepts the name. */
    public static boolean isKnown(String identifier) {
        return identifier == null || TABLE.containsKey(identifier);
    }

    /** Every name {@link #get} accepts, aliases included, for "did you mean" hints. */
    public static List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(TABLE.keySet()));
    }

    /** {@code keras.activations.leaky_relu} with another slope (the string gives 0.2). */
    public static Activation leakyRelu(double negativeSlope) {
        return new Builtins.LeakyRelu(negativeSlope);
    }

    /** {@code keras.activations.elu} with another alpha (the string gives 1.0). */
    public static Activation elu(double alpha) {
        return new Builtins.Elu(alpha);
    }

    /**
     * The {@code UserWarning} Keras 3 prints when a softmax runs over a last axis of size 1 (K3
     * {@code keras/src/ops/nn.py}), e.g. {@code Dense(1, activation='softmax')}: the output is always 1.0.
     *
     * @param batchDim what Keras prints for the batch dimension: {@code None}, or the batch size
     * @return the text after {@code UserWarning: }
     */
    public static String softmaxSizeOneWarning(String batchDim) {
        return "You are using a softmax over axis -1 of a tensor of shape (" + batchDim + ", 1). This axis has "
                + "size 1. The softmax operation will always return the value 1, which is likely not what you "
                + "intended. Did you mean to use a sigmoid instead?";
    }
}
