package seqplay.plot.python;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqplay.errors.PyException;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyDict;
import seqplay.lang.runtime.PyList;
import seqplay.lang.runtime.PyObject;
import seqplay.lang.runtime.PySequence;
import seqplay.lang.runtime.PyType;

/**
 * {@code plt.rcParams} (also {@code matplotlib.rcParams}): the settings notebooks change at the top, above all a
 * Korean font ({@code plt.rcParams['font.family'] = 'Malgun Gothic'}, {@code plt.rc('font', family='NanumGothic')},
 * {@code plt.rcParams['axes.unicode_minus'] = False}) and the default figure size. Values are checked and stored
 * as matplotlib 3.6 does (a font name becomes a list, sizes floats).
 *
 * <pre>{@code
 * plt.rcParams['figure.figsize'] = (10, 6)
 * plt.figure()            # Figure(1000x600)
 * }</pre>
 *
 * matplotlib note: only {@code figure.figsize} changes what the page draws; the page's canvas has its own fonts,
 * which show Korean without a font setting. A key outside the list below is refused as not offered (matplotlib
 * knows about 300).
 */
final class RcParams implements PyObject {
    static final PyType TYPE = PyType.builder("RcParams", "matplotlib", RcParams.class)
            .method("update", "RcParams.update(self, other=None, /, **kwargs)", (self, a) -> {
                for (Object[] source : new Object[][] {{a[1]}, {a[2]}}) {
                    if (source[0] instanceof PyDict d) {
                        for (Object k : d.keys()) {
                            self.setItem(k, d.get(k));
                        }
                    }
                }
                return Py.NONE;
            })
            .method("keys", "RcParams.keys(self)", (self, a) -> new PyList(new ArrayList<>(self.values.keySet())))
            .method("get", "RcParams.get(self, key, default=None)",
                    (self, a) -> self.values.containsKey(Py.str(a[1])) ? self.getItem(a[1]) : a[2])
            .build();

    /** How a key's value is checked and stored. */
    private enum Kind { FLOAT, BOOL, STR, STR_LIST, PAIR, FONT_SIZE, DPI }

    private static final String SANS = "sans-serif"; // the generic family
    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    static {
        KINDS.put("font.family", Kind.STR_LIST);
        KINDS.put("font.sans-serif", Kind.STR_LIST);
        KINDS.put("font.size", Kind.FLOAT);
        KINDS.put("font.weight", Kind.STR);
        KINDS.put("axes.unicode_minus", Kind.BOOL);
        KINDS.put("axes.grid", Kind.BOOL);
        KINDS.put("axes.titlesize", Kind.FONT_SIZE);
        KINDS.put("axes.labelsize", Kind.FONT_SIZE);
        KINDS.put("axes.facecolor", Kind.STR);
        KINDS.put("xtick.labelsize", Kind.FONT_SIZE);
        KINDS.put("ytick.labelsize", Kind.FONT_SIZE);
        KINDS.put("legend.fontsize", Kind.FONT_SIZE);
        KINDS.put("lines.linewidth", Kind.FLOAT);
        KINDS.put("lines.markersize", Kind.FLOAT);
        KINDS.put("figure.figsize", Kind.PAIR);
        KINDS.put("figure.dpi", Kind.FLOAT);
        KINDS.put("figure.facecolor", Kind.STR);
        KINDS.put("image.cmap", Kind.STR);
        KINDS.put("savefig.dpi", Kind.DPI);
    }

    RcParams() {
        // matplotlib 3.6's defaults
        values.put("font.family", new PyList(List.of(SANS)));
        values.put("font.sans-serif", new PyList(List.of("DejaVu Sans", "Bitstream Vera Sans",
                "Computer Modern Sans Serif", "Lucida Grande", "Verdana", "Geneva", "Lucid", "Arial", "Helvetica",
                "Avant Garde", SANS)));
        values.put("font.size", 10.0);
        values.put("font.weight", "normal");
        values.put("axes.unicode_minus", true);
        values.put("axes.grid", false);
        values.put("axes.titlesize", "large");
        values.put("axes.labelsize", "medium");
        values.put("axes.facecolor", "white");
        values.put("xtick.labelsize", "medium");
        values.put("ytick.labelsize", "medium");
        values.put("legend.fontsize", "medium");
        values.put("lines.linewidth", 1.5);
        values.put("lines.markersize", 6.0);
        values.put("figure.figsize", new PyList(List.of(6.4, 4.8)));
        values.put("figure.dpi", 100.0);
        values.put("figure.facecolor", "white");
        values.put("image.cmap", "viridis");
        values.put("savefig.dpi", "figure");
    }

    /** The default figure size in inches, {@code figure.figsize}. */
    double[] figsize() {
        List<Object> pair = ((PyList) values.get("figure.figsize")).items();
        return new double[] {(Double) pair.get(0), (Double) pair.get(1)};
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static String key(Object key) {
        String k = Py.str(key);
        if (!KINDS.containsKey(k)) {
            throw new PyException("NotImplementedError", "rcParams['" + k + "'] is not supported in the playground "
                    + "(it takes " + String.join(", ", KINDS.keySet()) + ")", "plot.unsupported_argument");
        }
        return k;
    }

    @Override
    public Object getItem(Object key) {
        return values.get(key(key));
    }

    @Override
    public void setItem(Object key, Object value) {
        String k = key(key);
        values.put(k, checked(k, KINDS.get(k), value));
    }

    /** {@code plt.rc('font', family='NanumGothic')}: {@code group.name} for each keyword, matplotlib's aliases too. */
    void rc(String group, PyDict kwargs) {
        if (kwargs == null) {
            return;
        }
        Map<String, String> aliases = Map.of("lw", "linewidth", "ls", "linestyle", "c", "color", "fc", "facecolor",
                "ec", "edgecolor", "mew", "markeredgewidth", "aa", "antialiased");
        for (Object k : kwargs.keys()) {
            String name = Py.str(k);
            setItem(group + "." + aliases.getOrDefault(name, name), kwargs.get(k));
        }
    }

    private static Object checked(String key, Kind kind, Object v) {
        switch (kind) {
            case FLOAT:
                return toFloat(key, v);
            case BOOL:
                if (v instanceof Boolean) {
                    return v;
                }
                if (v instanceof Long l && (l == 0 || l == 1)) {
                    return l == 1;
                }
                if (v instanceof String s) {
                    String t = s.toLowerCase();
                    if (List.of("t", "y", "yes", "on", "true", "1").contains(t)) {
                        return true;
                    }
                    if (List.of("f", "n", "no", "off", "false", "0").contains(t)) {
                        return false;
                    }
                }
                throw Py.valueError("Key " + key + ": Could not convert " + Py.repr(v) + " to bool");
            case STR_LIST: {
                List<Object> names = new ArrayList<>();
                if (v instanceof String s) {
                    // matplotlib splits a str at commas: 'Malgun Gothic' stays one name
                    int start = 0;
                    for (int i = 0; i <= s.length(); i++) {
                        if (i == s.length() || s.charAt(i) == ',') {
                            String part = s.substring(start, i).trim();
                            if (!part.isEmpty()) {
                                names.add(part);
                            }
                            start = i + 1;
                        }
                    }
                } else if (v instanceof PySequence seq) {
                    for (Object o : seq.items()) {
                        names.add(Py.str(o));
                    }
                } else {
                    throw Py.valueError("Key " + key + ": Expected str or other non-set iterable, but got "
                            + Py.repr(v));
                }
                return new PyList(names);
            }
            case PAIR: {
                List<Object> items = v instanceof PySequence seq ? seq.items() : null;
                if (v instanceof String s) {
                    throw Py.valueError("Key " + key + ": Could not convert " + Py.repr(s) + " to float");
                }
                if (items == null || items.size() != 2) {
                    throw Py.valueError("Key " + key + ": Expected 2 values, but there are "
                            + (items == null ? 1 : items.size()) + " values in " + Py.repr(v));
                }
                return new PyList(List.of(toFloat(key, items.get(0)), toFloat(key, items.get(1))));
            }
            case FONT_SIZE:
            case DPI: {
                List<String> words = kind == Kind.DPI ? List.of("figure")
                        : List.of("xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large",
                                "smaller", "larger");
                if (v instanceof String s && words.contains(s)) {
                    return s;
                }
                return toFloat(key, v);
            }
            default:
                return Py.str(v);
        }
    }

    private static double toFloat(String key, Object v) {
        if (v instanceof Long || v instanceof Double || v instanceof Boolean) {
            return Py.toDouble(v);
        }
        if (v instanceof String s) {
            Double d = seqplay.format.PyFloat.tryParse(s);
            if (d != null) {
                return d;
            }
        }
        throw Py.valueError("Key " + key + ": Could not convert " + Py.repr(v) + " to float");
    }

    @Override
    public int length() {
        return values.size();
    }

    @Override
    public Iterator<Object> iterator() {
        return new ArrayList<Object>(values.keySet()).iterator();
    }

    @Override
    public boolean contains(Object item) {
        return item instanceof String s && values.containsKey(s);
    }
}
