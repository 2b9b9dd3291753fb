package seqplay.lang.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * A program's text with line breaks normalised to {@code \n}, and its lines for error reports.
 */
public final class Source {
    private final String name;
    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();

    public Source(String name, String raw) {
        this.name = name;
        String t = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        this.text = t;
        lineStarts.add(0);
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
    }

    /** The file name shown in reports, e.g. {@code lesson.py}. */
    public String name() {
        return name;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /** The number of lines (a final line break does not start another line). */
    public int lineCount() {
        int n = lineStarts.size();
        return n > 1 && lineStarts.get(n - 1) == text.length() ? n - 1 : n;
    }

    /** Line {@code n} (1-based) without its line break; empty past the end. */
    public String line(int n) {
        if (n < 1 || n > lineStarts.size()) {
            return "";
        }
        int start = lineStarts.get(n - 1);
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The offset in {@link #text()} where line {@code n} starts. */
    public int lineStart(int n) {
        return lineStarts.get(Math.max(0, Math.min(n - 1, lineStarts.size() - 1)));
    }
}
