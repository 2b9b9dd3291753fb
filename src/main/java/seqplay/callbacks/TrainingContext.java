package seqplay.callbacks;

import java.util.List;
import seqplay.tensor.Tensor;

/** What a callback may see and do during a fit: the model's weights, stopping, printing. */
public interface TrainingContext {
    List<Tensor> getWeights();

    void setWeights(List<Tensor> weights);

    /** Keras' {@code model.stop_training = True}: the fit ends after the current epoch. */
    void stopTraining();

    /**
     * Whether a compiled metric with this log name (without {@code val_}) improves upward ({@code true}),
     * downward ({@code false}), or {@code null} when no compiled metric has that name.
     */
    Boolean metricDirection(String name);

    /** Prints a line the way Keras' {@code io_utils.print_msg} does. */
    void print(String line);

    /** Emits a Python {@code UserWarning} (shown once per message, as Python's warnings filter does). */
    void warn(String message);
}
