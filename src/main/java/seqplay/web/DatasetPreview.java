package seqplay.web;

import java.util.ArrayList;
import java.util.List;
import seqplay.data.python.PyFrame;
import seqplay.lang.Context;
import seqplay.lang.ErrorReport;
import seqplay.lang.Execution;
import seqplay.lang.Output;
import seqplay.lang.Program;
import seqplay.lang.RichEvent;
import seqplay.lang.runtime.Modules;
import seqplay.lang.runtime.Py;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;
import seqplay.numpy.python.Convert;

/**
 * The dataset picker's preview (docs/worker-protocol.md, {@code dataset}): the first rows, the size, the kind of
 * problem and a scatter plot of a built-in dataset.
 *
 * <p>The preview runs the same loader the picker inserts into the code (through the interpreter, in a scratch
 * session), so it shows exactly what the learner's program will load. {@link #LOADERS} mirrors the picker's list
 * in {@code webapp/js/datasets.js} ({@code DatasetPreviewTest} keeps the two equal).
 */
final class DatasetPreview {
    /** A picker entry: the function and the call the picker writes ({@code x, y = CALL}). */
    record Loader(String name, String function, String call) {
        /**
         * Python that leaves the data in {@code x}, {@code y}, the column names in {@code names} and the first rows
         * as a DataFrame in {@code head} (so the table shows the numbers as pandas prints them).
         */
        String program() {
            String load = function.startsWith("load_")
                    ? "d = " + function + "()\nx, y = d.data, d.target\nnames = d.feature_names\n"
                    : "x, y = " + call + "\nnames = ['x' + str(i) for i in range(x.shape[1])]\n";
            return "import pandas as pd\nfrom sklearn.datasets import " + function + "\n" + load
                    + "head = pd.DataFrame(x[:" + ROWS + "], columns=names)\nhead['y'] = y[:" + ROWS + "]\n";
        }
    }

    static final List<Loader> LOADERS = List.of(
            new Loader("iris", "load_iris", "load_iris(return_X_y=True)"),
            new Loader("breast_cancer", "load_breast_cancer", "load_breast_cancer(return_X_y=True)"),
            new Loader("wine", "load_wine", "load_wine(return_X_y=True)"),
            new Loader("digits", "load_digits", "load_digits(return_X_y=True)"),
            new Loader("diabetes", "load_diabetes", "load_diabetes(return_X_y=True)"),
            new Loader("moons", "make_moons", "make_moons(n_samples=200, noise=0.2, random_state=42)"),
            new Loader("circles", "make_circles", "make_circles(n_samples=200, noise=0.1, factor=0.5, random_state=42)"),
            new Loader("blobs", "make_blobs", "make_blobs(n_samples=200, centers=3, random_state=42)"),
            new Loader("regression", "make_regression",
                    "make_regression(n_samples=200, n_features=1, noise=10, random_state=42)"));

    /** Rows shown in the preview table. */
    static final int ROWS = 5;

    private DatasetPreview() {
    }

    /** The preview of {@code name} as JSON, number arrays by reference; {@code {"error": ...}} when it fails. */
    static String preview(EventQueue q, Modules modules, String name) {
        Loader loader = null;
        for (Loader l : LOADERS) {
            if (l.name().equals(name)) {
                loader = l;
            }
        }
        if (loader == null) {
            return new Json().beginObject().name("name").value(name).name("error")
                    .value("no built-in dataset called " + name).endObject().toString();
        }
        Context ctx = new Context(Output.discard(), modules);
        Execution run = Execution.start(Program.parse(loader.program(), "dataset.py"), ctx);
        while (run.step(64) == Execution.State.RUNNING) {
            // a loader is a few statements
        }
        ErrorReport error = run.error();
        if (error != null) {
            return new Json().beginObject().name("name").value(name).name("error").value(error.lastLine())
                    .endObject().toString();
        }
        NdArray x = Convert.toArray(run.globals().get("x"));
        NdArray y = Convert.toArray(run.globals().get("y"));
        RichEvent head = ((PyFrame) run.globals().get("head")).richEvent();
        return describe(q, name, x, y, Py.toList(run.globals().get("names")), head);
    }

    private static String describe(EventQueue q, String name, NdArray x, NdArray y, List<Object> names,
            RichEvent head) {
        int n = x.dim(0);
        int features = x.ndim() == 2 ? x.dim(1) : 1;
        double[] xs = x.data();
        double[] ys = y.data();
        boolean regression = y.dtype() != DType.INT64;
        int classes = 0;
        for (int i = 0; i < n && !regression; i++) {
            classes = Math.max(classes, (int) ys[i] + 1);
        }
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < features; c++) {
            columns.add(Py.str(names.get(c)));
        }
        columns.add("y");
        Json e = new Json().beginObject().name("name").value(name).name("columns").beginArray();
        for (String c : columns) {
            e.value(c);
        }
        e.endArray().name("index").beginArray();
        for (int i = 0; i < Math.min(ROWS, n); i++) {
            e.value(i);
        }
        e.endArray().name("rows").beginArray();
        for (Object row : (List<?>) head.data().get("cells")) {
            e.beginArray();
            for (Object cell : (List<?>) row) {
                e.value(String.valueOf(cell));
            }
            e.endArray();
        }
        e.endArray().name("total").value(n).name("task")
                .value(regression ? "regression" : classes <= 2 ? "binary" : "multiclass");
        // the scatter plot: two features coloured by class, or a feature against the target
        int shown = Math.min(n, Charts.MAX_POINTS);
        double[] points = new double[2 * shown];
        boolean againstTarget = regression || features == 1;
        for (int i = 0; i < shown; i++) {
            points[2 * i] = xs[i * features];
            points[2 * i + 1] = againstTarget ? ys[i] : xs[i * features + 1];
        }
        e.name("points");
        q.array(e, points);
        if (!regression) {
            double[] labels = new double[shown];
            System.arraycopy(ys, 0, labels, 0, shown);
            e.name("labels");
            q.array(e, labels);
        }
        e.name("xLabel").value(columns.get(0)).name("yLabel").value(againstTarget ? "y" : columns.get(1));
        return e.endObject().toString();
    }
}
