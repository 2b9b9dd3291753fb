package seqplay.optimizers;

import java.util.List;
import seqplay.backend.Variable;

/**
 * An optimizer: updates each trainable variable from its gradient.
 *
 * <p>It sees only a flat list of variables, never layers. Slots (Adam's m and v, momentum…) are created on the
 * first {@link #apply} and kept per variable index; the iteration counter increases once per apply, after all
 * variables are updated (Keras' order, spec §4.2).
 *
 * <pre>{@code
 * model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss='mse')
 * }</pre>
 */
public interface Optimizer {
    /** The class name in Keras' lower-case lookup form, e.g. {@code adam}. */
    String name();

    double learningRate();

    void setLearningRate(double learningRate);

    /** One update of every variable from its current gradient. */
    void apply(List<Variable> variables);

    /** Number of {@link #apply} calls so far. */
    int iterations();

    /** Whether slots exist yet (Keras shows "Optimizer params" in {@code summary()} only once built). */
    boolean isBuilt();

    /**
     * Number of float32 slot values per trainable value (Adam 2, SGD 0 or 1 with momentum…), for the summary's
     * "Optimizer params" line: {@code 1 (iteration, int64) + 1 (learning_rate, float32) + slots * params}.
     */
    int slotsPerValue();

    /** Forgets slots and iterations (a fresh {@code compile}). */
    void reset();
}
