package seqplay.models;

import java.util.Map;
import seqplay.callbacks.Callback;
import seqplay.callbacks.History;
import seqplay.layers.Layer;
import seqplay.tensor.Tensor;

/**
 * What a host watches a learner's model through, to draw it: the network diagram as layers are added (with the
 * program line that added each), the data and the live decision boundary during a fit, predictions and
 * evaluations for the confusion matrix and the regression plot.
 *
 * <p>The interpreter's Keras bindings call it (they know the program lines); the browser worker implements it;
 * the command-line runner uses {@link #NONE}. Every method has an empty default.
 */
public interface ModelObserver {
    ModelObserver NONE = new ModelObserver() {
    };

    /** {@code model.add(layer)} at the given 1-based program line. */
    default void layerAdded(Sequential model, Layer layer, int line) {
    }

    default void compiled(Sequential model) {
    }

    /** A fit is about to run on {@code x}, {@code y} (the training part, before any validation split). */
    default void fitStarted(Sequential model, Tensor x, Tensor y) {
    }

    /** An epoch ended with these logs (the weights are the end-of-epoch weights). */
    default void epochEnded(Sequential model, int epoch, Map<String, Double> logs) {
    }

    default void fitEnded(Sequential model, History history) {
    }

    default void predicted(Sequential model, Tensor x, Tensor prediction) {
    }

    default void evaluated(Sequential model, Tensor x, Tensor y, EvaluateResult result) {
    }

    /** A callback that reports each epoch end of a fit of {@code model} to this observer. */
    default Callback epochCallback(Sequential model) {
        ModelObserver self = this;
        return new Callback() {
            @Override
            public void onEpochEnd(int epoch, Map<String, Double> logs) {
                self.epochEnded(model, epoch, logs);
            }
        };
    }
}
