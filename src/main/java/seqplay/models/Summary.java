package seqplay.models;

import java.util.ArrayList;
import java.util.List;
import seqplay.layers.Layer;
import seqplay.optimizers.Optimizer;
import seqplay.format.PyFormat;

/**
 * {@code model.summary()} exactly as Keras 3 prints it to a plain console: a table drawn with box characters
 * (rich's HEAVY_HEAD box), then the parameter totals with their float32 sizes.
 *
 * <pre>
 * Model: "sequential"
 * ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┓
 * ┃ Layer (type)                         ┃ Output Shape                ┃         Param # ┃
 * ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━┩
 * │ dense (Dense)                        │ (None, 8)                   │              40 │
 * └──────────────────────────────────────┴─────────────────────────────┴─────────────────┘
 *  Total params: 40 (160.00 B)
 * </pre>
 *
 * <p>Column widths follow Keras' request {@code [int(.45L), int(.80L) - int(.45L), L - int(.80L)]} as rich
 * shrinks it to fit {@code L} characters: cells of {@code w1 - 1}, {@code w2 - 2}, {@code w3 - 1} between the
 * borders (38/29/17 for the default L = 88, 33/24/15 for L = 76). Long cell text wraps at spaces, as rich does.
 */
public final class Summary {
    /** Keras uses min(88, terminal columns − 4); Colab and wide terminals give 88. */
    public static final int DEFAULT_LINE_LENGTH = 88;

    private Summary() {
    }

    /** One row of the table: what {@code summary()} shows for a layer. */
    public record Row(String layer, String outputShape, String params) {
    }

    /** The table rows of a model, in layer order. */
    public static List<Row> rows(Sequential model) {
        List<Row> rows = new ArrayList<>();
        List<Layer> layers = model.layers();
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            String params = l.isBuilt() ? PyFormat.format(l.countParams(), ",") : "0 (unbuilt)";
            rows.add(new Row(l.name() + " (" + l.className() + ")", model.outputShapeOf(i), params));
        }
        return rows;
    }

    /** The footer lines (each with Keras' leading space). */
    public static List<String> totals(Sequential model) {
        long trainable = 0;
        for (Layer l : model.layers()) {
            if (l.isBuilt()) {
                trainable += l.countParams();
            }
        }
        long nonTrainable = 0;
        long weightBytes = 4 * (trainable + nonTrainable);
        Optimizer opt = model.optimizer();
        boolean showOptimizer = opt != null && opt.isBuilt();
        long optCount = 0;
        long optBytes = 0;
        if (showOptimizer) {
            // iteration (int64, 8 bytes) + learning_rate (float32) + the slots, all float32.
            long slots = (long) opt.slotsPerValue() * trainable;
            optCount = 2 + slots;
            optBytes = 8 + 4 + 4 * slots;
        }
        List<String> lines = new ArrayList<>();
        lines.add(" Total params: " + PyFormat.format(trainable + nonTrainable + optCount, ",") + " ("
                + readableSize(weightBytes + optBytes) + ")");
        lines.add(" Trainable params: " + PyFormat.format(trainable, ",") + " (" + readableSize(4 * trainable) + ")");
        lines.add(" Non-trainable params: " + PyFormat.format(nonTrainable, ",") + " (" + readableSize(4 * nonTrainable)
                + ")");
        if (showOptimizer) {
            lines.add(" Optimizer params: " + PyFormat.format(optCount, ",") + " (" + readableSize(optBytes) + ")");
        }
        return lines;
    }

    /** Keras' {@code readable_memory_size}: divide by 1024 while it is at least 1024, two decimals. */
    public static String readableSize(double bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB", "PB"};
        double size = bytes;
        for (String unit : units) {
            if (size / 1024 < 1) {
                return PyFormat.format(size, ".2f") + " " + unit;
            }
            size /= 1024;
        }
        return PyFormat.format(size, ".2f") + " PB";
    }

    /** The whole printout, lines joined with {@code \n}, no trailing newline. */
    public static String format(Sequential model, int lineLength) {
        int w1 = (int) (0.45 * lineLength);
        int w2 = (int) (0.80 * lineLength) - w1;
        int w3 = lineLength - (int) (0.80 * lineLength);
        int[] cells = {w1 - 1, w2 - 2, w3 - 1};

        StringBuilder sb = new StringBuilder();
        sb.append("Model: \"").append(model.name()).append("\"\n");
        sb.append(rule('┏', '━', '┳', '┓', cells)).append('\n');
        appendRow(sb, cells, '┃', new String[] {"Layer (type)", "Output Shape", "Param #"});
        List<Row> rows = rows(model);
        if (!rows.isEmpty()) {
            sb.append(rule('┡', '━', '╇', '┩', cells)).append('\n');
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            appendRow(sb, cells, '│', new String[] {r.layer(), r.outputShape(), r.params()});
            if (i < rows.size() - 1) {
                sb.append(rule('├', '─', '┼', '┤', cells)).append('\n');
            }
        }
        sb.append(rule('└', '─', '┴', '┘', cells));
        for (String line : totals(model)) {
            sb.append('\n').append(line);
        }
        return sb.toString();
    }

    private static String rule(char left, char fill, char mid, char right, int[] cells) {
        StringBuilder sb = new StringBuilder().append(left);
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                sb.append(mid);
            }
            sb.append(String.valueOf(fill).repeat(cells[c]));
        }
        return sb.append(right).toString();
    }

    /** One table row; the third column is right-aligned, text wraps inside its cell. */
    private static void appendRow(StringBuilder sb, int[] cells, char border, String[] texts) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < cells.length; c++) {
            List<String> lines = wrap(texts[c], cells[c] - 2);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int line = 0; line < height; line++) {
            sb.append(border);
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) {
                    sb.append(border);
                }
                List<String> lines = wrapped.get(c);
                String text = line < lines.size() ? lines.get(line) : "";
                int pad = cells[c] - 2 - text.length();
                sb.append(' ');
                if (c == cells.length - 1) {
                    sb.append(" ".repeat(pad)).append(text);
                } else {
                    sb.append(text).append(" ".repeat(pad));
                }
                sb.append(' ');
            }
            sb.append(border).append('\n');
        }
    }

    /** {@code text.split(" ")} without regular expressions (TeaVM would ship java.util.regex for it). */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                words.add(text.substring(start, i));
                start = i + 1;
            }
        }
        while (!words.isEmpty() && words.get(words.size() - 1).isEmpty()) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    /** Greedy word wrap to {@code width}; words longer than the width are folded. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : words(text)) {
            while (word.length() > width) {
                if (current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (current.length() == 0) {
                current.append(word);
            } else if (current.length() + 1 + word.length() <= width) {
                current.append(' ').append(word);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        if (current.length() > 0 || lines.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }
}
