package seqplay.metrics;

/**
 * Keras' {@code Mean} metric: {@code total += Σ values; count += n; result = total / count} (0 before any value).
 *
 * <p>Every compiled metric of Keras 3 except the confusion-matrix ones is such a running mean of per-sample
 * values, so an epoch's value weighs each batch by its size (spec §5.3): batches of 4, 4 and 2 samples count 4, 4
 * and 2.
 */
public abstract class MeanMetric implements Metric {
    private final String name;
    private double total;
    private double count;

    protected MeanMetric(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    /** Adds {@code n} values whose sum is {@code sum}. */
    protected final void add(double sum, int n) {
        total += sum;
        count += n;
    }

    @Override
    public double result() {
        return count == 0.0 ? 0.0 : total / count;
    }

    @Override
    public void reset() {
        total = 0.0;
        count = 0.0;
    }

    /** The running total, for metrics whose result is a function of the mean (root mean squared error). */
    protected final double total() {
        return total;
    }

    protected final double count() {
        return count;
    }

    @Override
    public String toString() {
        return name;
    }
}
