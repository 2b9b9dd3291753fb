package seqplay.data.python;

import java.util.ArrayList;
import java.util.List;
import seqplay.data.csv.ReadCsv;
import seqplay.data.datasets.BundledDatasets;
import seqplay.data.datasets.Bunch;
import seqplay.data.datasets.Dataset;
import seqplay.data.datasets.DatasetSource;
import seqplay.data.datasets.Generators;
import seqplay.data.datasets.Params;
import seqplay.data.pandas.Column;
import seqplay.data.pandas.DataFiles;
import seqplay.data.pandas.DataFrame;
import seqplay.data.pandas.Index;
import seqplay.data.pandas.Reshape;
import seqplay.data.pandas.Series;
import seqplay.data.sklearn.Metrics;
import seqplay.data.sklearn.ModelSelection;
import seqplay.errors.PyException;
import seqplay.lang.Context;
import seqplay.lang.runtime.Modules;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyDict;
import seqplay.lang.runtime.PyFunction;
import seqplay.lang.runtime.PyList;
import seqplay.lang.runtime.PyModule;
import seqplay.lang.runtime.PySequence;
import seqplay.lang.runtime.PyTuple;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;
import seqplay.numpy.python.Convert;
import seqplay.numpy.python.PyArray;
import seqplay.random.SeededRandom;

/**
 * The Python modules of the data layer: {@code pandas}, {@code sklearn.datasets}, {@code sklearn.model_selection},
 * {@code sklearn.preprocessing} and {@code sklearn.metrics}.
 *
 * <pre>{@code
 * DataModules.register(modules, new ClasspathDatasetSource(), files);   // JVM host
 * DataModules.register(modules, pageTexts::get, files);                 // web worker: texts the page fetched
 * }</pre>
 */
public final class DataModules {
    private DataModules() {
    }

    /**
     * @param datasets where {@code load_iris()} and friends read their files
     * @param files    the files {@code pd.read_csv} may open (lesson files, uploads)
     */
    public static void register(Modules modules, DatasetSource datasets, DataFiles files) {
        modules.register("pandas", ctx -> pandas(ctx, files));
        modules.register("sklearn.datasets", ctx -> datasets(ctx, new BundledDatasets(datasets)));
        modules.register("sklearn.model_selection", DataModules::modelSelection);
        modules.register("sklearn.preprocessing", ctx -> new PyModule("sklearn.preprocessing")
                .add("StandardScaler", PyScaler.standardType(ctx))
                .add("MinMaxScaler", PyScaler.minMaxType(ctx)));
        modules.register("sklearn.metrics", DataModules::metrics);
    }

    // ---------------------------------------------------------------------------------------------- pandas

    private static PyModule pandas(Context ctx, DataFiles files) {
        return new PyModule("pandas")
                .add("read_csv", PyFunction.of("read_csv(filepath_or_buffer, *, sep=None, delimiter=None,"
                        + " header='infer', usecols=None, encoding=None, names=None, index_col=None,"
                        + " skiprows=None, nrows=None, na_values=None)", a -> readCsv(a, files, ctx)))
                .add("DataFrame", PyFunction.of("DataFrame(data=None, index=None, columns=None, dtype=None,"
                        + " copy=None)", a -> {
                            noDtype("DataFrame", a[3]);
                            DataFrame f = frame(a[0], a[2]);
                            if (a[1] == Py.NONE) {
                                return new PyFrame(f, ctx);
                            }
                            Index index = index(a[1], f.rows(), a[0]);
                            List<Column> cols = new ArrayList<>();
                            for (int j = 0; j < f.ncols(); j++) {
                                cols.add(f.column(j));
                            }
                            return new PyFrame(new DataFrame(f.columns(), cols, index), ctx);
                        }))
                .add("Series", PyFunction.of("Series(data=None, index=None, dtype=None, name=None, copy=None)",
                        a -> {
                            noDtype("Series", a[2]);
                            Series s = series(a[0], Bridge.scalar(a[3]));
                            if (a[1] != Py.NONE) {
                                s = new Series(s.values(), index(a[1], s.size(), a[0]), s.name());
                            }
                            return new PySeriesObject(s, ctx);
                        }))
                .add("get_dummies", PyFunction.of("get_dummies(data, prefix=None, prefix_sep='_', dummy_na=False,"
                        + " columns=None, sparse=False, drop_first=False, dtype=None)", a -> getDummies(a, ctx)));
    }

    /** {@code pd.get_dummies}: prefix, prefix_sep, columns, drop_first and dtype as pandas 2.x takes them. */
    private static Object getDummies(Object[] a, Context ctx) {
        if (Py.truthy(a[3])) {
            throw new PyException("NotImplementedError", "the playground's get_dummies does not take dummy_na=True",
                    "pandas.unsupported_argument");
        }
        if (Py.truthy(a[5])) {
            throw new PyException("NotImplementedError", "the playground's get_dummies does not take sparse=True",
                    "pandas.unsupported_argument");
        }
        String sep = Py.toStr(a[2], "prefix_sep");
        boolean dropFirst = Py.truthy(a[6]);
        Reshape.DummyType type = dummyType(a[7]);
        if (a[0] instanceof PyFrame f) {
            if (a[4] instanceof String) {
                throw Py.typeError("Input must be a list-like for parameter `columns`");
            }
            List<Object> columns = a[4] == Py.NONE ? null : Bridge.labels(a[4]);
            List<String> prefixes = null;
            if (a[1] instanceof String p) {
                prefixes = List.of(p);
            } else if (a[1] instanceof PyDict d) {
                prefixes = new ArrayList<>();
                List<Object> encoded = columns;
                if (encoded == null) {
                    encoded = new ArrayList<>();
                    for (int j = 0; j < f.frame().ncols(); j++) {
                        if (f.frame().column(j).dtype() == Column.Dtype.OBJECT) {
                            encoded.add(f.frame().columns().get(j));
                        }
                    }
                }
                for (Object c : encoded) {
                    if (!d.containsKey(c)) {
                        throw new PyException("KeyError", Py.repr(c));
                    }
                    prefixes.add(Py.toStr(d.get(c), "prefix"));
                }
            } else if (a[1] != Py.NONE) {
                prefixes = new ArrayList<>();
                for (Object p : Bridge.labels(a[1])) {
                    prefixes.add(Py.toStr(p, "prefix"));
                }
            }
            return new PyFrame(Reshape.getDummies(f.frame(), columns, dropFirst, prefixes, sep, type), ctx);
        }
        String prefix = a[1] == Py.NONE ? null : Py.toStr(a[1], "prefix");
        return new PyFrame(Reshape.getDummies(series(a[0], null), dropFirst, prefix, sep, type), ctx);
    }

    /** {@code dtype=None|bool|int|float|'int64'|np.float64...}; None gives bool as in pandas 2.x. */
    private static Reshape.DummyType dummyType(Object dtype) {
        if (dtype == Py.NONE) {
            return Reshape.DummyType.BOOL;
        }
        DType t = Convert.dtype(dtype);
        switch (t) {
            case BOOL:
                return Reshape.DummyType.BOOL;
            case INT64:
                return Reshape.DummyType.INT64;
            case FLOAT64:
                return Reshape.DummyType.FLOAT64;
            default:
                throw new PyException("NotImplementedError", "the playground's get_dummies makes bool, int64 or"
                        + " float64 columns, not " + t.pythonName(), "pandas.unsupported_argument");
        }
    }

    private static Object readCsv(Object[] a, DataFiles files, Context ctx) {
        if (!(a[0] instanceof String name)) {
            throw PyException.valueError("Invalid file path or buffer object type: <class '" + Py.typeName(a[0])
                    + "'>");
        }
        Object sep = a[1] != Py.NONE ? a[1] : a[2];
        if (a[1] != Py.NONE && a[2] != Py.NONE) {
            throw PyException.valueError("Specified a sep and a delimiter; you can only specify one.");
        }
        Object encoding = a[5];
        if (encoding != Py.NONE) {
            String e = Py.toStr(encoding, "encoding").toLowerCase(java.util.Locale.ROOT).replace('-', '_');
            if (!e.equals("utf_8") && !e.equals("utf8") && !e.equals("utf_8_sig")) {
                throw new PyException("NotImplementedError", "the playground reads UTF-8 files only; save the file"
                        + " as 'CSV UTF-8' (encoding=" + Py.repr(encoding) + " is not available here)",
                        "pandas.encoding");
            }
        }
        Integer header;
        List<Object> names = a[6] == Py.NONE ? null : Bridge.labels(a[6]);
        if (a[3] instanceof String h) {
            if (!h.equals("infer")) {
                throw PyException.typeError("Passing a str to header is not supported; use an int or None");
            }
            header = names == null ? 0 : null;
        } else {
            header = a[3] == Py.NONE ? null : Py.toInt(a[3]);
        }
        List<Object> usecols = a[4] == Py.NONE ? null : Bridge.labels(a[4]);
        if (a[8] != Py.NONE && !(a[8] instanceof Long)) {
            throw new PyException("NotImplementedError", "the playground's read_csv takes skiprows as a number of"
                    + " lines", "pandas.unsupported_argument");
        }
        java.util.Set<String> naValues = null;
        if (a[10] != Py.NONE) {
            naValues = new java.util.HashSet<>();
            for (Object v : Bridge.labels(a[10])) {
                naValues.add(Py.str(v == null ? Py.NONE : v));
                if (v instanceof Long || (v instanceof Double d && d == Math.rint(d))) {
                    long whole = (long) ((Number) v).doubleValue();
                    naValues.add(whole + "");
                    naValues.add(whole + ".0");
                }
            }
        }
        ReadCsv.Options options = new ReadCsv.Options(sep == Py.NONE ? "," : Py.toStr(sep, "sep"), header, usecols,
                a[9] == Py.NONE ? null : Py.toInt(a[9]), a[8] == Py.NONE ? 0 : Py.toInt(a[8]), naValues, names);
        DataFrame frame = files.readCsv(name, options);
        Object indexCol = a[7];
        if (indexCol != Py.NONE && !Boolean.FALSE.equals(indexCol)) {
            int j = indexCol instanceof Long k ? (int) (long) k : frame.columns().indexOf(Bridge.scalar(indexCol));
            if (indexCol instanceof Long k && (k < 0 || k >= frame.ncols())) {
                throw new PyException("IndexError", "list index out of range");
            }
            if (j < 0) {
                throw PyException.valueError("Index " + Py.str(indexCol) + " invalid");
            }
            frame = frame.indexBy(j);
        }
        return new PyFrame(frame, ctx);
    }

    /** {@code pd.DataFrame(data, columns=...)} from an array, a dict of columns, a list of rows or a frame. */
    /** {@code dtype=} of the constructors: refused rather than ignored (the values keep their inferred dtype). */
    private static void noDtype(String what, Object dtype) {
        if (dtype != Py.NONE) {
            throw new PyException("NotImplementedError", "the playground's " + what + " does not take dtype="
                    + Py.repr(dtype) + " (write the values in the type wanted, e.g. 1.0 for float)",
                    "pandas.unsupported_argument");
        }
    }

    /** {@code index=} of the constructors: row labels for {@code rows} values, with pandas' texts. */
    private static Index index(Object labels, int rows, Object data) {
        if (data instanceof PySeriesObject || data instanceof PyFrame) {
            // pandas reindexes a Series or DataFrame by these labels (aligning, NaN where missing)
            throw new PyException("NotImplementedError", "the playground's constructors take index= with lists "
                    + "and arrays only, not to reindex a Series or DataFrame", "pandas.unsupported_argument");
        }
        if (labels instanceof String || !(labels instanceof PySequence || labels instanceof PyArray
                || labels instanceof PySeriesObject || labels instanceof PyColumns)) {
            throw Py.typeError("Index(...) must be called with a collection of some kind, " + Py.repr(labels)
                    + " was passed");
        }
        List<Object> list = new ArrayList<>();
        if (labels instanceof PyArray || labels instanceof PySeriesObject) {
            for (Object item : Py.toList(labels)) {
                list.add(Bridge.scalar(item));
            }
        } else {
            list = Bridge.labels(labels);
        }
        if (list.size() != rows) {
            throw PyException.valueError("Length of values (" + rows + ") does not match length of index ("
                    + list.size() + ")");
        }
        return Index.of(Column.infer(list), null);
    }

    static DataFrame frame(Object data, Object columns) {
        List<Object> labels = columns == Py.NONE ? null : Bridge.labels(columns);
        if (data == Py.NONE) {
            List<Column> cols = new ArrayList<>();
            List<Object> names = labels == null ? new ArrayList<>() : labels;
            for (int i = 0; i < names.size(); i++) {
                cols.add(Column.ofObjects(new Object[0]));
            }
            return new DataFrame(names, cols, Index.range(0));
        }
        if (data instanceof PyFrame f) {
            return labels == null ? f.frame() : f.frame().select(labels);
        }
        if (data instanceof PyArray a) {
            return DataFrame.fromArray(a.array(), labels);
        }
        if (data instanceof PyDict d) {
            List<Object> names = new ArrayList<>();
            List<Column> cols = new ArrayList<>();
            int rows = -1;
            for (Object k : d.keys()) {
                Object v = d.get(k);
                Column c = v instanceof PySequence || v instanceof PyArray || v instanceof PySeriesObject
                        ? PyFrame.column(v, 0) : null;
                if (c == null) {
                    continue; // scalars are broadcast below once the length is known
                }
                if (rows >= 0 && c.size() != rows) {
                    throw PyException.valueError("All arrays must be of the same length");
                }
                rows = c.size();
            }
            if (rows < 0) {
                throw PyException.valueError("If using all scalar values, you must pass an index");
            }
            for (Object k : d.keys()) {
                names.add(Bridge.scalar(k));
                cols.add(PyFrame.column(d.get(k), rows));
            }
            DataFrame df = new DataFrame(names, cols, Index.range(rows));
            return labels == null ? df : df.select(labels);
        }
        if (data instanceof PySequence rowsSeq) {
            List<Object> rows = rowsSeq.items();
            boolean text = false;
            for (Object r : rows) {
                if (r instanceof PySequence s) {
                    for (Object v : s.items()) {
                        text |= v instanceof String || v == Py.NONE;
                    }
                }
            }
            if (!text) {
                return DataFrame.fromArray(Convert.toArray(data), labels);
            }
            int width = rows.isEmpty() ? 0 : ((PySequence) rows.get(0)).size();
            List<Object> names = new ArrayList<>();
            List<Column> cols = new ArrayList<>();
            for (int j = 0; j < width; j++) {
                List<Object> values = new ArrayList<>();
                for (Object r : rows) {
                    PySequence s = (PySequence) r;
                    if (s.size() != width) {
                        throw PyException.valueError(width + " columns passed, passed data had " + s.size()
                                + " columns");
                    }
                    values.add(Bridge.scalar(s.get(j)));
                }
                names.add(labels == null ? (Object) (long) j : labels.get(j));
                cols.add(Column.infer(values));
            }
            return new DataFrame(names, cols, Index.range(rows.size()));
        }
        throw PyException.valueError("DataFrame constructor not properly called!");
    }

    /** {@code pd.Series(data, name=...)} from a list, an array or a Series. */
    static Series series(Object data, Object name) {
        if (data instanceof PySeriesObject s) {
            return name == null ? s.series() : s.series().rename(name);
        }
        return Series.of(PyFrame.column(data == Py.NONE ? new PyList() : data, 0), name);
    }

    // ---------------------------------------------------------------------------------------- datasets

    private static PyModule datasets(Context ctx, BundledDatasets bundled) {
        PyModule m = new PyModule("sklearn.datasets");
        m.add("load_iris", PyFunction.of("load_iris(*, return_X_y=False, as_frame=False)",
                a -> load(bundled.iris(), a[0], a[1], ctx)));
        m.add("load_wine", PyFunction.of("load_wine(*, return_X_y=False, as_frame=False)",
                a -> load(bundled.wine(), a[0], a[1], ctx)));
        m.add("load_breast_cancer", PyFunction.of("load_breast_cancer(*, return_X_y=False, as_frame=False)",
                a -> load(bundled.breastCancer(), a[0], a[1], ctx)));
        m.add("load_digits", PyFunction.of("load_digits(*, n_class=10, return_X_y=False, as_frame=False)",
                a -> load(bundled.digits(Py.toInt(a[0])), a[1], a[2], ctx)));
        m.add("load_diabetes", PyFunction.of("load_diabetes(*, return_X_y=False, as_frame=False, scaled=True)",
                a -> load(bundled.diabetes(Py.truthy(a[2])), a[0], a[1], ctx)));
        m.add("make_moons", PyFunction.of("make_moons(n_samples=100, *, shuffle=True, noise=None,"
                + " random_state=None)", a -> {
                    int[] split = halves("make_moons", a[0]);
                    Double noise = noise("make_moons", a[2]);
                    SeededRandom rng = Bridge.random(a[3], ctx, "make_moons");
                    return xy(Generators.makeMoons(split[0], split[1], Py.truthy(a[1]), noise, rng), false);
                }));
        m.add("make_circles", PyFunction.of("make_circles(n_samples=100, *, shuffle=True, noise=None,"
                + " random_state=None, factor=0.8)", a -> {
                    int[] split = halves("make_circles", a[0]);
                    Double noise = noise("make_circles", a[2]);
                    double factor = Py.toDouble(a[4]);
                    Params.floatBetween("make_circles", "factor", factor, 0, 1, false, "[0.0, 1.0)",
                            Py.repr(a[4]));
                    SeededRandom rng = Bridge.random(a[3], ctx, "make_circles");
                    return xy(Generators.makeCircles(split[0], split[1], Py.truthy(a[1]), noise, rng, factor),
                            false);
                }));
        m.add("make_blobs", PyFunction.of("make_blobs(n_samples=100, n_features=2, *, centers=None,"
                + " cluster_std=1.0, center_box=None, shuffle=True, random_state=None,"
                + " return_centers=False)", a -> blobs(a, ctx)));
        m.add("make_classification", PyFunction.of("make_classification(n_samples=100, n_features=20, *,"
                + " n_informative=2, n_redundant=2, n_repeated=0, n_classes=2, n_clusters_per_class=2,"
                + " weights=None, flip_y=0.01, class_sep=1.0, hypercube=True, shift=0.0, scale=1.0, shuffle=True,"
                + " random_state=None)", a -> {
                    double[] weights = a[7] == Py.NONE ? null : doubles(a[7]);
                    Double shift = a[11] == Py.NONE ? null : Py.toDouble(a[11]);
                    Double scale = a[12] == Py.NONE ? null : Py.toDouble(a[12]);
                    SeededRandom rng = Bridge.random(a[14], ctx, "make_classification");
                    return xy(Generators.makeClassification(Py.toInt(a[0]), Py.toInt(a[1]), Py.toInt(a[2]),
                            Py.toInt(a[3]), Py.toInt(a[4]), Py.toInt(a[5]), Py.toInt(a[6]), weights,
                            Py.toDouble(a[8]), Py.toDouble(a[9]), Py.truthy(a[10]), shift, scale, Py.truthy(a[13]),
                            rng), false);
                }));
        m.add("make_regression", PyFunction.of("make_regression(n_samples=100, n_features=100, *,"
                + " n_informative=10, n_targets=1, bias=0.0, effective_rank=None, tail_strength=0.5, noise=0.0,"
                + " shuffle=True, coef=False, random_state=None)", a -> {
                    if (a[5] != Py.NONE) {
                        throw new PyException("NotImplementedError", "the playground's make_regression draws"
                                + " well-conditioned features only (effective_rank=None)");
                    }
                    double noise = Py.toDouble(a[7]);
                    Params.floatAtLeast("make_regression", "noise", noise, 0, "0.0", "", Py.repr(a[7]));
                    SeededRandom rng = Bridge.random(a[10], ctx, "make_regression");
                    return xy(Generators.makeRegression(Py.toInt(a[0]), Py.toInt(a[1]), Py.toInt(a[2]),
                            Py.toInt(a[3]), Py.toDouble(a[4]), noise, Py.truthy(a[8]), rng), Py.truthy(a[9]));
                }));
        return m;
    }

    private static Object load(Dataset d, Object returnXy, Object asFrame, Context ctx) {
        Bunch b = Bunch.of(d, Py.truthy(asFrame));
        if (Py.truthy(returnXy)) {
            return PyTuple.of(Bridge.toPython(b.get("data"), ctx), Bridge.toPython(b.get("target"), ctx));
        }
        return new PyBunch(b, ctx);
    }

    /** {@code n_samples} as an int (split n // 2 and the rest) or a pair. */
    private static int[] halves(String caller, Object n) {
        if (n instanceof PyTuple t) {
            if (t.size() != 2) {
                throw PyException.valueError("When a tuple, n_samples must have exactly two elements.");
            }
            return new int[] {Py.toInt(t.get(0)), Py.toInt(t.get(1))};
        }
        if (!(n instanceof Long)) {
            throw Params.invalid(caller, "n_samples", "an int in the range [1, inf) or an instance of 'tuple'",
                    Py.repr(n));
        }
        int total = Py.toInt(n);
        Params.intAtLeast(caller, "n_samples", total, 1, " or an instance of 'tuple'");
        return new int[] {total / 2, total - total / 2};
    }

    private static Double noise(String caller, Object v) {
        if (v == Py.NONE) {
            return null;
        }
        double d = Py.toDouble(v);
        Params.floatAtLeast(caller, "noise", d, 0, "0.0", " or None", Py.repr(v));
        return d;
    }

    private static Object blobs(Object[] a, Context ctx) {
        int[] perCenter = null;
        int nSamples = 0;
        if (a[0] instanceof PySequence s) {
            perCenter = new int[s.size()];
            for (int i = 0; i < perCenter.length; i++) {
                perCenter[i] = Py.toInt(s.get(i));
            }
        } else {
            nSamples = Py.toInt(a[0]);
        }
        int nFeatures = Py.toInt(a[1]);
        double[] centers = null;
        int nCenters;
        if (a[2] == Py.NONE) {
            nCenters = perCenter == null ? 3 : perCenter.length;
        } else if (a[2] instanceof Long) {
            nCenters = Py.toInt(a[2]);
        } else {
            NdArray c = Convert.toArray(a[2]);
            if (c.ndim() != 2) {
                throw PyException.valueError("Expected 2D array, got " + c.ndim() + "D array instead:\narray="
                        + c.str() + ".\nReshape your data either using array.reshape(-1, 1) if your data has a single"
                        + " feature or array.reshape(1, -1) if it contains a single sample.");
            }
            nCenters = c.shape()[0];
            nFeatures = c.shape()[1];
            centers = c.astype(DType.FLOAT64).data().clone();
        }
        if (perCenter != null && perCenter.length != nCenters) {
            throw PyException.valueError("Length of `n_samples` not consistent with number of centers. Got n_samples"
                    + " = " + Py.repr(a[0]) + " and centers = " + Py.repr(a[2]));
        }
        double[] std;
        if (a[3] instanceof PySequence || a[3] instanceof PyArray) {
            std = doubles(a[3]);
        } else {
            std = new double[nCenters];
            java.util.Arrays.fill(std, Py.toDouble(a[3]));
        }
        // the runtime's signatures take only literal defaults, so center_box=(-10.0, 10.0) arrives as None
        double boxLow = -10.0;
        double boxHigh = 10.0;
        if (a[4] != Py.NONE) {
            List<Object> box = Py.toList(a[4]);
            boxLow = Py.toDouble(box.get(0));
            boxHigh = Py.toDouble(box.get(1));
        }
        SeededRandom rng = Bridge.random(a[6], ctx, "make_blobs");
        Generators.Generated g = Generators.makeBlobs(nSamples, perCenter, nFeatures, nCenters, centers, std,
                boxLow, boxHigh, Py.truthy(a[5]), rng);
        return xy(g, Py.truthy(a[7]));
    }

    private static double[] doubles(Object v) {
        NdArray arr = Convert.toArray(v);
        return arr.astype(DType.FLOAT64).data().clone();
    }

    /** (X, y) — or (X, y, extra) for {@code coef=True} / {@code return_centers=True} — as arrays. */
    private static Object xy(Generators.Generated g, boolean withExtra) {
        PyArray x = Convert.wrap(new NdArray(DType.FLOAT64, new int[] {g.rows(), g.cols()}, g.x()));
        PyArray y;
        if (g.labels() != null) {
            double[] d = new double[g.labels().length];
            for (int i = 0; i < d.length; i++) {
                d[i] = g.labels()[i];
            }
            y = Convert.wrap(new NdArray(DType.INT64, new int[] {d.length}, d));
        } else {
            int[] shape = g.targets() == 1 ? new int[] {g.rows()} : new int[] {g.rows(), g.targets()};
            y = Convert.wrap(new NdArray(DType.FLOAT64, shape, g.values()));
        }
        if (!withExtra) {
            return PyTuple.of(x, y);
        }
        int[] shape = g.extraCols() == 1 && g.labels() == null ? new int[] {g.extraRows()}
                : new int[] {g.extraRows(), g.extraCols()};
        return PyTuple.of(x, y, Convert.wrap(new NdArray(DType.FLOAT64, shape, g.extra())));
    }

    // -------------------------------------------------------------------------------- model_selection

    private static PyModule modelSelection(Context ctx) {
        return new PyModule("sklearn.model_selection").add("train_test_split", PyFunction.of("train_test_split("
                + "*arrays, test_size=None, train_size=None, random_state=None, shuffle=True, stratify=None)", a -> {
                    List<Object> arrays = new ArrayList<>();
                    for (Object o : ((PyTuple) a[0]).items()) {
                        arrays.add(o instanceof PySequence ? Bridge.arrayLike(o) : unwrap(o));
                    }
                    Object stratify = a[5] == Py.NONE ? null : Bridge.arrayLike(a[5]);
                    SeededRandom rng = Bridge.random(a[3], ctx, "train_test_split");
                    List<Object> parts = ModelSelection.trainTestSplit(arrays, size(a[1]), size(a[2]), rng,
                            Py.truthy(a[4]), stratify);
                    List<Object> out = new ArrayList<>();
                    for (Object p : parts) {
                        out.add(Bridge.toPython(p, ctx));
                    }
                    return new PyList(out);
                }));
    }

    private static Object unwrap(Object o) {
        if (o instanceof PyArray a) {
            return a.array();
        }
        if (o instanceof PyFrame f) {
            return f.frame();
        }
        if (o instanceof PySeriesObject s) {
            return s.series();
        }
        throw PyException.typeError("Expected sequence or array-like, got <class '" + Py.typeName(o) + "'>");
    }

    private static Object size(Object v) {
        return v == Py.NONE ? null : v;
    }

    // ---------------------------------------------------------------------------------------- metrics

    private static PyModule metrics(Context ctx) {
        return new PyModule("sklearn.metrics")
                .add("accuracy_score", PyFunction.of("accuracy_score(y_true, y_pred, *, normalize=True,"
                        + " sample_weight=None)", a -> {
                            unsupported("accuracy_score", "sample_weight", a[3], Py.NONE);
                            return Metrics.accuracyScore(Bridge.arrayLike(a[0]), Bridge.arrayLike(a[1]),
                                    Py.truthy(a[2]));
                        }))
                .add("confusion_matrix", PyFunction.of("confusion_matrix(y_true, y_pred, *, labels=None,"
                        + " sample_weight=None, normalize=None)", a -> unsupported("confusion_matrix",
                                "sample_weight", a[3], Py.NONE) ? null : Convert.wrap(Metrics.confusionMatrix(
                                Bridge.arrayLike(a[0]), Bridge.arrayLike(a[1]),
                                a[2] == Py.NONE ? null : Bridge.labels(a[2]),
                                a[4] == Py.NONE ? null : Py.toStr(a[4], "normalize")))))
                .add("classification_report", PyFunction.of("classification_report(y_true, y_pred, *,"
                        + " labels=None, target_names=None, sample_weight=None, digits=2, output_dict=False,"
                        + " zero_division='warn')", a -> {
                            unsupported("classification_report", "labels", a[2], Py.NONE);
                            unsupported("classification_report", "sample_weight", a[4], Py.NONE);
                            unsupported("classification_report", "output_dict", a[6], false);
                            unsupported("classification_report", "zero_division", a[7], "warn");
                            List<String> names = null;
                            if (a[3] != Py.NONE) {
                                names = new ArrayList<>();
                                for (Object o : Py.toList(a[3])) {
                                    names.add(Py.str(o));
                                }
                            }
                            return Metrics.classificationReport(Bridge.arrayLike(a[0]), Bridge.arrayLike(a[1]),
                                    names, Py.toInt(a[5]), Bridge.warnings(ctx));
                        }))
                .add("mean_absolute_error", PyFunction.of("mean_absolute_error(y_true, y_pred, *,"
                        + " sample_weight=None, multioutput='uniform_average')",
                        a -> regressionArgs("mean_absolute_error", a) ? null
                                : Metrics.meanAbsoluteError(Bridge.arrayLike(a[0]), Bridge.arrayLike(a[1]))))
                .add("mean_squared_error", PyFunction.of("mean_squared_error(y_true, y_pred, *,"
                        + " sample_weight=None, multioutput='uniform_average')",
                        a -> regressionArgs("mean_squared_error", a) ? null
                                : Metrics.meanSquaredError(Bridge.arrayLike(a[0]), Bridge.arrayLike(a[1]))))
                .add("root_mean_squared_error", PyFunction.of("root_mean_squared_error(y_true, y_pred, *,"
                        + " sample_weight=None, multioutput='uniform_average')",
                        a -> regressionArgs("root_mean_squared_error", a) ? null
                                : Metrics.rootMeanSquaredError(Bridge.arrayLike(a[0]), Bridge.arrayLike(a[1]))))
                .add("r2_score", PyFunction.of("r2_score(y_true, y_pred, *, sample_weight=None,"
                        + " multioutput='uniform_average', force_finite=True)",
                        a -> regressionArgs("r2_score", a) ? null : Metrics.r2Score(Bridge.arrayLike(a[0]),
                                Bridge.arrayLike(a[1]), Bridge.warnings(ctx))));
    }

    /** Refuses an argument the playground does not implement instead of ignoring it. Always false. */
    private static boolean unsupported(String function, String param, Object value, Object defaultValue) {
        if (!Py.eq(value, defaultValue)) {
            throw new PyException("NotImplementedError", "the playground's " + function + " does not take "
                    + param + "=" + Py.repr(value), "sklearn.unsupported_argument");
        }
        return false;
    }

    private static boolean regressionArgs(String function, Object[] a) {
        unsupported(function, "sample_weight", a[2], Py.NONE);
        return unsupported(function, "multioutput", a[3], "uniform_average");
    }
}
