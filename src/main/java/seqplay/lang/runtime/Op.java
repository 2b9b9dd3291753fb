package seqplay.lang.runtime;

/**
 * The binary and comparison operators a Java-backed value can implement through {@link PyObject#binaryOp}.
 *
 * <p>{@link #symbol} is the text Python puts in its error messages ({@code unsupported operand type(s) for +}).
 */
public enum Op {
    ADD("+"), SUB("-"), MUL("*"), MATMUL("@"), TRUEDIV("/"), FLOORDIV("//"), MOD("%"), POW("**"),
    LSHIFT("<<"), RSHIFT(">>"), AND("&"), OR("|"), XOR("^"),
    LT("<"), LE("<="), EQ("=="), NE("!="), GT(">"), GE(">=");

    private final String symbol;

    Op(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python source. */
    public String symbol() {
        return symbol;
    }

    public boolean isComparison() {
        return ordinal() >= LT.ordinal();
    }

    /** For comparisons: the operator with its operands swapped ({@code a < b} is {@code b > a}). */
    public Op mirrored() {
        switch (this) {
            case LT: return GT;
            case LE: return GE;
            case GT: return LT;
            case GE: return LE;
            default: return this;
        }
    }

    /** The operator of an augmented assignment such as {@code +=}, or null. */
    public static Op fromAugmented(String text) {
        for (Op op : values()) {
            if (!op.isComparison() && (op.symbol + "=").equals(text)) {
                return op;
            }
        }
        return null;
    }

    /** The binary operator written as {@code text}, or null. */
    public static Op fromSymbol(String text) {
        for (Op op : values()) {
            if (op.symbol.equals(text)) {
                return op;
            }
        }
        return null;
    }
}
