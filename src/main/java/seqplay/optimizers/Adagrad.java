package seqplay.optimizers;

/**
 * {@code Adagrad(learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-7)} (K3
 * {@code keras/src/optimizers/adagrad.py}), ε inside the square root:
 * <pre>
 * acc ← acc + g²            (acc starts at initial_accumulator_value)
 * θ   ← θ − lr · g / sqrt(acc + ε)
 * </pre>
 * Keras note: tf.keras' legacy Adagrad (TF ≤ 2.10) put ε outside the root; this is Keras 3's form.
 *
 * <pre>{@code
 * model.compile(optimizer=keras.optimizers.Adagrad(learning_rate=0.1), loss='mse')
 * }</pre>
 */
public final class Adagrad extends BaseOptimizer {
    private final double initialAccumulatorValue;
    private final double epsilon;

    public Adagrad(double learningRate, double initialAccumulatorValue, double epsilon) {
        super("adagrad", learningRate);
        this.initialAccumulatorValue = initialAccumulatorValue;
        this.epsilon = epsilon;
    }

    /** Keras' defaults. */
    public Adagrad() {
        this(0.001, 0.1, 1e-7);
    }

    public double initialAccumulatorValue() {
        return initialAccumulatorValue;
    }

    public double epsilon() {
        return epsilon;
    }

    @Override
    public int slotsPerValue() {
        return 1;
    }

    @Override
    protected int slotCount() {
        return 1;
    }

    @Override
    protected double initialSlotValue(int s) {
        return initialAccumulatorValue;
    }

    @Override
    protected void update(int i, double[] value, double[] grad, double lr) {
        double[] acc = slots[0][i];
        int n = value.length;
        for (int j = 0; j < n; j++) {
            double g = grad[j];
            acc[j] += g * g;
            value[j] -= lr * g / Math.sqrt(acc[j] + epsilon);
        }
    }
}
