package seqplay.training;

import java.util.List;
import seqplay.callbacks.Callback;
import seqplay.tensor.Tensor;

/**
 * The arguments of {@code model.fit} after the defaults are filled in: {@code batch_size=None} (32),
 * {@code epochs=1}, {@code verbose="auto"} (1), {@code validation_split=0.0}, {@code validation_data=None},
 * {@code shuffle=True}, {@code callbacks=None}.
 *
 * @param batchSize       rows per batch
 * @param verbose         {@code "auto"} or an Integer 0, 1, 2
 * @param validationX     {@code validation_data[0]}, or {@code null}; it overrides {@code validationSplit}
 */
public record FitOptions(int batchSize, int epochs, Object verbose, double validationSplit, Tensor validationX,
        Tensor validationY, boolean shuffle, List<Callback> callbacks) {

    public FitOptions {
        callbacks = callbacks == null ? List.of() : List.copyOf(callbacks);
    }

    /** Keras' defaults with the given epochs. */
    public static FitOptions defaults(int epochs) {
        return new FitOptions(32, epochs, "auto", 0.0, null, null, true, List.of());
    }

    public FitOptions withBatchSize(int n) {
        return new FitOptions(n, epochs, verbose, validationSplit, validationX, validationY, shuffle, callbacks);
    }

    public FitOptions withVerbose(Object v) {
        return new FitOptions(batchSize, epochs, v, validationSplit, validationX, validationY, shuffle, callbacks);
    }

    public FitOptions withValidationSplit(double v) {
        return new FitOptions(batchSize, epochs, verbose, v, validationX, validationY, shuffle, callbacks);
    }

    public FitOptions withValidationData(Tensor vx, Tensor vy) {
        return new FitOptions(batchSize, epochs, verbose, validationSplit, vx, vy, shuffle, callbacks);
    }

    public FitOptions withShuffle(boolean s) {
        return new FitOptions(batchSize, epochs, verbose, validationSplit, validationX, validationY, s, callbacks);
    }

    public FitOptions withCallbacks(List<Callback> c) {
        return new FitOptions(batchSize, epochs, verbose, validationSplit, validationX, validationY, shuffle, c);
    }

    /** {@code verbose} as a level: "auto" is 1. */
    public int verboseLevel() {
        return verbose instanceof Integer ? (Integer) verbose : 1;
    }
}
