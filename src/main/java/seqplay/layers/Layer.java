package seqplay.layers;

import java.util.List;
import seqplay.activations.Activation;
import seqplay.backend.Variable;
import seqplay.random.SeededRandom;

/**
 * A layer of a Sequential model: a function of a batch {@code (rows, inputDim)} to a batch
 * {@code (rows, outputDim)}, with the backward rule beside the forward one.
 *
 * <p>Buffers are owned by the layer and grow to the largest batch seen, so the training loop allocates nothing
 * after its first step. {@link #forward} returns the layer's own output buffer; the caller must not keep it
 * across the next forward call.
 */
public abstract sealed class Layer permits Dense, Dropout, ActivationLayer {
    private final String name;
    private int inputDim = -1;

    protected Layer(String name) {
        this.name = name;
    }

    /** The layer's name, e.g. {@code dense_1}. */
    public final String name() {
        return name;
    }

    /** Keras' class name shown by {@code summary()}, e.g. {@code Dense}. */
    public abstract String className();

    public final boolean isBuilt() {
        return inputDim >= 0;
    }

    /** The number of input features, once built. */
    public final int inputDim() {
        return inputDim;
    }

    /** Creates the weights for {@code inputDim} input features (Keras' {@code build}). */
    public final void build(int inputDim, SeededRandom random) {
        this.inputDim = inputDim;
        createWeights(inputDim, random);
    }

    protected void createWeights(int inputDim, SeededRandom random) {
    }

    /** Output features for a given number of input features. */
    public abstract int outputDim(int inputDim);

    /** Trainable and non-trainable weights in Keras' {@code get_weights()} order. */
    public List<Variable> variables() {
        return List.of();
    }

    /** Forward pass of a batch; {@code training} switches dropout on. Returns the layer's output buffer. */
    public abstract double[] forward(double[] input, int rows, boolean training);

    /**
     * Backward pass: fills each variable's gradient from {@code gradOutput = dL/d(output)} and returns
     * {@code dL/d(input)} (the layer's own buffer), or {@code null} when {@code needInputGradient} is false.
     */
    public abstract double[] backward(double[] gradOutput, int rows, boolean needInputGradient);

    /** The activation applied last in this layer, or {@code null} (decides the cross-entropy logits path). */
    public Activation activation() {
        return null;
    }

    /** The pre-activation values of the last forward pass (the "logits" of spec §3.3). */
    public double[] preActivation() {
        throw new UnsupportedOperationException(className() + " has no activation");
    }

    /** Backward pass that starts from {@code dL/d(pre-activation)}, skipping the activation's derivative. */
    public double[] backwardFromPreActivation(double[] gradPreActivation, int rows, boolean needInputGradient) {
        throw new UnsupportedOperationException(className() + " has no activation");
    }

    /** Number of weight values. */
    public final int countParams() {
        int n = 0;
        for (Variable v : variables()) {
            n += v.size();
        }
        return n;
    }
}
