package seqplay.data.pandas;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import seqplay.format.PyFormat;

/**
 * {@code df.info()} as pandas 2.x writes it (verbose table, non-null counts, memory usage with pandas' byte
 * counts: 8 bytes per int64/float64/object cell, 1 per bool, a RangeIndex as Python 3.12 sizes its range object).
 *
 * <pre>
 * &lt;class 'pandas.core.frame.DataFrame'&gt;
 * RangeIndex: 150 entries, 0 to 149
 * Data columns (total 5 columns):
 *  #   Column             Non-Null Count  Dtype
 * ---  ------             --------------  -----
 *  0   sepal length (cm)  150 non-null    float64
 * ...
 * </pre>
 */
final class Info {
    private Info() {
    }

    /**
     * pandas' {@code RangeIndex.nbytes}: {@code getsizeof(range) + getsizeof(start, stop, step)} = 48 + 3 × 28
     * on Python 3.12 (Colab's). numpy note: Python 3.11 counts 24 bytes for the int 0, so 128 there.
     */
    static final int RANGE_INDEX_BYTES = 132;

    static String frame(DataFrame df) {
        List<String> lines = new ArrayList<>();
        lines.add("<class 'pandas.core.frame.DataFrame'>");
        lines.add(indexSummary(df.index()));
        if (df.ncols() == 0) {
            lines.add("Empty DataFrame");
        } else {
            lines.add("Data columns (total " + df.ncols() + " columns):");
            String[] headers = {" # ", "Column", "Non-Null Count", "Dtype"};
            List<String[]> rows = new ArrayList<>();
            for (int j = 0; j < df.ncols(); j++) {
                Column c = df.column(j);
                int present = 0;
                for (int i = 0; i < c.size(); i++) {
                    present += c.isNa(i) ? 0 : 1;
                }
                rows.add(new String[] {" " + j, Text.escape(Values.str(df.columns().get(j))),
                    present + " non-null", c.dtype().pandasName()});
            }
            int[] widths = new int[4];
            for (int k = 0; k < 4; k++) {
                widths[k] = headers[k].length();
                for (String[] r : rows) {
                    widths[k] = Math.max(widths[k], Text.width(r[k]));
                }
            }
            String[] rules = new String[4];
            for (int k = 0; k < 4; k++) {
                rules[k] = "-".repeat(headers[k].length());
            }
            lines.add(row(headers, widths));
            lines.add(row(rules, widths));
            for (String[] r : rows) {
                lines.add(row(r, widths));
            }
        }
        lines.add("dtypes: " + dtypeCounts(df));
        lines.add("memory usage: " + size(memoryBytes(df), qualified(df)) + "\n");
        return String.join("\n", lines);
    }

    /** pandas' {@code _put_str} for each cell, joined by two spaces. */
    private static String row(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < cells.length; k++) {
            if (k > 0) {
                sb.append("  ");
            }
            String s = cells[k];
            if (Text.width(s) > widths[k]) {
                s = s.substring(0, s.offsetByCodePoints(0, widths[k]));
            }
            sb.append(Text.ljust(s, widths[k]));
        }
        return sb.toString();
    }

    /** {@code Index._summary()}: {@code RangeIndex: 150 entries, 0 to 149}. */
    static String indexSummary(Index index) {
        String name = index.isRange() ? "RangeIndex" : "Index";
        int n = index.size();
        String range = n > 0 ? ", " + Values.str(index.label(0)) + " to " + Values.str(index.label(n - 1)) : "";
        return name + ": " + n + " entries" + range;
    }

    private static String dtypeCounts(DataFrame df) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (int j = 0; j < df.ncols(); j++) {
            counts.merge(df.column(j).dtype().pandasName(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((k, v) -> parts.add(k + "(" + v + ")"));
        return String.join(", ", parts);
    }

    static long memoryBytes(DataFrame df) {
        long bytes = df.index().isRange() ? RANGE_INDEX_BYTES : 8L * df.rows();
        for (int j = 0; j < df.ncols(); j++) {
            bytes += (df.column(j).dtype() == Column.Dtype.BOOL ? 1L : 8L) * df.rows();
        }
        return bytes;
    }

    private static boolean qualified(DataFrame df) {
        for (int j = 0; j < df.ncols(); j++) {
            if (df.column(j).dtype() == Column.Dtype.OBJECT) {
                return true;
            }
        }
        return !df.index().isRange() && df.index().labels().dtype() == Column.Dtype.OBJECT;
    }

    /** pandas' {@code _sizeof_fmt}: {@code 6.0 KB}, {@code 1.3+ KB}. */
    static String size(long bytes, boolean qualified) {
        double num = bytes;
        String plus = qualified ? "+" : "";
        for (String unit : new String[] {"bytes", "KB", "MB", "GB", "TB"}) {
            if (num < 1024.0) {
                return PyFormat.format(num, "3.1f") + plus + " " + unit;
            }
            num /= 1024.0;
        }
        return PyFormat.format(num, "3.1f") + plus + " PB";
    }
}
