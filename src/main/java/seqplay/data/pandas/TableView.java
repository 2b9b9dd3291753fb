package seqplay.data.pandas;

import java.util.ArrayList;
import java.util.List;

/**
 * A DataFrame as plain cells for the page, which renders it as an HTML table the way Colab shows
 * {@code df.head()}: the same rows and columns as the text form (head and tail around a gap beyond 60 rows, first
 * and last 10 columns beyond 20), each cell formatted as in the text form without the padding.
 *
 * @param columns     column headers
 * @param index       row labels
 * @param cells       one list of cell texts per shown row
 * @param rowGapAt    position in {@code cells} before which a row of "..." belongs, or -1
 * @param columnGapAt position in {@code columns} before which a column of "..." belongs, or -1
 * @param footer      {@code "150 rows × 5 columns"} when the frame is cut, else empty
 */
public record TableView(List<String> columns, List<String> index, List<List<String>> cells, int rowGapAt,
        int columnGapAt, String footer) {

    static TableView of(DataFrame df) {
        int n = df.rows();
        int m = df.ncols();
        boolean cutRows = n > Printer.MAX_ROWS;
        boolean cutCols = m > Printer.MAX_COLUMNS;
        int half = Printer.MIN_ROWS / 2;
        int[] rows;
        if (cutRows) {
            rows = new int[2 * half];
            for (int i = 0; i < half; i++) {
                rows[i] = i;
                rows[half + i] = n - half + i;
            }
        } else {
            rows = Frames.range(0, n);
        }
        int colHalf = Printer.MAX_COLUMNS / 2;
        int[] cols;
        if (cutCols) {
            cols = new int[2 * colHalf];
            for (int i = 0; i < colHalf; i++) {
                cols[i] = i;
                cols[colHalf + i] = m - colHalf + i;
            }
        } else {
            cols = Frames.range(0, m);
        }
        List<String> headers = new ArrayList<>();
        List<List<String>> byColumn = new ArrayList<>();
        for (int j : cols) {
            headers.add(Values.str(df.columns().get(j)));
            List<String> texts = new ArrayList<>();
            for (String s : Cells.formatRaw(df.column(j).take(rows), true)) {
                texts.add(s.strip());
            }
            byColumn.add(texts);
        }
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            List<String> row = new ArrayList<>();
            for (List<String> c : byColumn) {
                row.add(c.get(i));
            }
            cells.add(row);
        }
        List<String> labels = new ArrayList<>();
        for (String s : Cells.indexLabels(df.index().take(rows))) {
            labels.add(s.strip());
        }
        String footer = cutRows || cutCols ? n + " rows × " + m + " columns" : "";
        return new TableView(headers, labels, cells, cutRows ? half : -1, cutCols ? colHalf : -1, footer);
    }
}
