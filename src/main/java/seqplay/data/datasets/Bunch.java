package seqplay.data.datasets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqplay.data.pandas.Column;
import seqplay.data.pandas.DataFrame;
import seqplay.data.pandas.Index;
import seqplay.data.pandas.Series;
import seqplay.errors.PyException;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;

/**
 * scikit-learn's {@code Bunch}: a dict whose keys are also attributes ({@code iris.data}, {@code iris['data']}),
 * with the keys in scikit-learn's order.
 *
 * <p>numpy note: {@code target_names} (and breast_cancer's {@code feature_names}) are numpy arrays of strings in
 * scikit-learn; the playground's arrays hold numbers only, so they are Python lists of str here. Indexing with an
 * int and iterating work the same; {@code iris.target_names[y_pred]} with an array index does not.
 */
public final class Bunch {
    private final LinkedHashMap<String, Object> fields = new LinkedHashMap<>();

    Bunch put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    /** The value under {@code key}; Python's {@code AttributeError} text when missing. */
    public Object get(String key) {
        if (!fields.containsKey(key)) {
            throw new PyException("AttributeError", key);
        }
        return fields.get(key);
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    /** The keys in order ({@code dict_keys([...])}). */
    public List<String> keys() {
        return new ArrayList<>(fields.keySet());
    }

    public Map<String, Object> asMap() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** {@code return_X_y=True}: the (data, target) pair, frames when loaded with {@code as_frame=True}. */
    public List<Object> xy() {
        return List.of(fields.get("data"), fields.get("target"));
    }

    /**
     * The Bunch {@code load_*} returns for a loaded dataset: float64 {@code data (n, m)}, int64 class targets (float64
     * for diabetes), and with {@code as_frame} a {@code frame} of the features plus a {@code target} column, whose
     * parts become {@code data} (DataFrame) and {@code target} (Series named "target").
     */
    public static Bunch of(Dataset d, boolean asFrame) {
        NdArray data = new NdArray(DType.FLOAT64, new int[] {d.rows(), d.cols()}, d.data().clone());
        NdArray target = d.classTarget() != null ? ints(d.classTarget())
                : new NdArray(DType.FLOAT64, new int[] {d.rows()}, d.valueTarget().clone());
        Object dataValue = data;
        Object targetValue = target;
        Object frame = null;
        if (asFrame) {
            List<Object> names = new ArrayList<>(d.featureNames());
            DataFrame features = DataFrame.fromRows(d.data(), d.rows(), d.cols(), false, names);
            Column t = d.classTarget() != null ? Column.ofInts(d.classTarget().clone())
                    : Column.ofFloats(d.valueTarget().clone());
            DataFrame whole = DataFrame.fromRows(d.data(), d.rows(), d.cols(), false, names);
            whole.set("target", t);
            frame = whole;
            dataValue = features;
            targetValue = new Series(t, Index.range(d.rows()), "target");
        }
        Bunch b = new Bunch().put("data", dataValue).put("target", targetValue).put("frame", frame);
        switch (d.name()) {
            case "iris":
            case "breast_cancer":
                return b.put("target_names", d.targetNames()).put("DESCR", d.descr())
                        .put("feature_names", d.featureNames()).put("filename", d.name() + ".csv")
                        .put("data_module", "sklearn.datasets.data");
            case "wine":
                return b.put("target_names", d.targetNames()).put("DESCR", d.descr())
                        .put("feature_names", d.featureNames());
            case "digits": {
                double[] labels = new double[10];
                for (int i = 0; i < 10; i++) {
                    labels[i] = i;
                }
                NdArray images = new NdArray(DType.FLOAT64, new int[] {d.rows(), 8, 8}, d.data().clone());
                return b.put("feature_names", d.featureNames())
                        .put("target_names", new NdArray(DType.INT64, new int[] {10}, labels))
                        .put("images", images).put("DESCR", d.descr());
            }
            default: // diabetes
                return b.put("DESCR", d.descr()).put("feature_names", d.featureNames())
                        .put("data_filename", "diabetes_data_raw.csv.gz")
                        .put("target_filename", "diabetes_target.csv.gz")
                        .put("data_module", "sklearn.datasets.data");
        }
    }

    private static NdArray ints(long[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return new NdArray(DType.INT64, new int[] {v.length}, d);
    }
}
