package seqplay.web;

import java.util.List;
import seqplay.format.PyFormat;
import seqplay.layers.Dense;
import seqplay.layers.Layer;
import seqplay.models.Sequential;
import seqplay.models.Summary;
import seqplay.tensor.Tensor;
import seqplay.training.ProgressSink;

/**
 * The page's pictures of a model, as worker-protocol events (docs/worker-protocol.md): the summary table, the
 * network and its weights, the regression fit with R² and the fitted equation, the decision boundary of a
 * two-feature classifier, and the confusion matrix.
 *
 * <p>Predictions for the pictures go through {@code Sequential.predict} with {@code verbose=0}: inference only,
 * no random draws, so drawing never changes what training computes.
 */
public final class Charts {
    /** Boundary heatmap resolution (cells per side). */
    static final int GRID = 40;
    /** Points of the regression curve. */
    static final int CURVE = 60;
    /** At most this many data points are sent for scatter plots. */
    static final int MAX_POINTS = 1000;

    private Charts() {
    }

    /** {@code summary}: the exact text and the rows for the HTML table. */
    public static void summary(EventQueue q, Sequential model, String text) {
        Json e = q.event("summary").name("text").value(text).name("rows").beginArray();
        for (Summary.Row r : Summary.rows(model)) {
            int open = r.layer().lastIndexOf(" (");
            String name = open < 0 ? r.layer() : r.layer().substring(0, open);
            String type = open < 0 ? "" : r.layer().substring(open + 2, r.layer().length() - 1);
            e.beginObject().name("name").value(name).name("type").value(type).name("shape").value(r.outputShape())
                    .name("params").value(r.params()).endObject();
        }
        e.endArray().name("totals").beginArray();
        for (String line : Summary.totals(model)) {
            e.value(line);
        }
        q.add(e.endArray());
    }

    /** {@code model}: the layers with their units and the program line that added each (0 = unknown). */
    public static void model(EventQueue q, Sequential model, int[] lines) {
        Json e = q.event("model").name("inputs").value(model.isBuilt() ? model.inputFeatures() : 0)
                .name("layers").beginArray();
        List<Layer> layers = model.layers();
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            e.beginObject().name("name").value(l.name()).name("type").value(l.className());
            if (l instanceof Dense d) {
                e.name("units").value(d.units()).name("activation").value(d.activation().name());
            }
            e.name("line").value(i < lines.length ? lines[i] : 0).endObject();
        }
        q.add(e.endArray());
    }

    /** {@code weights}: each Dense layer's kernel (rows = inputs) and bias. */
    public static void weights(EventQueue q, Sequential model) {
        if (!model.isBuilt()) {
            return;
        }
        Json e = q.event("weights").name("layers").beginArray();
        List<Layer> layers = model.layers();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof Dense d) {
                int[] shape = d.kernel().shape();
                e.beginObject().name("index").value(i).name("rows").value(shape[0]).name("cols").value(shape[1])
                        .name("kernel");
                q.array(e, d.kernel().value().clone());
                e.name("bias");
                q.array(e, d.useBias() ? d.bias().value().clone() : new double[d.units()]);
                e.endObject();
            }
        }
        q.add(e.endArray());
    }

    private static Tensor predict(Sequential model, Tensor x) {
        return model.predict(x, 256, 0, ProgressSink.NONE, null);
    }

    /**
     * {@code chart kind=regression} for a model with one output: points and the prediction curve for one
     * feature, predicted-vs-actual for several; R² always; the fitted equation when the model is one linear
     * Dense layer.
     */
    public static void regression(EventQueue q, Sequential model, Tensor x, Tensor y) {
        int n = Math.min(x.rows(), MAX_POINTS);
        int features = x.cols();
        Tensor pred = predict(model, x);
        double[] ys = new double[n];
        double[] ps = new double[n];
        for (int i = 0; i < n; i++) {
            ys[i] = y.data()[i * y.cols()];
            ps[i] = pred.data()[i * pred.cols()];
        }
        Json e = q.event("chart").name("kind").value("regression").name("features").value(features)
                .name("y");
        q.array(e, ys).name("predicted");
        q.array(e, ps);
        if (features == 1) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double[] xs = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = x.data()[i];
                lo = Math.min(lo, xs[i]);
                hi = Math.max(hi, xs[i]);
            }
            double[] cx = new double[CURVE];
            for (int i = 0; i < CURVE; i++) {
                cx[i] = lo + (hi - lo) * i / (CURVE - 1);
            }
            Tensor cy = predict(model, Tensor.matrix(CURVE, 1, cx.clone()));
            e.name("x");
            q.array(e, xs).name("curveX");
            q.array(e, cx).name("curveY");
            q.array(e, cy.data().clone()).name("xLabel").value("x").name("yLabel").value("y");
        }
        e.name("r2").value(r2(y, pred));
        String eq = equation(model);
        if (eq != null) {
            e.name("equation").value(eq);
        }
        q.add(e);
    }

    /** The coefficient of determination over every output: 1 − SS_res / SS_tot. */
    static double r2(Tensor y, Tensor pred) {
        double[] t = y.data();
        double[] p = pred.data();
        int n = Math.min(t.length, p.length);
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += t[i];
        }
        mean /= n;
        double res = 0;
        double tot = 0;
        for (int i = 0; i < n; i++) {
            double d = t[i] - p[i];
            double m = t[i] - mean;
            res += d * d;
            tot += m * m;
        }
        return tot == 0 ? Double.NaN : 1 - res / tot;
    }

    /** {@code y = 2.9874x + 2.0132} (or x1, x2, … for several features) for a single linear Dense layer. */
    static String equation(Sequential model) {
        List<Layer> layers = model.layers();
        if (layers.size() != 1 || !(layers.get(0) instanceof Dense d) || d.units() != 1
                || !d.activation().name().equals("linear") || !d.isBuilt()) {
            return null;
        }
        double[] w = d.kernel().value();
        StringBuilder sb = new StringBuilder("y = ");
        for (int i = 0; i < w.length; i++) {
            String coef = PyFormat.format(Math.abs(w[i]), ".4f");
            if (i == 0) {
                sb.append(w[i] < 0 ? "-" : "").append(coef);
            } else {
                sb.append(w[i] < 0 ? " - " : " + ").append(coef);
            }
            sb.append(w.length == 1 ? "x" : "x" + (i + 1));
        }
        if (d.useBias()) {
            double b = d.bias().value()[0];
            sb.append(b < 0 ? " - " : " + ").append(PyFormat.format(Math.abs(b), ".4f"));
        }
        return sb.toString();
    }

    /** The class of each row: one-hot rows by argmax, a single column by rounding. */
    static int[] classes(Tensor t) {
        int rows = t.rows();
        int cols = t.rank() == 1 ? 1 : t.cols();
        int[] out = new int[rows];
        double[] d = t.data();
        for (int i = 0; i < rows; i++) {
            if (cols == 1) {
                out[i] = (int) Math.round(d[i]);
            } else {
                int best = 0;
                for (int c = 1; c < cols; c++) {
                    if (d[i * cols + c] > d[i * cols + best]) {
                        best = c;
                    }
                }
                out[i] = best;
            }
        }
        return out;
    }

    /** Predicted classes: P > 0.5 for one sigmoid output (Keras' binary accuracy rule), else argmax. */
    static int[] predictedClasses(Tensor pred) {
        if (pred.cols() == 1) {
            int[] out = new int[pred.rows()];
            for (int i = 0; i < out.length; i++) {
                out[i] = pred.data()[i] > 0.5 ? 1 : 0;
            }
            return out;
        }
        return classes(pred);
    }

    /** {@code chart kind=boundary} for a classifier on two features: P(class) over a grid around the data. */
    public static void boundary(EventQueue q, Sequential model, Tensor x, Tensor y) {
        double[] d = x.data();
        int n = x.rows();
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            x0 = Math.min(x0, d[2 * i]);
            x1 = Math.max(x1, d[2 * i]);
            y0 = Math.min(y0, d[2 * i + 1]);
            y1 = Math.max(y1, d[2 * i + 1]);
        }
        double px = (x1 - x0) * 0.1 + 1e-9;
        double py = (y1 - y0) * 0.1 + 1e-9;
        x0 -= px;
        x1 += px;
        y0 -= py;
        y1 += py;
        double[] grid = new double[GRID * GRID * 2];
        for (int gy = 0; gy < GRID; gy++) {
            for (int gx = 0; gx < GRID; gx++) {
                int cell = gy * GRID + gx;
                grid[2 * cell] = x0 + (x1 - x0) * gx / (GRID - 1);
                grid[2 * cell + 1] = y0 + (y1 - y0) * gy / (GRID - 1);
            }
        }
        Tensor probs = predict(model, Tensor.matrix(GRID * GRID, 2, grid));
        int k = probs.cols();
        int shown = Math.min(n, MAX_POINTS);
        double[] points = new double[2 * shown];
        System.arraycopy(d, 0, points, 0, 2 * shown);
        int[] cls = classes(y);
        double[] labels = new double[shown];
        for (int i = 0; i < shown; i++) {
            labels[i] = cls[i];
        }
        Json e = q.event("chart").name("kind").value("boundary").name("res").value(GRID)
                .name("xmin").value(x0).name("xmax").value(x1).name("ymin").value(y0).name("ymax").value(y1)
                .name("classes").value(k == 1 ? 2 : k).name("grid");
        q.array(e, probs.data().clone()).name("points");
        q.array(e, points).name("labels");
        q.array(e, labels).name("xLabel").value("x[:, 0]").name("summary")
                .value(n + " points, " + (k == 1 ? 2 : k) + " classes");
        q.add(e);
    }

    /** {@code chart kind=confusion}: counts of (true class, predicted class); rows are the true class. */
    public static void confusion(EventQueue q, Tensor yTrue, Tensor pred) {
        int[] t = classes(yTrue);
        int[] p = predictedClasses(pred);
        int k = Math.max(2, pred.cols());
        for (int c : t) {
            k = Math.max(k, c + 1);
        }
        int[][] m = new int[k][k];
        int n = Math.min(t.length, p.length);
        for (int i = 0; i < n; i++) {
            if (t[i] >= 0 && p[i] >= 0) {
                m[t[i]][p[i]]++;
            }
        }
        Json e = q.event("chart").name("kind").value("confusion").name("labels").beginArray();
        for (int c = 0; c < k; c++) {
            e.value(c);
        }
        e.endArray().name("matrix").beginArray();
        for (int[] row : m) {
            e.beginArray();
            for (int v : row) {
                e.value(v);
            }
            e.endArray();
        }
        q.add(e.endArray());
    }
}
