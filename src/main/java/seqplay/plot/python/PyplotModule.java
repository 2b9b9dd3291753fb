package seqplay.plot.python;

import java.util.ArrayList;
import java.util.List;
import seqplay.errors.PyException;
import seqplay.lang.Context;
import seqplay.lang.RichEvent;
import seqplay.lang.runtime.Modules;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyDict;
import seqplay.lang.runtime.PyFunction;
import seqplay.lang.runtime.PyList;
import seqplay.lang.runtime.PyModule;
import seqplay.lang.runtime.PyObject;
import seqplay.lang.runtime.PySequence;
import seqplay.lang.runtime.PyTuple;
import seqplay.lang.runtime.PyType;
import seqplay.numpy.NdArray;
import seqplay.numpy.python.Convert;
import seqplay.plot.Figure;
import seqplay.plot.Histogram;
import seqplay.plot.Styles;

/**
 * {@code import matplotlib.pyplot as plt}: the calls bootcamp notebooks make to look at data and training
 * curves. Each call adds to the current figure; {@code plt.show()}, or the end of the program or step (as a
 * notebook's inline backend does), sends the figure to the host as a {@code figure} {@link RichEvent}, which the
 * page draws on a canvas. The command line prints nothing for a figure, as Python running a script does.
 *
 * <pre>{@code
 * plt.plot(history.history['loss'], label='loss')
 * plt.plot(history.history['val_loss'], 'r--', label='val_loss')
 * plt.xlabel('epoch'); plt.legend(); plt.show()
 * }</pre>
 */
public final class PyplotModule {
    /** The run's pyplot state: the current figure, if any. */
    private static final class State {
        Figure figure;
    }

    private PyplotModule() {
    }

    public static void register(Modules modules) {
        modules.register("matplotlib.pyplot", PyplotModule::create);
    }

    /** What matplotlib's functions return, printed as matplotlib prints it. */
    private static final class Handle implements PyObject {
        private static final PyType TYPE = PyType.builder("Artist", "matplotlib.artist", Handle.class).build();
        private final String repr;
        private final String str;

        Handle(String repr) {
            this(repr, repr);
        }

        Handle(String repr, String str) {
            this.repr = repr;
            this.str = str;
        }

        static Handle at(String className) {
            Handle h = new Handle(null);
            return new Handle("<" + className + " object at " + Py.address(h) + ">");
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String repr() {
            return repr;
        }

        @Override
        public String str() {
            return str;
        }
    }

    static PyModule create(Context ctx) {
        State state = ctx.state(State.class, () -> {
            State s = new State();
            ctx.atEndOfEachRun(() -> show(ctx, s));
            return s;
        });
        PyModule m = new PyModule("matplotlib.pyplot");
        m.add("figure", PyFunction.of("figure(num=None, figsize=None, dpi=None, **kwargs)", a -> {
            double w = 6.4;
            double h = 4.8;
            if (a[1] != Py.NONE) {
                List<Object> size = Py.toList(a[1]);
                if (size.size() != 2) {
                    throw Py.valueError("figure size must be positive finite not " + Py.str(a[1]));
                }
                w = Py.toDouble(size.get(0));
                h = Py.toDouble(size.get(1));
                if (!(w > 0 && h > 0) || Double.isInfinite(w) || Double.isInfinite(h)) {
                    throw Py.valueError("figure size must be positive finite not " + Py.str(a[1]));
                }
            }
            show(ctx, state); // a new figure: the previous one is shown first (the page draws one at a time)
            state.figure = new Figure(w, h);
            String size = fmtSize(w * 100) + "x" + fmtSize(h * 100);
            return new Handle("<Figure size " + size + " with 0 Axes>", "Figure(" + size + ")");
        }));
        m.add("plot", PyFunction.of("plot(*args, scalex=True, scaley=True, data=None, **kwargs)",
                a -> plot(axes(state), (PyTuple) a[0], (PyDict) a[4])));
        m.add("scatter", PyFunction.of("scatter(x, y, s=None, c=None, marker=None, cmap=None, norm=None, vmin=None, "
                + "vmax=None, alpha=None, linewidths=None, *, edgecolors=None, label=None, color=None, **kwargs)",
                a -> scatter(axes(state), a)));
        m.add("hist", PyFunction.of("hist(x, bins=None, range=None, density=False, weights=None, cumulative=False, "
                + "bottom=None, histtype='bar', align='mid', orientation='vertical', rwidth=None, log=False, "
                + "color=None, label=None, stacked=False, *, edgecolor=None, alpha=None)", a -> hist(axes(state), a)));
        m.add("bar", PyFunction.of("bar(x, height, width=0.8, bottom=None, *, align='center', color=None, "
                + "label=None, edgecolor=None, alpha=None)", a -> bar(axes(state), a)));
        m.add("imshow", PyFunction.of("imshow(X, cmap=None, norm=None, *, aspect=None, interpolation=None, "
                + "alpha=None, vmin=None, vmax=None)", a -> imshow(axes(state), a)));
        m.add("title", PyFunction.of("title(label, fontdict=None, loc=None, pad=None, *, y=None, fontsize=None)",
                a -> {
                    axes(state).title(Py.str(a[0]));
                    return new Handle("Text(0.5, 1.0, " + Py.repr(Py.str(a[0])) + ")");
                }));
        m.add("xlabel", PyFunction.of("xlabel(xlabel, fontdict=None, labelpad=None, *, loc=None, fontsize=None)",
                a -> {
                    axes(state).xlabel(Py.str(a[0]));
                    return new Handle("Text(0.5, 0, " + Py.repr(Py.str(a[0])) + ")");
                }));
        m.add("ylabel", PyFunction.of("ylabel(ylabel, fontdict=None, labelpad=None, *, loc=None, fontsize=None)",
                a -> {
                    axes(state).ylabel(Py.str(a[0]));
                    return new Handle("Text(0, 0.5, " + Py.repr(Py.str(a[0])) + ")");
                }));
        m.add("legend", PyFunction.of("legend(*args, loc=None, fontsize=None, **kwargs)", a -> {
            Figure.Axes ax = axes(state);
            if (!ax.hasLabels()) {
                ctx.output().writeError("No artists with labels found to put in legend.  Note that artists whose "
                        + "label start with an underscore are ignored when legend() is called with no argument.\n");
            }
            ax.legend();
            return Handle.at("matplotlib.legend.Legend");
        }));
        m.add("grid", PyFunction.of("grid(visible=None, which='major', axis='both', **kwargs)", a -> {
            axes(state).grid(a[0] == Py.NONE || Py.truthy(a[0]));
            return Py.NONE;
        }));
        m.add("xlim", PyFunction.of("xlim(left=None, right=None)", a -> limits(axes(state), a, true)));
        m.add("ylim", PyFunction.of("ylim(bottom=None, top=None)", a -> limits(axes(state), a, false)));
        m.add("axis", PyFunction.of("axis(arg=None, /, *, emit=True, **kwargs)", a -> {
            if (Py.eq(a[0], "off") || Py.eq(a[0], false)) {
                axes(state).axisOff();
            } else if (a[0] != Py.NONE && !Py.eq(a[0], "on") && !Py.eq(a[0], true)) {
                // matplotlib note: 'equal', 'tight' and explicit limits change the view; the page keeps its own
                throw new PyException("NotImplementedError", "plt.axis(" + Py.repr(a[0])
                        + ") is not supported in the playground (it offers 'off' and 'on')",
                        "lang.attribute_not_in_subset");
            }
            return PyTuple.of(0.0, 1.0, 0.0, 1.0);
        }));
        m.add("subplot", PyFunction.of("subplot(*args, **kwargs)", a -> {
            List<Object> args = ((PyTuple) a[0]).items();
            int rows;
            int cols;
            int index;
            if (args.size() == 1 && args.get(0) instanceof Long three && three >= 111 && three <= 999) {
                rows = (int) (three / 100);
                cols = (int) (three / 10 % 10);
                index = (int) (three % 10);
            } else if (args.size() == 3) {
                rows = Py.toInt(args.get(0));
                cols = Py.toInt(args.get(1));
                index = Py.toInt(args.get(2));
            } else {
                throw Py.typeError("subplot() takes 1 or 3 positional arguments but " + args.size() + " were given");
            }
            if (rows < 1 || cols < 1) {
                throw Py.valueError("Number of rows must be a positive integer, not " + rows);
            }
            if (index < 1 || index > rows * cols) {
                throw Py.valueError("num must be 1 <= num <= " + rows * cols + ", not " + index);
            }
            figure(state).subplot(rows, cols, index);
            return axesHandle(rows, cols, index);
        }));
        m.add("tight_layout", PyFunction.of("tight_layout(*, pad=1.08, h_pad=None, w_pad=None, rect=None)",
                a -> Py.NONE));
        m.add("colorbar", PyFunction.of("colorbar(mappable=None, cax=None, ax=None, **kwargs)", a -> {
            if (!axes(state).hasImage()) {
                throw new PyException("RuntimeError", "No mappable was found to use for colorbar creation. First "
                        + "define a mappable such as an image (with imshow) or a contour set (with contourf).");
            }
            // matplotlib note: the page draws no colour bar; the call is accepted so notebooks run unchanged
            return Handle.at("matplotlib.colorbar.Colorbar");
        }));
        m.add("show", PyFunction.of("show(*args, **kwargs)", a -> {
            show(ctx, state);
            return Py.NONE;
        }));
        m.add("close", PyFunction.of("close(fig=None)", a -> {
            state.figure = null;
            return Py.NONE;
        }));
        m.add("savefig", PyFunction.of("savefig(*args, **kwargs)", a -> {
            throw new PyException("NotImplementedError", "plt.savefig is not supported in the playground (it "
                    + "cannot write files)", "keras.save_unavailable");
        }));
        return m;
    }

    /** What pandas' {@code .plot(...)} asks for: the series to draw and the options pandas passes on. */
    public record PandasPlot(String kind, double[] x, List<String> xNames, List<double[]> ys, List<String> labels,
            Object figsize, Object title, Object grid, boolean legend, Object xlabel, Object ylabel, Object xlim,
            Object ylim, int bins) {
    }

    /**
     * {@code df.plot()} / {@code s.plot()}: as pandas does, a new figure with one axes, one line (or bars, or a
     * histogram) per series, labelled by column name, with a legend for a DataFrame; returns the Axes.
     */
    public static Object pandasPlot(Context ctx, PandasPlot p) {
        State state = ctx.state(State.class, () -> {
            State s = new State();
            ctx.atEndOfEachRun(() -> show(ctx, s));
            return s;
        });
        double w = 6.4;
        double h = 4.8;
        if (p.figsize() != Py.NONE) {
            List<Object> size = Py.toList(p.figsize());
            w = Py.toDouble(size.get(0));
            h = Py.toDouble(size.get(1));
        }
        show(ctx, state);
        state.figure = new Figure(w, h);
        Figure.Axes ax = state.figure.gca();
        int n = p.ys().size();
        for (int k = 0; k < n; k++) {
            double[] y = p.ys().get(k);
            String label = p.labels().get(k);
            String color = ax.nextColor();
            switch (p.kind()) {
                case "line":
                    ax.add(new Figure.Line(p.x(), y, color, "", "-", label));
                    break;
                case "bar": {
                    // pandas groups the bars of several columns side by side within 0.5 of each position
                    double width = 0.5 / n;
                    double[] xs = new double[y.length];
                    for (int i = 0; i < xs.length; i++) {
                        xs[i] = i - 0.25 + width * (k + 0.5);
                    }
                    ax.add(new Figure.Bars(xs, y, width, color, null, label));
                    break;
                }
                case "hist": {
                    Histogram hist = Histogram.of(y, p.bins(), null);
                    double[] centres = new double[p.bins()];
                    for (int i = 0; i < centres.length; i++) {
                        centres[i] = (hist.edges()[i] + hist.edges()[i + 1]) / 2;
                    }
                    ax.add(new Figure.Bars(centres, hist.counts(), hist.edges()[1] - hist.edges()[0], color, null,
                            label));
                    break;
                }
                default:
                    throw new PyException("NotImplementedError", "plot kind '" + p.kind() + "' is not supported in "
                            + "the playground (it offers 'line', 'bar' and 'hist')", "lang.attribute_not_in_subset");
            }
        }
        if (p.kind().equals("bar") && p.xNames() != null && n > 0) {
            // the category names go under the bars (pandas labels the ticks with the index)
            Figure.Bars first = (Figure.Bars) ax.artists().get(0);
            double[] centres = new double[p.xNames().size()];
            for (int i = 0; i < centres.length; i++) {
                centres[i] = i;
            }
            ax.artists().set(0, new Figure.Bars(first.x(), first.heights(), first.width(), first.color(),
                    namesAt(p.xNames(), first.x(), centres), first.label()));
        }
        if (p.title() != Py.NONE) {
            ax.title(Py.str(p.title()));
        }
        if (p.xlabel() != Py.NONE) {
            ax.xlabel(Py.str(p.xlabel()));
        }
        if (p.ylabel() != Py.NONE) {
            ax.ylabel(Py.str(p.ylabel()));
        }
        if (p.grid() != Py.NONE && Py.truthy(p.grid())) {
            ax.grid(true);
        }
        if (p.legend()) {
            ax.legend();
        }
        if (p.xlim() != Py.NONE) {
            List<Object> l = Py.toList(p.xlim());
            ax.xlim(Py.toDouble(l.get(0)), Py.toDouble(l.get(1)));
        }
        if (p.ylim() != Py.NONE) {
            List<Object> l = Py.toList(p.ylim());
            ax.ylim(Py.toDouble(l.get(0)), Py.toDouble(l.get(1)));
        }
        return axesHandle(1, 1, 1);
    }

    /**
     * An Axes as matplotlib 3.7+ prints it: {@code <Axes: >}, and as text its place in the figure, computed as
     * matplotlib's GridSpec does with the default subplot parameters (left 0.125, right 0.9, bottom 0.11, top 0.88,
     * spacing 0.2): {@code Axes(0.125,0.11;0.775x0.77)}.
     */
    private static Handle axesHandle(int rows, int cols, int index) {
        double cellW = 0.775 / (cols + 0.2 * (cols - 1));
        double cellH = 0.77 / (rows + 0.2 * (rows - 1));
        int row = (index - 1) / cols;
        int col = (index - 1) % cols;
        double x0 = 0.125 + col * (cellW * 1.2);
        double y0 = 0.88 - (row + 1) * cellH - row * 0.2 * cellH;
        return new Handle("<Axes: >", "Axes(" + g(x0) + "," + g(y0) + ";" + g(cellW) + "x" + g(cellH) + ")");
    }

    private static String g(double v) {
        return seqplay.format.PyFormat.format(v, "g");
    }

    /** Names for bars at {@code x}: the page puts each name under its bar; bars off the centres get none. */
    private static List<String> namesAt(List<String> names, double[] x, double[] centres) {
        // Figure.Bars pairs names with its own x; with grouped bars the names belong to the group centres, so
        // the first series' bars carry them only when it is alone (n = 1 puts its bars on the centres).
        return x.length == centres.length && x[0] == centres[0] ? names : null;
    }

    private static String fmtSize(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : Py.repr(v);
    }

    private static Figure figure(State state) {
        if (state.figure == null) {
            state.figure = new Figure(6.4, 4.8);
        }
        return state.figure;
    }

    private static Figure.Axes axes(State state) {
        return figure(state).gca();
    }

    /** Sends the current figure, if it has anything on it, and starts afresh. */
    private static void show(Context ctx, State state) {
        Figure f = state.figure;
        state.figure = null;
        if (f == null || f.axes().isEmpty()) {
            return;
        }
        ctx.output().rich(new RichEvent("figure", "", f.toData()));
    }

    private static double[] values(Object o) {
        return Convert.toArray(o).flatten().data().clone();
    }

    private static NdArray array(Object o) {
        return Convert.toArray(o);
    }

    private static String label(PyDict kw) {
        Object l = kw == null ? null : kw.get("label");
        return l == null || l == Py.NONE ? "" : Py.str(l);
    }

    private static String colorArg(Object c) {
        if (c == null || c == Py.NONE) {
            return "";
        }
        if (c instanceof String s) {
            return Styles.color(s);
        }
        if (c instanceof PySequence seq) {
            List<Object> parts = seq.items();
            if (parts.size() == 3 || parts.size() == 4) {
                double[] rgba = new double[parts.size()];
                for (int i = 0; i < rgba.length; i++) {
                    rgba[i] = Py.toDouble(parts.get(i));
                }
                return Styles.color(rgba);
            }
        }
        throw Py.valueError(Py.repr(c) + " is not a valid value for color");
    }

    private static Object plot(Figure.Axes ax, PyTuple args, PyDict kw) {
        List<Object> items = args.items();
        PyList lines = new PyList();
        int i = 0;
        while (i < items.size()) {
            Object first = items.get(i++);
            if (first instanceof String) {
                throw Py.valueError("third arg must be a format string"); // a format string with no data
            }
            Object second = i < items.size() && !(items.get(i) instanceof String) ? items.get(i++) : null;
            String fmt = i < items.size() && items.get(i) instanceof String s ? s : null;
            if (fmt != null) {
                i++;
            }
            NdArray y = array(second == null ? first : second);
            double[] x = null;
            if (second != null) {
                NdArray xs = array(first);
                if (xs.shape().length == 0 || y.shape().length == 0 || xs.shape()[0] != y.shape()[0]) {
                    throw Py.valueError("x and y must have same first dimension, but have shapes "
                            + shapeText(xs) + " and " + shapeText(y));
                }
                x = xs.flatten().data().clone();
            }
            Styles.Format f = Styles.format(fmt == null ? "" : fmt);
            String color = kw != null && kw.get("color") != null ? colorArg(kw.get("color"))
                    : kw != null && kw.get("c") != null ? colorArg(kw.get("c")) : f.color();
            String marker = kw != null && kw.get("marker") != null ? Py.str(kw.get("marker")) : f.marker();
            String linestyle = kw != null && kw.get("linestyle") != null ? Py.str(kw.get("linestyle"))
                    : kw != null && kw.get("ls") != null ? Py.str(kw.get("ls"))
                    : fmt != null || marker.isEmpty() ? f.linestyle() : "";
            for (double[] column : columns(y)) {
                double[] xs = x != null ? x : range(column.length);
                String c = color.isEmpty() ? ax.nextColor() : color;
                ax.add(new Figure.Line(xs, column, c, marker, linestyle, label(kw)));
                lines.append(Handle.at("matplotlib.lines.Line2D"));
            }
        }
        return lines;
    }

    /** A 1-D array as one series; a 2-D one as one series per column, as matplotlib plots it. */
    private static List<double[]> columns(NdArray y) {
        List<double[]> out = new ArrayList<>();
        if (y.ndim() <= 1) {
            out.add(y.flatten().data().clone());
            return out;
        }
        int rows = y.shape()[0];
        int cols = y.size() / Math.max(1, rows);
        double[] d = y.data();
        for (int j = 0; j < cols; j++) {
            double[] c = new double[rows];
            for (int r = 0; r < rows; r++) {
                c[r] = d[r * cols + j];
            }
            out.add(c);
        }
        return out;
    }

    private static double[] range(int n) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    private static String shapeText(NdArray a) {
        int[] s = a.shape();
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < s.length; i++) {
            b.append(s[i]).append(i == 0 && s.length == 1 ? "," : i < s.length - 1 ? ", " : "");
        }
        return b.append(')').toString();
    }

    private static Object scatter(Figure.Axes ax, Object[] a) {
        double[] x = values(a[0]);
        double[] y = values(a[1]);
        if (x.length != y.length) {
            throw Py.valueError("x and y must be the same size");
        }
        double[] c = null;
        String color = "";
        if (a[3] instanceof String s) {
            color = Styles.color(s);
        } else if (a[3] != Py.NONE) {
            c = values(a[3]);
            if (c.length != x.length) {
                throw Py.valueError("'c' argument has " + c.length + " elements, which is inconsistent with 'x' and "
                        + "'y' with size " + x.length + ".");
            }
        }
        if (a[13] != Py.NONE) {
            color = colorArg(a[13]);
        }
        if (c == null && color.isEmpty()) {
            color = ax.nextColor();
        }
        String cmap = Styles.cmap(a[5] == Py.NONE ? null : Py.str(a[5]));
        double size = a[2] == Py.NONE ? 36 : Py.toDouble(a[2] instanceof PySequence ? ((PySequence) a[2]).get(0)
                : a[2]);
        double alpha = a[9] == Py.NONE ? 1 : Py.toDouble(a[9]);
        ax.add(new Figure.Scatter(x, y, color, c, cmap, size, alpha, a[12] == Py.NONE ? "" : Py.str(a[12])));
        return Handle.at("matplotlib.collections.PathCollection");
    }

    private static Object hist(Figure.Axes ax, Object[] a) {
        double[] x = values(a[0]);
        int bins = a[1] == Py.NONE ? 10 : Py.toInt(a[1]);
        if (bins < 1) {
            throw Py.valueError("`bins` must be positive, when an integer");
        }
        double[] range = null;
        if (a[2] != Py.NONE) {
            List<Object> r = Py.toList(a[2]);
            range = new double[] {Py.toDouble(r.get(0)), Py.toDouble(r.get(1))};
        }
        Histogram h = Histogram.of(x, bins, range);
        double[] heights = h.counts().clone();
        if (Py.truthy(a[3])) {
            h = h.density();
            heights = h.counts().clone();
        }
        double[] centres = new double[bins];
        for (int i = 0; i < bins; i++) {
            centres[i] = (h.edges()[i] + h.edges()[i + 1]) / 2;
        }
        String color = a[12] == Py.NONE ? ax.nextColor() : colorArg(a[12]);
        ax.add(new Figure.Bars(centres, heights, h.edges()[1] - h.edges()[0], color, null,
                a[13] == Py.NONE ? "" : Py.str(a[13])));
        return PyTuple.of(Convert.wrap(new NdArray(seqplay.numpy.DType.FLOAT64, new int[] {bins}, heights)),
                Convert.wrap(new NdArray(seqplay.numpy.DType.FLOAT64, new int[] {bins + 1}, h.edges())),
                new Handle("<BarContainer object of " + bins + " artists>"));
    }

    private static Object bar(Figure.Axes ax, Object[] a) {
        List<String> names = null;
        double[] x;
        if (a[0] instanceof PySequence seq && !seq.items().isEmpty() && seq.items().get(0) instanceof String) {
            names = new ArrayList<>();
            for (Object o : seq.items()) {
                names.add(Py.str(o));
            }
            x = range(names.size());
        } else {
            x = values(a[0]);
        }
        double[] heights = values(a[1]);
        if (heights.length == 1 && x.length > 1) {
            double v = heights[0];
            heights = new double[x.length];
            java.util.Arrays.fill(heights, v);
        }
        if (heights.length != x.length) {
            throw Py.valueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
                    + "between arg 0 with shape (" + x.length + ",) and arg 1 with shape (" + heights.length + ",).");
        }
        String color = a[5] == Py.NONE ? ax.nextColor() : colorArg(a[5]);
        ax.add(new Figure.Bars(x, heights, Py.toDouble(a[2]), color, names, a[6] == Py.NONE ? "" : Py.str(a[6])));
        return new Handle("<BarContainer object of " + x.length + " artists>");
    }

    private static Object imshow(Figure.Axes ax, Object[] a) {
        NdArray img = array(a[0]);
        if (img.ndim() != 2) {
            throw new PyException("TypeError", "Invalid shape " + shapeText(img) + " for image data");
        }
        String cmap = Styles.cmap(a[1] == Py.NONE ? null : Py.str(a[1]));
        ax.add(new Figure.Image(img.shape()[0], img.shape()[1], img.data().clone(), cmap));
        return Handle.at("matplotlib.image.AxesImage");
    }

    private static Object limits(Figure.Axes ax, Object[] a, boolean x) {
        Object lo = a[0];
        Object hi = a[1];
        if (lo instanceof PySequence seq && hi == Py.NONE) {
            lo = seq.get(0);
            hi = seq.get(1);
        }
        if (lo == Py.NONE || hi == Py.NONE) {
            throw new PyException("NotImplementedError", "the playground's " + (x ? "xlim" : "ylim")
                    + " needs both limits", "lang.attribute_not_in_subset");
        }
        double l = Py.toDouble(lo);
        double h = Py.toDouble(hi);
        if (x) {
            ax.xlim(l, h);
        } else {
            ax.ylim(l, h);
        }
        return PyTuple.of(l, h);
    }
}
