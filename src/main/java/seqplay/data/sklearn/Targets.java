package seqplay.data.sklearn;

import java.util.ArrayList;
import java.util.List;
import seqplay.errors.PyException;

/**
 * Classification targets as scikit-learn checks them ({@code type_of_target}, {@code _check_targets},
 * {@code unique_labels}), with its error texts, e.g. {@code Classification metrics can't handle a mix of binary
 * and continuous targets} when predicted probabilities are compared with labels.
 */
final class Targets {
    private Targets() {
    }

    /** Checked labels: the type sklearn settled on, the labels of each input, and the sorted label set. */
    record Checked(String type, Object[] yTrue, Object[] yPred, List<Object> labels, int rows, int cols) {
    }

    /** sklearn's {@code type_of_target(y, input_name)}. */
    static String typeOf(ArrayLike y, String inputName) {
        int ndim = y.ndim();
        if (ndim > 2) {
            return "unknown";
        }
        if (ndim == 0) {
            throw PyException.valueError("Expected array-like (array or non-string sequence), got " + y.value(0));
        }
        if (y.size() == 0) {
            return ndim == 1 ? "binary" : "unknown";
        }
        List<Object> unique = unique(values(y));
        boolean integerKind = y.kind == 'b' || y.kind == 'i';
        if (ndim == 2 && y.shape[1] > 1 && unique.size() < 3
                && (integerKind || (y.kind == 'f' && integralFloats(unique)))) {
            return "multilabel-indicator";
        }
        if (y.kind == 'O' && !(y.value(0) instanceof String)) {
            return "unknown";
        }
        String suffix = ndim == 2 && y.shape[1] > 1 ? "-multioutput" : "";
        if (y.kind == 'f') {
            for (double v : y.numbers) {
                if (v != Math.rint(v) || Double.isInfinite(v)) {
                    for (double w : y.numbers) {
                        if (w != w) {
                            throw PyException.valueError("Input " + inputName + " contains NaN.");
                        }
                        if (Double.isInfinite(w)) {
                            throw PyException.valueError("Input " + inputName + " contains infinity or a value too"
                                    + " large for dtype('float64').");
                        }
                    }
                    return "continuous" + suffix;
                }
            }
        }
        if (unique.size() > 2 || (ndim == 2 && y.shape[1] > 1)) {
            return "multiclass" + suffix;
        }
        return "binary";
    }

    private static boolean integralFloats(List<Object> labels) {
        for (Object o : labels) {
            if (o instanceof Double d && d != Math.rint(d)) {
                return false;
            }
        }
        return true;
    }

    static Object[] values(ArrayLike y) {
        Object[] out = new Object[y.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = y.value(i);
        }
        return out;
    }

    /** sklearn's {@code _check_targets} followed by {@code unique_labels}. */
    static Checked check(Object yTrue, Object yPred) {
        ArrayLike t = ArrayLike.of(yTrue);
        ArrayLike p = ArrayLike.of(yPred);
        Checks.consistentLength(List.of(t.rows(), p.rows()));
        String typeTrue = typeOf(t, "y_true");
        String typePred = typeOf(p, "y_pred");
        String type;
        if (typeTrue.equals(typePred)) {
            type = typeTrue;
        } else if ((typeTrue.equals("binary") || typeTrue.equals("multiclass"))
                && (typePred.equals("binary") || typePred.equals("multiclass"))) {
            type = "multiclass";
        } else {
            throw PyException.valueError("Classification metrics can't handle a mix of " + typeTrue + " and "
                    + typePred + " targets", "sklearn.mixed_targets");
        }
        if (!type.equals("binary") && !type.equals("multiclass") && !type.equals("multilabel-indicator")) {
            throw PyException.valueError(type + " is not supported");
        }
        Object[] a = values(t);
        Object[] b = values(p);
        List<Object> labels = unionSorted(a, b);
        if (type.equals("binary") && labels.size() > 2) {
            type = "multiclass";
        }
        int cols = t.ndim() == 2 ? t.shape[1] : 1;
        if (type.equals("multilabel-indicator") && (p.ndim() != 2 || p.shape[1] != cols)) {
            throw PyException.valueError("Multi-label binary indicator input with different numbers of labels");
        }
        return new Checked(type, a, b, labels, t.rows(), cols);
    }

    /** The distinct labels of both inputs (the first one's spelling wins for 1 == 1.0), sorted. */
    static List<Object> unionSorted(Object[] a, Object[] b) {
        List<Object> all = new ArrayList<>(unique(a));
        for (Object o : unique(b)) {
            if (indexOf(all, o) < 0) {
                all.add(o);
            }
        }
        boolean text = false;
        boolean number = false;
        for (Object o : all) {
            text |= o instanceof String;
            number |= !(o instanceof String);
        }
        if (text && number) {
            throw PyException.valueError("Mix of label input types (string and number)");
        }
        all.sort(Targets::compare);
        return all;
    }

    static List<Object> unique(Object[] values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            if (indexOf(out, v) < 0) {
                out.add(v);
            }
        }
        return out;
    }

    static int indexOf(List<Object> labels, Object v) {
        for (int i = 0; i < labels.size(); i++) {
            if (same(labels.get(i), v)) {
                return i;
            }
        }
        return -1;
    }

    /** Python's {@code ==} for labels: numbers and bools by value, texts by content. */
    static boolean same(Object a, Object b) {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            return x.doubleValue() == y.doubleValue();
        }
        return a != null && a.equals(b);
    }

    static Double number(Object v) {
        if (v instanceof Boolean bool) {
            return bool ? 1.0 : 0.0;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        return null;
    }

    static int compare(Object a, Object b) {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }
}
