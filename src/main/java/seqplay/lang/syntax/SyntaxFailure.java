package seqplay.lang.syntax;

/**
 * A syntax error found by the lexer or parser, with CPython's type ({@code SyntaxError},
 * {@code IndentationError}, {@code TabError}, or {@code NotImplementedError} for valid Python the playground
 * does not support), its message, and its place as CPython reports it: 1-based line, 1-based {@code offset} and
 * exclusive {@code endOffset} (0 when CPython gives none).
 */
public final class SyntaxFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String type;
    private final int line;
    private final int offset;
    private final int endLine;
    private final int endOffset;
    private final String hintId;
    private final String hintArg;
    private final boolean byteOffsets;

    public SyntaxFailure(String type, String message, int line, int offset, int endLine, int endOffset,
            String hintId, String hintArg) {
        this(type, message, line, offset, endLine, endOffset, hintId, hintArg, false);
    }

    private SyntaxFailure(String type, String message, int line, int offset, int endLine, int endOffset,
            String hintId, String hintArg, boolean byteOffsets) {
        super(message);
        this.byteOffsets = byteOffsets;
        this.type = type;
        this.line = line;
        this.offset = offset;
        this.endLine = endLine;
        this.endOffset = endOffset;
        this.hintId = hintId;
        this.hintArg = hintArg;
    }

    public SyntaxFailure(String type, String message, int line, int offset, int endLine, int endOffset,
            String hintId) {
        this(type, message, line, offset, endLine, endOffset, hintId, null);
    }

    public String type() {
        return type;
    }

    public int line() {
        return line;
    }

    public int offset() {
        return offset;
    }

    public int endLine() {
        return endLine;
    }

    public int endOffset() {
        return endOffset;
    }

    public String hintId() {
        return hintId;
    }

    /**
     * This error as CPython's parser raises it when running a file: its offsets count UTF-8 bytes, not characters
     * ({@code print('한글' 1)} underlines 10 columns). Tokenizer errors (unterminated strings, brackets, invalid
     * characters) count characters. {@link #offset()} stays in characters (the page underlines with it); only the
     * printed caret row follows CPython.
     */
    public SyntaxFailure inBytes() {
        return new SyntaxFailure(type, getMessage(), line, offset, endLine, endOffset, hintId, hintArg, true);
    }

    /** Whether CPython prints this error's caret row by UTF-8 bytes (see {@link #inBytes()}). */
    public boolean byteOffsets() {
        return byteOffsets;
    }

    /** A value for the hint's {@code {0}} placeholder, or null. */
    public String hintArg() {
        return hintArg;
    }
}
