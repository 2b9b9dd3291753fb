package seqplay.optimizers;

import java.util.ArrayList;
import java.util.List;
import seqplay.backend.Variable;
import seqplay.errors.PyException;

/**
 * What every optimizer shares (Keras 3's {@code BaseOptimizer}): the learning rate, the iteration counter, and
 * per-variable slots created on the first {@link #apply}.
 *
 * <p>One {@code apply} updates every variable with the same step number {@code t = iterations + 1}, and only then
 * counts the iteration (K3 {@code base_optimizer.py}: the counter is incremented after all variables). Slots are
 * allocated once, at the first call; later calls allocate nothing.
 */
public abstract class BaseOptimizer implements Optimizer {
    private final String name;
    private double learningRate;
    private int iterations;
    private Variable[] builtWith;
    /** {@code slots[s][i]}: slot {@code s} (Adam's m, v…) of variable {@code i}, the variable's size. */
    protected double[][][] slots;
    private final List<String> warnings = new ArrayList<>();

    protected BaseOptimizer(String name, double learningRate) {
        this.name = name;
        this.learningRate = learningRate;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final double learningRate() {
        return learningRate;
    }

    @Override
    public final void setLearningRate(double learningRate) {
        this.learningRate = learningRate;
    }

    @Override
    public final int iterations() {
        return iterations;
    }

    @Override
    public final boolean isBuilt() {
        return builtWith != null;
    }

    @Override
    public void reset() {
        builtWith = null;
        slots = null;
        iterations = 0;
    }

    /** Warnings Keras printed while constructing this optimizer (e.g. the ignored {@code decay} argument). */
    public final List<String> creationWarnings() {
        return warnings;
    }

    final void warn(String text) {
        warnings.add(text);
    }

    /** The number of slot arrays per variable (equal to {@link #slotsPerValue()}). */
    protected abstract int slotCount();

    /** The value slot {@code s} starts with (0; Adagrad's accumulator starts at its initial value). */
    protected double initialSlotValue(int s) {
        return 0.0;
    }

    /** Called once per {@code apply} before the variables, with the step number {@code t ≥ 1}. */
    protected void beginStep(int t, double lr) {
    }

    /** Updates variable {@code i} in place from its gradient. */
    protected abstract void update(int i, double[] value, double[] grad, double lr);

    @Override
    public final void apply(List<Variable> variables) {
        int n = variables.size();
        if (builtWith == null) {
            build(variables);
        } else {
            checkKnown(variables);
        }
        double lr = learningRate;
        beginStep(iterations + 1, lr);
        for (int i = 0; i < n; i++) {
            Variable v = variables.get(i);
            update(i, v.value(), v.grad(), lr);
        }
        iterations++;
    }

    private void build(List<Variable> variables) {
        int n = variables.size();
        builtWith = new Variable[n];
        int count = slotCount();
        slots = new double[count][n][];
        for (int i = 0; i < n; i++) {
            Variable v = variables.get(i);
            builtWith[i] = v;
            for (int s = 0; s < count; s++) {
                double[] slot = new double[v.size()];
                double init = initialSlotValue(s);
                if (init != 0.0) {
                    for (int j = 0; j < slot.length; j++) {
                        slot[j] = init;
                    }
                }
                slots[s][i] = slot;
            }
        }
    }

    /**
     * Keras 3 refuses variables other than those the optimizer was built with (one optimizer object shared by two
     * models).
     *
     * <p>Keras note: Keras prints the variable with its values ({@code value=[[0.19 ...]]}); the values are left
     * out here.
     */
    private void checkKnown(List<Variable> variables) {
        int n = variables.size();
        for (int i = 0; i < n; i++) {
            Variable v = variables.get(i);
            if (i < builtWith.length && builtWith[i] == v) {
                continue; // the usual case, checked in O(1): the same variable at the same place
            }
            boolean known = false;
            for (int k = 0; k < builtWith.length; k++) {
                if (builtWith[k] == v) {
                    known = k == i;
                    break;
                }
            }
            if (!known) {
                throw PyException.valueError("Unknown variable: <Variable path=" + v.path() + ", shape="
                        + seqplay.format.PyRepr.ofShape(v.shape()) + ", dtype=float32>. This optimizer can only be "
                        + "called for the variables it was originally built with. When working with a new set of "
                        + "variables, you should recreate a new optimizer instance.", "optimizer-reused");
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
