package seqplay.lang.syntax;

import java.util.List;
import seqplay.lang.runtime.Op;

/** The expressions of the playground's Python subset. Every node knows its {@link Span}. */
public sealed interface Expr {
    Span span();

    /** An int, float, str, bool, None or Ellipsis literal (adjacent strings already joined). */
    record Constant(Object value, Span span) implements Expr {
    }

    /** An f-string: literal text pieces ({@code String}) and {@link Field}s, in order. */
    record FormattedString(List<Object> parts, Span span) implements Expr {
    }

    /** {@code {value!conversion:spec}} inside an f-string; {@code debugText} is {@code "x="} for {@code {x=}}. */
    record Field(Expr value, char conversion, FormattedString spec, String debugText, Span span) {
    }

    record Name(String id, Span span) implements Expr {
    }

    record Attribute(Expr value, String attr, Span span) implements Expr {
    }

    /** A call; {@code args} may contain {@link Starred}; a keyword with a null name is {@code **value}. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Span span) implements Expr {
    }

    record Keyword(String name, Expr value, Span span) {
    }

    /** {@code value[index]}; the index is a {@link Slice}, a {@link TupleExpr} (possibly of slices) or any expression. */
    record Subscript(Expr value, Expr index, Span span) implements Expr {
    }

    /** {@code lower:upper:step} with null parts omitted. */
    record Slice(Expr lower, Expr upper, Expr step, Span span) implements Expr {
    }

    /** {@code left op right}; {@code opSpan} locates the operator for error carets. */
    record BinOp(Expr left, Op op, Expr right, Span span, Span opSpan) implements Expr {
    }

    /** {@code -x}, {@code +x}, {@code ~x}, {@code not x}. */
    record UnaryOp(String op, Expr operand, Span span) implements Expr {
    }

    /** {@code a and b and c} / {@code a or b}. */
    record BoolOp(boolean isAnd, List<Expr> values, Span span) implements Expr {
    }

    /** {@code a < b <= c}, with ops such as {@code "<"}, {@code "in"}, {@code "not in"}, {@code "is not"}. */
    record Compare(Expr left, List<String> ops, List<Expr> comparators, Span span) implements Expr {
    }

    /** {@code body if test else orelse}. */
    record IfExp(Expr test, Expr body, Expr orelse, Span span) implements Expr {
    }

    record ListExpr(List<Expr> elements, Span span) implements Expr {
    }

    record TupleExpr(List<Expr> elements, Span span) implements Expr {
    }

    record SetExpr(List<Expr> elements, Span span) implements Expr {
    }

    /** A dict display; a null key means {@code **values[i]}. */
    record DictExpr(List<Expr> keys, List<Expr> values, Span span) implements Expr {
    }

    /** {@code *value} in a call, a display or an assignment target. */
    record Starred(Expr value, Span span) implements Expr {
    }

    /** The kind of a comprehension. */
    enum ComprehensionKind { LIST, SET, DICT, GENERATOR }

    /** {@code [elt for target in iter if cond ...]}; for a dict, {@code elt} is the key and {@code value} the value. */
    record Comprehension(ComprehensionKind kind, Expr elt, Expr value, List<ForClause> clauses, Span span)
            implements Expr {
    }

    record ForClause(Expr target, Expr iter, List<Expr> conditions) {
    }
}
