package seqplay.data.pandas;

import java.util.ArrayList;
import java.util.List;
import seqplay.format.PyFormat;

/**
 * pandas' {@code format_array} for the four dtypes at the default options ({@code display.precision=6},
 * {@code na_rep='NaN'}, {@code display.max_colwidth=50}, no {@code float_format}); each value gets a leading space
 * (the gap between columns) and the column is right-justified to one width.
 *
 * <p>Floats: {@code f"{x: .6f}"} for every value, then the trailing zeros every decimal number shares are trimmed
 * together (leaving at least one digit after the point), so a column prints with one common number of decimals;
 * if a value is below 1e-6 in size (but not 0), or if the widest value is longer than 12 characters and a value
 * exceeds 1e6, the column switches to {@code f"{x: .6e}"}, which is not trimmed.
 */
final class Cells {
    private Cells() {
    }

    static final int PRECISION = 6;
    static final int MAX_COLWIDTH = 50;

    /** The formatted, equal-width strings of a column (pandas' {@code format_array(...).get_result()}). */
    static List<String> format(Column c, boolean leadingSpace) {
        return fixedWidth(formatRaw(c, leadingSpace), 0, true);
    }

    /** The formatted strings before the column is padded to one width. */
    static List<String> formatRaw(Column c, boolean leadingSpace) {
        switch (c.dtype()) {
            case FLOAT64:
                return floats(c.floats(), leadingSpace);
            case INT64: {
                List<String> out = new ArrayList<>();
                for (long v : c.ints()) {
                    out.add(v < 0 || !leadingSpace ? Long.toString(v) : " " + v);
                }
                return out;
            }
            case BOOL: {
                List<String> out = new ArrayList<>();
                for (boolean b : c.bools()) {
                    out.add((leadingSpace ? " " : "") + (b ? "True" : "False"));
                }
                return out;
            }
            default: {
                List<String> out = new ArrayList<>();
                for (Object v : c.objects()) {
                    out.add(objectCell(v, leadingSpace));
                }
                return out;
            }
        }
    }

    /** One cell of an object column (pandas' {@code GenericArrayFormatter}). */
    static String objectCell(Object v, boolean leadingSpace) {
        if (v instanceof Double && !((Double) v).isNaN()) {
            return trimSingle(PyFormat.format((Double) v, " ." + PRECISION + "f"));
        }
        String text;
        if (v == null) {
            text = "None";
        } else if (v instanceof Double) {
            text = "NaN";
        } else {
            text = Text.escape(Values.str(v));
        }
        return leadingSpace ? " " + text : text;
    }

    /** pandas' {@code FloatArrayFormatter.get_result_as_array} (fixed width, no chop threshold). */
    static List<String> floats(double[] values, boolean leadingSpace) {
        String flag = leadingSpace ? " " : "";
        List<String> out = trimmed(values, flag + "." + PRECISION + "f");
        int maxLen = 0;
        for (String s : out) {
            maxLen = Math.max(maxLen, s.length());
        }
        boolean tooLong = maxLen > PRECISION + 6;
        boolean large = false;
        boolean small = false;
        double tiny = 1e-6; // 10 ** -precision
        for (double v : values) {
            double a = Math.abs(v);
            large |= a > 1e6;
            small |= a < tiny && a > 0;
        }
        if (small || (tooLong && large)) {
            out = trimmed(values, flag + "." + PRECISION + "e");
        }
        return out;
    }

    private static List<String> trimmed(double[] values, String spec) {
        List<String> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v != v ? "NaN" : PyFormat.format(v, spec));
        }
        return trimZeros(out);
    }

    /** pandas' {@code _trim_zeros_float}: drop trailing zeros that all decimal numbers share, keep one digit. */
    static List<String> trimZeros(List<String> values) {
        List<String> t = new ArrayList<>(values);
        while (shouldTrim(t)) {
            for (int i = 0; i < t.size(); i++) {
                if (isDecimal(t.get(i))) {
                    t.set(i, t.get(i).substring(0, t.get(i).length() - 1));
                }
            }
        }
        for (int i = 0; i < t.size(); i++) {
            String s = t.get(i);
            if (isDecimal(s) && s.endsWith(".")) {
                t.set(i, s + "0");
            }
        }
        return t;
    }

    private static boolean shouldTrim(List<String> values) {
        boolean any = false;
        for (String s : values) {
            if (isDecimal(s)) {
                any = true;
                if (!s.endsWith("0")) {
                    return false;
                }
            }
        }
        return any;
    }

    /** Matches {@code ^\s*[\+-]?[0-9]+\.[0-9]*$}. */
    static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0 || i >= n || s.charAt(i) != '.') {
            return false;
        }
        i++;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i == n;
    }

    /** pandas' {@code _trim_zeros_single_float}. */
    static String trimSingle(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        String t = s.substring(0, end);
        return t.endsWith(".") ? t + "0" : t;
    }

    /**
     * pandas' {@code _make_fixed_width}: pad to the widest string (at least {@code minimum}), never wider than
     * {@code display.max_colwidth}; longer strings are cut and end in {@code ...}.
     */
    static List<String> fixedWidth(List<String> strings, int minimum, boolean right) {
        if (strings.isEmpty()) {
            return strings;
        }
        int maxLen = minimum;
        for (String s : strings) {
            maxLen = Math.max(maxLen, Text.width(s));
        }
        if (maxLen > MAX_COLWIDTH) {
            maxLen = MAX_COLWIDTH;
        }
        List<String> out = new ArrayList<>(strings.size());
        for (String s : strings) {
            if (Text.width(s) > maxLen) {
                int cut = s.offsetByCodePoints(0, maxLen - 3);
                s = s.substring(0, cut) + "...";
            }
            out.add(right ? Text.rjust(s, maxLen) : Text.ljust(s, maxLen));
        }
        return out;
    }

    /** pandas' {@code adjoin(space, *lists)}: columns side by side, each but the last padded by {@code space}. */
    static String adjoin(int space, List<List<String>> lists) {
        int cols = lists.size();
        int[] widths = new int[cols];
        int rows = 0;
        for (int c = 0; c < cols; c++) {
            int w = 0;
            for (String s : lists.get(c)) {
                w = Math.max(w, Text.width(s));
            }
            widths[c] = c < cols - 1 ? w + space : w;
            rows = Math.max(rows, lists.get(c).size());
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            if (r > 0) {
                sb.append('\n');
            }
            for (int c = 0; c < cols; c++) {
                List<String> col = lists.get(c);
                sb.append(r < col.size() ? Text.ljust(col.get(r), widths[c]) : " ".repeat(widths[c]));
            }
        }
        return sb.toString();
    }

    /** Index labels as pandas' {@code Index.format()} writes them: left-aligned, common leading spaces removed. */
    static List<String> indexLabels(Index index) {
        Column labels = index.labels();
        List<String> raw;
        if (labels.dtype() == Column.Dtype.OBJECT) {
            raw = new ArrayList<>();
            for (Object v : labels.objects()) {
                raw.add(Column.isNaValue(v) && v != null ? "NaN" : Text.escape(Values.str(v)));
            }
            return raw;
        }
        raw = fixedWidth(formatRaw(labels, true), 0, false);
        while (!raw.isEmpty() && allStartWithSpace(raw)) {
            List<String> cut = new ArrayList<>();
            for (String s : raw) {
                cut.add(s.substring(1));
            }
            raw = cut;
        }
        return raw;
    }

    private static boolean allStartWithSpace(List<String> strings) {
        for (String s : strings) {
            if (s.isEmpty() || s.charAt(0) != ' ') {
                return false;
            }
        }
        return true;
    }
}
