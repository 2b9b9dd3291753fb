package seqplay.training;

import seqplay.metrics.Metric;
import seqplay.metrics.Metrics;

/**
 * A metric as given to {@code compile}, resolved from the shapes at the first {@code fit}/{@code evaluate}
 * (Keras decides what {@code 'accuracy'} means there, spec §5.1).
 */
@FunctionalInterface
public interface MetricSpec {
    Metric resolve(int[] yTrueShape, int[] yPredShape);

    /** A metric object given directly. */
    static MetricSpec of(Metric metric) {
        return (yTrue, yPred) -> metric;
    }

    /** A metric given by name ({@code 'accuracy'}, {@code 'mae'}…), looked up when the data is seen. */
    static MetricSpec named(String identifier) {
        return (yTrue, yPred) -> Metrics.get(identifier, yTrue, yPred);
    }
}
