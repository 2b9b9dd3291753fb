package seqplay.tensor;

/**
 * The dense-layer kernels over flat row-major arrays: {@code x (rows, in)}, {@code w (in, out)},
 * {@code z (rows, out)}.
 *
 * <p>Each kernel computes a tile of its output in local accumulators (a register-blocked micro-kernel), so every
 * loaded value feeds several multiply-adds and the output is written once. The main tile is 4 × 4 (16
 * accumulators: 8 loads feed 16 multiply-adds); the edges use 4 × 1, 2 × 4, 2 × 1, 1 × 4 and 1 × 1 tiles written
 * out inline (no call per element, which mattered for the small layers of W1 and W2).
 *
 * <p>{@link #preferNarrowTiles} switches to 2 × 4 tiles: the browsers' compilers have 16 floating-point registers,
 * 16 accumulators spill there, and Chromium's Wasm-GC build ran the 2 × 4 products 10–16 % faster (its JavaScript
 * build 0–5 %), while the JVM (32 vector registers with AVX-512) runs the 4 × 4 forward product up to twice as
 * fast (docs/performance.md). The browser entry points set it.
 *
 * <p>The order in which each output element's terms are added is fixed and the same as the plain triple loop
 * ({@code b + x[r][0]·w[0][j] + x[r][1]·w[1][j] + …}) whatever the tile, so results are bit-identical to it, and to
 * the JavaScript and Wasm builds (see {@link Maths} on operand order). Nothing here allocates after the first call.
 */
public final class Kernels {
    private static boolean narrowTiles;

    private Kernels() {
    }

    /** Chooses 2 × 4 instead of 4 × 4 tiles (the same results; a speed choice per runtime). */
    public static void preferNarrowTiles(boolean narrow) {
        narrowTiles = narrow;
    }

    /** {@code z = x · w + b}, the bias as each sum's first term (b may be null for {@code use_bias=False}). */
    public static void affine(double[] x, int rows, int in, double[] w, double[] b, int out, double[] z) {
        int r = narrowTiles ? 0 : affineTiles4(x, rows, in, w, b, out, z);
        affineRows(x, r, rows, in, w, b, out, z);
    }

    /** {@link #affine} in 4 × 4 tiles over the rows of whole groups of four; returns the first row not done. */
    private static int affineTiles4(double[] x, int rows, int in, double[] w, double[] b, int out, double[] z) {
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
                affineColumn4(x, x0, in, w, j, out, b == null ? 0.0 : b[j], z, r * out + j);
            }
        }
        return r;
    }

    /** One output column of four rows (a 4 × 1 edge tile); kept out of line so that the 4 × 4 loop stays small. */
    private static void affineColumn4(double[] x, int x0, int in, double[] w, int j, int out, double bias, double[] z,
            int z0) {
        int x1 = x0 + in;
        int x2 = x1 + in;
        int x3 = x2 + in;
        double a0 = bias;
        double a1 = bias;
        double a2 = bias;
        double a3 = bias;
        int wi = j;
        for (int i = 0; i < in; i++, wi += out) {
            double q = w[wi];
            a0 += x[x0 + i] * q;
            a1 += x[x1 + i] * q;
            a2 += x[x2 + i] * q;
            a3 += x[x3 + i] * q;
        }
        z[z0] = a0;
        z[z0 + out] = a1;
        z[z0 + 2 * out] = a2;
        z[z0 + 3 * out] = a3;
    }

    /** Rows {@code r0 ..< rows} of {@link #affine} in 2 × 4 tiles (then 2 × 1, 1 × 4, 1 × 1 at the edges). */
    private static void affineRows(double[] x, int r0, int rows, int in, double[] w, double[] b, int out, double[] z) {
        int r = r0;
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
        // Only for layers big enough to repay the two scans (W2's 8 × 8 layer got 9 % slower with it).
        if (narrowTiles && rows >= 8 && in * out >= 4096 && mostlyZero(gz, rows * out) && allFinite(x, rows * in)) {
            weightGradientSkippingZeros(x, rows, in, gz, out, gw);
            return;
        }
        int i = narrowTiles ? 0 : weightGradientTiles4(x, rows, in, gz, out, gw);
        weightGradientFrom(x, i, rows, in, gz, out, gw);
    }

    /** Whether at least a third of {@code a[0 ..< n)} is exactly zero (ReLU's gradient: about half). */
    private static boolean mostlyZero(double[] a, int n) {
        int zeros = 0;
        for (int k = 0; k < n; k++) {
            if (a[k] == 0.0) {
                zeros++;
            }
        }
        return 3 * zeros >= n;
    }

    private static boolean allFinite(double[] a, int n) {
        for (int k = 0; k < n; k++) {
            double v = a[k];
            if (!(v - v == 0.0)) {
                return false;
            }
        }
        return true;
    }

    private static int[] activeRows = new int[0];
    private static double[] activeValues = new double[0];

    /**
     * {@link #weightGradient} leaving out, per output column, the rows whose gradient is exactly zero (ReLU zeroes
     * about half of them). Bit-identical to the full sums: with finite inputs each left-out term is ±0, and a sum
     * that starts at +0 never becomes −0, so adding ±0 never changes it; the remaining terms keep their order.
     * Measured in Chromium on W3 (its first layer's gradient): the whole fit 28–34 % faster in the Wasm-GC and the
     * JavaScript build (docs/performance.md). The scratch lists are
     * shared: the browser builds run one training loop at a time.
     */
    private static void weightGradientSkippingZeros(double[] x, int rows, int in, double[] gz, int out, double[] gw) {
        if (activeRows.length < rows) {
            activeRows = new int[rows];
            activeValues = new double[rows];
        }
        int[] act = activeRows;
        double[] gv = activeValues;
        for (int j = 0; j < out; j++) {
            int na = 0;
            for (int r = 0, go = j; r < rows; r++, go += out) {
                double g = gz[go];
                if (g != 0.0) {
                    act[na] = r * in;
                    gv[na] = g;
                    na++;
                }
            }
            int i = 0;
            for (; i + 4 <= in; i += 4) {
                double a0 = 0.0;
                double a1 = 0.0;
                double a2 = 0.0;
                double a3 = 0.0;
                for (int k = 0; k < na; k++) {
                    int xo = act[k] + i;
                    double g = gv[k];
                    a0 += x[xo] * g;
                    a1 += x[xo + 1] * g;
                    a2 += x[xo + 2] * g;
                    a3 += x[xo + 3] * g;
                }
                int kk = i * out + j;
                gw[kk] = a0;
                gw[kk + out] = a1;
                gw[kk + 2 * out] = a2;
                gw[kk + 3 * out] = a3;
            }
            for (; i < in; i++) {
                double a = 0.0;
                for (int k = 0; k < na; k++) {
                    a += x[act[k] + i] * gv[k];
                }
                gw[i * out + j] = a;
            }
        }
    }

    /** {@link #weightGradient} in 4 × 4 tiles over whole groups of four inputs; returns the first input not done. */
    private static int weightGradientTiles4(double[] x, int rows, int in, double[] gz, int out, double[] gw) {
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
                double a0 = 0.0;
                double a1 = 0.0;
                double a2 = 0.0;
                double a3 = 0.0;
                int xo = i;
                int go = j;
                for (int r = 0; r < rows; r++, xo += in, go += out) {
                    double g = gz[go];
                    a0 += x[xo] * g;
                    a1 += x[xo + 1] * g;
                    a2 += x[xo + 2] * g;
                    a3 += x[xo + 3] * g;
                }
                int k = i * out + j;
                gw[k] = a0;
                gw[k + out] = a1;
                gw[k + 2 * out] = a2;
                gw[k + 3 * out] = a3;
            }
        }
        return i;
    }

    /** Rows {@code i0 ..< in} of {@link #weightGradient} in 2 × 4 tiles and narrower edges. */
    private static void weightGradientFrom(double[] x, int i0, int rows, int in, double[] gz, int out, double[] gw) {
        int i = i0;
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
        int r = narrowTiles ? 0 : inputGradientTiles4(gz, rows, out, w, in, gx);
        inputGradientRows(gz, r, rows, out, w, in, gx);
    }

    /** {@link #inputGradient} in 4 × 4 tiles over whole groups of four rows; returns the first row not done. */
    private static int inputGradientTiles4(double[] gz, int rows, int out, double[] w, int in, double[] gx) {
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
                int wo = i * out;
                double a0 = 0.0;
                double a1 = 0.0;
                double a2 = 0.0;
                double a3 = 0.0;
                for (int j = 0; j < out; j++) {
                    double q = w[wo + j];
                    a0 += gz[g0 + j] * q;
                    a1 += gz[g1 + j] * q;
                    a2 += gz[g2 + j] * q;
                    a3 += gz[g3 + j] * q;
                }
                int k = r * in + i;
                gx[k] = a0;
                gx[k + in] = a1;
                gx[k + 2 * in] = a2;
                gx[k + 3 * in] = a3;
            }
        }
        return r;
    }

    /** Rows {@code r0 ..< rows} of {@link #inputGradient} in 2 × 4 tiles and narrower edges. */
    private static void inputGradientRows(double[] gz, int r0, int rows, int out, double[] w, int in, double[] gx) {
        int r = r0;
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
