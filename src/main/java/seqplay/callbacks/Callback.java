package seqplay.callbacks;

import java.util.Map;

/**
 * Hooks into a fit, as Keras' {@code keras.callbacks.Callback}. Logs are maps from Keras' log keys
 * ({@code loss}, {@code accuracy}, {@code val_loss}…) to values, iterated in sorted key order as Keras 3 does.
 */
public interface Callback {
    default void onTrainBegin(TrainingContext context) {
    }

    default void onEpochBegin(int epoch) {
    }

    default void onTrainBatchEnd(int batch, Map<String, Double> logs) {
    }

    /**
     * Whether {@link #onTrainBatchEnd} needs the running logs. The loop builds them only when some callback does,
     * so that a silent fit allocates nothing per batch.
     */
    default boolean usesBatchLogs() {
        return false;
    }

    default void onEpochEnd(int epoch, Map<String, Double> logs) {
    }

    default void onTrainEnd(Map<String, Double> logs) {
    }
}
