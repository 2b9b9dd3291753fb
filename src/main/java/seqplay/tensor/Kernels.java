package seqplay.tensor;

/**
 * The dense-layer kernels over flat row-major arrays: {@code x (rows, in)}, {@code w (in, out)},
 * {@code z (rows, out)}.
 *
 * <p>Loops run with the innermost index over contiguous memory in every operand. Summation order is fixed (and
 * every compound operand of {@code +} sits on the left, see {@link Maths}), so the JVM, JavaScript and Wasm builds
 * produce the same bits. Nothing here allocates.
 */
public final class Kernels {
    private Kernels() {
    }

    /** {@code z = x · w + b}, the bias fused into the first pass (b may be null for {@code use_bias=False}). */
    public static void affine(double[] x, int rows, int in, double[] w, double[] b, int out, double[] z) {
        for (int r = 0; r < rows; r++) {
            int zo = r * out;
            if (b != null) {
                System.arraycopy(b, 0, z, zo, out);
            } else {
                for (int j = 0; j < out; j++) {
                    z[zo + j] = 0.0;
                }
            }
            int xo = r * in;
            for (int i = 0; i < in; i++) {
                double xi = x[xo + i];
                int wo = i * out;
                for (int j = 0; j < out; j++) {
                    z[zo + j] += xi * w[wo + j];
                }
            }
        }
    }

    /** {@code gw = xᵀ · gz} (overwrites gw): the kernel gradient of a dense layer. */
    public static void weightGradient(double[] x, int rows, int in, double[] gz, int out, double[] gw) {
        int n = in * out;
        for (int k = 0; k < n; k++) {
            gw[k] = 0.0;
        }
        for (int r = 0; r < rows; r++) {
            int xo = r * in;
            int go = r * out;
            for (int i = 0; i < in; i++) {
                double xi = x[xo + i];
                int wo = i * out;
                for (int j = 0; j < out; j++) {
                    gw[wo + j] += xi * gz[go + j];
                }
            }
        }
    }

    /** {@code gb = Σ_rows gz} (overwrites gb): the bias gradient of a dense layer. */
    public static void columnSums(double[] gz, int rows, int out, double[] gb) {
        for (int j = 0; j < out; j++) {
            gb[j] = 0.0;
        }
        for (int r = 0; r < rows; r++) {
            int go = r * out;
            for (int j = 0; j < out; j++) {
                gb[j] += gz[go + j];
            }
        }
    }

    /** {@code gx = gz · wᵀ} (overwrites gx): the gradient passed back to the layer's input. */
    public static void inputGradient(double[] gz, int rows, int out, double[] w, int in, double[] gx) {
        for (int r = 0; r < rows; r++) {
            int go = r * out;
            int xo = r * in;
            for (int i = 0; i < in; i++) {
                int wo = i * out;
                double s = 0.0;
                for (int j = 0; j < out; j++) {
                    s += gz[go + j] * w[wo + j];
                }
                gx[xo + i] = s;
            }
        }
    }
}
