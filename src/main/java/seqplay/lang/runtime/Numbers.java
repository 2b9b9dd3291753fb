package seqplay.lang.runtime;

/** Arithmetic and comparison between Python ints, bools and floats. */
final class Numbers {
    private Numbers() {
    }

    static Object binary(Op op, Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            if (op == Op.AND || op == Op.OR || op == Op.XOR || op == Op.LSHIFT || op == Op.RSHIFT
                    || op == Op.MATMUL) {
                return Py.NOT_IMPLEMENTED;
            }
            double x = Py.toDouble(a);
            double y = Py.toDouble(b);
            switch (op) {
                case ADD: return x + y;
                case SUB: return x - y;
                case MUL: return x * y;
                case TRUEDIV:
                    if (y == 0.0) {
                        throw Py.zeroDivision("float division by zero");
                    }
                    return x / y;
                case FLOORDIV: return Floats.floorDiv(x, y);
                case MOD: return Floats.mod(x, y);
                case POW: return Floats.pow(x, y);
                default: return Py.NOT_IMPLEMENTED;
            }
        }
        if (a instanceof Boolean && b instanceof Boolean) {
            boolean x = (Boolean) a;
            boolean y = (Boolean) b;
            switch (op) {
                case AND: return x & y;
                case OR: return x | y;
                case XOR: return x ^ y;
                default: break;
            }
        }
        switch (op) {
            case ADD: return Ints.add(a, b);
            case SUB: return Ints.sub(a, b);
            case MUL: return Ints.mul(a, b);
            case TRUEDIV: return Ints.trueDiv(a, b);
            case FLOORDIV: return Ints.floorDiv(a, b);
            case MOD: return Ints.mod(a, b);
            case POW: return Ints.pow(a, b);
            case AND: return Ints.and(a, b);
            case OR: return Ints.or(a, b);
            case XOR: return Ints.xor(a, b);
            case LSHIFT: return Ints.shiftLeft(a, b);
            case RSHIFT: return Ints.shiftRight(a, b);
            default: return Py.NOT_IMPLEMENTED;
        }
    }

    static Object unary(String op, Object a) {
        if (a instanceof Double) {
            double x = (Double) a;
            switch (op) {
                case "-": return -x;
                case "+": return x;
                default: return Py.NOT_IMPLEMENTED;
            }
        }
        switch (op) {
            case "-": return Ints.neg(a);
            case "+": return a instanceof Boolean ? (Object) Ints.small(a) : a;
            default: return Ints.invert(a);
        }
    }

    /** Compares two numbers exactly; NaN is unordered. */
    static Object compare(Op op, Object a, Object b) {
        int c;
        if (a instanceof Double && b instanceof Double) {
            double x = (Double) a;
            double y = (Double) b;
            c = x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
        } else if (a instanceof Double) {
            c = Ints.compareWithDouble(b, (Double) a);
            c = c == 2 ? 2 : -c;
        } else if (b instanceof Double) {
            c = Ints.compareWithDouble(a, (Double) b);
        } else {
            c = Ints.compare(a, b);
        }
        return fromCompare(op, c);
    }

    /** The truth of {@code op} given a three-way comparison result; 2 means unordered (NaN). */
    static Boolean fromCompare(Op op, int c) {
        if (c == 2) {
            return op == Op.NE;
        }
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }
}
