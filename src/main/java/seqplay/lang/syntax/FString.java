package seqplay.lang.syntax;

import java.util.List;

/**
 * The pieces of an f-string literal as the lexer found them: literal text, and replacement fields whose
 * expression source is parsed later at its own position in the file.
 */
public record FString(List<Object> parts) {
    /**
     * A {@code {expr!c:spec}} field: {@code start}/{@code end} are offsets of the expression in the normalised
     * source; {@code conversion} is 0, 's', 'r' or 'a'; {@code spec} holds the format spec's own parts (null for
     * none); {@code debugText} is the text before {@code =} in {@code f"{x=}"}, or null;
     * {@code braces} spans the field from its '{' to its '}'.
     */
    public record Field(int start, int end, int line, int column, char conversion, FString spec, String debugText,
            Span braces) {
    }
}
