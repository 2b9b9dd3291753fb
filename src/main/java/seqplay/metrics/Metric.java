package seqplay.metrics;

/**
 * A compiled metric: a running mean of per-sample values over the batches of an epoch.
 *
 * <p>Keras 3 computes every metric as {@code total += sum(values); count += batch_size; result = total / count}
 * (spec §5.3), from the predictions made before each batch's weight update.
 *
 * <pre>{@code
 * model.compile(loss='categorical_crossentropy', optimizer='adam', metrics=['accuracy'])
 * }</pre>
 */
public interface Metric {
    /** The log key: the string the learner gave ({@code acc} stays {@code acc}), or the metric's own name. */
    String name();

    /** Adds the values of one batch. Arrays as in {@link seqplay.losses.Loss}. */
    void update(double[] yTrue, double[] yPred, int rows, int cols);

    /** The mean so far ({@code 0.0} before any update, as Keras' {@code Mean}). */
    double result();

    void reset();

    /** Whether a larger value is better (accuracies), for EarlyStopping's {@code mode='auto'}. */
    boolean higherIsBetter();
}
