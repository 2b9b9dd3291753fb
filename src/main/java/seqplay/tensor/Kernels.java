package seqplay.tensor;

/**
 * The dense-layer kernels over flat row-major arrays: {@code x (rows, in)}, {@code w (in, out)},
 * {@code z (rows, out)}.
 *
 * <p>Each kernel computes a 4 × 4 tile of its output in local accumulators (a register-blocked micro-kernel), so
 * every loaded value feeds four multiply-adds and the output is written once; edges fall back to narrower tiles.
 * The order in which each output element's terms are added is fixed and the same as the plain triple loop
 * ({@code b + x[r][0]·w[0][j] + x[r][1]·w[1][j] + …}), so results are bit-identical to it, and to the JavaScript
 * and Wasm builds (see {@link Maths} on operand order). Nothing here allocates.
 */
public final class Kernels {
    private Kernels() {
    }

    /** {@code z = x · w + b}, the bias as each sum's first term (b may be null for {@code use_bias=False}). */
    public static void affine(double[] x, int rows, int in, double[] w, double[] b, int out, double[] z) {
        int r = 0;
        for (; r + 4 <= rows; r += 4) {
            int x0 = r * in;
            int x1 = x0 + in;
            int x2 = x1 + in;
            int x3 = x2 + in;
            int j = 0;
            for (; j + 4 <= out; j += 4) {
                double b0 = b == null ? 0.0 : b[j];
                double b1 = b == null ? 0.0 : b[j + 1];
                double b2 = b == null ? 0.0 : b[j + 2];
                double b3 = b == null ? 0.0 : b[j + 3];
                double a00 = b0, a01 = b1, a02 = b2, a03 = b3;
                double a10 = b0, a11 = b1, a12 = b2, a13 = b3;
                double a20 = b0, a21 = b1, a22 = b2, a23 = b3;
                double a30 = b0, a31 = b1, a32 = b2, a33 = b3;
                int wi = j;
                for (int i = 0; i < in; i++, wi += out) {
                    double w0 = w[wi];
                    double w1 = w[wi + 1];
                    double w2 = w[wi + 2];
                    double w3 = w[wi + 3];
                    double v0 = x[x0 + i];
                    double v1 = x[x1 + i];
                    double v2 = x[x2 + i];
                    double v3 = x[x3 + i];
                    a00 += v0 * w0;
                    a01 += v0 * w1;
                    a02 += v0 * w2;
                    a03 += v0 * w3;
                    a10 += v1 * w0;
                    a11 += v1 * w1;
                    a12 += v1 * w2;
                    a13 += v1 * w3;
                    a20 += v2 * w0;
                    a21 += v2 * w1;
                    a22 += v2 * w2;
                    a23 += v2 * w3;
                    a30 += v3 * w0;
                    a31 += v3 * w1;
                    a32 += v3 * w2;
                    a33 += v3 * w3;
                }
                int z0 = r * out + j;
                z[z0] = a00;
                z[z0 + 1] = a01;
                z[z0 + 2] = a02;
                z[z0 + 3] = a03;
                z[z0 + out] = a10;
                z[z0 + out + 1] = a11;
                z[z0 + out + 2] = a12;
                z[z0 + out + 3] = a13;
                z[z0 + 2 * out] = a20;
                z[z0 + 2 * out + 1] = a21;
                z[z0 + 2 * out + 2] = a22;
                z[z0 + 2 * out + 3] = a23;
                z[z0 + 3 * out] = a30;
                z[z0 + 3 * out + 1] = a31;
                z[z0 + 3 * out + 2] = a32;
                z[z0 + 3 * out + 3] = a33;
            }
            for (; j < out; j++) {
                for (int rr = r; rr < r + 4; rr++) {
                    z[rr * out + j] = affineOne(x, rr * in, in, w, j, out, b == null ? 0.0 : b[j]);
                }
            }
        }
        for (; r < rows; r++) {
            for (int j = 0; j < out; j++) {
                z[r * out + j] = affineOne(x, r * in, in, w, j, out, b == null ? 0.0 : b[j]);
            }
        }
    }

    private static double affineOne(double[] x, int xo, int in, double[] w, int j, int out, double bias) {
        double a = bias;
        int wi = j;
        for (int i = 0; i < in; i++, wi += out) {
            a += x[xo + i] * w[wi];
        }
        return a;
    }

    /** {@code gw = xᵀ · gz} (overwrites gw): the kernel gradient of a dense layer, summed over rows in order. */
    public static void weightGradient(double[] x, int rows, int in, double[] gz, int out, double[] gw) {
        int i = 0;
        for (; i + 4 <= in; i += 4) {
            int j = 0;
            for (; j + 4 <= out; j += 4) {
                double a00 = 0, a01 = 0, a02 = 0, a03 = 0;
                double a10 = 0, a11 = 0, a12 = 0, a13 = 0;
                double a20 = 0, a21 = 0, a22 = 0, a23 = 0;
                double a30 = 0, a31 = 0, a32 = 0, a33 = 0;
                int xo = i;
                int go = j;
                for (int r = 0; r < rows; r++, xo += in, go += out) {
                    double v0 = x[xo];
                    double v1 = x[xo + 1];
                    double v2 = x[xo + 2];
                    double v3 = x[xo + 3];
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
                    a20 += v2 * g0;
                    a21 += v2 * g1;
                    a22 += v2 * g2;
                    a23 += v2 * g3;
                    a30 += v3 * g0;
                    a31 += v3 * g1;
                    a32 += v3 * g2;
                    a33 += v3 * g3;
                }
                int k = i * out + j;
                gw[k] = a00;
                gw[k + 1] = a01;
                gw[k + 2] = a02;
                gw[k + 3] = a03;
                gw[k + out] = a10;
                gw[k + out + 1] = a11;
                gw[k + out + 2] = a12;
                gw[k + out + 3] = a13;
                gw[k + 2 * out] = a20;
                gw[k + 2 * out + 1] = a21;
                gw[k + 2 * out + 2] = a22;
                gw[k + 2 * out + 3] = a23;
                gw[k + 3 * out] = a30;
                gw[k + 3 * out + 1] = a31;
                gw[k + 3 * out + 2] = a32;
                gw[k + 3 * out + 3] = a33;
            }
            for (; j < out; j++) {
                for (int ii = i; ii < i + 4; ii++) {
                    gw[ii * out + j] = weightGradientOne(x, rows, in, ii, gz, out, j);
                }
            }
        }
        for (; i < in; i++) {
            for (int j = 0; j < out; j++) {
                gw[i * out + j] = weightGradientOne(x, rows, in, i, gz, out, j);
            }
        }
    }

    private static double weightGradientOne(double[] x, int rows, int in, int i, double[] gz, int out, int j) {
        double a = 0;
        for (int r = 0; r < rows; r++) {
            a += x[r * in + i] * gz[r * out + j];
        }
        return a;
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
        for (; r + 4 <= rows; r += 4) {
            int g0 = r * out;
            int g1 = g0 + out;
            int g2 = g1 + out;
            int g3 = g2 + out;
            int i = 0;
            for (; i + 4 <= in; i += 4) {
                int w0 = i * out;
                int w1 = w0 + out;
                int w2 = w1 + out;
                int w3 = w2 + out;
                double a00 = 0, a01 = 0, a02 = 0, a03 = 0;
                double a10 = 0, a11 = 0, a12 = 0, a13 = 0;
                double a20 = 0, a21 = 0, a22 = 0, a23 = 0;
                double a30 = 0, a31 = 0, a32 = 0, a33 = 0;
                for (int j = 0; j < out; j++) {
                    double q0 = w[w0 + j];
                    double q1 = w[w1 + j];
                    double q2 = w[w2 + j];
                    double q3 = w[w3 + j];
                    double e0 = gz[g0 + j];
                    double e1 = gz[g1 + j];
                    double e2 = gz[g2 + j];
                    double e3 = gz[g3 + j];
                    a00 += e0 * q0;
                    a01 += e0 * q1;
                    a02 += e0 * q2;
                    a03 += e0 * q3;
                    a10 += e1 * q0;
                    a11 += e1 * q1;
                    a12 += e1 * q2;
                    a13 += e1 * q3;
                    a20 += e2 * q0;
                    a21 += e2 * q1;
                    a22 += e2 * q2;
                    a23 += e2 * q3;
                    a30 += e3 * q0;
                    a31 += e3 * q1;
                    a32 += e3 * q2;
                    a33 += e3 * q3;
                }
                int k = r * in + i;
                gx[k] = a00;
                gx[k + 1] = a01;
                gx[k + 2] = a02;
                gx[k + 3] = a03;
                gx[k + in] = a10;
                gx[k + in + 1] = a11;
                gx[k + in + 2] = a12;
                gx[k + in + 3] = a13;
                gx[k + 2 * in] = a20;
                gx[k + 2 * in + 1] = a21;
                gx[k + 2 * in + 2] = a22;
                gx[k + 2 * in + 3] = a23;
                gx[k + 3 * in] = a30;
                gx[k + 3 * in + 1] = a31;
                gx[k + 3 * in + 2] = a32;
                gx[k + 3 * in + 3] = a33;
            }
            for (; i < in; i++) {
                for (int rr = r; rr < r + 4; rr++) {
                    gx[rr * in + i] = inputGradientOne(gz, rr * out, out, w, i * out);
                }
            }
        }
        for (; r < rows; r++) {
            for (int i = 0; i < in; i++) {
                gx[r * in + i] = inputGradientOne(gz, r * out, out, w, i * out);
            }
        }
    }

    private static double inputGradientOne(double[] gz, int go, int out, double[] w, int wo) {
        double a = 0;
        for (int j = 0; j < out; j++) {
            a += gz[go + j] * w[wo + j];
        }
        return a;
    }
}
