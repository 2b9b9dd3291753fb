package seqplay.initializers;

import seqplay.errors.PyException;
import seqplay.format.PyRepr;
import seqplay.random.SeededRandom;

/**
 * {@code Orthogonal(gain=1.0, seed=None)}: the Q factor of a random normal matrix, so the columns (or the rows,
 * when there are fewer rows than columns) are orthonormal, times {@code gain}.
 *
 * <p>Keras flattens the shape to {@code (prod(shape[:-1]), shape[-1])}, draws a normal matrix of shape
 * {@code (max, min)} of those, takes its reduced QR factorization with the signs fixed so that R has a positive
 * diagonal, and transposes when the weight is wide. Gram–Schmidt (done twice for accuracy) yields exactly that
 * sign-fixed Q, using only basic arithmetic and square roots.
 *
 * <pre>{@code
 * keras.layers.Dense(4, kernel_initializer='orthogonal')
 * }</pre>
 */
public final class Orthogonal extends RandomInitializer {
    private final double gain;

    public Orthogonal(double gain, Long seed) {
        super(seed);
        this.gain = gain;
    }

    public Orthogonal() {
        this(1.0, null);
    }

    @Override
    public String name() {
        return "orthogonal";
    }

    @Override
    public void fill(double[] target, int[] shape, SeededRandom random) {
        if (shape.length < 2) {
            throw PyException.valueError("The tensor to initialize must be at least two-dimensional. Received: shape="
                    + PyRepr.ofShape(shape) + " of rank " + shape.length + ".");
        }
        int rows = 1;
        for (int i = 0; i < shape.length - 1; i++) {
            rows *= shape[i];
        }
        int cols = shape[shape.length - 1];
        int m = Math.max(rows, cols);
        int n = Math.min(rows, cols);
        SeededRandom rng = generator(random);
        double[] a = new double[m * n]; // row-major (m, n); its columns are orthonormalized in place
        for (int i = 0; i < a.length; i++) {
            a[i] = rng.nextGaussian();
        }
        for (int j = 0; j < n; j++) {
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < j; k++) {
                    double dot = 0.0;
                    for (int i = 0; i < m; i++) {
                        dot += a[i * n + k] * a[i * n + j];
                    }
                    for (int i = 0; i < m; i++) {
                        a[i * n + j] -= dot * a[i * n + k];
                    }
                }
            }
            double norm = 0.0;
            for (int i = 0; i < m; i++) {
                norm += a[i * n + j] * a[i * n + j];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < m; i++) {
                a[i * n + j] /= norm;
            }
        }
        if (rows >= cols) {
            for (int i = 0; i < m * n; i++) {
                target[i] = gain * a[i];
            }
        } else {
            // Wide weight: rows x cols = n x m, the transpose of a.
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < m; c++) {
                    target[r * m + c] = gain * a[c * n + r];
                }
            }
        }
    }
}
