package seqplay.plot.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import seqplay.lang.runtime.PySlice;
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
    /** The run's pyplot state: the current figure, if any, and the Python objects standing for figures and axes. */
    private static final class State {
        final Context ctx;
        Figure figure;
        // one Python object per figure/axes, so that plt.gca() is axes[0, 1] and plt.gcf() is fig, as in matplotlib
        final Map<Figure.Axes, AxesObject> axesObjects = new HashMap<>();
        final Map<Figure, FigureObject> figureObjects = new HashMap<>();
        final RcParams rc = new RcParams();

        State(Context ctx) {
            this.ctx = ctx;
        }

        AxesObject axesObject(Figure.Axes ax) {
            AxesObject o = axesObjects.get(ax);
            if (o == null) {
                o = new AxesObject(this, ax);
                axesObjects.put(ax, o);
            }
            return o;
        }

        FigureObject figureObject(Figure f) {
            FigureObject o = figureObjects.get(f);
            if (o == null) {
                o = new FigureObject(this, f);
                figureObjects.put(f, o);
            }
            return o;
        }
    }

    private static State state(Context ctx) {
        return ctx.state(State.class, () -> {
            State s = new State(ctx);
            ctx.atEndOfEachRun(() -> show(ctx, s));
            return s;
        });
    }

    private PyplotModule() {
    }

    public static void register(Modules modules) {
        modules.register("matplotlib", PyplotModule::createPackage);
        modules.register("matplotlib.pyplot", PyplotModule::create);
    }

    /** {@code import matplotlib}: its rcParams (the same as pyplot's), {@code rc} and {@code use}. */
    static PyModule createPackage(Context ctx) {
        State state = state(ctx);
        PyModule m = new PyModule("matplotlib");
        m.add("rcParams", state.rc);
        m.add("rc", PyFunction.of("rc(group, **kwargs)", a -> {
            state.rc.rc(Py.str(a[0]), (PyDict) a[1]);
            return Py.NONE;
        }));
        // matplotlib note: the backend is the page's; matplotlib.use('Agg') is accepted and changes nothing
        m.add("use", PyFunction.of("use(backend, *, force=True)", a -> Py.NONE));
        return m;
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

    // The drawing calls exist twice, as plt.f(...) on the current axes and as ax.f(...): one signature (the
    // method's gets self in front) and one body each.
    private static final String PLOT = "plot(*args, scalex=True, scaley=True, data=None, **kwargs)";
    private static final String SCATTER = "scatter(x, y, s=None, c=None, marker=None, cmap=None, norm=None, "
            + "vmin=None, vmax=None, alpha=None, linewidths=None, *, edgecolors=None, label=None, color=None, "
            + "**kwargs)";
    private static final String HIST = "hist(x, bins=None, range=None, density=False, weights=None, "
            + "cumulative=False, bottom=None, histtype='bar', align='mid', orientation='vertical', rwidth=None, "
            + "log=False, color=None, label=None, stacked=False, *, edgecolor=None, alpha=None)";
    private static final String BAR = "bar(x, height, width=0.8, bottom=None, *, align='center', color=None, "
            + "label=None, edgecolor=None, alpha=None)";
    private static final String IMSHOW = "imshow(X, cmap=None, norm=None, *, aspect=None, interpolation=None, "
            + "alpha=None, vmin=None, vmax=None)";
    private static final String LEGEND = "legend(*args, loc=None, fontsize=None, **kwargs)";
    private static final String GRID = "grid(visible=None, which='major', axis='both', **kwargs)";
    private static final String AXIS = "axis(arg=None, /, *, emit=True, **kwargs)";

    static PyModule create(Context ctx) {
        State state = state(ctx);
        PyModule m = new PyModule("matplotlib.pyplot");
        m.add("figure", PyFunction.of("figure(num=None, figsize=None, dpi=None, **kwargs)",
                a -> state.figureObject(newFigure(state, a[1]))));
        m.add("subplots", PyFunction.of("subplots(nrows=1, ncols=1, *, sharex=False, sharey=False, squeeze=True, "
                + "width_ratios=None, height_ratios=None, subplot_kw=None, gridspec_kw=None, **fig_kw)",
                a -> subplots(state, a)));
        m.add("rcParams", state.rc);
        m.add("rc", PyFunction.of("rc(group, **kwargs)", a -> {
            state.rc.rc(Py.str(a[0]), (PyDict) a[1]);
            return Py.NONE;
        }));
        m.add("gcf", PyFunction.of("gcf()", a -> state.figureObject(figure(state))));
        m.add("gca", PyFunction.of("gca()", a -> state.axesObject(axes(state))));
        m.add("suptitle", PyFunction.of("suptitle(t, **kwargs)", a -> suptitle(figure(state), a[0])));
        PyModule cm = new PyModule("matplotlib.cm");
        for (String name : Styles.cmapNames()) {
            cm.add(name, new Colormap(name));
        }
        m.add("cm", cm);
        m.add("get_cmap", PyFunction.of("get_cmap(name=None, lut=None)",
                a -> a[0] instanceof Colormap c ? c : new Colormap(cmapArg(a[0]))));
        m.add("plot", PyFunction.of(PLOT, a -> plot(axes(state), (PyTuple) a[0], (PyDict) a[4])));
        m.add("scatter", PyFunction.of(SCATTER, a -> scatter(axes(state), a)));
        m.add("hist", PyFunction.of(HIST, a -> hist(axes(state), a)));
        m.add("bar", PyFunction.of(BAR, a -> bar(axes(state), a)));
        m.add("imshow", PyFunction.of(IMSHOW, a -> imshow(axes(state), a)));
        m.add("title", PyFunction.of("title(label, fontdict=None, loc=None, pad=None, *, y=None, fontsize=None)",
                a -> title(axes(state), a[0])));
        m.add("xlabel", PyFunction.of("xlabel(xlabel, fontdict=None, labelpad=None, *, loc=None, fontsize=None)",
                a -> xlabel(axes(state), a[0])));
        m.add("ylabel", PyFunction.of("ylabel(ylabel, fontdict=None, labelpad=None, *, loc=None, fontsize=None)",
                a -> ylabel(axes(state), a[0])));
        m.add("legend", PyFunction.of(LEGEND, a -> legend(ctx, axes(state), (PyTuple) a[0], (PyDict) a[3])));
        m.add("grid", PyFunction.of(GRID, a -> grid(axes(state), a[0])));
        m.add("xlim", PyFunction.of("xlim(left=None, right=None)", a -> limits(axes(state), a, true)));
        m.add("ylim", PyFunction.of("ylim(bottom=None, top=None)", a -> limits(axes(state), a, false)));
        m.add("axis", PyFunction.of(AXIS, a -> axis(axes(state), a[0])));
        m.add("subplot", PyFunction.of("subplot(*args, **kwargs)", a -> {
            int[] grid = subplotArgs((PyTuple) a[0]);
            return state.axesObject(figure(state).subplot(grid[0], grid[1], grid[2]));
        }));
        m.add("tight_layout", PyFunction.of("tight_layout(*, pad=1.08, h_pad=None, w_pad=None, rect=None)",
                a -> Py.NONE));
        m.add("colorbar", PyFunction.of("colorbar(mappable=None, cax=None, ax=None, **kwargs)",
                a -> colorbar(axes(state), a[0])));
        m.add("show", PyFunction.of("show(*args, **kwargs)", a -> {
            show(ctx, state);
            return Py.NONE;
        }));
        m.add("close", PyFunction.of("close(fig=None)", a -> {
            state.figure = null;
            return Py.NONE;
        }));
        m.add("savefig", PyFunction.of("savefig(*args, **kwargs)", a -> {
            throw savefigRefused();
        }));
        return m;
    }

    /** {@code (rows, cols, index)} from {@code subplot(2, 2, 1)} or {@code subplot(221)}, checked as matplotlib does. */
    private static int[] subplotArgs(PyTuple t) {
        List<Object> args = t.items();
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
        return new int[] {rows, cols, index};
    }

    private static PyException savefigRefused() {
        return new PyException("NotImplementedError", "plt.savefig is not supported in the playground (it "
                + "cannot write files)", "keras.save_unavailable");
    }

    /** {@code plt.figure(figsize=...)}: the previous figure is shown first (the page draws one at a time). */
    private static Figure newFigure(State state, Object figsize) {
        double w = state.rc.figsize()[0];
        double h = state.rc.figsize()[1];
        if (figsize != Py.NONE && figsize != null) {
            List<Object> size = Py.toList(figsize);
            if (size.size() != 2) {
                throw Py.valueError("figure size must be positive finite not " + Py.str(figsize));
            }
            w = Py.toDouble(size.get(0));
            h = Py.toDouble(size.get(1));
            if (!(w > 0 && h > 0) || Double.isInfinite(w) || Double.isInfinite(h)) {
                throw Py.valueError("figure size must be positive finite not " + Py.str(figsize));
            }
        }
        show(state.ctx, state);
        state.figure = new Figure(w, h);
        return state.figure;
    }

    /**
     * {@code fig, ax = plt.subplots(nrows, ncols, figsize=...)}: a new figure with all its axes made at once (the
     * last one current); one Axes alone, a row or column as a 1-D array, a grid as a 2-D array, as matplotlib's
     * squeeze does.
     */
    private static Object subplots(State state, Object[] a) {
        int rows = gridSize(a[0], "rows");
        int cols = gridSize(a[1], "columns");
        PyDict figKw = (PyDict) a[9];
        Figure f = newFigure(state, figKw == null ? null : figKw.get("figsize"));
        List<Object> all = new ArrayList<>();
        for (int i = 1; i <= rows * cols; i++) {
            all.add(state.axesObject(f.subplot(rows, cols, i)));
        }
        Object axes;
        if (!Py.truthy(a[4])) {
            axes = new AxesArray(all, new int[] {rows, cols});
        } else if (rows * cols == 1) {
            axes = all.get(0);
        } else if (rows == 1 || cols == 1) {
            axes = new AxesArray(all, new int[] {rows * cols});
        } else {
            axes = new AxesArray(all, new int[] {rows, cols});
        }
        return PyTuple.of(state.figureObject(f), axes);
    }

    private static int gridSize(Object n, String what) {
        if (!(n instanceof Long) || (Long) n < 1) {
            throw Py.valueError("Number of " + what + " must be a positive integer, not " + Py.repr(n));
        }
        return (int) (long) (Long) n;
    }

    private static Object suptitle(Figure f, Object t) {
        f.suptitle(Py.str(t));
        return new Handle("Text(0.5, 0.98, " + Py.repr(Py.str(t)) + ")");
    }

    private static Object title(Figure.Axes ax, Object s) {
        ax.title(Py.str(s));
        return new Handle("Text(0.5, 1.0, " + Py.repr(Py.str(s)) + ")");
    }

    private static Object xlabel(Figure.Axes ax, Object s) {
        ax.xlabel(Py.str(s));
        return new Handle("Text(0.5, 0, " + Py.repr(Py.str(s)) + ")");
    }

    private static Object ylabel(Figure.Axes ax, Object s) {
        ax.ylabel(Py.str(s));
        return new Handle("Text(0, 0.5, " + Py.repr(Py.str(s)) + ")");
    }

    private static Object grid(Figure.Axes ax, Object visible) {
        ax.grid(visible == Py.NONE || Py.truthy(visible));
        return Py.NONE;
    }

    private static Object axis(Figure.Axes ax, Object arg) {
        if (Py.eq(arg, "off") || Py.eq(arg, false)) {
            ax.axisOff();
        } else if (arg != Py.NONE && !Py.eq(arg, "on") && !Py.eq(arg, true)) {
            // matplotlib note: 'equal', 'tight' and explicit limits change the view; the page keeps its own
            throw new PyException("NotImplementedError", "plt.axis(" + Py.repr(arg)
                    + ") is not supported in the playground (it offers 'off' and 'on')",
                    "plot.unsupported_argument");
        }
        double[] l = ax.limits();
        return PyTuple.of(l[0], l[1], l[2], l[3]);
    }

    private static Object colorbar(Figure.Axes ax, Object mappable) {
        if (mappable == Py.NONE && !ax.hasImage()) {
            throw new PyException("RuntimeError", "No mappable was found to use for colorbar creation. First "
                    + "define a mappable such as an image (with imshow) or a contour set (with contourf).");
        }
        // matplotlib note: the page draws no colour bar; the call is accepted so notebooks run unchanged
        return Handle.at("matplotlib.colorbar.Colorbar");
    }

    /**
     * {@code plt.legend()}: the artists' own labels (a warning when there are none, as matplotlib gives);
     * {@code plt.legend(['train', 'val'])}: those names for the artists in drawing order. A str is a sequence of
     * names, one letter each, as in matplotlib ({@code plt.legend('loss')} names the first line 'l').
     */
    private static Object legend(Context ctx, Figure.Axes ax, PyTuple args, PyDict kw) {
        List<Object> items = args.items();
        if (items.size() > 2) {
            throw Py.typeError("legend only accepts two non-keyword arguments");
        }
        if (items.size() == 2 || kw != null && kw.get("handles") != null) {
            throw new PyException("NotImplementedError", "legend(handles, labels) is not supported in the "
                    + "playground (give the names alone: plt.legend(['a', 'b']), or label= when drawing)",
                    "plot.unsupported_argument");
        }
        Object labels = items.size() == 1 ? items.get(0) : kw == null ? null : kw.get("labels");
        if (labels != null && labels != Py.NONE) {
            List<String> names = new ArrayList<>();
            for (Object o : Py.toList(labels)) {
                names.add(Py.str(o));
            }
            ax.legend(names);
        } else {
            if (!ax.hasLabels()) {
                ctx.output().writeError("No artists with labels found to put in legend.  Note that artists whose "
                        + "label start with an underscore are ignored when legend() is called with no argument.\n");
            }
            ax.legend();
        }
        return new Handle("<matplotlib.legend.Legend object at " + Py.address(new Handle(null)) + ">", "Legend");
    }

    /**
     * What pandas' {@code .plot(...)} asks for: the series to draw and the options pandas passes on; {@code reuse}
     * for a Series, which draws on the current axes when a figure is open.
     */
    public record PandasPlot(String kind, double[] x, List<String> xNames, List<double[]> ys, List<String> labels,
            Object figsize, Object title, Object grid, boolean legend, Object xlabel, Object ylabel, Object xlim,
            Object ylim, int bins, boolean reuse) {
    }

    /**
     * {@code df.plot()} / {@code s.plot()}: as pandas does, one line (or bars, or a histogram) per series, labelled
     * by column name, with a legend for a DataFrame; returns the Axes. A DataFrame draws on a new figure; a Series
     * on the current axes if a figure is open (pandas' reuse_plot), so {@code df['loss'].plot();
     * df['val_loss'].plot()} share one axes, and {@code plt.figure(figsize=...)} before it sizes it.
     */
    public static Object pandasPlot(Context ctx, PandasPlot p) {
        State state = state(ctx);
        Figure.Axes ax = p.reuse() && state.figure != null ? state.figure.gca()
                : newFigure(state, p.figsize()).gca();
        int first = ax.artists().size();
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
                    ax.add(histBars(hist, hist.counts(), color, label));
                    break;
                }
                default:
                    throw new PyException("NotImplementedError", "plot kind '" + p.kind() + "' is not supported in "
                            + "the playground (it offers 'line', 'bar' and 'hist')", "plot.unsupported_argument");
            }
        }
        if (p.kind().equals("bar") && n > 0) {
            // pandas sets the x limits half a position beyond the first and last bars
            ax.xlim(-0.5, p.ys().get(0).length - 0.5);
        }
        if (p.kind().equals("bar") && p.xNames() != null && n == 1) {
            // one series: its bars sit on the positions 0, 1, ..., so the index labels go under them (pandas
            // labels the ticks with the index); grouped bars of several columns keep numeric ticks
            Figure.Bars bars = (Figure.Bars) ax.artists().get(first);
            ax.artists().set(first, new Figure.Bars(bars.x(), bars.heights(), bars.width(), bars.color(),
                    p.xNames(), bars.label()));
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
        return state.axesObject(ax);
    }

    /**
     * An Axes as matplotlib 3.7+ prints it: {@code <Axes: >}, and as text its place in the figure, computed as
     * matplotlib's GridSpec does with the default subplot parameters (left 0.125, right 0.9, bottom 0.11, top 0.88,
     * spacing 0.2): {@code Axes(0.125,0.11;0.775x0.77)}.
     */
    private static String axesText(int rows, int cols, int index) {
        double cellW = 0.775 / (cols + 0.2 * (cols - 1));
        double cellH = 0.77 / (rows + 0.2 * (rows - 1));
        int row = (index - 1) / cols;
        int col = (index - 1) % cols;
        double x0 = 0.125 + col * (cellW * 1.2);
        double y0 = 0.88 - (row + 1) * cellH - row * 0.2 * cellH;
        return "Axes(" + g(x0) + "," + g(y0) + ";" + g(cellW) + "x" + g(cellH) + ")";
    }

    private static String g(double v) {
        return seqplay.format.PyFormat.format(v, "g");
    }

    private static String fmtSize(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : Py.repr(v);
    }

    private static Figure figure(State state) {
        if (state.figure == null) {
            state.figure = new Figure(state.rc.figsize()[0], state.rc.figsize()[1]);
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
        String cmap = cmapArg(a[5]);
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
        String color = a[12] == Py.NONE ? ax.nextColor() : colorArg(a[12]);
        ax.add(histBars(h, heights, color, a[13] == Py.NONE ? "" : Py.str(a[13])));
        return PyTuple.of(Convert.wrap(new NdArray(seqplay.numpy.DType.FLOAT64, new int[] {bins}, heights)),
                Convert.wrap(new NdArray(seqplay.numpy.DType.FLOAT64, new int[] {bins + 1}, h.edges())),
                new Handle("<BarContainer object of " + bins + " artists>"));
    }

    /** A histogram's bars as matplotlib places them: bin i centred at {@code edge + 0.5 * binWidth}. */
    private static Figure.Bars histBars(Histogram h, double[] heights, String color, String label) {
        int bins = heights.length;
        double[] centres = new double[bins];
        double[] widths = new double[bins];
        for (int i = 0; i < bins; i++) {
            widths[i] = h.edges()[i + 1] - h.edges()[i];
            centres[i] = h.edges()[i] + 0.5 * widths[i];
        }
        return new Figure.Bars(centres, heights, widths[0], color, null, label, widths);
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
        String cmap = cmapArg(a[1]);
        ax.add(new Figure.Image(img.shape()[0], img.shape()[1], img.data().clone(), cmap));
        Handle h = Handle.at("matplotlib.image.AxesImage");
        return new Handle(h.repr, "AxesImage(size=(" + img.shape()[0] + ", " + img.shape()[1] + "))");
    }

    /**
     * {@code xlim()}/{@code ylim()} and {@code set_xlim}/{@code set_ylim}: with no limit, the current ones; with
     * one, the other stays where autoscaling put it, as in matplotlib (both are then fixed).
     */
    private static Object limits(Figure.Axes ax, Object[] a, boolean x) {
        Object lo = a[0];
        Object hi = a[1];
        if (lo instanceof PySequence seq && hi == Py.NONE) {
            lo = seq.get(0);
            hi = seq.get(1);
        }
        double[] now = ax.limits();
        double l = lo == Py.NONE ? now[x ? 0 : 2] : Py.toDouble(lo);
        double h = hi == Py.NONE ? now[x ? 1 : 3] : Py.toDouble(hi);
        if (lo != Py.NONE || hi != Py.NONE) {
            if (x) {
                ax.xlim(l, h);
            } else {
                ax.ylim(l, h);
            }
        }
        return PyTuple.of(l, h);
    }

    /** A {@code cmap=} argument: a name or a Colormap ({@code plt.cm.gray_r}); None gives viridis. */
    private static String cmapArg(Object o) {
        return o instanceof Colormap c ? c.name : Styles.cmap(o == Py.NONE || o == null ? null : Py.str(o));
    }

    /** A colour map as {@code plt.cm.gray_r} or {@code plt.get_cmap('Blues')} gives it, to pass as {@code cmap=}. */
    static final class Colormap implements PyObject {
        static final PyType LISTED = PyType.builder("ListedColormap", "matplotlib.colors", Colormap.class)
                .property("name", self -> self.name)
                .build();
        static final PyType SEGMENTED = PyType.builder("LinearSegmentedColormap", "matplotlib.colors",
                Colormap.class).property("name", self -> self.name).build();
        private final String name;

        Colormap(String name) {
            this.name = name;
        }

        @Override
        public PyType type() {
            // matplotlib's perceptual and qualitative maps are lists of colours, the others interpolated segments
            String base = name.endsWith("_r") ? name.substring(0, name.length() - 2) : name;
            return List.of("viridis", "plasma", "magma", "inferno", "tab10", "Set1", "Paired").contains(base)
                    ? LISTED : SEGMENTED;
        }
    }

    /**
     * {@code ax.set(title=..., xlabel=..., ylabel=..., xlim=..., ylim=...)}: each setter in the order given, their
     * results in a list, as matplotlib's {@code Artist.set} returns them.
     */
    private static Object set(Figure.Axes ax, PyDict kw) {
        PyList out = new PyList();
        if (kw == null) {
            return out;
        }
        for (Object key : kw.keys()) {
            String k = Py.str(key);
            Object v = kw.get(key);
            switch (k) {
                case "title" -> out.append(title(ax, v));
                case "xlabel" -> out.append(xlabel(ax, v));
                case "ylabel" -> out.append(ylabel(ax, v));
                case "xlim", "ylim" -> out.append(limits(ax, new Object[] {v, Py.NONE}, k.equals("xlim")));
                default -> {
                    if (List.of("xticks", "yticks", "xticklabels", "yticklabels", "xscale", "yscale", "aspect",
                            "facecolor", "frame_on", "axisbelow").contains(k)) {
                        throw new PyException("NotImplementedError", "ax.set(" + k + "=...) is not supported in the "
                                + "playground (it takes title, xlabel, ylabel, xlim and ylim)",
                                "plot.unsupported_argument");
                    }
                    throw Py.attributeError("Axes.set() got an unexpected keyword argument '" + k + "'");
                }
            }
        }
        return out;
    }

    /** A signature of the pyplot function {@code sig} as the Axes method of the same name: self goes first. */
    private static String method(String sig) {
        int open = sig.indexOf('(');
        return "Axes." + sig.substring(0, open + 1) + "self, " + sig.substring(open + 1);
    }

    /** The bound arguments of a method without self, laid out as the pyplot function's. */
    private static Object[] shift(Object[] a) {
        Object[] out = new Object[a.length - 1];
        System.arraycopy(a, 1, out, 0, out.length);
        return out;
    }

    /**
     * A matplotlib Axes: what {@code plt.subplots}, {@code plt.subplot} and {@code plt.gca()} return, with the
     * drawing calls as methods and the {@code set_*} names for title, labels and limits. Printed as matplotlib
     * 3.7+ prints it ({@code <Axes: title={'center': 'loss'}, xlabel='epoch'>}); as text its place in the figure.
     */
    static final class AxesObject implements PyObject {
        static final PyType TYPE = PyType.builder("Axes", "matplotlib.axes", AxesObject.class)
                .method("plot", method(PLOT), (self, a) -> plot(self.axes, (PyTuple) a[1], (PyDict) a[5]))
                .method("scatter", method(SCATTER), (self, a) -> scatter(self.axes, shift(a)))
                .method("hist", method(HIST), (self, a) -> hist(self.axes, shift(a)))
                .method("bar", method(BAR), (self, a) -> bar(self.axes, shift(a)))
                .method("imshow", method(IMSHOW), (self, a) -> imshow(self.axes, shift(a)))
                .method("set_title", "Axes.set_title(self, label, fontdict=None, loc=None, pad=None, *, y=None, "
                        + "**kwargs)", (self, a) -> title(self.axes, a[1]))
                .method("set_xlabel", "Axes.set_xlabel(self, xlabel, fontdict=None, labelpad=None, *, loc=None, "
                        + "**kwargs)", (self, a) -> xlabel(self.axes, a[1]))
                .method("set_ylabel", "Axes.set_ylabel(self, ylabel, fontdict=None, labelpad=None, *, loc=None, "
                        + "**kwargs)", (self, a) -> ylabel(self.axes, a[1]))
                .method("set_xlim", "Axes.set_xlim(self, left=None, right=None, *, emit=True, auto=False, "
                        + "xmin=None, xmax=None)", (self, a) -> limits(self.axes, shift(a), true))
                .method("set_ylim", "Axes.set_ylim(self, bottom=None, top=None, *, emit=True, auto=False, "
                        + "ymin=None, ymax=None)", (self, a) -> limits(self.axes, shift(a), false))
                .method("legend", method(LEGEND), (self, a) -> legend(self.state.ctx, self.axes, (PyTuple) a[1],
                        (PyDict) a[4]))
                .method("set", "Axes.set(self, **kwargs)", (self, a) -> set(self.axes, (PyDict) a[1]))
                .method("grid", method(GRID), (self, a) -> grid(self.axes, a[1]))
                .method("axis", method(AXIS), (self, a) -> axis(self.axes, a[1]))
                .build();

        private final State state;
        private final Figure.Axes axes;

        AxesObject(State state, Figure.Axes axes) {
            this.state = state;
            this.axes = axes;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String repr() {
            List<String> fields = new ArrayList<>();
            if (!axes.title().isEmpty()) {
                fields.add("title={'center': " + Py.repr(axes.title()) + "}");
            }
            if (!axes.xlabel().isEmpty()) {
                fields.add("xlabel=" + Py.repr(axes.xlabel()));
            }
            if (!axes.ylabel().isEmpty()) {
                fields.add("ylabel=" + Py.repr(axes.ylabel()));
            }
            return "<Axes: " + String.join(", ", fields) + ">";
        }

        @Override
        public String str() {
            return axesText(axes.rows(), axes.cols(), axes.index());
        }
    }

    /** A matplotlib Figure: {@code fig} of {@code fig, ax = plt.subplots()}, or what {@code plt.figure()} returns. */
    static final class FigureObject implements PyObject {
        static final PyType TYPE = PyType.builder("Figure", "matplotlib.figure", FigureObject.class)
                .method("suptitle", "Figure.suptitle(self, t, **kwargs)", (self, a) -> suptitle(self.figure, a[1]))
                .method("tight_layout", "Figure.tight_layout(self, *, pad=1.08, h_pad=None, w_pad=None, rect=None)",
                        (self, a) -> Py.NONE)
                .method("add_subplot", "Figure.add_subplot(self, *args, **kwargs)", (self, a) -> {
                    int[] grid = subplotArgs((PyTuple) a[1]);
                    return self.state.axesObject(self.figure.subplot(grid[0], grid[1], grid[2]));
                })
                .method("gca", "Figure.gca(self)", (self, a) -> self.state.axesObject(self.figure.gca()))
                .method("colorbar", "Figure.colorbar(self, mappable, cax=None, ax=None, **kwargs)",
                        (self, a) -> colorbar(self.figure.gca(), a[1]))
                .method("savefig", "Figure.savefig(self, fname, *, transparent=None, **kwargs)", (self, a) -> {
                    throw savefigRefused();
                })
                .property("axes", self -> {
                    PyList list = new PyList();
                    for (Figure.Axes ax : self.figure.axes()) {
                        list.append(self.state.axesObject(ax));
                    }
                    return list;
                })
                .build();

        private final State state;
        private final Figure figure;

        FigureObject(State state, Figure figure) {
            this.state = state;
            this.figure = figure;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private String size() {
            return fmtSize(figure.width() * 100) + "x" + fmtSize(figure.height() * 100);
        }

        @Override
        public String repr() {
            return "<Figure size " + size() + " with " + figure.axes().size() + " Axes>";
        }

        @Override
        public String str() {
            return "Figure(" + size() + ")";
        }
    }

    /**
     * The numpy array of Axes {@code plt.subplots(2, 3)} returns ({@code dtype=object}): indexed by
     * {@code [i]} or {@code [i, j]}, iterated, flattened ({@code .flat}, {@code .ravel()}, {@code .flatten()})
     * and printed as numpy prints it. numpy note: no slicing or arithmetic.
     */
    static final class AxesArray implements PyObject {
        static final PyType TYPE = PyType.builder("ndarray", "numpy", AxesArray.class)
                .property("shape", self -> {
                    List<Object> dims = new ArrayList<>();
                    for (int d : self.shape) {
                        dims.add((long) d);
                    }
                    return new PyTuple(dims);
                })
                .property("size", self -> (long) self.items.size())
                .property("ndim", self -> (long) self.shape.length)
                .property("flat", self -> self.flat())
                .method("ravel", "ndarray.ravel(self, order='C')", (self, a) -> self.flat())
                .method("flatten", "ndarray.flatten(self, order='C')", (self, a) -> self.flat())
                .method("tolist", "ndarray.tolist(self)", (self, a) -> {
                    if (self.shape.length == 1) {
                        return new PyList(self.items);
                    }
                    PyList rows = new PyList();
                    for (int r = 0; r < self.shape[0]; r++) {
                        rows.append(new PyList(self.row(r).items));
                    }
                    return rows;
                })
                .build();

        private final List<Object> items;
        private final int[] shape;

        AxesArray(List<Object> items, int[] shape) {
            this.items = items;
            this.shape = shape;
        }

        private AxesArray flat() {
            return new AxesArray(items, new int[] {items.size()});
        }

        private AxesArray row(int r) {
            return new AxesArray(items.subList(r * shape[1], (r + 1) * shape[1]), new int[] {shape[1]});
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public Object getAttribute(String name) {
            Object found = PyObject.super.getAttribute(name);
            if (found == null && AxesObject.TYPE.memberNames().contains(name)) {
                // fig, ax = plt.subplots(2, 2); ax.plot(...): the commonest slip with subplots, so a hint of its own
                throw new PyException("AttributeError", "'numpy.ndarray' object has no attribute '" + name + "'",
                        "plot.axes_array");
            }
            return found;
        }

        @Override
        public int length() {
            return shape[0];
        }

        @Override
        public java.util.Iterator<Object> iterator() {
            if (shape.length == 1) {
                return items.iterator();
            }
            List<Object> rows = new ArrayList<>();
            for (int r = 0; r < shape[0]; r++) {
                rows.add(row(r));
            }
            return rows.iterator();
        }

        private static int index(Object key, int axis, int size) {
            if (!(key instanceof Long) && !(key instanceof Boolean)) {
                throw Py.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and "
                        + "integer or boolean arrays are valid indices");
            }
            long i = Py.toInt(key);
            if (i < -size || i >= size) {
                throw Py.indexError("index " + i + " is out of bounds for axis " + axis + " with size " + size);
            }
            return (int) (i < 0 ? i + size : i);
        }

        /** The positions a slice picks along an axis of {@code size}. */
        private static List<Integer> picked(PySlice slice, int size) {
            long[] r = slice.indices(size); // start, stop, step, count
            List<Integer> out = new ArrayList<>();
            for (long k = 0; k < r[3]; k++) {
                out.add((int) (r[0] + k * r[2]));
            }
            return out;
        }

        /** {@code axes[i]}, {@code axes[i, j]}, and slices: {@code axes[0, :]}, {@code axes[:, 0]}, {@code axes[:3]}. */
        @Override
        public Object getItem(Object key) {
            List<Object> keys = key instanceof PyTuple t ? t.items() : List.of(key);
            if (keys.size() > shape.length) {
                throw Py.indexError("too many indices for array: array is " + shape.length + "-dimensional, "
                        + "but " + keys.size() + " were indexed");
            }
            List<List<Integer>> picks = new ArrayList<>();
            List<Integer> kept = new ArrayList<>(); // the sizes of the axes a slice keeps
            for (int axis = 0; axis < shape.length; axis++) {
                Object k = axis < keys.size() ? keys.get(axis) : new PySlice(Py.NONE, Py.NONE, Py.NONE);
                if (k instanceof PySlice slice) {
                    List<Integer> p = picked(slice, shape[axis]);
                    picks.add(p);
                    kept.add(p.size());
                } else {
                    picks.add(List.of(index(k, axis, shape[axis])));
                }
            }
            List<Object> chosen = new ArrayList<>();
            int cols = shape.length == 2 ? shape[1] : 1;
            for (int r : picks.get(0)) {
                if (shape.length == 1) {
                    chosen.add(items.get(r));
                } else {
                    for (int c : picks.get(1)) {
                        chosen.add(items.get(r * cols + c));
                    }
                }
            }
            if (kept.isEmpty()) {
                return chosen.get(0);
            }
            int[] dims = new int[kept.size()];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = kept.get(i);
            }
            return new AxesArray(chosen, dims);
        }

        @Override
        public String repr() {
            String body = layout("array(", ", ") + ",";
            int lastLine = body.length() - (body.lastIndexOf('\n') + 1);
            return body + (lastLine + " dtype=object)".length() > 75 ? "\n      " : " ") + "dtype=object)";
        }

        @Override
        public String str() {
            return layout("", " ");
        }

        /**
         * numpy's layout: each row in brackets, wrapped before an element that would pass the line width (75,
         * less one for the ',' or ']' after it, less one more per level of nesting).
         */
        private String layout(String open, String separator) {
            int depth = shape.length;
            int width = 75 - depth;
            int rows = depth == 1 ? 1 : shape[0];
            int cols = depth == 1 ? items.size() : shape[1];
            String indent = " ".repeat(open.length() + depth);
            StringBuilder out = new StringBuilder(open);
            for (int r = 0; r < rows; r++) {
                StringBuilder line = new StringBuilder(r == 0 ? "[".repeat(depth) : " ".repeat(open.length() + 1) + "[");
                int start = r == 0 ? open.length() : 0; // the first line starts after open
                for (int c = 0; c < cols; c++) {
                    String word = Py.repr(items.get(r * cols + c));
                    if (start + line.length() + word.length() > width && start + line.length() > indent.length()) {
                        out.append(stripEnd(line)).append('\n');
                        line = new StringBuilder(indent);
                        start = 0;
                    }
                    line.append(word);
                    if (c < cols - 1) {
                        line.append(separator);
                    }
                }
                out.append(line).append(']');
                if (r < rows - 1) {
                    out.append(separator.trim()).append('\n');
                }
            }
            return depth == 2 ? out.append(']').toString() : out.toString();
        }

        private static String stripEnd(StringBuilder b) {
            int end = b.length();
            while (end > 0 && b.charAt(end - 1) == ' ') {
                end--;
            }
            return b.substring(0, end);
        }
    }
}
