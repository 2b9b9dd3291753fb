package seqplay.data.pandas;

import java.util.List;
import seqplay.format.PyFloat;
import seqplay.format.PyStrings;

/**
 * How numpy lays out a 1-D {@code dtype=object} array (each element's repr, no padding), line-wrapped as its
 * {@code _formatArray} does at the default width of 75: {@code ['Kim' 'Lee']}, {@code array(['Kim', 'Lee'],
 * dtype=object)}.
 */
public final class ObjectText {
    private ObjectText() {
    }

    /** numpy's summary mark: arrays over 1000 elements show their first and last 3 around it. */
    private static final Object ELLIPSIS = new Object();

    /** The elements numpy shows: all of them, or the first and last 3 around {@code ...} beyond 1000. */
    public static List<Object> shown(List<?> items) {
        int n = items.size();
        List<Object> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (n > 1000 && i == 3) {
                out.add(ELLIPSIS);
                i = n - 4;
                continue;
            }
            out.add(items.get(i));
        }
        return out;
    }

    /** One element: a str's repr, a float as Python prints it, None, an int or a bool. */
    public static String element(Object v) {
        if (v == ELLIPSIS) {
            return "...";
        }
        if (v instanceof String s) {
            return PyStrings.repr(s);
        }
        return v instanceof Double d ? PyFloat.repr(d) : Values.str(v);
    }

    /**
     * The elements between {@code open} and {@code close}: a word that would reach past {@code width} (counted
     * from the start of the line, {@code open} included) starts a new line indented by {@code open}'s length.
     */
    public static String layout(List<?> items, String open, String separator, String close, int width) {
        String indent = " ".repeat(open.length());
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(open);
        for (int i = 0; i < items.size(); i++) {
            String word = element(items.get(i));
            if (line.length() + word.length() > width && line.length() > indent.length()) {
                int end = line.length();
                while (end > 0 && line.charAt(end - 1) == ' ') {
                    end--;
                }
                out.append(line, 0, end).append('\n');
                line = new StringBuilder(indent);
            }
            line.append(word).append(i == items.size() - 1 ? "" : separator);
        }
        return out.append(line).append(close).toString();
    }
}
