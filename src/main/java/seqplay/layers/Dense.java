package seqplay.layers;

import java.util.ArrayList;
import java.util.List;
import seqplay.activations.Activation;
import seqplay.backend.Variable;
import seqplay.errors.PyException;
import seqplay.initializers.Initializer;
import seqplay.random.SeededRandom;
import seqplay.tensor.Buffers;
import seqplay.tensor.Kernels;

/**
 * Just your regular densely-connected layer: {@code output = activation(input · kernel + bias)}.
 *
 * <p>Defaults as Keras 3: {@code activation=None} (linear), {@code use_bias=True},
 * {@code kernel_initializer='glorot_uniform'}, {@code bias_initializer='zeros'}. Kernel shape
 * {@code (input_dim, units)}, bias {@code (units,)}; {@code get_weights()} gives {@code [kernel, bias]}.
 *
 * <pre>{@code
 * model.add(keras.layers.Input(shape=(4,)))
 * model.add(keras.layers.Dense(3, activation='softmax'))   # 4*3 + 3 = 15 params
 * }</pre>
 */
public final class Dense extends Layer {
    private final int units;
    private final Activation activation;
    private final boolean useBias;
    private final Initializer kernelInitializer;
    private final Initializer biasInitializer;

    private Variable kernel;
    private Variable bias;

    private double[] input;
    private double[] z;
    private double[] out;
    private double[] gradZ;
    private double[] gradInput;

    /**
     * @param activation already resolved; use the linear activation for Keras' {@code None}
     */
    public Dense(String name, int units, Activation activation, boolean useBias, Initializer kernelInitializer,
            Initializer biasInitializer) {
        super(name);
        if (units <= 0) {
            throw PyException.valueError("Received an invalid value for `units`, expected a positive integer. "
                    + "Received: units=" + units);
        }
        this.units = units;
        this.activation = activation;
        this.useBias = useBias;
        this.kernelInitializer = kernelInitializer;
        this.biasInitializer = biasInitializer;
    }

    @Override
    public String className() {
        return "Dense";
    }

    public int units() {
        return units;
    }

    public boolean useBias() {
        return useBias;
    }

    @Override
    public Activation activation() {
        return activation;
    }

    @Override
    protected void createWeights(int inputDim, SeededRandom random) {
        // Keras draws the kernel first, then the bias, in layer order: the same seed gives the same weights.
        kernel = new Variable("kernel", name() + "/kernel", new int[] {inputDim, units}, true);
        kernelInitializer.fill(kernel.value(), kernel.shape(), random);
        if (useBias) {
            bias = new Variable("bias", name() + "/bias", new int[] {units}, true);
            biasInitializer.fill(bias.value(), bias.shape(), random);
        }
    }

    @Override
    public int outputDim(int inputDim) {
        return units;
    }

    @Override
    public List<Variable> variables() {
        if (kernel == null) {
            return List.of();
        }
        List<Variable> vars = new ArrayList<>(2);
        vars.add(kernel);
        if (bias != null) {
            vars.add(bias);
        }
        return vars;
    }

    public Variable kernel() {
        return kernel;
    }

    public Variable bias() {
        return bias;
    }

    @Override
    public double[] forward(double[] in, int rows, boolean training) {
        int n = rows * units;
        z = Buffers.ensure(z, n);
        out = Buffers.ensure(out, n);
        input = in;
        Kernels.affine(in, rows, inputDim(), kernel.value(), bias == null ? null : bias.value(), units, z);
        activation.forward(z, out, rows, units);
        return out;
    }

    @Override
    public double[] preActivation() {
        return z;
    }

    @Override
    public double[] backward(double[] gradOutput, int rows, boolean needInputGradient) {
        gradZ = Buffers.ensure(gradZ, rows * units);
        activation.backward(z, out, gradOutput, gradZ, rows, units);
        return backwardFromPreActivation(gradZ, rows, needInputGradient);
    }

    @Override
    public double[] backwardFromPreActivation(double[] gz, int rows, boolean needInputGradient) {
        int in = inputDim();
        Kernels.weightGradient(input, rows, in, gz, units, kernel.grad());
        if (bias != null) {
            Kernels.columnSums(gz, rows, units, bias.grad());
        }
        if (!needInputGradient) {
            return null;
        }
        gradInput = Buffers.ensure(gradInput, rows * in);
        Kernels.inputGradient(gz, rows, units, kernel.value(), in, gradInput);
        return gradInput;
    }
}
