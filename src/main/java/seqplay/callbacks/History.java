package seqplay.callbacks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * What {@code model.fit} returns: {@code history.history} maps each log key to its value per epoch.
 *
 * <p>Keys keep the order of the logs: Keras 3 sorts them ({@code accuracy, loss, val_accuracy, val_loss}); {@code history.epoch} lists
 * the epoch indices; {@code history.params} is {@code {'verbose': 'auto', 'epochs': 2, 'steps': 25}}.
 *
 * <pre>{@code
 * history = model.fit(x, y, epochs=10, validation_split=0.2)
 * plt.plot(history.history['val_loss'])
 * }</pre>
 */
public final class History implements Callback {
    private final Map<String, List<Double>> history = new LinkedHashMap<>();
    private final List<Integer> epochs = new ArrayList<>();
    private final Object verbose;
    private final int epochCount;
    private final int steps;

    /**
     * @param verbose the {@code verbose} argument as given: {@code "auto"} (a String) or an Integer
     */
    public History(Object verbose, int epochCount, int steps) {
        this.verbose = verbose;
        this.epochCount = epochCount;
        this.steps = steps;
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs) {
        epochs.add(epoch);
        for (Map.Entry<String, Double> e : logs.entrySet()) {
            history.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
    }

    /** Key → values per epoch, in log order. */
    public Map<String, List<Double>> history() {
        return Collections.unmodifiableMap(history);
    }

    public List<Integer> epoch() {
        return Collections.unmodifiableList(epochs);
    }

    /** {@code verbose} as given ({@code "auto"} or an int). */
    public Object verbose() {
        return verbose;
    }

    public int epochs() {
        return epochCount;
    }

    public int steps() {
        return steps;
    }
}
