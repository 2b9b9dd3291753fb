package seqplay.lang;

import seqplay.errors.Hints;
import seqplay.lang.syntax.Source;
import seqplay.lang.syntax.SyntaxFailure;

/** Builds {@link ErrorReport}s and their text exactly as CPython 3.12 prints them on standard error. */
final class Reports {
    private Reports() {
    }

    /** Where the caret row's {@code ^} marks go inside a span: CPython's anchors for {@code a / b} and {@code x[i]}. */
    record Anchors(int left, int right) {
    }

    static ErrorReport syntax(Source source, SyntaxFailure f) {
        String text = syntaxText(source, f);
        int column = Math.max(1, f.offset());
        int endColumn = f.endOffset() > f.offset() && f.endLine() == f.line() ? f.endOffset() : column + 1;
        if (f.offset() <= 0 || column > source.line(f.line()).length() + 1) {
            // No caret in Python's report: underline the line's text for the page.
            String line = source.line(f.line());
            column = indentOf(line) + 1;
            endColumn = Math.max(column + 1, line.length() + 1);
        }
        return make(f.type(), f.getMessage(), f.line(), column, f.line(), endColumn, f.hintId(), text,
                f.hintArg() == null ? new String[0] : new String[] {f.hintArg()});
    }

    static ErrorReport make(String type, String message, int line, int column, int endLine, int endColumn,
            String hintId, String text, String... hintArgs) {
        Hints.Hint h = Hints.get(hintId);
        String ko = h == null ? null : Hints.fill(h.ko(), hintArgs);
        String en = h == null ? null : Hints.fill(h.en(), hintArgs);
        return new ErrorReport(type, message, line, column, endLine, endColumn, h == null ? null : hintId, ko, en,
                text);
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        return i;
    }

    /** CPython's {@code print_error_text}: the stripped line and a caret row, clipped as CPython clips it. */
    static String syntaxText(Source source, SyntaxFailure f) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(source.name()).append("\", line ").append(f.line()).append('\n');
        if (f.line() >= 1 && f.line() <= source.lineCount()) {
            String text = source.line(f.line());
            boolean hasNewline = f.line() < source.lineCount() || source.text().endsWith("\n");
            int lineSize = utf8Length(text) + (hasNewline ? 1 : 0);
            int offset = f.byteOffsets() ? byteOffset(text, f.offset()) : f.offset();
            int endOffset = f.byteOffsets() && f.endLine() == f.line() ? byteOffset(text, f.endOffset()) : f.endOffset();
            if (f.endLine() > f.line()) {
                endOffset = lineSize;
            }
            if (endOffset > lineSize + 1) {
                endOffset = lineSize + 1;
            }
            int carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
            int off = offset - 1;
            int i = 0;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) {
                i++;
                off--;
            }
            String stripped = text.substring(i);
            if (off > utf8Length(stripped)) {
                off = utf8Length(stripped); // CPython clips at the line's length in bytes (strlen)
            }
            sb.append("    ").append(stripped).append('\n');
            if (off >= 0) {
                sb.append("    ").append(" ".repeat(off)).append("^".repeat(carets)).append('\n');
            }
        }
        sb.append(f.type()).append(": ").append(f.getMessage()).append('\n');
        return sb.toString();
    }

    /** A 1-based character offset into {@code line} as the 1-based UTF-8 byte offset CPython's parser gives. */
    private static int byteOffset(String line, int offset) {
        if (offset <= 1) {
            return offset;
        }
        int chars = Math.min(offset - 1, line.length());
        return utf8Length(line.substring(0, chars)) + (offset - 1 - chars) + 1;
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * A runtime error's traceback: the frame line, the stripped source line, and a caret row under the failing
     * expression (left out when it would underline the whole line, as CPython 3.12 does).
     */
    static String traceback(Source source, int line, int column, int endLine, int endColumn, Anchors anchors,
            String lastLine) {
        StringBuilder sb = new StringBuilder("Traceback (most recent call last):\n");
        sb.append("  File \"").append(source.name()).append("\", line ").append(line).append(", in <module>\n");
        String orig = source.line(line);
        String stripped = orig.strip();
        if (!stripped.isEmpty()) {
            sb.append("    ").append(stripped).append('\n');
            int strippedChars = orig.length() - orig.stripLeading().length();
            int start = column - 1;
            int end = endLine == line ? endColumn - 1 : strippedChars + stripped.length();
            boolean useAnchors = anchors != null && endLine == line && anchors.right() > anchors.left();
            if (end > start && (end - start < stripped.length() || useAnchors)) {
                // Positions and lengths in terminal columns: a wide character (한) takes two (CPython 3.12's
                // traceback._display_width).
                sb.append("    ").append(" ".repeat(Math.max(0, DisplayWidth.of(orig, 0, start) - strippedChars)));
                if (useAnchors) {
                    int left = DisplayWidth.of(orig, start, start + anchors.left());
                    int right = DisplayWidth.of(orig, start, start + anchors.right());
                    int total = DisplayWidth.of(orig, start, end);
                    sb.append("~".repeat(left)).append("^".repeat(right - left)).append("~".repeat(total - right));
                } else {
                    sb.append("^".repeat(DisplayWidth.of(orig, start, end)));
                }
                sb.append('\n');
            }
        }
        sb.append(lastLine).append('\n');
        return sb.toString();
    }

    static ErrorReport internal(Source source, int line, int column, int endColumn, Throwable e) {
        String message = "internal error in the playground (" + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report it with your code";
        String last = "SystemError: " + message;
        String text = traceback(source, line, column, line, endColumn, null, last);
        return make("SystemError", message, line, column, line, endColumn, "lang.internal", text);
    }
}
