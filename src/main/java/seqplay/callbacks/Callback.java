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
     * The same hook with the running logs as parallel arrays ({@code keys} sorted and the same objects at every
     * batch, {@code values} overwritten at the next batch), so that the progress bar costs no map, boxing or string
     * per batch. By default the logs are handed to {@link #onTrainBatchEnd(int, Map)}, as a map to callbacks that
     * {@link #usesBatchLogs() use them} and empty to the others.
     */
    default void onTrainBatchEnd(int batch, String[] keys, double[] values) {
        if (!usesBatchLogs()) {
            onTrainBatchEnd(batch, Map.of());
            return;
        }
        Map<String, Double> logs = new java.util.TreeMap<>();
        for (int i = 0; i < keys.length; i++) {
            logs.put(keys[i], values[i]);
        }
        onTrainBatchEnd(batch, logs);
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
