package seqplay.lang.syntax;

/**
 * Where a node is in the source: 1-based line and column of its first character, and the line and exclusive
 * column just after its last character (CPython's {@code lineno}, {@code col_offset + 1}, {@code end_lineno},
 * {@code end_col_offset + 1}).
 */
public record Span(int line, int column, int endLine, int endColumn) {
    /** The span from the start of {@code a} to the end of {@code b}. */
    public static Span cover(Span a, Span b) {
        return new Span(a.line, a.column, b.endLine, b.endColumn);
    }

    /** The span of one token. */
    public static Span of(Token t) {
        return new Span(t.line(), t.column(), t.endLine(), t.endColumn());
    }

    @Override
    public String toString() {
        return line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
