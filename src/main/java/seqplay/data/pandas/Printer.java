package seqplay.data.pandas;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code repr(df)} and {@code repr(s)} as pandas 2.x prints them to a text console (Colab's text output, a
 * terminal): the options are pandas' defaults, {@code display.max_rows=60}, {@code min_rows=10},
 * {@code max_columns=20}, {@code width=80}, {@code max_colwidth=50}, {@code precision=6},
 * {@code show_dimensions='truncate'}, {@code expand_frame_repr=True}.
 *
 * <p>A frame longer than 60 rows shows its first and last 5 rows around a row of dots; wider than 20 columns, its
 * first and last 10 columns around a column of dots; the footer {@code [150 rows x 5 columns]} follows either.
 * Lines longer than 80 characters are cut into blocks of columns, each block but the last ending in {@code \}.
 * Text widths are counted in characters as pandas does by default
 * ({@code display.unicode.east_asian_width=False}), so Korean text misaligns exactly as in Colab.
 */
final class Printer {
    private Printer() {
    }

    static final int MAX_ROWS = 60;
    static final int MIN_ROWS = 10;
    static final int MAX_COLUMNS = 20;
    static final int WIDTH = 80;

    /** The rows shown: all, or head and tail halves of min_rows; -1 marks where the dots go. */
    private static int[] shownRows(int n) {
        if (n <= MAX_ROWS) {
            return Frames.range(0, n);
        }
        int half = Math.min(MIN_ROWS, MAX_ROWS) / 2;
        int[] rows = new int[2 * half];
        for (int i = 0; i < half; i++) {
            rows[i] = i;
            rows[half + i] = n - half + i;
        }
        return rows;
    }

    static String frame(DataFrame df) {
        int nRows = df.rows();
        int nCols = df.ncols();
        if (nRows == 0 || nCols == 0) {
            return "Empty DataFrame\nColumns: " + labelList(df.columns()) + "\nIndex: " + indexList(df.index());
        }
        boolean truncRows = nRows > MAX_ROWS;
        boolean truncCols = nCols > MAX_COLUMNS;
        int[] rows = shownRows(nRows);
        int rowNum = rows.length / 2;
        int[] cols;
        int colNum = MAX_COLUMNS / 2;
        if (truncCols) {
            cols = new int[2 * colNum];
            for (int i = 0; i < colNum; i++) {
                cols[i] = i;
                cols[colNum + i] = nCols - colNum + i;
            }
        } else {
            cols = Frames.range(0, nCols);
        }
        Index index = df.index().take(rows);
        boolean indexNamed = index.name() != null;
        List<List<String>> strcols = new ArrayList<>();
        for (int j : cols) {
            Column c = df.column(j).take(rows);
            String label = Text.escape(Values.str(df.columns().get(j)));
            List<String> header = new ArrayList<>();
            header.add(c.dtype().isNumeric() ? " " + label : label);
            if (indexNamed) {
                header.add("");
            }
            int headerWidth = 0;
            for (String h : header) {
                headerWidth = Math.max(headerWidth, Text.width(h));
            }
            List<String> values = Cells.fixedWidth(Cells.format(c, true), headerWidth, true);
            int maxLen = headerWidth;
            for (String v : values) {
                maxLen = Math.max(maxLen, Text.width(v));
            }
            List<String> col = new ArrayList<>();
            for (String h : header) {
                col.add(Text.rjust(h, maxLen));
            }
            col.addAll(values);
            strcols.add(col);
        }
        List<String> idx = new ArrayList<>();
        idx.add("");
        if (indexNamed) {
            idx.add(Text.escape(Values.str(index.name())));
        }
        idx.addAll(Cells.indexLabels(index));
        idx = Cells.fixedWidth(idx, 0, false);
        int headerRows = indexNamed ? 2 : 1;
        if (truncCols) {
            List<String> dots = new ArrayList<>();
            for (int i = 0; i < idx.size(); i++) {
                dots.add(" ...");
            }
            strcols.add(colNum, dots);
        }
        if (truncRows) {
            for (int c = 0; c < strcols.size(); c++) {
                List<String> col = strcols.get(c);
                int cwidth = Text.width(col.get(rowNum));
                boolean dotCol = truncCols && c == colNum;
                String dots = cwidth > 3 || dotCol ? "..." : "..";
                col.add(rowNum + headerRows, Text.rjust(dots, dotCol ? 4 : cwidth));
            }
            int iw = Text.width(idx.get(rowNum));
            idx.add(rowNum + headerRows, Text.ljust(iw > 3 ? "..." : "..", iw));
        }
        String text = joinMultiline(idx, strcols, truncRows ? rows.length + 1 : nRows);
        if (truncRows || truncCols) {
            text += "\n\n[" + nRows + " rows x " + nCols + " columns]";
        }
        return text;
    }

    /** pandas' {@code StringFormatter._join_multiline}: blocks of columns that fit in 80 characters. */
    private static String joinMultiline(List<String> idx, List<List<String>> strcols, int nrows) {
        int idxWidth = 0;
        for (String s : idx) {
            idxWidth = Math.max(idxWidth, Text.width(s));
        }
        int lineWidth = WIDTH - (idxWidth + 1);
        int[] widths = new int[strcols.size()];
        for (int c = 0; c < strcols.size(); c++) {
            for (String s : strcols.get(c)) {
                widths[c] = Math.max(widths[c], Text.width(s));
            }
        }
        List<Integer> bins = binify(widths, lineWidth);
        StringBuilder out = new StringBuilder();
        int start = 0;
        for (int b = 0; b < bins.size(); b++) {
            int end = bins.get(b);
            List<List<String>> block = new ArrayList<>();
            block.add(idx);
            block.addAll(strcols.subList(start, end));
            if (bins.size() > 1) {
                List<String> tail = new ArrayList<>();
                if (end <= strcols.size() && b < bins.size() - 1) {
                    tail.add(" \\");
                    for (int i = 1; i < nrows; i++) {
                        tail.add("  ");
                    }
                } else {
                    for (int i = 0; i < nrows; i++) {
                        tail.add(" ");
                    }
                }
                block.add(tail);
            }
            if (b > 0) {
                out.append("\n\n");
            }
            out.append(Cells.adjoin(1, block));
            start = end;
        }
        return out.toString();
    }

    private static List<Integer> binify(int[] widths, int lineWidth) {
        List<Integer> bins = new ArrayList<>();
        int current = 0;
        int last = widths.length - 1;
        for (int i = 0; i < widths.length; i++) {
            int w = widths[i] + 1;
            current += w;
            boolean wrap = i == last ? current + 1 > lineWidth && i > 0 : current + 2 > lineWidth && i > 0;
            if (wrap) {
                bins.add(i);
                current = w;
            }
        }
        bins.add(widths.length);
        return bins;
    }

    static String series(Series s) {
        int n = s.size();
        String footer = seriesFooter(s, n > MAX_ROWS);
        if (n == 0) {
            return "Series([], " + footer + ")";
        }
        int[] rows = shownRows(n);
        Series shown = s.take(rows);
        Index index = shown.index();
        List<String> labels = Cells.indexLabels(index);
        List<String> values = Cells.format(shown.values(), true);
        List<String> idx = new ArrayList<>(labels);
        List<String> vals = new ArrayList<>(values);
        if (n > MAX_ROWS) {
            int rowNum = rows.length / 2;
            int width = Text.width(vals.get(rowNum - 1));
            vals.add(rowNum, Text.center(width > 3 ? "..." : "..", width));
            idx.add(rowNum, "");
        }
        List<List<String>> lists = new ArrayList<>();
        lists.add(idx);
        lists.add(vals);
        String result = Cells.adjoin(3, lists);
        if (index.name() != null) {
            result = Text.escape(Values.str(index.name())) + "\n" + result;
        }
        return result + "\n" + footer;
    }

    private static String seriesFooter(Series s, boolean truncated) {
        StringBuilder footer = new StringBuilder();
        if (s.name() != null) {
            footer.append("Name: ").append(Text.escape(Values.str(s.name())));
        }
        if (truncated) {
            footer.append(footer.length() > 0 ? ", " : "").append("Length: ").append(s.size());
        }
        footer.append(footer.length() > 0 ? ", " : "").append("dtype: ").append(s.dtypeName());
        return footer.toString();
    }

    /** pandas' {@code pprint_thing} of an Index inside the empty-frame text: {@code [a, b]}. */
    static String labelList(List<Object> labels) {
        List<String> items = new ArrayList<>();
        for (Object o : labels) {
            items.add(Text.escape(Values.str(o)));
        }
        return "[" + String.join(", ", items) + "]";
    }

    static String indexList(Index index) {
        List<Object> labels = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            labels.add(index.label(i));
        }
        return labelList(labels);
    }
}
