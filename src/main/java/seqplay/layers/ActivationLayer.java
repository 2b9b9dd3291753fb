package seqplay.layers;

import seqplay.activations.Activation;
import seqplay.tensor.Buffers;

/**
 * Keras' {@code Activation} layer: applies an activation function to its input, no weights.
 *
 * <pre>{@code
 * model.add(keras.layers.Dense(3))
 * model.add(keras.layers.Activation('softmax'))
 * }</pre>
 */
public final class ActivationLayer extends Layer {
    private final Activation activation;
    private double[] input;
    private double[] out;
    private double[] gradInput;

    public ActivationLayer(String name, Activation activation) {
        super(name);
        this.activation = activation;
    }

    @Override
    public String className() {
        return "Activation";
    }

    @Override
    public Activation activation() {
        return activation;
    }

    @Override
    public int outputDim(int inputDim) {
        return inputDim;
    }

    @Override
    public double[] forward(double[] in, int rows, boolean training) {
        int cols = inputDim();
        out = Buffers.ensure(out, rows * cols);
        input = in;
        activation.forward(in, out, rows, cols);
        return out;
    }

    @Override
    public double[] preActivation() {
        return input;
    }

    @Override
    public double[] backward(double[] gradOutput, int rows, boolean needInputGradient) {
        int cols = inputDim();
        gradInput = Buffers.ensure(gradInput, rows * cols);
        activation.backward(input, out, gradOutput, gradInput, rows, cols);
        return gradInput;
    }

    @Override
    public double[] backwardFromPreActivation(double[] gradPreActivation, int rows, boolean needInputGradient) {
        return needInputGradient ? gradPreActivation : null;
    }
}
