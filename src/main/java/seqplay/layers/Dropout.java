package seqplay.layers;

import seqplay.errors.PyException;
import seqplay.format.PyFloat;
import seqplay.random.SeededRandom;
import seqplay.tensor.Buffers;

/**
 * Randomly sets input units to 0 with frequency {@code rate} during training, scaling the rest by
 * {@code 1 / (1 - rate)} so the expected sum is unchanged. Does nothing at inference (evaluate, predict).
 *
 * <pre>{@code
 * model.add(keras.layers.Dense(64, activation='relu'))
 * model.add(keras.layers.Dropout(0.5))
 * }</pre>
 */
public final class Dropout extends Layer {
    private final double rate;
    private final SeededRandom random;
    private double[] out;
    private double[] mask;
    private double[] gradInput;
    private int features;

    /**
     * @param random the generator the masks come from (the session's, or one seeded by the layer's {@code seed})
     */
    public Dropout(String name, double rate, SeededRandom random) {
        super(name);
        if (!(rate >= 0 && rate <= 1)) {
            throw PyException.valueError("Invalid value received for argument `rate`. Expected a float value "
                    + "between 0 and 1. Received: rate=" + PyFloat.repr(rate));
        }
        this.rate = rate;
        this.random = random;
    }

    @Override
    public String className() {
        return "Dropout";
    }

    public double rate() {
        return rate;
    }

    @Override
    public int outputDim(int inputDim) {
        return inputDim;
    }

    @Override
    public double[] forward(double[] in, int rows, boolean training) {
        features = inputDim();
        int n = rows * features;
        out = Buffers.ensure(out, n);
        mask = Buffers.ensure(mask, n);
        if (!training || rate == 0.0) {
            System.arraycopy(in, 0, out, 0, n);
            for (int k = 0; k < n; k++) {
                mask[k] = 1.0;
            }
            return out;
        }
        // A rate of 1 (allowed by Keras' check) drops every unit: the output is all zeros.
        double keep = 1.0 - rate;
        double scale = keep > 0 ? 1.0 / keep : 0.0;
        for (int k = 0; k < n; k++) {
            double m = random.nextDouble() < rate ? 0.0 : scale;
            mask[k] = m;
            out[k] = in[k] * m;
        }
        return out;
    }

    @Override
    public double[] backward(double[] gradOutput, int rows, boolean needInputGradient) {
        if (!needInputGradient) {
            return null;
        }
        int n = rows * features;
        gradInput = Buffers.ensure(gradInput, n);
        for (int k = 0; k < n; k++) {
            gradInput[k] = gradOutput[k] * mask[k];
        }
        return gradInput;
    }
}
