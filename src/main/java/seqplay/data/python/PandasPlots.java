package seqplay.data.python;

import java.util.ArrayList;
import java.util.List;
import seqplay.data.pandas.Column;
import seqplay.data.pandas.DataFrame;
import seqplay.data.pandas.Index;
import seqplay.data.pandas.Series;
import seqplay.lang.Context;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PySequence;
import seqplay.plot.python.PyplotModule;

/**
 * {@code df.plot(...)} and {@code s.plot(...)}: pandas' plotting front end over the playground's pyplot, for the
 * line every bootcamp notebook has after training.
 *
 * <pre>{@code
 * pd.DataFrame(history.history).plot(figsize=(8, 5))   # one line per key, a legend, x = epoch
 * df['target'].value_counts().plot(kind='bar')
 * }</pre>
 *
 * Numeric columns only (bool ones too, as pandas plots them); x is the index (its values when numeric, else
 * positions with the labels under bars). Kinds: {@code 'line'}, {@code 'bar'}, {@code 'hist'}.
 */
final class PandasPlots {
    static final String FRAME_SIGNATURE = "DataFrame.plot(self, x=None, y=None, kind='line', figsize=None, "
            + "title=None, grid=None, legend=True, xlabel=None, ylabel=None, xlim=None, ylim=None, bins=10)";
    static final String SERIES_SIGNATURE = "Series.plot(self, kind='line', figsize=None, title=None, grid=None, "
            + "legend=False, xlabel=None, ylabel=None, xlim=None, ylim=None, bins=10)";

    private PandasPlots() {
    }

    static Object frame(DataFrame frame, Context ctx, Object[] a) {
        String kind = Py.str(a[3]);
        double[] x;
        List<String> names;
        if (a[1] != Py.NONE) {
            Series xs = frame.get(a[1]);
            x = xs.values().toDoubles();
            names = null;
        } else {
            x = xValues(frame.index());
            names = xNames(frame.index());
        }
        List<Object> wanted = new ArrayList<>();
        if (a[2] == Py.NONE) {
            for (Object label : frame.columns()) {
                if (!label.equals(a[1] == Py.NONE ? null : a[1])) {
                    wanted.add(label);
                }
            }
        } else if (a[2] instanceof PySequence seq) {
            wanted.addAll(seq.items());
        } else {
            wanted.add(a[2]);
        }
        List<double[]> ys = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Object label : wanted) {
            Series s = frame.get(label);
            if (s.values().dtype() != Column.Dtype.OBJECT) {
                ys.add(s.values().toDoubles());
                labels.add(Py.str(label));
            }
        }
        if (ys.isEmpty()) {
            throw Py.typeError("no numeric data to plot");
        }
        return PyplotModule.pandasPlot(ctx, new PyplotModule.PandasPlot(kind, x, names, ys, labels, a[4], a[5], a[6],
                Py.truthy(a[7]), a[8], a[9], a[10], a[11], Py.toInt(a[12]), false));
    }

    static Object series(Series series, Context ctx, Object[] a) {
        if (series.values().dtype() == Column.Dtype.OBJECT) {
            throw Py.typeError("no numeric data to plot");
        }
        String label = series.name() == null ? "" : Py.str(series.name());
        return PyplotModule.pandasPlot(ctx, new PyplotModule.PandasPlot(Py.str(a[1]), xValues(series.index()),
                xNames(series.index()), List.of(series.values().toDoubles()), List.of(label), a[2], a[3], a[4],
                Py.truthy(a[5]), a[6], a[7], a[8], a[9], Py.toInt(a[10]), true));
    }

    private static double[] xValues(Index index) {
        Column labels = index.labels();
        double[] x = new double[index.size()];
        boolean numeric = labels.dtype() != Column.Dtype.OBJECT;
        for (int i = 0; i < x.length; i++) {
            x[i] = numeric ? labels.number(i) : i;
        }
        return x;
    }

    private static List<String> xNames(Index index) {
        Column labels = index.labels();
        if (labels.dtype() != Column.Dtype.OBJECT) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            names.add(Py.str(index.label(i)));
        }
        return names;
    }
}
