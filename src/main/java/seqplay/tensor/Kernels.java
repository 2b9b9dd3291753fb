package seqplay.tensor;

/**
 * The dense-layer kernels over flat row-major arrays: {@code x (rows, in)}, {@code w (in, out)},
 * {@code z (rows, out)}.
 *
 * <p>Each kernel computes a 2 × 4 tile of its output in eight local accumulators (a register-blocked
 * micro-kernel): six loads feed eight multiply-adds and the output is written once. Edges use 2 × 1, 1 × 4 and
 * 1 × 1 tiles written out inline (no call per element). The tile is 2 × 4 rather than 4 × 4 because the browsers'
 * compilers have 16 floating-point registers: 16 accumulators spill, and in Chromium the 2 × 4 tile measured about
 * 10 % faster in both the Wasm-GC and the JavaScript build (docs/performance.md).
 *
 * <p>The order in which each output element's terms are added is fixed and the same as the plain triple loop
 * ({@code b + x[r][0]·w[0][j] + x[r][1]·w[1][j] + …}), so results are bit-identical to it, and to the JavaScript
 * and Wasm builds (see {@link Maths} on operand order). Nothing here allocates.
 */
public final class Kernels {
    private Kernels() {
    }

    /** {@code z = x · w + b}, the bias as each sum's first term (b may be null for {@code use_bias=False}). */
    public static void affine(double[] x, int rows, int in, double[] w, double[] b, int out, double[] z) {
        int r = 0;
        for (; r + 2 <= rows; r += 2) {
            int x0 = r * in;
            int x1 = x0 + in;
            int z0 = r * out;
            int z1 = z0 + out;
            int j = 0;
            for (; j + 4 <= out; j += 4) {
                double a00 = b == null ? 0.0 : b[j];
                double a01 = b == null ? 0.0 : b[j + 1];
                double a02 = b == null ? 0.0 : b[j + 2];
                double a03 = b == null ? 0.0 : b[j + 3];
                double a10 = a00;
                double a11 = a01;
                double a12 = a02;
                double a13 = a03;
                int wi = j;
                for (int i = 0; i < in; i++, wi += out) {
                    double v0 = x[x0 + i];
                    double v1 = x[x1 + i];
                    double w0 = w[wi];
                    double w1 = w[wi + 1];
                    double w2 = w[wi + 2];
                    double w3 = w[wi + 3];
                    a00 += v0 * w0;
                    a01 += v0 * w1;
                    a02 += v0 * w2;
                    a03 += v0 * w3;
                    a10 += v1 * w0;
                    a11 += v1 * w1;
                    a12 += v1 * w2;
                    a13 += v1 * w3;
                }
                z[z0 + j] = a00;
                z[z0 + j + 1] = a01;
                z[z0 + j + 2] = a02;
                z[z0 + j + 3] = a03;
                z[z1 + j] = a10;
                z[z1 + j + 1] = a11;
                z[z1 + j + 2] = a12;
                z[z1 + j + 3] = a13;
            }
            for (; j < out; j++) {
                double a0 = b == null ? 0.0 : b[j];
                double a1 = a0;
                int wi = j;
                for (int i = 0; i < in; i++, wi += out) {
                    double q = w[wi];
                    a0 += x[x0 + i] * q;
                    a1 += x[x1 + i] * q;
                }
                z[z0 + j] = a0;
                z[z1 + j] = a1;
            }
        }
        if (r < rows) {
            int x0 = r * in;
            int z0 = r * out;
            int j = 0;
            for (; j + 4 <= out; j += 4) {
                double a0 = b == null ? 0.0 : b[j];
                double a1 = b == null ? 0.0 : b[j + 1];
                double a2 = b == null ? 0.0 : b[j + 2];
                double a3 = b == null ? 0.0 : b[j + 3];
                int wi = j;
                for (int i = 0; i < in; i++, wi += out) {
                    double v = x[x0 + i];
                    a0 += v * w[wi];
                    a1 += v * w[wi + 1];
                    a2 += v * w[wi + 2];
                    a3 += v * w[wi + 3];
                }
                z[z0 + j] = a0;
                z[z0 + j + 1] = a1;
                z[z0 + j + 2] = a2;
                z[z0 + j + 3] = a3;
            }
            for (; j < out; j++) {
                double a = b == null ? 0.0 : b[j];
                int wi = j;
                for (int i = 0; i < in; i++, wi += out) {
                    a += x[x0 + i] * w[wi];
                }
                z[z0 + j] = a;
            }
        }
    }

    /** {@code gw = xᵀ · gz} (overwrites gw): the kernel gradient of a dense layer, summed over rows in order. */
    public static void weightGradient(double[] x, int rows, int in, double[] gz, int out, double[] gw) {
        int i = 0;
        for (; i + 2 <= in; i += 2) {
            int k0 = i * out;
            int k1 = k0 + out;
            int j = 0;
            for (; j + 4 <= out; j += 4) {
                double a00 = 0.0;
                double a01 = 0.0;
                double a02 = 0.0;
                double a03 = 0.0;
                double a10 = 0.0;
                double a11 = 0.0;
                double a12 = 0.0;
                double a13 = 0.0;
                int xo = i;
                int go = j;
                for (int r = 0; r < rows; r++, xo += in, go += out) {
                    double v0 = x[xo];
                    double v1 = x[xo + 1];
                    double g0 = gz[go];
                    double g1 = gz[go + 1];
                    double g2 = gz[go + 2];
                    double g3 = gz[go + 3];
                    a00 += v0 * g0;
                    a01 += v0 * g1;
                    a02 += v0 * g2;
                    a03 += v0 * g3;
                    a10 += v1 * g0;
                    a11 += v1 * g1;
                    a12 += v1 * g2;
                    a13 += v1 * g3;
                }
                gw[k0 + j] = a00;
                gw[k0 + j + 1] = a01;
                gw[k0 + j + 2] = a02;
                gw[k0 + j + 3] = a03;
                gw[k1 + j] = a10;
                gw[k1 + j + 1] = a11;
                gw[k1 + j + 2] = a12;
                gw[k1 + j + 3] = a13;
            }
            for (; j < out; j++) {
                double a0 = 0.0;
                double a1 = 0.0;
                int xo = i;
                int go = j;
                for (int r = 0; r < rows; r++, xo += in, go += out) {
                    double g = gz[go];
                    a0 += x[xo] * g;
                    a1 += x[xo + 1] * g;
                }
                gw[k0 + j] = a0;
                gw[k1 + j] = a1;
            }
        }
        if (i < in) {
            int k0 = i * out;
            int j = 0;
            for (; j + 4 <= out; j += 4) {
                double a0 = 0.0;
                double a1 = 0.0;
                double a2 = 0.0;
                double a3 = 0.0;
                int xo = i;
                int go = j;
                for (int r = 0; r < rows; r++, xo += in, go += out) {
                    double v = x[xo];
                    a0 += v * gz[go];
                    a1 += v * gz[go + 1];
                    a2 += v * gz[go + 2];
                    a3 += v * gz[go + 3];
                }
                gw[k0 + j] = a0;
                gw[k0 + j + 1] = a1;
                gw[k0 + j + 2] = a2;
                gw[k0 + j + 3] = a3;
            }
            for (; j < out; j++) {
                double a = 0.0;
                int xo = i;
                int go = j;
                for (int r = 0; r < rows; r++, xo += in, go += out) {
                    a += x[xo] * gz[go];
                }
                gw[k0 + j] = a;
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
        int r = 0;
        for (; r + 2 <= rows; r += 2) {
            int g0 = r * out;
            int g1 = g0 + out;
            int k0 = r * in;
            int k1 = k0 + in;
            int i = 0;
            for (; i + 4 <= in; i += 4) {
                int w0 = i * out;
                int w1 = w0 + out;
                int w2 = w1 + out;
                int w3 = w2 + out;
                double a00 = 0.0;
                double a01 = 0.0;
                double a02 = 0.0;
                double a03 = 0.0;
                double a10 = 0.0;
                double a11 = 0.0;
                double a12 = 0.0;
                double a13 = 0.0;
                for (int j = 0; j < out; j++) {
                    double e0 = gz[g0 + j];
                    double e1 = gz[g1 + j];
                    double q0 = w[w0 + j];
                    double q1 = w[w1 + j];
                    double q2 = w[w2 + j];
                    double q3 = w[w3 + j];
                    a00 += e0 * q0;
                    a01 += e0 * q1;
                    a02 += e0 * q2;
                    a03 += e0 * q3;
                    a10 += e1 * q0;
                    a11 += e1 * q1;
                    a12 += e1 * q2;
                    a13 += e1 * q3;
                }
                gx[k0 + i] = a00;
                gx[k0 + i + 1] = a01;
                gx[k0 + i + 2] = a02;
                gx[k0 + i + 3] = a03;
                gx[k1 + i] = a10;
                gx[k1 + i + 1] = a11;
                gx[k1 + i + 2] = a12;
                gx[k1 + i + 3] = a13;
            }
            for (; i < in; i++) {
                int wo = i * out;
                double a0 = 0.0;
                double a1 = 0.0;
                for (int j = 0; j < out; j++) {
                    double q = w[wo + j];
                    a0 += gz[g0 + j] * q;
                    a1 += gz[g1 + j] * q;
                }
                gx[k0 + i] = a0;
                gx[k1 + i] = a1;
            }
        }
        if (r < rows) {
            int g0 = r * out;
            int k0 = r * in;
            int i = 0;
            for (; i + 4 <= in; i += 4) {
                int w0 = i * out;
                int w1 = w0 + out;
                int w2 = w1 + out;
                int w3 = w2 + out;
                double a0 = 0.0;
                double a1 = 0.0;
                double a2 = 0.0;
                double a3 = 0.0;
                for (int j = 0; j < out; j++) {
                    double e = gz[g0 + j];
                    a0 += e * w[w0 + j];
                    a1 += e * w[w1 + j];
                    a2 += e * w[w2 + j];
                    a3 += e * w[w3 + j];
                }
                gx[k0 + i] = a0;
                gx[k0 + i + 1] = a1;
                gx[k0 + i + 2] = a2;
                gx[k0 + i + 3] = a3;
            }
            for (; i < in; i++) {
                int wo = i * out;
                double a = 0.0;
                for (int j = 0; j < out; j++) {
                    a += gz[g0 + j] * w[wo + j];
                }
                gx[k0 + i] = a;
            }
        }
    }
}
