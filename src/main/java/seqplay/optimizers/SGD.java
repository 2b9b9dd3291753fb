package seqplay.optimizers;

import seqplay.errors.PyException;

/**
 * {@code SGD(learning_rate=0.01, momentum=0.0, nesterov=False)}, gradient descent with optional momentum (K3
 * {@code keras/src/optimizers/sgd.py}):
 * <pre>
 * momentum = 0:  θ ← θ − lr · g
 * momentum μ:    m ← μ · m − lr · g;   θ ← θ + m               (nesterov: θ ← θ + μ · m − lr · g)
 * </pre>
 *
 * <pre>{@code
 * model.compile(optimizer='sgd', loss='mse')
 * model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1, momentum=0.9, nesterov=True), loss='mse')
 * }</pre>
 */
public final class SGD extends BaseOptimizer {
    private final double momentum;
    private final boolean nesterov;

    /** @throws PyException {@code ValueError: `momentum` must be a float between [0, 1].} */
    public SGD(double learningRate, double momentum, boolean nesterov) {
        super("sgd", learningRate);
        if (!(momentum >= 0.0 && momentum <= 1.0)) {
            throw momentumError();
        }
        this.momentum = momentum;
        this.nesterov = nesterov;
    }

    /** Keras' defaults. */
    public SGD() {
        this(0.01, 0.0, false);
    }

    static PyException momentumError() {
        return PyException.valueError("`momentum` must be a float between [0, 1].");
    }

    public double momentum() {
        return momentum;
    }

    public boolean nesterov() {
        return nesterov;
    }

    @Override
    public int slotsPerValue() {
        return momentum != 0.0 ? 1 : 0;
    }

    @Override
    protected int slotCount() {
        return slotsPerValue();
    }

    @Override
    protected void update(int i, double[] value, double[] grad, double lr) {
        int n = value.length;
        if (momentum == 0.0) {
            for (int j = 0; j < n; j++) {
                value[j] -= grad[j] * lr;
            }
            return;
        }
        double[] m = slots[0][i];
        for (int j = 0; j < n; j++) {
            double g = grad[j];
            m[j] = m[j] * momentum - g * lr;
            if (nesterov) {
                // The compound step stays on the left of +: TeaVM's JS printer drops parentheses on the right.
                value[j] = (m[j] * momentum - g * lr) + value[j];
            } else {
                value[j] += m[j];
            }
        }
    }
}
