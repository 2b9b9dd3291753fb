package seqplay.optimizers;

/**
 * {@code RMSprop(learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1e-7, centered=False)} (K3
 * {@code keras/src/optimizers/rmsprop.py}), ε inside the square root:
 * <pre>
 * v ← ρ · v + (1 − ρ) · g²
 * centered: ḡ ← ρ · ḡ + (1 − ρ) · g, denominator v − ḡ² + ε; else v + ε
 * increment = lr · g / sqrt(denominator)
 * momentum μ > 0:  mom ← μ · mom + increment; θ ← θ − mom      else θ ← θ − increment
 * </pre>
 * It is {@code compile()}'s default optimizer.
 *
 * <pre>{@code
 * model.compile(optimizer='rmsprop', loss='mse')
 * model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=0.01, momentum=0.9, centered=True), loss='mse')
 * }</pre>
 */
public final class RMSprop extends BaseOptimizer {
    private final double rho;
    private final double momentum;
    private final double epsilon;
    private final boolean centered;

    public RMSprop(double learningRate, double rho, double momentum, double epsilon, boolean centered) {
        super("rmsprop", learningRate);
        this.rho = rho;
        this.momentum = momentum;
        this.epsilon = epsilon;
        this.centered = centered;
    }

    /** Keras' defaults. */
    public RMSprop() {
        this(0.001, 0.9, 0.0, 1e-7, false);
    }

    public double rho() {
        return rho;
    }

    public double momentum() {
        return momentum;
    }

    public double epsilon() {
        return epsilon;
    }

    public boolean centered() {
        return centered;
    }

    @Override
    public int slotsPerValue() {
        return 1 + (momentum > 0.0 ? 1 : 0) + (centered ? 1 : 0);
    }

    @Override
    protected int slotCount() {
        return slotsPerValue();
    }

    @Override
    protected void update(int i, double[] value, double[] grad, double lr) {
        double[] velocity = slots[0][i];
        int next = 1;
        double[] mom = momentum > 0.0 ? slots[next++][i] : null;
        double[] average = centered ? slots[next][i] : null;
        double oneMinusRho = 1.0 - rho;
        int n = value.length;
        for (int j = 0; j < n; j++) {
            double g = grad[j];
            velocity[j] = rho * velocity[j] + g * g * oneMinusRho;
            double denominator;
            if (average != null) {
                average[j] = rho * average[j] + g * oneMinusRho;
                denominator = velocity[j] - average[j] * average[j] + epsilon;
            } else {
                denominator = velocity[j] + epsilon;
            }
            double increment = lr * g / Math.sqrt(denominator);
            if (mom != null) {
                mom[j] = momentum * mom[j] + increment;
                value[j] -= mom[j];
            } else {
                value[j] -= increment;
            }
        }
    }
}
