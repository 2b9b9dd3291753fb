package seqplay.training;

import seqplay.losses.Loss;
import seqplay.losses.Losses;

/**
 * A loss as given to {@code compile}, resolved when the data is first seen. Keras 3 resolves loss identifiers at
 * the first {@code fit}/{@code evaluate} (an unknown name fails there, not at compile) and picks the
 * cross-entropy for {@code loss='crossentropy'} from the shapes of labels and predictions.
 */
@FunctionalInterface
public interface LossSpec {
    /** The loss for labels of shape {@code yTrueShape} and predictions of shape {@code yPredShape}. */
    Loss resolve(int[] yTrueShape, int[] yPredShape);

    /** A loss object given directly. */
    static LossSpec of(Loss loss) {
        return (yTrue, yPred) -> loss;
    }

    /** A loss given by name ({@code 'mse'}, {@code 'crossentropy'}…), looked up when the data is seen. */
    static LossSpec named(String identifier) {
        return (yTrue, yPred) -> Losses.forCompile(identifier, yTrue, yPred);
    }
}
