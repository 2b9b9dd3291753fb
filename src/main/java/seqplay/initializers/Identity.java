package seqplay.initializers;

import seqplay.errors.PyException;
import seqplay.format.PyRepr;
import seqplay.random.SeededRandom;

/**
 * {@code Identity(gain=1.0)}: {@code gain} on the main diagonal of a 2-D weight, 0 elsewhere (non-square allowed,
 * like {@code np.eye(n, m)}).
 *
 * <pre>{@code
 * keras.layers.Dense(4, kernel_initializer='identity')
 * }</pre>
 */
public final class Identity implements Initializer {
    private final double gain;

    public Identity(double gain) {
        this.gain = gain;
    }

    public Identity() {
        this(1.0);
    }

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public void fill(double[] target, int[] shape, SeededRandom random) {
        if (shape.length != 2) {
            throw PyException.valueError("Identity matrix initializer can only be used for 2D matrices. Received: "
                    + "shape=" + PyRepr.ofShape(shape) + " of rank " + shape.length + ".");
        }
        int rows = shape[0];
        int cols = shape[1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                target[i * cols + j] = i == j ? gain : 0.0;
            }
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
