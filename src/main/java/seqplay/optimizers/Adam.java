package seqplay.optimizers;

import seqplay.tensor.Maths;

/**
 * {@code Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7, amsgrad=False)} in Keras' form, with the
 * bias correction folded into the step size and ε added to the uncorrected {@code sqrt(v)} ("epsilon hat", K3
 * {@code keras/src/optimizers/adam.py}):
 * <pre>
 * m ← m + (g − m)(1 − β₁)
 * v ← v + (g² − v)(1 − β₂)            amsgrad: v̂ ← max(v̂, v), used in place of v
 * α = lr · sqrt(1 − β₂ᵗ) / (1 − β₁ᵗ)
 * θ ← θ − α · m / (sqrt(v) + ε)
 * </pre>
 * The first step moves each weight with a non-zero gradient by almost exactly the learning rate.
 *
 * <pre>{@code
 * model.compile(optimizer='adam', loss='mse')
 * model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss='mse')
 * }</pre>
 */
public final class Adam extends BaseOptimizer {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final boolean amsgrad;
    private double alpha;

    public Adam(double learningRate, double beta1, double beta2, double epsilon, boolean amsgrad) {
        super("adam", learningRate);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.amsgrad = amsgrad;
    }

    /** Keras' defaults. */
    public Adam() {
        this(0.001, 0.9, 0.999, 1e-7, false);
    }

    public double beta1() {
        return beta1;
    }

    public double beta2() {
        return beta2;
    }

    public double epsilon() {
        return epsilon;
    }

    public boolean amsgrad() {
        return amsgrad;
    }

    @Override
    public int slotsPerValue() {
        return amsgrad ? 3 : 2;
    }

    @Override
    protected int slotCount() {
        return slotsPerValue();
    }

    @Override
    protected void beginStep(int t, double lr) {
        double beta1Power = Maths.powInt(beta1, t);
        double beta2Power = Maths.powInt(beta2, t);
        alpha = lr * Math.sqrt(1.0 - beta2Power) / (1.0 - beta1Power);
    }

    @Override
    protected void update(int i, double[] value, double[] grad, double lr) {
        double[] m = slots[0][i];
        double[] v = slots[1][i];
        double[] vHat = amsgrad ? slots[2][i] : null;
        double oneMinusBeta1 = 1.0 - beta1;
        double oneMinusBeta2 = 1.0 - beta2;
        int n = value.length;
        double a = alpha;
        double eps = epsilon;
        if (vHat == null) {
            // Each array read and written once per weight (locals instead of re-reading m[j] and v[j]): in the
            // browsers every access is bounds-checked, and this loop runs over all 101,770 weights of W3 each step.
            for (int j = 0; j < n; j++) {
                double g = grad[j];
                double mj = m[j];
                mj += (g - mj) * oneMinusBeta1;
                m[j] = mj;
                double vj = v[j];
                vj += (g * g - vj) * oneMinusBeta2;
                v[j] = vj;
                value[j] -= mj * a / (Math.sqrt(vj) + eps);
            }
            return;
        }
        for (int j = 0; j < n; j++) {
            double g = grad[j];
            m[j] += (g - m[j]) * oneMinusBeta1;
            v[j] += (g * g - v[j]) * oneMinusBeta2;
            double second = v[j];
            if (second > vHat[j]) {
                vHat[j] = second;
            }
            second = vHat[j];
            value[j] -= m[j] * alpha / (Math.sqrt(second) + epsilon);
        }
    }
}
