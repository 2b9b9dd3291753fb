package seqplay.lang.syntax;

/**
 * One token with its position: 1-based line, 1-based column of its first character, and the position just after
 * its last character ({@code endColumn} is exclusive, so {@code x} at column 5 ends at column 6).
 *
 * <p>{@code value} is the decoded literal for NUMBER ({@code Long}, {@code BigInteger}, {@code Double}), STRING
 * ({@code String}, escapes resolved, or {@link Token.Bytes}) and FSTRING ({@link FString}); otherwise null.
 */
public record Token(Kind kind, String text, int line, int column, int endLine, int endColumn, Object value) {
    /** Token kinds, as in Python's tokenize module. */
    public enum Kind {
        NAME, NUMBER, STRING, FSTRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER
    }

    /** A bytes literal (not supported by the playground; kept to report it at its place). */
    public record Bytes(String text) {
    }

    public boolean is(String op) {
        return (kind == Kind.OP || kind == Kind.NAME) && text.equals(op);
    }

    public boolean isOp(String op) {
        return kind == Kind.OP && text.equals(op);
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + line + ":" + column;
    }
}
