package seqplay.losses;

import seqplay.errors.PyException;
import seqplay.tensor.Maths;

/**
 * The regression losses: a value per entry, averaged over the last axis, then over the batch (K3
 * {@code keras/src/losses/losses.py}). Each kind states its entry formula next to its derivative in the prediction.
 *
 * <table>
 * <caption>Per-entry formulas (ε = 1e-7)</caption>
 * <tr><td>mean_squared_error</td><td>(y − p)²</td></tr>
 * <tr><td>mean_absolute_error</td><td>|y − p|</td></tr>
 * <tr><td>mean_absolute_percentage_error</td><td>100 · |y − p| / max(|y|, ε)</td></tr>
 * <tr><td>mean_squared_logarithmic_error</td><td>(log(max(p, ε) + 1) − log(max(y, ε) + 1))²</td></tr>
 * <tr><td>huber (δ = 1)</td><td>½e² if |e| ≤ δ, else δ|e| − ½δ², e = p − y</td></tr>
 * </table>
 *
 * <pre>{@code
 * model.compile(optimizer='adam', loss='mse', metrics=['mae'])
 * model.compile(optimizer='adam', loss=keras.losses.Huber(delta=2.0))
 * }</pre>
 */
public abstract class RegressionLoss implements Loss {
    private static final double EPSILON = 1e-7;

    private final String name;
    /** The op name TensorFlow gives the first subtraction, for the shape error text. */
    private final String subtractOp;
    /** Whether that subtraction is {@code y_pred − y_true} (huber, msle) rather than {@code y_true − y_pred}. */
    private final boolean predFirst;

    RegressionLoss(String name, String subtractOp, boolean predFirst) {
        this.name = name;
        this.subtractOp = subtractOp;
        this.predFirst = predFirst;
    }

    /** {@code keras.losses.MeanSquaredError()} / {@code 'mean_squared_error'}, {@code 'mse'}. */
    public static RegressionLoss meanSquaredError(String name) {
        return new RegressionLoss(name, "sub", false) {
            @Override
            double value(double y, double p) {
                double d = y - p;
                return d * d;
            }

            @Override
            double derivative(double y, double p) {
                return 2.0 * (p - y);
            }
        };
    }

    /** {@code keras.losses.MeanAbsoluteError()} / {@code 'mean_absolute_error'}, {@code 'mae'}. */
    public static RegressionLoss meanAbsoluteError(String name) {
        return new RegressionLoss(name, "sub", false) {
            @Override
            double value(double y, double p) {
                return Math.abs(y - p);
            }

            @Override
            double derivative(double y, double p) {
                return p > y ? 1.0 : (p < y ? -1.0 : 0.0);
            }
        };
    }

    /** {@code keras.losses.MeanAbsolutePercentageError()} / {@code 'mape'}. */
    public static RegressionLoss meanAbsolutePercentageError(String name) {
        return new RegressionLoss(name, "sub", false) {
            @Override
            double value(double y, double p) {
                return Math.abs((y - p) / Math.max(Math.abs(y), EPSILON)) * 100.0;
            }

            @Override
            double derivative(double y, double p) {
                double sign = p > y ? 1.0 : (p < y ? -1.0 : 0.0);
                return sign / Math.max(Math.abs(y), EPSILON) * 100.0;
            }
        };
    }

    /** {@code keras.losses.MeanSquaredLogarithmicError()} / {@code 'msle'}. */
    public static RegressionLoss meanSquaredLogarithmicError(String name) {
        return new RegressionLoss(name, "sub", true) {
            @Override
            double value(double y, double p) {
                double d = Maths.log(Math.max(p, EPSILON) + 1.0) - Maths.log(Math.max(y, EPSILON) + 1.0);
                return d * d;
            }

            @Override
            double derivative(double y, double p) {
                if (p < EPSILON) {
                    return 0.0; // maximum(p, ε) passes no gradient to p below ε
                }
                double d = Maths.log(p + 1.0) - Maths.log(Math.max(y, EPSILON) + 1.0);
                return 2.0 * d / (p + 1.0);
            }
        };
    }

    /** {@code keras.losses.Huber(delta=1.0)} (named {@code huber_loss}) / {@code 'huber'}. */
    public static RegressionLoss huber(String name, double delta) {
        return new RegressionLoss(name, "Sub", true) {
            @Override
            double value(double y, double p) {
                double e = p - y;
                double a = Math.abs(e);
                return a <= delta ? 0.5 * e * e : delta * a - 0.5 * delta * delta;
            }

            @Override
            double derivative(double y, double p) {
                double e = p - y;
                if (Math.abs(e) <= delta) {
                    return e;
                }
                return e > 0 ? delta : -delta;
            }
        };
    }

    /** The loss of one entry. */
    abstract double value(double y, double p);

    /** Its derivative in the prediction {@code p}. */
    abstract double derivative(double y, double p);

    @Override
    public String name() {
        return name;
    }

    @Override
    public void perSample(double[] yTrue, double[] yPred, double[] out, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double sum = 0.0;
            for (int c = 0; c < cols; c++) {
                sum = value(yTrue[base + c], yPred[base + c]) + sum;
            }
            out[r] = sum / cols;
        }
    }

    @Override
    public void gradient(double[] yTrue, double[] yPred, double[] grad, int rows, int cols) {
        double scale = 1.0 / ((double) rows * cols);
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            grad[i] = derivative(yTrue[i], yPred[i]) * scale;
        }
    }

    /**
     * After Keras' {@code squeeze_or_expand_to_same_rank}, TensorFlow broadcasts labels and predictions; shapes
     * that cannot broadcast fail with its shape-inference text.
     *
     * <p>Keras note: TensorFlow's text also names the graph nodes of both operands
     * ({@code = Sub[T=DT_FLOAT](data_1, sequential_26_1/dense_26_1/BiasAdd)}), which depend on the model and layer
     * names and on graph-tracing counters; that part is left out:
     * {@code Dimensions must be equal, but are 2 and 3 for '{{node compile_loss/mse/sub}}' with input shapes:
     * [32,2], [32,3].} Shapes that do broadcast without being equal ({@code (N, 1)} labels against three outputs)
     * train silently in Keras; the playground stops with a NotImplementedError instead.
     */
    @Override
    public void checkShapes(int[] yTrueShape, int[] yPredShape, String batchDim) {
        int[][] adjusted = Losses.squeezeOrExpand(yTrueShape, yPredShape);
        int[] t = adjusted[0];
        int[] p = adjusted[1];
        int[] first = predFirst ? p : t;
        int[] second = predFirst ? t : p;
        boolean same = t.length == p.length;
        int n = Math.max(first.length, second.length);
        for (int k = 1; k <= n; k++) {
            int a = k <= first.length ? first[first.length - k] : 1;
            int b = k <= second.length ? second[second.length - k] : 1;
            boolean aBatch = k == first.length;
            boolean bBatch = k == second.length;
            if (aBatch && bBatch) {
                continue; // both batch dimensions: the same data, and unknown to TensorFlow when None
            }
            if (a != b) {
                if (a != 1 && b != 1) {
                    String da = aBatch ? batchText(batchDim) : Integer.toString(a);
                    String db = bBatch ? batchText(batchDim) : Integer.toString(b);
                    if (da.equals("?") || db.equals("?")) {
                        continue; // TensorFlow cannot tell statically
                    }
                    throw PyException.valueError("Dimensions must be equal, but are " + da + " and " + db
                            + " for '{{node compile_loss/" + name + "/" + subtractOp + "}}' with input shapes: "
                            + tfShape(first, batchDim) + ", " + tfShape(second, batchDim) + ".", "loss-shape-mismatch");
                }
                same = false;
            }
        }
        if (!same) {
            throw new PyException("NotImplementedError", "The labels of shape "
                    + Losses.shapeText(yTrueShape, batchDim) + " would be broadcast against predictions of shape "
                    + Losses.shapeText(yPredShape, batchDim) + ". Keras allows it, but the playground does not: "
                    + "give y one column per output unit.", "loss-broadcast");
        }
    }

    private static String batchText(String batchDim) {
        return "None".equals(batchDim) ? "?" : batchDim;
    }

    /** TensorFlow's shape text in shape-inference errors: {@code [32,3]}, unknown dimensions as {@code ?}. */
    private static String tfShape(int[] shape, String batchDim) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(i == 0 ? batchText(batchDim) : Integer.toString(shape[i]));
        }
        return sb.append(']').toString();
    }

    @Override
    public String toString() {
        return name;
    }
}
