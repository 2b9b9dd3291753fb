package seqplay.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One matplotlib figure as {@code plt.*} calls build it: its size and its axes, each with what was drawn on it.
 *
 * <pre>{@code
 * plt.figure(figsize=(8, 4))          # Figure(8.0, 4.0)
 * plt.subplot(1, 2, 1)                # axes at row 0, column 0 of a 1×2 grid
 * plt.plot(history.history['loss'])   # a Line on the current axes
 * }</pre>
 *
 * No drawing happens here: {@link #toData()} gives plain values (maps, lists, {@code double[]}) that the page
 * draws on a canvas.
 */
public final class Figure {
    /** Something drawn on an axes. */
    public sealed interface Artist permits Line, Scatter, Bars, Image {
    }

    /** {@code plt.plot}: a line through (x, y), with matplotlib's colour, marker and line style ("" = none). */
    public record Line(double[] x, double[] y, String color, String marker, String linestyle, String label)
            implements Artist {
    }

    /** {@code plt.scatter}: points coloured by {@code color}, or by the values {@code c} through {@code cmap}. */
    public record Scatter(double[] x, double[] y, String color, double[] c, String cmap, double size, double alpha,
            String label) implements Artist {
    }

    /**
     * {@code plt.bar} and {@code plt.hist}: bars centred at x (ticks named by {@code names} when given), each
     * {@code width} wide, or {@code widths[i]} when given (a histogram's bins, which can differ in the last bits).
     */
    public record Bars(double[] x, double[] heights, double width, String color, List<String> names, String label,
            double[] widths) implements Artist {
        public Bars(double[] x, double[] heights, double width, String color, List<String> names, String label) {
            this(x, heights, width, color, names, label, null);
        }
    }

    /** {@code plt.imshow}: a rows×cols grid of values through {@code cmap}. */
    public record Image(int rows, int cols, double[] values, String cmap) implements Artist {
    }

    /** One axes of the figure and its decorations. */
    public static final class Axes {
        final int rows;
        final int cols;
        final int index;
        final List<Artist> artists = new ArrayList<>();
        String title = "";
        String xlabel = "";
        String ylabel = "";
        double[] xlim;
        double[] ylim;
        boolean grid;
        boolean legend;
        boolean axisOff;
        List<String> legendLabels; // legend(['a', 'b']): names for the artists in order; null = their own labels
        int cycle; // the next default colour

        Axes(int rows, int cols, int index) {
            this.rows = rows;
            this.cols = cols;
            this.index = index;
        }

        public void add(Artist a) {
            artists.add(a);
        }

        /** The next colour of the default cycle (plot, scatter and bar each take one, as in matplotlib). */
        public String nextColor() {
            return Styles.cycleColor(cycle++);
        }

        public void title(String s) {
            title = s;
        }

        public void xlabel(String s) {
            xlabel = s;
        }

        public void ylabel(String s) {
            ylabel = s;
        }

        public void xlim(double lo, double hi) {
            xlim = new double[] {lo, hi};
        }

        public void ylim(double lo, double hi) {
            ylim = new double[] {lo, hi};
        }

        public void grid(boolean on) {
            grid = on;
        }

        public void legend() {
            legend = true;
            legendLabels = null;
        }

        /**
         * {@code legend(['train', 'val'])}: the legend names the artists in the order they were drawn (images
         * excepted), as many as there are names; the artists keep their own labels.
         */
        public void legend(List<String> labels) {
            legend = true;
            legendLabels = new ArrayList<>(labels);
        }

        public int rows() {
            return rows;
        }

        public int cols() {
            return cols;
        }

        public int index() {
            return index;
        }

        public String title() {
            return title;
        }

        public String xlabel() {
            return xlabel;
        }

        public String ylabel() {
            return ylabel;
        }

        public void axisOff() {
            axisOff = true;
        }

        /**
         * The view limits {@code (left, right, bottom, top)} as matplotlib's autoscaling (3.6) works them out:
         * the data's extent, widened when it is a single value ({@code nonsingular}, 5% of it), plus a 5% margin
         * each side that stops at a "sticky" edge: 0 under bars, an image's border. An axes that shows an image has
         * its y axis inverted (the first row at the top), so bottom &gt; top. Limits a program set are kept.
         *
         * <pre>{@code
         * plt.plot([0.9, 0.5, 0.3]); plt.axis()   # (-0.1, 2.1, 0.26999999999999996, 0.93)
         * }</pre>
         */
        public double[] limits() {
            Extent x = new Extent();
            Extent y = new Extent();
            boolean image = false;
            for (Artist a : artists) {
                if (a instanceof Line l) {
                    x.points(l.x(), l.y());
                    y.points(l.y(), l.x());
                } else if (a instanceof Scatter s) {
                    x.points(s.x(), s.y());
                    y.points(s.y(), s.x());
                } else if (a instanceof Bars b) {
                    for (int i = 0; i < b.x().length; i++) {
                        double h = b.heights()[i];
                        if ((b.widths() == null ? b.width() : b.widths()[i]) == 0 && h == 0) {
                            continue; // matplotlib skips an empty rectangle
                        }
                        double w = b.widths() == null ? b.width() : b.widths()[i];
                        double left = b.x()[i] - w / 2; // as matplotlib's Rectangle: left, then left + width
                        x.add(left);
                        x.add(left + w);
                        y.add(0);
                        y.add(h);
                        y.sticky(0);
                    }
                } else if (a instanceof Image im) {
                    image = true;
                    x.add(-0.5);
                    x.add(im.cols() - 0.5);
                    y.add(-0.5);
                    y.add(im.rows() - 0.5);
                    x.sticky(-0.5);
                    x.sticky(im.cols() - 0.5);
                    y.sticky(-0.5);
                    y.sticky(im.rows() - 0.5);
                }
            }
            double[] xs = xlim != null ? xlim : x.view();
            double[] ys = ylim != null ? ylim : image ? new double[] {y.view()[1], y.view()[0]} : y.view();
            return new double[] {xs[0], xs[1], ys[0], ys[1]};
        }

        /** Whether a labelled artist exists (legend() without one warns, as matplotlib does). */
        public boolean hasLabels() {
            for (Artist a : artists) {
                String label = a instanceof Line l ? l.label() : a instanceof Scatter s ? s.label()
                        : a instanceof Bars b ? b.label() : null;
                if (label != null && !label.isEmpty() && !label.startsWith("_")) {
                    return true;
                }
            }
            return false;
        }

        /** Whether an image was drawn (colorbar needs one). */
        public boolean hasImage() {
            for (Artist a : artists) {
                if (a instanceof Image || a instanceof Scatter s && s.c() != null) {
                    return true;
                }
            }
            return false;
        }

        public List<Artist> artists() {
            return artists;
        }
    }

    /** The data along one axis and its sticky edges, for {@link Axes#limits()}. */
    private static final class Extent {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        final List<Double> stickies = new ArrayList<>();

        void add(double v) {
            if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }

        /** A path's points count only where both coordinates are finite, as matplotlib's data limits do. */
        void points(double[] these, double[] other) {
            for (int i = 0; i < these.length; i++) {
                double o = other[i];
                if (!Double.isNaN(o) && !Double.isInfinite(o)) {
                    add(these[i]);
                }
            }
        }

        void sticky(double v) {
            stickies.add(v);
        }

        double[] view() {
            if (lo > hi) {
                return new double[] {0, 1}; // no data: matplotlib's default view
            }
            double x0 = lo;
            double x1 = hi;
            // matplotlib's transforms.nonsingular(x0, x1, expander=0.05)
            double maxabs = Math.max(Math.abs(x0), Math.abs(x1));
            if (maxabs < 1e21 * Double.MIN_NORMAL) {
                x0 = -0.05;
                x1 = 0.05;
            } else if (x1 - x0 <= maxabs * 1e-15) {
                x0 -= 0.05 * Math.abs(x0);
                x1 += 0.05 * Math.abs(x1);
            }
            // the margin stops at the nearest sticky edge outside the data (within a small tolerance)
            double tol = 1e-5 * Math.max(Math.max(Math.abs(x0), Math.abs(x1)), Math.abs(x1 - x0));
            Double lower = null;
            Double upper = null;
            for (double s : stickies) {
                if (s < x0 + tol && (lower == null || s > lower)) {
                    lower = s;
                }
                if (s >= x1 - tol && (upper == null || s < upper)) {
                    upper = s;
                }
            }
            double delta = (x1 - x0) * 0.05;
            double v0 = x0 - delta;
            double v1 = x1 + delta;
            if (lower != null) {
                v0 = Math.max(v0, lower);
            }
            if (upper != null) {
                v1 = Math.min(v1, upper);
            }
            return new double[] {v0, v1};
        }
    }

    private final double width;
    private final double height;
    private final List<Axes> axes = new ArrayList<>();
    private Axes current;
    private String suptitle = "";

    /** A figure of {@code width × height} inches (matplotlib's default is 6.4 × 4.8). */
    public Figure(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public List<Axes> axes() {
        return axes;
    }

    /** {@code plt.suptitle(t)} / {@code fig.suptitle(t)}: a title above all the axes. */
    public void suptitle(String s) {
        suptitle = s;
    }

    /** The current axes, created (one filling the figure) on first use as {@code plt.gca()} does. */
    public Axes gca() {
        if (current == null) {
            current = new Axes(1, 1, 1);
            axes.add(current);
        }
        return current;
    }

    /**
     * {@code plt.subplot(rows, cols, index)}: the axes at that place, made current; an existing one at the same
     * place is reused.
     */
    public Axes subplot(int rows, int cols, int index) {
        for (Axes a : axes) {
            if (a.rows == rows && a.cols == cols && a.index == index) {
                current = a;
                return a;
            }
        }
        current = new Axes(rows, cols, index);
        axes.add(current);
        return current;
    }

    /** The figure as plain values for the page: size in inches and each axes with its artists. */
    public Map<String, Object> toData() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("width", width);
        d.put("height", height);
        d.put("suptitle", suptitle);
        List<Object> list = new ArrayList<>();
        for (Axes a : axes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rows", a.rows);
            m.put("cols", a.cols);
            m.put("index", a.index);
            m.put("title", a.title);
            m.put("xlabel", a.xlabel);
            m.put("ylabel", a.ylabel);
            m.put("xlim", a.xlim == null ? List.of() : List.of(a.xlim[0], a.xlim[1]));
            m.put("ylim", a.ylim == null ? List.of() : List.of(a.ylim[0], a.ylim[1]));
            m.put("grid", a.grid);
            m.put("legend", a.legend);
            m.put("axisOff", a.axisOff);
            List<Object> artists = new ArrayList<>();
            int named = 0;
            for (Artist artist : a.artists) {
                Map<String, Object> data = artistData(artist);
                if (a.legendLabels != null && !(artist instanceof Image)) {
                    data.put("label", named < a.legendLabels.size() ? a.legendLabels.get(named) : "_nolegend_");
                    named++;
                }
                artists.add(data);
            }
            m.put("artists", artists);
            list.add(m);
        }
        d.put("axes", list);
        return d;
    }

    private static Map<String, Object> artistData(Artist artist) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (artist instanceof Line l) {
            m.put("type", "line");
            m.put("x", l.x());
            m.put("y", l.y());
            m.put("color", l.color());
            m.put("marker", l.marker());
            m.put("linestyle", l.linestyle());
            m.put("label", l.label());
        } else if (artist instanceof Scatter s) {
            m.put("type", "scatter");
            m.put("x", s.x());
            m.put("y", s.y());
            m.put("color", s.color());
            m.put("c", s.c() == null ? new double[0] : s.c());
            m.put("cmap", s.cmap());
            m.put("size", s.size());
            m.put("alpha", s.alpha());
            m.put("label", s.label());
        } else if (artist instanceof Bars b) {
            m.put("type", "bars");
            m.put("x", b.x());
            m.put("heights", b.heights());
            m.put("width", b.width());
            m.put("color", b.color());
            m.put("names", b.names() == null ? List.of() : b.names());
            m.put("label", b.label());
        } else if (artist instanceof Image i) {
            m.put("type", "image");
            m.put("rows", i.rows());
            m.put("cols", i.cols());
            m.put("values", i.values());
            m.put("cmap", i.cmap());
        }
        return m;
    }
}
