package seqplay.plot;

import java.util.Set;
import seqplay.errors.PyException;

/**
 * matplotlib's style vocabulary: format strings ({@code 'r--'}, {@code 'bo'}), colour names and the default
 * colour cycle, as CSS colours the page can paint.
 *
 * <pre>{@code
 * Styles.format("r--")   // Format[color=#ff0000, marker=, linestyle=--]
 * Styles.color("C1")     // the cycle's second colour
 * }</pre>
 */
public final class Styles {
    /** A parsed format string; an empty part was not given. */
    public record Format(String color, String marker, String linestyle) {
    }

    // matplotlib note: matplotlib's default cycle is tab10 (#1f77b4 blue, #ff7f0e orange, ...); the playground
    // cycles through the page's Okabe–Ito palette in a similar order (blue, orange, green, vermillion, purple),
    // which stays distinguishable with the common colour-vision deficiencies. Named colours are kept as given.
    private static final String[] CYCLE = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
        "#F0E442", "#000000"};

    private static final String MARKERS = ".,ov^<>1234sp*hH+xDd|_";

    /** Colour names matplotlib and CSS share (the ones lessons use); anything else must be a known form. */
    private static final Set<String> NAMES = Set.of("black", "white", "red", "green", "blue", "yellow", "orange",
            "purple", "pink", "brown", "gray", "grey", "cyan", "magenta", "navy", "teal", "olive", "maroon", "lime",
            "gold", "silver", "skyblue", "lightblue", "darkblue", "lightgreen", "darkgreen", "darkred", "salmon",
            "tomato", "coral", "crimson", "indigo", "violet", "orchid", "tan", "beige", "khaki", "turquoise",
            "steelblue", "royalblue", "dodgerblue", "forestgreen", "seagreen", "limegreen", "darkorange",
            "lightgray", "lightgrey", "darkgray", "darkgrey", "dimgray", "dimgrey", "slategray", "chocolate",
            "firebrick", "hotpink", "deeppink", "mediumpurple", "slateblue", "aqua", "fuchsia");

    private Styles() {
    }

    /** The default cycle's colour number {@code i} ({@code C0}, {@code C1}, …). */
    public static String cycleColor(int i) {
        return CYCLE[i % CYCLE.length];
    }

    private static String letter(char c) {
        switch (c) {
            case 'b': return "#0000ff";
            case 'g': return "#008000";
            case 'r': return "#ff0000";
            case 'c': return "#00bfbf";
            case 'm': return "#bf00bf";
            case 'y': return "#bfbf00";
            case 'k': return "#000000";
            case 'w': return "#ffffff";
            default: return null;
        }
    }

    /** Parses a format string as matplotlib's {@code _process_plot_format} does, with its error texts. */
    public static Format format(String fmt) {
        String color = "";
        String marker = "";
        String linestyle = "";
        int i = 0;
        while (i < fmt.length()) {
            char ch = fmt.charAt(i);
            String two = i + 1 < fmt.length() ? fmt.substring(i, i + 2) : "";
            if (two.equals("--") || two.equals("-.")) {
                if (!linestyle.isEmpty()) {
                    throw bad(fmt, "two linestyle symbols");
                }
                linestyle = two;
                i += 2;
            } else if (ch == '-' || ch == ':') {
                if (!linestyle.isEmpty()) {
                    throw bad(fmt, "two linestyle symbols");
                }
                linestyle = String.valueOf(ch);
                i++;
            } else if (MARKERS.indexOf(ch) >= 0) {
                if (!marker.isEmpty()) {
                    throw bad(fmt, "two marker symbols");
                }
                marker = String.valueOf(ch);
                i++;
            } else if (letter(ch) != null) {
                if (!color.isEmpty()) {
                    throw bad(fmt, "two color symbols");
                }
                color = letter(ch);
                i++;
            } else if (ch == 'C' && i + 1 < fmt.length() && Character.isDigit(fmt.charAt(i + 1))) {
                if (!color.isEmpty()) {
                    throw bad(fmt, "two color symbols");
                }
                color = cycleColor(fmt.charAt(i + 1) - '0');
                i += 2;
            } else {
                throw bad(fmt, "unrecognized character '" + ch + "'");
            }
        }
        if (linestyle.isEmpty() && marker.isEmpty()) {
            linestyle = "-";
        }
        return new Format(color, marker, linestyle);
    }

    private static PyException bad(String fmt, String why) {
        return PyException.valueError("'" + fmt + "' is not a valid format string (" + why + ")");
    }

    /** A colour given as a string, as a CSS colour; matplotlib's error for anything it would not accept. */
    public static String color(String s) {
        if (s.length() == 1 && letter(s.charAt(0)) != null) {
            return letter(s.charAt(0));
        }
        if (s.length() == 2 && s.charAt(0) == 'C' && Character.isDigit(s.charAt(1))) {
            return cycleColor(s.charAt(1) - '0');
        }
        String lower = s.toLowerCase();
        if (NAMES.contains(lower)) {
            return lower;
        }
        if (lower.startsWith("tab:")) {
            String[] tab = {"blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan"};
            String[] hex = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                "#bcbd22", "#17becf"};
            for (int i = 0; i < tab.length; i++) {
                if (lower.equals("tab:" + tab[i])) {
                    return hex[i];
                }
            }
        }
        if (s.startsWith("#") && (s.length() == 4 || s.length() == 5 || s.length() == 7 || s.length() == 9)
                && isHex(s.substring(1))) {
            return s;
        }
        double gray = grayLevel(s);
        if (gray >= 0) {
            int v = (int) Math.round(gray * 255);
            return "rgb(" + v + "," + v + "," + v + ")";
        }
        throw PyException.valueError("'" + s + "' is not a valid value for color");
    }

    /** {@code (r, g, b)} or {@code (r, g, b, a)} with parts in [0, 1], as CSS. */
    public static String color(double[] rgba) {
        for (double v : rgba) {
            if (!(v >= 0 && v <= 1)) {
                throw PyException.valueError("RGBA values should be within 0-1 range");
            }
        }
        String rgb = (int) Math.round(rgba[0] * 255) + "," + (int) Math.round(rgba[1] * 255) + ","
                + (int) Math.round(rgba[2] * 255);
        return rgba.length == 4 ? "rgba(" + rgb + "," + rgba[3] + ")" : "rgb(" + rgb + ")";
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** A grayscale level written as a string of a float in [0, 1] ({@code '0.5'}), else -1. */
    private static double grayLevel(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isDigit(c) || c == '.')) {
                return -1;
            }
        }
        try {
            double v = seqplay.format.PyFloat.parse(s);
            return v >= 0 && v <= 1 ? v : -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The colour maps the page can paint; matplotlib has many more. */
    private static final Set<String> CMAPS = Set.of("gray", "gray_r", "Greys", "Greys_r", "binary", "binary_r",
            "viridis", "viridis_r", "coolwarm", "coolwarm_r", "bwr", "RdBu", "RdBu_r", "Blues", "Reds", "jet",
            "plasma", "magma", "inferno", "tab10", "Set1", "rainbow", "hot", "cool", "spring", "summer", "autumn",
            "winter", "Paired", "Spectral");

    /** The colour maps the page paints, sorted (matplotlib's {@code plt.cm} offers these). */
    public static java.util.List<String> cmapNames() {
        java.util.List<String> names = new java.util.ArrayList<>(CMAPS);
        java.util.Collections.sort(names);
        return names;
    }

    /** A colour map name, checked; null gives matplotlib's default, viridis. */
    public static String cmap(String name) {
        if (name == null) {
            return "viridis";
        }
        if (!CMAPS.contains(name)) {
            // matplotlib lists all of its ~170 names after this; the playground names the ones it paints
            throw PyException.valueError("'" + name + "' is not a valid value for cmap; supported values are "
                    + quotedSorted());
        }
        return name;
    }

    private static String quotedSorted() {
        java.util.List<String> names = new java.util.ArrayList<>(CMAPS);
        java.util.Collections.sort(names);
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append('\'').append(n).append('\'');
        }
        return b.toString();
    }
}
