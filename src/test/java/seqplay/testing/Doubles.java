package seqplay.testing;

import java.util.List;
import seqplay.activations.Activation;
import seqplay.backend.Variable;
import seqplay.initializers.Initializer;
import seqplay.losses.Loss;
import seqplay.metrics.Metric;
import seqplay.optimizers.Optimizer;
import seqplay.random.SeededRandom;

/**
 * Minimal, obviously-correct implementations of the core interfaces, for testing the layer and training machinery
 * in isolation from the real activation/loss/optimizer tables (which have their own tests).
 */
public final class Doubles {
    private Doubles() {
    }

    /** f(z) = z. */
    public static final Activation IDENTITY = new Activation() {
        @Override
        public String name() {
            return "linear";
        }

        @Override
        public void forward(double[] z, double[] out, int rows, int cols) {
            System.arraycopy(z, 0, out, 0, rows * cols);
        }

        @Override
        public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
            System.arraycopy(gradA, 0, gradZ, 0, rows * cols);
        }
    };

    /** f(z) = z², so that backward rules that ignore the derivative fail the gradient check. */
    public static final Activation SQUARE = new Activation() {
        @Override
        public String name() {
            return "square";
        }

        @Override
        public void forward(double[] z, double[] out, int rows, int cols) {
            for (int k = 0; k < rows * cols; k++) {
                out[k] = z[k] * z[k];
            }
        }

        @Override
        public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
            for (int k = 0; k < rows * cols; k++) {
                gradZ[k] = 2 * z[k] * gradA[k];
            }
        }
    };

    /** Fills with one value. */
    public static Initializer constant(double value) {
        return new Initializer() {
            @Override
            public String name() {
                return "constant";
            }

            @Override
            public void fill(double[] target, int[] shape, SeededRandom random) {
                java.util.Arrays.fill(target, value);
            }
        };
    }

    /** Fills with the given values in order (cycling). */
    public static Initializer values(double... values) {
        return new Initializer() {
            @Override
            public String name() {
                return "values";
            }

            @Override
            public void fill(double[] target, int[] shape, SeededRandom random) {
                for (int i = 0; i < target.length; i++) {
                    target[i] = values[i % values.length];
                }
            }
        };
    }

    /** Uniform in [-0.5, 0.5) from the given generator (to exercise seeding). */
    public static final Initializer UNIFORM = new Initializer() {
        @Override
        public String name() {
            return "uniform";
        }

        @Override
        public void fill(double[] target, int[] shape, SeededRandom random) {
            for (int i = 0; i < target.length; i++) {
                target[i] = random.nextDouble() - 0.5;
            }
        }
    };

    /** Mean squared error, per sample mean over the columns. */
    public static final Loss MSE = new Loss() {
        @Override
        public String name() {
            return "mean_squared_error";
        }

        @Override
        public void perSample(double[] yTrue, double[] yPred, double[] out, int rows, int cols) {
            for (int r = 0; r < rows; r++) {
                double s = 0;
                for (int c = 0; c < cols; c++) {
                    double d = yPred[r * cols + c] - yTrue[r * cols + c];
                    s += d * d;
                }
                out[r] = s / cols;
            }
        }

        @Override
        public void gradient(double[] yTrue, double[] yPred, double[] grad, int rows, int cols) {
            for (int k = 0; k < rows * cols; k++) {
                grad[k] = 2 * (yPred[k] - yTrue[k]) / (rows * cols);
            }
        }

        @Override
        public void checkShapes(int[] yTrueShape, int[] yPredShape, String batchDim) {
        }
    };

    /** Plain gradient descent. */
    public static Optimizer sgd(double learningRate) {
        return sgd(learningRate, 0);
    }

    /** Plain gradient descent that reports {@code slots} slot values per weight (for summary tests). */
    public static Optimizer sgd(double learningRate, int slots) {
        return new Optimizer() {
            private double lr = learningRate;
            private int iterations;

            @Override
            public String name() {
                return "sgd";
            }

            @Override
            public double learningRate() {
                return lr;
            }

            @Override
            public void setLearningRate(double v) {
                lr = v;
            }

            @Override
            public void apply(List<Variable> variables) {
                for (Variable v : variables) {
                    double[] w = v.value();
                    double[] g = v.grad();
                    for (int i = 0; i < w.length; i++) {
                        w[i] -= lr * g[i];
                    }
                }
                iterations++;
            }

            @Override
            public int iterations() {
                return iterations;
            }

            @Override
            public boolean isBuilt() {
                return iterations > 0;
            }

            @Override
            public int slotsPerValue() {
                return slots;
            }

            @Override
            public void reset() {
                iterations = 0;
            }
        };
    }

    /** The running mean of |y_pred - y_true| (Keras' mae metric). */
    public static Metric mae(String name) {
        return new Metric() {
            private double total;
            private int count;

            @Override
            public String name() {
                return name;
            }

            @Override
            public void update(double[] yTrue, double[] yPred, int rows, int cols) {
                for (int r = 0; r < rows; r++) {
                    double s = 0;
                    for (int c = 0; c < cols; c++) {
                        s += Math.abs(yPred[r * cols + c] - yTrue[r * cols + c]);
                    }
                    total += s / cols;
                }
                count += rows;
            }

            @Override
            public double result() {
                return count == 0 ? 0 : total / count;
            }

            @Override
            public void reset() {
                total = 0;
                count = 0;
            }

            @Override
            public boolean higherIsBetter() {
                return false;
            }
        };
    }
}
