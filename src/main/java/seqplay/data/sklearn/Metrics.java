package seqplay.data.sklearn;

import java.util.ArrayList;
import java.util.List;
import seqplay.errors.PyException;
import seqplay.format.PyFloat;
import seqplay.format.PyFormat;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;

/**
 * {@code sklearn.metrics}: the scores lessons print after {@code predict}, computed as scikit-learn 1.6 computes
 * them (same checks and messages; sums and means in numpy's order).
 *
 * <pre>{@code
 * accuracy_score(y_test, y_pred)                 # 0.9666666666666667
 * print(classification_report(y_test, y_pred))
 * mean_squared_error(y_test, model.predict(X_test))
 * }</pre>
 */
public final class Metrics {
    private Metrics() {
    }

    /**
     * {@code accuracy_score(y_true, y_pred, normalize=True)}: the fraction (or, with {@code normalize=False}, the
     * number) of samples predicted exactly; for one-hot/multi-label rows, of rows predicted entirely right.
     */
    public static double accuracyScore(Object yTrue, Object yPred, boolean normalize) {
        Targets.Checked c = Targets.check(yTrue, yPred);
        int n = c.rows();
        int correct = 0;
        for (int i = 0; i < n; i++) {
            boolean right = true;
            for (int k = 0; k < c.cols() && right; k++) {
                right = Targets.same(c.yTrue()[i * c.cols() + k], c.yPred()[i * c.cols() + k]);
            }
            correct += right ? 1 : 0;
        }
        return normalize ? (double) correct / n : correct;
    }

    /**
     * {@code confusion_matrix(y_true, y_pred, labels=None, normalize=None)}: entry (i, j) counts samples of true
     * class i predicted as class j, classes in sorted order; int64, or float64 when normalized over
     * {@code 'true'} rows, {@code 'pred'} columns or {@code 'all'}.
     */
    public static NdArray confusionMatrix(Object yTrue, Object yPred, List<Object> labels, String normalize) {
        Targets.Checked c = Targets.check(yTrue, yPred);
        if (!c.type().equals("binary") && !c.type().equals("multiclass")) {
            throw PyException.valueError(c.type() + " is not supported");
        }
        List<Object> classes = labels == null ? c.labels() : labels;
        if (labels != null) {
            if (labels.isEmpty()) {
                throw PyException.valueError("'labels' should contains at least one label.");
            }
            boolean any = false;
            for (Object t : c.yTrue()) {
                any |= Targets.indexOf(classes, t) >= 0;
            }
            if (!any) {
                throw PyException.valueError("At least one label specified must be in y_true");
            }
        }
        int k = classes.size();
        double[] m = new double[k * k];
        for (int i = 0; i < c.rows(); i++) {
            int a = Targets.indexOf(classes, c.yTrue()[i]);
            int b = Targets.indexOf(classes, c.yPred()[i]);
            if (a >= 0 && b >= 0) {
                m[a * k + b]++;
            }
        }
        if (normalize == null) {
            return new NdArray(DType.INT64, new int[] {k, k}, m);
        }
        double[] out = new double[m.length];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double denom;
                switch (normalize) {
                    case "true": {
                        double s = 0;
                        for (int t = 0; t < k; t++) {
                            s += m[i * k + t];
                        }
                        denom = s;
                        break;
                    }
                    case "pred": {
                        double s = 0;
                        for (int t = 0; t < k; t++) {
                            s += m[t * k + j];
                        }
                        denom = s;
                        break;
                    }
                    case "all": {
                        double s = 0;
                        for (double v : m) {
                            s += v;
                        }
                        denom = s;
                        break;
                    }
                    default:
                        throw new PyException("sklearn.utils._param_validation.InvalidParameterError",
                                "The 'normalize' parameter of confusion_matrix must be a str among {'pred', 'all',"
                                        + " 'true'} or None. Got " + seqplay.format.PyStrings.repr(normalize)
                                        + " instead.");
                }
                out[i * k + j] = denom == 0 ? 0.0 : m[i * k + j] / denom;
            }
        }
        return new NdArray(DType.FLOAT64, new int[] {k, k}, out);
    }

    /** Per-class counts behind precision, recall and F1. */
    private record Counts(List<Object> labels, double[] tp, double[] pred, double[] truth) {
    }

    private static Counts counts(Targets.Checked c) {
        List<Object> labels = c.labels();
        int k = labels.size();
        double[] tp = new double[k];
        double[] pred = new double[k];
        double[] truth = new double[k];
        for (int i = 0; i < c.rows(); i++) {
            int a = Targets.indexOf(labels, c.yTrue()[i]);
            int b = Targets.indexOf(labels, c.yPred()[i]);
            truth[a]++;
            pred[b]++;
            if (a == b) {
                tp[a]++;
            }
        }
        return new Counts(labels, tp, pred, truth);
    }

    /**
     * {@code classification_report(y_true, y_pred, target_names=None, digits=2)}: per-class precision, recall,
     * F1 and support, then the accuracy and the macro and weighted averages, laid out as scikit-learn prints it.
     * Classes that are never predicted get precision 0.0 and an {@code UndefinedMetricWarning}, as in
     * scikit-learn's default {@code zero_division="warn"}.
     */
    public static String classificationReport(Object yTrue, Object yPred, List<String> targetNames, int digits,
            Warnings warnings) {
        Targets.Checked c = Targets.check(yTrue, yPred);
        if (c.type().equals("multilabel-indicator")) {
            throw PyException.valueError("the playground's classification_report takes class labels, not one-hot"
                    + " rows: use y.argmax(axis=1)", "sklearn.one_hot_report");
        }
        Counts k = counts(c);
        int n = k.labels().size();
        List<String> names = new ArrayList<>();
        if (targetNames != null) {
            if (targetNames.size() != n) {
                throw PyException.valueError("Number of classes, " + n + ", does not match size of target_names, "
                        + targetNames.size() + ". Try specifying the labels parameter");
            }
            names.addAll(targetNames);
        } else {
            for (Object l : k.labels()) {
                names.add(labelText(l));
            }
        }
        double[] p = new double[n];
        double[] r = new double[n];
        double[] f = new double[n];
        boolean precisionIllDefined = false;
        boolean recallIllDefined = false;
        for (int i = 0; i < n; i++) {
            precisionIllDefined |= k.pred()[i] == 0;
            recallIllDefined |= k.truth()[i] == 0;
            p[i] = k.pred()[i] == 0 ? 0.0 : k.tp()[i] / k.pred()[i];
            r[i] = k.truth()[i] == 0 ? 0.0 : k.tp()[i] / k.truth()[i];
            double denom = k.truth()[i] + k.pred()[i];
            f[i] = denom == 0 ? 0.0 : 2 * k.tp()[i] / denom;
        }
        // sklearn warns for the rows and again for the macro and weighted averages, from the same line with the
        // same text, so Python's default warning filter shows each text once.
        if (precisionIllDefined) {
            warnings.warn("UndefinedMetricWarning", "Precision is ill-defined and being set to 0.0 in labels with no"
                    + " predicted samples. Use `zero_division` parameter to control this behavior.");
        }
        if (recallIllDefined) {
            warnings.warn("UndefinedMetricWarning", "Recall is ill-defined and being set to 0.0 in labels with no"
                    + " true samples. Use `zero_division` parameter to control this behavior.");
        }
        long support = 0;
        for (double t : k.truth()) {
            support += (long) t;
        }
        int nameWidth = 0;
        for (String s : names) {
            nameWidth = Math.max(nameWidth, s.length());
        }
        int width = Math.max(Math.max(nameWidth, "weighted avg".length()), digits);
        StringBuilder sb = new StringBuilder();
        sb.append(pad("", width)).append(' ');
        for (String h : new String[] {"precision", "recall", "f1-score", "support"}) {
            sb.append(' ').append(pad(h, 9));
        }
        sb.append("\n\n");
        for (int i = 0; i < n; i++) {
            row(sb, names.get(i), p[i], r[i], f[i], (long) k.truth()[i], width, digits);
        }
        sb.append('\n');
        double correct = 0;
        for (double t : k.tp()) {
            correct += t;
        }
        double accuracy = correct / c.rows();
        sb.append(pad("accuracy", width)).append(' ').append(' ').append(pad("", 9)).append(' ').append(pad("", 9))
                .append(' ').append(pad(PyFormat.format(accuracy, "." + digits + "f"), 9)).append(' ')
                .append(pad(Long.toString(support), 9)).append('\n');
        row(sb, "macro avg", mean(p, null), mean(r, null), mean(f, null), support, width, digits);
        row(sb, "weighted avg", mean(p, k.truth()), mean(r, k.truth()), mean(f, k.truth()), support, width, digits);
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, double p, double r, double f, long support, int width,
            int digits) {
        String spec = "." + digits + "f";
        sb.append(pad(name, width)).append(' ');
        sb.append(' ').append(pad(PyFormat.format(p, spec), 9));
        sb.append(' ').append(pad(PyFormat.format(r, spec), 9));
        sb.append(' ').append(pad(PyFormat.format(f, spec), 9));
        sb.append(' ').append(pad(Long.toString(support), 9)).append('\n');
    }

    /** numpy's {@code average(values, weights)}: pairwise sums, weighted by the supports when given. */
    private static double mean(double[] values, double[] weights) {
        int n = values.length;
        if (weights == null) {
            return sum(values) / n;
        }
        double[] product = new double[n];
        for (int i = 0; i < n; i++) {
            product[i] = values[i] * weights[i];
        }
        double total = sum(weights);
        if (total == 0) {
            throw new PyException("ZeroDivisionError", "Weights sum to zero, can't be normalized");
        }
        return sum(product) / total;
    }

    private static double sum(double[] v) {
        return new NdArray(DType.FLOAT64, new int[] {v.length}, v.clone()).sum(null, false).flat(0);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /** {@code "%s" % label}: Python's str of a label value. */
    static String labelText(Object label) {
        if (label instanceof Double d) {
            return PyFloat.repr(d);
        }
        if (label instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(label);
    }

    // ------------------------------------------------------------------ regression

    /** Checked regression targets as {@code (n, outputs)} float64 arrays. */
    private record Reg(double[] t, double[] p, int n, int k) {
    }

    private static Reg regression(Object yTrue, Object yPred) {
        ArrayLike t = ArrayLike.of(yTrue);
        ArrayLike p = ArrayLike.of(yPred);
        Checks.consistentLength(List.of(t.rows(), p.rows()));
        if (t.ndim() > 2 || p.ndim() > 2) {
            throw PyException.valueError("Found array with dim " + Math.max(t.ndim(), p.ndim())
                    + ". None expected <= 2.");
        }
        int kt = t.ndim() == 2 ? t.shape[1] : 1;
        int kp = p.ndim() == 2 ? p.shape[1] : 1;
        if (kt != kp) {
            throw PyException.valueError("y_true and y_pred have different number of output (" + kt + "!=" + kp
                    + ")", "sklearn.output_count");
        }
        double[] a = finite(t.floats(), "y_true");
        double[] b = finite(p.floats(), "y_pred");
        return new Reg(a, b, t.rows(), kt);
    }

    private static double[] finite(double[] v, String name) {
        for (double x : v) {
            if (x != x) {
                // _check_reg_targets calls check_array without an input name
                throw PyException.valueError("Input contains NaN.", "sklearn.nan_input");
            }
            if (Double.isInfinite(x)) {
                throw PyException.valueError("Input contains infinity or a value too large for"
                        + " dtype('float64').");
            }
        }
        return v;
    }

    /** Column means of an (n, k) array, in numpy's order, then their plain average (multioutput='uniform_average'). */
    private static double averageOfColumnMeans(double[] values, int n, int k) {
        NdArray columnMeans = new NdArray(DType.FLOAT64, new int[] {n, k}, values).mean(0, false);
        return columnMeans.mean(null, false).flat(0);
    }

    /** {@code mean_absolute_error(y_true, y_pred)}. */
    public static double meanAbsoluteError(Object yTrue, Object yPred) {
        Reg r = regression(yTrue, yPred);
        double[] d = new double[r.t().length];
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.abs(r.p()[i] - r.t()[i]);
        }
        return averageOfColumnMeans(d, r.n(), r.k());
    }

    /** {@code mean_squared_error(y_true, y_pred)}. */
    public static double meanSquaredError(Object yTrue, Object yPred) {
        Reg r = regression(yTrue, yPred);
        double[] d = new double[r.t().length];
        for (int i = 0; i < d.length; i++) {
            double e = r.t()[i] - r.p()[i];
            d[i] = e * e;
        }
        return averageOfColumnMeans(d, r.n(), r.k());
    }

    /** {@code root_mean_squared_error(y_true, y_pred)} (scikit-learn 1.4+): the square root per output, averaged. */
    public static double rootMeanSquaredError(Object yTrue, Object yPred) {
        Reg r = regression(yTrue, yPred);
        double[] d = new double[r.t().length];
        for (int i = 0; i < d.length; i++) {
            double e = r.t()[i] - r.p()[i];
            d[i] = e * e;
        }
        NdArray columnMeans = new NdArray(DType.FLOAT64, new int[] {r.n(), r.k()}, d).mean(0, false);
        double[] roots = columnMeans.data().clone();
        for (int i = 0; i < roots.length; i++) {
            roots[i] = Math.sqrt(roots[i]);
        }
        return sum(roots) / roots.length;
    }

    /**
     * {@code r2_score(y_true, y_pred)}: {@code 1 - Σ(y - ŷ)² / Σ(y - ȳ)²} per output, averaged; a constant
     * {@code y_true} scores 1.0 when predicted exactly and 0.0 otherwise (scikit-learn's {@code force_finite}).
     * With fewer than two samples it warns and returns NaN.
     */
    public static double r2Score(Object yTrue, Object yPred, Warnings warnings) {
        Reg r = regression(yTrue, yPred);
        if (r.n() < 2) {
            warnings.warn("UndefinedMetricWarning", "R^2 score is not well-defined with less than two samples.");
            return Double.NaN;
        }
        int n = r.n();
        int k = r.k();
        double[] residual = new double[r.t().length];
        for (int i = 0; i < residual.length; i++) {
            double e = r.t()[i] - r.p()[i];
            residual[i] = e * e;
        }
        double[] numerator = new NdArray(DType.FLOAT64, new int[] {n, k}, residual).sum(0, false).data();
        double[] means = new NdArray(DType.FLOAT64, new int[] {n, k}, r.t().clone()).mean(0, false).data();
        double[] spread = new double[r.t().length];
        for (int i = 0; i < spread.length; i++) {
            double e = r.t()[i] - means[i % k];
            spread[i] = e * e;
        }
        double[] denominator = new NdArray(DType.FLOAT64, new int[] {n, k}, spread).sum(0, false).data();
        double[] scores = new double[k];
        for (int j = 0; j < k; j++) {
            if (numerator[j] != 0 && denominator[j] != 0) {
                scores[j] = 1 - numerator[j] / denominator[j];
            } else if (numerator[j] != 0) {
                scores[j] = 0.0;
            } else {
                scores[j] = 1.0;
            }
        }
        return sum(scores) / k;
    }
}
