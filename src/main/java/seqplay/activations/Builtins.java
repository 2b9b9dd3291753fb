package seqplay.activations;

import seqplay.tensor.Maths;

/**
 * Keras 3's activation functions, each forward formula next to its derivative (K3
 * {@code keras/src/activations/activations.py}, TensorFlow backend {@code keras/src/backend/tensorflow/nn.py}).
 *
 * <p>At a kink the derivative follows TensorFlow's gradient kernels: relu and relu6 pass no gradient at the
 * corners ({@code x > 0}, {@code 0 < x < 6}), leaky_relu uses the slope for {@code x ≤ 0}, the clipped functions
 * pass the gradient on the closed interval as {@code clip_by_value} does.
 */
final class Builtins {
    private Builtins() {
    }

    static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    static final double SELU_SCALE = 1.0507009873554804934193349852946;
    private static final double INV_SQRT2 = 0.7071067811865476;
    private static final double INV_SQRT_2PI = 0.3989422804014327;

    /** {@code linear(x) = x}. */
    static final class Linear extends Elementwise {
        Linear() {
            super("linear");
        }

        @Override
        double value(double x) {
            return x;
        }

        @Override
        double derivative(double x, double a) {
            return 1.0;
        }

        @Override
        public void forward(double[] z, double[] out, int rows, int cols) {
            System.arraycopy(z, 0, out, 0, rows * cols);
        }

        @Override
        public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
            if (gradA != gradZ) {
                System.arraycopy(gradA, 0, gradZ, 0, rows * cols);
            }
        }
    }

    /** {@code relu(x) = max(x, 0)}; gradient 1 for {@code x > 0}. */
    static final class Relu extends Elementwise {
        Relu() {
            super("relu");
        }

        @Override
        double value(double x) {
            return x > 0.0 ? x : 0.0;
        }

        @Override
        double derivative(double x, double a) {
            return x > 0.0 ? 1.0 : 0.0;
        }

        @Override
        public void forward(double[] z, double[] out, int rows, int cols) {
            int n = rows * cols;
            for (int i = 0; i < n; i++) {
                double x = z[i];
                out[i] = x > 0.0 ? x : 0.0;
            }
        }

        @Override
        public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
            int n = rows * cols;
            for (int i = 0; i < n; i++) {
                gradZ[i] = z[i] > 0.0 ? gradA[i] : 0.0;
            }
        }
    }

    /** {@code sigmoid(x) = 1 / (1 + e^−x)}; derivative {@code a(1 − a)}. Carries its logits (spec §3.3). */
    static final class Sigmoid extends Elementwise {
        Sigmoid() {
            super("sigmoid");
        }

        @Override
        double value(double x) {
            return Maths.sigmoid(x);
        }

        @Override
        double derivative(double x, double a) {
            return (1.0 - a) * a;
        }

        @Override
        public void forward(double[] z, double[] out, int rows, int cols) {
            int n = rows * cols;
            for (int i = 0; i < n; i++) {
                out[i] = Maths.sigmoid(z[i]);
            }
        }

        @Override
        public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
            int n = rows * cols;
            for (int i = 0; i < n; i++) {
                double s = a[i];
                gradZ[i] = (1.0 - s) * s * gradA[i];
            }
        }

        @Override
        public boolean carriesLogits() {
            return true;
        }
    }

    /** {@code tanh(x)}; derivative {@code 1 − a²}. */
    static final class Tanh extends Elementwise {
        Tanh() {
            super("tanh");
        }

        @Override
        double value(double x) {
            return Maths.tanh(x);
        }

        @Override
        double derivative(double x, double a) {
            return 1.0 - a * a;
        }

        @Override
        public void forward(double[] z, double[] out, int rows, int cols) {
            int n = rows * cols;
            for (int i = 0; i < n; i++) {
                out[i] = Maths.tanh(z[i]);
            }
        }

        @Override
        public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
            int n = rows * cols;
            for (int i = 0; i < n; i++) {
                double t = a[i];
                gradZ[i] = (1.0 - t * t) * gradA[i];
            }
        }
    }

    /** {@code elu(x) = x} for {@code x > 0}, else {@code α(eˣ − 1)}; derivative {@code a + α} below zero. */
    static final class Elu extends Elementwise {
        private final double alpha;

        Elu(double alpha) {
            super("elu");
            this.alpha = alpha;
        }

        @Override
        double value(double x) {
            return x > 0.0 ? x : Maths.expm1(x) * alpha;
        }

        @Override
        double derivative(double x, double a) {
            return x > 0.0 ? 1.0 : a + alpha;
        }
    }

    /** {@code selu(x) = scale · elu(x, α)} with Klambauer et al.'s constants; derivative {@code a + scale·α} below zero. */
    static final class Selu extends Elementwise {
        Selu() {
            super("selu");
        }

        @Override
        double value(double x) {
            return x > 0.0 ? SELU_SCALE * x : Maths.expm1(x) * SELU_ALPHA * SELU_SCALE;
        }

        @Override
        double derivative(double x, double a) {
            return x > 0.0 ? SELU_SCALE : a + SELU_ALPHA * SELU_SCALE;
        }
    }

    /** {@code softplus(x) = log(1 + eˣ)}, computed stably; derivative {@code sigmoid(x)}. */
    static final class Softplus extends Elementwise {
        Softplus() {
            super("softplus");
        }

        @Override
        double value(double x) {
            return Maths.softplus(x);
        }

        @Override
        double derivative(double x, double a) {
            return Maths.sigmoid(x);
        }
    }

    /** {@code softsign(x) = x / (1 + |x|)}; derivative {@code 1 / (1 + |x|)²}. */
    static final class Softsign extends Elementwise {
        Softsign() {
            super("softsign");
        }

        @Override
        double value(double x) {
            return x / (Math.abs(x) + 1.0);
        }

        @Override
        double derivative(double x, double a) {
            double d = Math.abs(x) + 1.0;
            return 1.0 / (d * d);
        }
    }

    /** {@code silu(x) = x · sigmoid(x)} (also {@code swish}); derivative {@code s + x·s(1 − s)}. */
    static final class Silu extends Elementwise {
        Silu() {
            super("silu");
        }

        @Override
        double value(double x) {
            return Maths.sigmoid(x) * x;
        }

        @Override
        double derivative(double x, double a) {
            double s = Maths.sigmoid(x);
            return (1.0 - s) * s * x + s;
        }
    }

    /**
     * {@code gelu(x) = 0.5 · x · (1 + erf(x / √2))}, the exact form ({@code approximate=False} for the string);
     * derivative {@code Φ(x) + x·φ(x)}.
     */
    static final class Gelu extends Elementwise {
        Gelu() {
            super("gelu");
        }

        @Override
        double value(double x) {
            return 0.5 * x * (Maths.erf(x * INV_SQRT2) + 1.0);
        }

        @Override
        double derivative(double x, double a) {
            double cdf = 0.5 * (Maths.erf(x * INV_SQRT2) + 1.0);
            double pdf = Maths.exp(-0.5 * x * x) * INV_SQRT_2PI;
            return pdf * x + cdf;
        }
    }

    /** {@code leaky_relu(x) = x} for {@code x > 0}, else {@code slope · x} (0.2 for the string). */
    static final class LeakyRelu extends Elementwise {
        private final double slope;

        LeakyRelu(double slope) {
            super("leaky_relu");
            this.slope = slope;
        }

        @Override
        double value(double x) {
            return x > 0.0 ? x : slope * x;
        }

        @Override
        double derivative(double x, double a) {
            return x > 0.0 ? 1.0 : slope;
        }
    }

    /** {@code relu6(x) = min(max(x, 0), 6)}; gradient 1 for {@code 0 < x < 6}. */
    static final class Relu6 extends Elementwise {
        Relu6() {
            super("relu6");
        }

        @Override
        double value(double x) {
            return x <= 0.0 ? 0.0 : (x >= 6.0 ? 6.0 : x);
        }

        @Override
        double derivative(double x, double a) {
            return x > 0.0 && x < 6.0 ? 1.0 : 0.0;
        }
    }

    /**
     * {@code hard_sigmoid(x) = relu6(x + 3) / 6}, i.e. {@code clip(x/6 + 1/2, 0, 1)}.
     *
     * <p>Keras note: this is Keras 3's definition; tf.keras 2.x used {@code clip(0.2x + 0.5, 0, 1)}.
     */
    static final class HardSigmoid extends Elementwise {
        HardSigmoid() {
            super("hard_sigmoid");
        }

        @Override
        double value(double x) {
            double s = x + 3.0;
            return s <= 0.0 ? 0.0 : (s >= 6.0 ? 1.0 : s / 6.0);
        }

        @Override
        double derivative(double x, double a) {
            double s = x + 3.0;
            return s > 0.0 && s < 6.0 ? 1.0 / 6.0 : 0.0;
        }
    }

    /** {@code hard_silu(x) = x · hard_sigmoid(x)} (also {@code hard_swish}). */
    static final class HardSilu extends Elementwise {
        HardSilu() {
            super("hard_silu");
        }

        @Override
        double value(double x) {
            double s = x + 3.0;
            return s <= 0.0 ? 0.0 : (s >= 6.0 ? x : s / 6.0 * x);
        }

        @Override
        double derivative(double x, double a) {
            double s = x + 3.0;
            return s <= 0.0 ? 0.0 : (s >= 6.0 ? 1.0 : (2.0 * x + 3.0) / 6.0);
        }
    }

    /** {@code exponential(x) = eˣ}; derivative {@code a}. */
    static final class Exponential extends Elementwise {
        Exponential() {
            super("exponential");
        }

        @Override
        double value(double x) {
            return Maths.exp(x);
        }

        @Override
        double derivative(double x, double a) {
            return a;
        }
    }

    /** {@code mish(x) = x · tanh(softplus(x))}; derivative {@code t + x·(1 − t²)·sigmoid(x)}. */
    static final class Mish extends Elementwise {
        Mish() {
            super("mish");
        }

        @Override
        double value(double x) {
            return Maths.tanh(Maths.softplus(x)) * x;
        }

        @Override
        double derivative(double x, double a) {
            double t = Maths.tanh(Maths.softplus(x));
            return (1.0 - t * t) * x * Maths.sigmoid(x) + t;
        }
    }

    /** {@code celu(x) = max(x, 0) + α·expm1(min(x, 0)/α)} with α = 1. */
    static final class Celu extends Elementwise {
        Celu() {
            super("celu");
        }

        @Override
        double value(double x) {
            return x > 0.0 ? x : Maths.expm1(x);
        }

        @Override
        double derivative(double x, double a) {
            return x > 0.0 ? 1.0 : Maths.exp(x);
        }
    }

    /** {@code hard_tanh(x) = clip(x, −1, 1)}. */
    static final class HardTanh extends Elementwise {
        HardTanh() {
            super("hard_tanh");
        }

        @Override
        double value(double x) {
            return x < -1.0 ? -1.0 : (x > 1.0 ? 1.0 : x);
        }

        @Override
        double derivative(double x, double a) {
            return x >= -1.0 && x <= 1.0 ? 1.0 : 0.0;
        }
    }

    /** {@code hard_shrink(x) = x} where {@code |x| > 0.5}, else 0. */
    static final class HardShrink extends Elementwise {
        HardShrink() {
            super("hard_shrink");
        }

        @Override
        double value(double x) {
            return Math.abs(x) > 0.5 ? x : 0.0;
        }

        @Override
        double derivative(double x, double a) {
            return Math.abs(x) > 0.5 ? 1.0 : 0.0;
        }
    }

    /** {@code soft_shrink(x) = x − 0.5} above 0.5, {@code x + 0.5} below −0.5, else 0. */
    static final class SoftShrink extends Elementwise {
        SoftShrink() {
            super("soft_shrink");
        }

        @Override
        double value(double x) {
            return x > 0.5 ? x - 0.5 : (x < -0.5 ? x + 0.5 : 0.0);
        }

        @Override
        double derivative(double x, double a) {
            return x > 0.5 || x < -0.5 ? 1.0 : 0.0;
        }
    }

    /** {@code tanh_shrink(x) = x − tanh(x)}; derivative {@code tanh²(x)}. */
    static final class TanhShrink extends Elementwise {
        TanhShrink() {
            super("tanh_shrink");
        }

        @Override
        double value(double x) {
            return x - Maths.tanh(x);
        }

        @Override
        double derivative(double x, double a) {
            double t = Maths.tanh(x);
            return t * t;
        }
    }

    /** {@code sparse_plus(x) = 0} for {@code x ≤ −1}, {@code (x + 1)²/4} for {@code −1 < x < 1}, else x. */
    static final class SparsePlus extends Elementwise {
        SparsePlus() {
            super("sparse_plus");
        }

        @Override
        double value(double x) {
            if (x <= -1.0) {
                return 0.0;
            }
            return x < 1.0 ? 0.25 * (x + 1.0) * (x + 1.0) : x;
        }

        @Override
        double derivative(double x, double a) {
            if (x <= -1.0) {
                return 0.0;
            }
            return x < 1.0 ? 0.5 * (x + 1.0) : 1.0;
        }
    }

    /** {@code sparse_sigmoid(x) = clip((x + 1)/2, 0, 1)}. */
    static final class SparseSigmoid extends Elementwise {
        SparseSigmoid() {
            super("sparse_sigmoid");
        }

        @Override
        double value(double x) {
            return x <= -1.0 ? 0.0 : (x >= 1.0 ? 1.0 : 0.5 * (x + 1.0));
        }

        @Override
        double derivative(double x, double a) {
            return x > -1.0 && x < 1.0 ? 0.5 : 0.0;
        }
    }

    /** {@code squareplus(x) = (x + √(x² + 4)) / 2}. */
    static final class Squareplus extends Elementwise {
        Squareplus() {
            super("squareplus");
        }

        @Override
        double value(double x) {
            return (Math.sqrt(x * x + 4.0) + x) / 2.0;
        }

        @Override
        double derivative(double x, double a) {
            return (x / Math.sqrt(x * x + 4.0) + 1.0) / 2.0;
        }
    }

    /** {@code log_sigmoid(x) = −softplus(−x)}; derivative {@code sigmoid(−x)}. */
    static final class LogSigmoid extends Elementwise {
        LogSigmoid() {
            super("log_sigmoid");
        }

        @Override
        double value(double x) {
            return -Maths.softplus(-x);
        }

        @Override
        double derivative(double x, double a) {
            return Maths.sigmoid(-x);
        }
    }

    /**
     * {@code softmax(x)_j = exp(x_j − max) / Σ_k exp(x_k − max)} across each row; derivative
     * {@code dL/dz_j = a_j · (dL/da_j − Σ_k a_k · dL/da_k)}. Carries its logits (spec §3.3).
     *
     * <p>A row of size 1 is always 1.0 (Keras warns, see {@link Activations#softmaxSizeOneWarning}).
     */
    static final class Softmax implements Activation {
        @Override
        public String name() {
            return "softmax";
        }

        @Override
        public void forward(double[] z, double[] out, int rows, int cols) {
            for (int r = 0; r < rows; r++) {
                int base = r * cols;
                double max = z[base];
                for (int j = 1; j < cols; j++) {
                    if (z[base + j] > max) {
                        max = z[base + j];
                    }
                }
                double sum = 0.0;
                for (int j = 0; j < cols; j++) {
                    double e = Maths.exp(z[base + j] - max);
                    out[base + j] = e;
                    sum += e;
                }
                for (int j = 0; j < cols; j++) {
                    out[base + j] /= sum;
                }
            }
        }

        @Override
        public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
            for (int r = 0; r < rows; r++) {
                int base = r * cols;
                double dot = 0.0;
                for (int j = 0; j < cols; j++) {
                    dot += a[base + j] * gradA[base + j];
                }
                for (int j = 0; j < cols; j++) {
                    gradZ[base + j] = (gradA[base + j] - dot) * a[base + j];
                }
            }
        }

        @Override
        public boolean carriesLogits() {
            return true;
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /**
     * {@code log_softmax(x)_j = x_j − max − log Σ_k exp(x_k − max)} across each row; derivative
     * {@code dL/dz_j = dL/da_j − softmax_j · Σ_k dL/da_k}.
     */
    static final class LogSoftmax implements Activation {
        @Override
        public String name() {
            return "log_softmax";
        }

        @Override
        public void forward(double[] z, double[] out, int rows, int cols) {
            for (int r = 0; r < rows; r++) {
                int base = r * cols;
                double max = z[base];
                for (int j = 1; j < cols; j++) {
                    if (z[base + j] > max) {
                        max = z[base + j];
                    }
                }
                double sum = 0.0;
                for (int j = 0; j < cols; j++) {
                    sum = Maths.exp(z[base + j] - max) + sum;
                }
                double lse = Maths.log(sum);
                for (int j = 0; j < cols; j++) {
                    out[base + j] = (z[base + j] - max) - lse;
                }
            }
        }

        @Override
        public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
            for (int r = 0; r < rows; r++) {
                int base = r * cols;
                double total = 0.0;
                for (int j = 0; j < cols; j++) {
                    total += gradA[base + j];
                }
                for (int j = 0; j < cols; j++) {
                    gradZ[base + j] = gradA[base + j] - Maths.exp(a[base + j]) * total;
                }
            }
        }

        @Override
        public String toString() {
            return name();
        }
    }
}
