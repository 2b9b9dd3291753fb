package seqplay.data.pandas;

import java.util.List;

/**
 * pandas' {@code format_object_summary} for {@code repr(Index)}: items on one line when they fit in
 * {@code display.width} (80), else wrapped under the opening bracket, attributes such as {@code dtype='object'}
 * on a line of their own.
 */
final class IndexRepr {
    private IndexRepr() {
    }

    static final int DISPLAY_WIDTH = 80;
    private static final int MAX_SEQ_ITEMS = 100;

    /**
     * @param className the class name pandas prints ({@code Index})
     * @param items     each label already in its printed form ({@code 'a'}, {@code 3})
     * @param attrs     the text after the data, e.g. {@code dtype='object'}
     */
    static String format(String className, List<String> items, String attrs) {
        // The summary ends with ", " on one line or with "," and a newline indented under the bracket.
        return className + "(" + summary(className, items, !allQuoted(items)) + attrs + ")";
    }

    private static boolean allQuoted(List<String> items) {
        for (String s : items) {
            if (!(s.startsWith("'") || s.startsWith("\""))) {
                return false;
            }
        }
        return !items.isEmpty();
    }

    private static String summary(String name, List<String> items, boolean justify) {
        String space1 = "\n" + " ".repeat(name.length() + 1);
        String space2 = "\n" + " ".repeat(name.length() + 2);
        int n = items.size();
        if (n == 0) {
            return "[], ";
        }
        if (n == 1) {
            return "[" + items.get(0) + "], ";
        }
        if (n == 2) {
            return "[" + items.get(0) + ", " + items.get(1) + "], ";
        }
        boolean truncated = n > MAX_SEQ_ITEMS;
        List<String> head;
        List<String> tail;
        if (truncated) {
            int k = Math.min(MAX_SEQ_ITEMS / 2, 10);
            head = new java.util.ArrayList<>(items.subList(0, k));
            tail = new java.util.ArrayList<>(items.subList(n - k, n));
        } else {
            head = new java.util.ArrayList<>();
            tail = new java.util.ArrayList<>(items);
        }
        if (justify && (truncated || !(String.join(", ", head).length() < DISPLAY_WIDTH
                && String.join(", ", tail).length() < DISPLAY_WIDTH))) {
            int max = 0;
            for (String s : head) {
                max = Math.max(max, s.length());
            }
            for (String s : tail) {
                max = Math.max(max, s.length());
            }
            for (int i = 0; i < head.size(); i++) {
                head.set(i, Text.rjust(head.get(i), max));
            }
            for (int i = 0; i < tail.size(); i++) {
                tail.set(i, Text.rjust(tail.get(i), max));
            }
        }
        StringBuilder summary = new StringBuilder();
        String[] line = {space2};
        for (String h : head) {
            extend(summary, line, h + ", ", DISPLAY_WIDTH, space2);
        }
        if (truncated) {
            summary.append(Text.rstrip(line[0])).append(space2).append("...");
            line[0] = space2;
        }
        for (int i = 0; i < tail.size() - 1; i++) {
            extend(summary, line, tail.get(i) + ", ", DISPLAY_WIDTH, space2);
        }
        extend(summary, line, tail.get(tail.size() - 1), DISPLAY_WIDTH - 2, space2);
        summary.append(line[0]).append("],");
        if (summary.length() > DISPLAY_WIDTH) {
            summary.append(space1);
        } else {
            summary.append(' ');
        }
        return "[" + summary.substring(space2.length());
    }

    private static void extend(StringBuilder summary, String[] line, String value, int width, String prefix) {
        if (Text.width(Text.rstrip(line[0])) + Text.width(Text.rstrip(value)) >= width) {
            summary.append(Text.rstrip(line[0]));
            line[0] = prefix;
        }
        line[0] = line[0] + value;
    }
}
