package seqplay.layers;

import java.util.Arrays;
import java.util.Objects;
import seqplay.errors.PyException;

/**
 * The shape of one sample, given as the first entry of a Sequential model: {@code keras.layers.Input(shape=(4,))}.
 * It builds every later layer as soon as it is added, so {@code summary()} can show shapes and parameter counts
 * before training.
 *
 * <pre>{@code
 * model.add(keras.layers.Input(shape=(4,)))
 * }</pre>
 *
 * @param shape the per-sample shape, without the batch dimension
 * @param name  the input's name, or {@code null}
 */
public record Input(int[] shape, String name) {
    public Input {
        shape = shape.clone();
        if (shape.length != 1) {
            // Keras note: Keras accepts any rank (Dense then works on the last axis); the playground's models take
            // flat feature vectors, so images such as 8x8 digits are flattened to shape=(64,) first.
            throw new PyException("NotImplementedError", "The playground supports flat inputs only: Input(shape=(n,))."
                    + " Received: shape=" + Arrays.toString(shape).replace('[', '(').replace(']', ')'),
                    "flat-input-only");
        }
    }

    /** The number of features each sample has. */
    public int features() {
        return shape[0];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Input other && Arrays.equals(shape, other.shape) && Objects.equals(name, other.name);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shape) * 31 + Objects.hashCode(name);
    }

    @Override
    public String toString() {
        return "Input(shape=" + Arrays.toString(shape) + ")";
    }
}
