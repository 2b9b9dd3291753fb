package seqplay.lang.runtime;

import java.math.BigInteger;
import java.util.List;
import seqplay.errors.PyException;
import seqplay.tensor.Maths;

/**
 * The parts of Python's standard library that lessons use and the playground provides: {@code math}.
 *
 * <p>Elementary functions come from {@link Maths}, so results are the same on every target; they agree with
 * CPython's C library to the last digit or within one unit in the last place.
 */
public final class StandardModules {
    private StandardModules() {
    }

    /** Registers the standard modules in {@code modules}. */
    public static void install(Modules modules) {
        modules.register("math", ctx -> math());
    }

    private interface Real {
        double apply(double x);
    }

    private static PyFunction unary(String name, Real f) {
        return PyFunction.builtin("!" + name + "(x, /)", a -> f.apply(real(a[0])));
    }

    private static double real(Object o) {
        if (o instanceof Double) {
            return (Double) o;
        }
        if (Ints.isInt(o)) {
            return Ints.toDouble(o);
        }
        throw Py.typeError("must be real number, not " + Py.typeName(o));
    }

    private static PyException domain() {
        return Py.valueError("math domain error");
    }

    private static double checked(double r) {
        if (Double.isInfinite(r)) {
            throw Py.overflow("math range error");
        }
        return r;
    }

    static PyModule math() {
        PyModule m = new PyModule("math");
        m.add("pi", Maths.PI).add("e", 2.718281828459045).add("tau", 6.283185307179586)
                .add("inf", Double.POSITIVE_INFINITY).add("nan", Double.NaN);
        m.add("sqrt", unary("sqrt", x -> {
            if (x < 0) {
                throw domain();
            }
            return Math.sqrt(x);
        }));
        m.add("exp", unary("exp", x -> Double.isInfinite(x) ? Maths.exp(x) : checked(Maths.exp(x))));
        m.add("expm1", unary("expm1", x -> checked(Maths.expm1(x))));
        m.add("log", PyFunction.builtin("!log(x, base=None, /)", a -> {
            double x = logArg(a[0]);
            if (a[1] == Py.NONE) {
                return x;
            }
            double b = logArg(a[1]);
            if (b == 0.0) {
                throw Py.zeroDivision("float division by zero");
            }
            return x / b;
        }));
        m.add("log10", unary("log10", x -> {
            if (x <= 0) {
                throw domain();
            }
            return Maths.log10(x);
        }));
        m.add("log2", unary("log2", x -> {
            if (x <= 0) {
                throw domain();
            }
            return Maths.log2(x);
        }));
        m.add("log1p", unary("log1p", x -> {
            if (x <= -1) {
                throw domain();
            }
            return Maths.log1p(x);
        }));
        m.add("pow", PyFunction.builtin("!pow(x, y, /)", a -> {
            double x = real(a[0]);
            double y = real(a[1]);
            if (x < 0 && y != Math.floor(y)) {
                throw domain();
            }
            return Floats.pow(x, y);
        }));
        m.add("fabs", unary("fabs", Math::abs));
        m.add("sin", unary("sin", Maths::sin));
        m.add("cos", unary("cos", Maths::cos));
        m.add("tan", unary("tan", x -> Maths.sin(x) / Maths.cos(x)));
        m.add("tanh", unary("tanh", Maths::tanh));
        m.add("erf", unary("erf", Maths::erf));
        m.add("degrees", unary("degrees", x -> x * (180.0 / Maths.PI)));
        m.add("radians", unary("radians", x -> x * (Maths.PI / 180.0)));
        m.add("hypot", PyFunction.builtin("hypot(*coordinates)", a -> {
            double s = 0;
            for (Object o : ((PyTuple) a[0]).items()) {
                double v = real(o);
                s += v * v;
            }
            return Math.sqrt(s);
        }));
        m.add("floor", PyFunction.builtin("!floor(x, /)", a -> Ints.isInt(a[0]) ? Ints.add(a[0], 0L)
                : Ints.fromDouble(Math.floor(real(a[0])))));
        m.add("ceil", PyFunction.builtin("!ceil(x, /)", a -> Ints.isInt(a[0]) ? Ints.add(a[0], 0L)
                : Ints.fromDouble(Math.ceil(real(a[0])))));
        m.add("trunc", PyFunction.builtin("!trunc(x, /)", a -> Ints.isInt(a[0]) ? Ints.add(a[0], 0L)
                : Ints.fromDouble(real(a[0]))));
        m.add("isnan", unaryBool("isnan", Double::isNaN));
        m.add("isinf", unaryBool("isinf", Double::isInfinite));
        m.add("isfinite", unaryBool("isfinite", x -> !Double.isNaN(x) && !Double.isInfinite(x)));
        m.add("isclose", PyFunction.builtin("isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)", a -> {
            double x = real(a[0]);
            double y = real(a[1]);
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(y - x);
            return diff <= Math.abs(real(a[2]) * y) || diff <= Math.abs(real(a[2]) * x) || diff <= real(a[3]);
        }));
        m.add("factorial", PyFunction.builtin("!factorial(n, /)", a -> {
            if (!Ints.isInt(a[0])) {
                throw Py.typeError("'" + Py.typeName(a[0]) + "' object cannot be interpreted as an integer");
            }
            long n = Py.indexValue(a[0], "");
            if (n < 0) {
                throw Py.valueError("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return Ints.normalize(r);
        }));
        m.add("gcd", PyFunction.builtin("gcd(*integers)", a -> {
            BigInteger g = BigInteger.ZERO;
            for (Object o : ((PyTuple) a[0]).items()) {
                if (!Ints.isInt(o)) {
                    throw Py.typeError("'" + Py.typeName(o) + "' object cannot be interpreted as an integer");
                }
                g = g.gcd(Ints.big(o));
            }
            return Ints.normalize(g);
        }));
        m.add("comb", PyFunction.builtin("!comb(n, k, /)", a -> {
            long n = Py.indexValue(a[0], "");
            long k = Py.indexValue(a[1], "");
            if (n < 0 || k < 0) {
                throw Py.valueError((n < 0 ? "n" : "k") + " must be a non-negative integer");
            }
            if (k > n) {
                return 0L;
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < k; i++) {
                r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
            }
            return Ints.normalize(r);
        }));
        m.add("prod", PyFunction.builtin("prod(iterable, /, *, start=1)", a -> {
            Object r = a[1];
            for (Object o : Py.toList(a[0])) {
                r = Py.binary(Op.MUL, r, o);
            }
            return r;
        }));
        m.add("fsum", PyFunction.builtin("!fsum(seq, /)", a -> fsum(Py.toList(a[0]))));
        return m;
    }

    private interface RealTest {
        boolean test(double x);
    }

    private static PyFunction unaryBool(String name, RealTest t) {
        return PyFunction.builtin("!" + name + "(x, /)", a -> t.test(real(a[0])));
    }

    private static double logArg(Object o) {
        if (Ints.isInt(o) && Ints.signum(o) > 0 && o instanceof BigInteger) {
            BigInteger v = (BigInteger) o;
            int shift = v.bitLength() - 60;
            return Maths.log(Ints.toDouble(Ints.normalize(v.shiftRight(shift)))) + shift * Maths.LN2;
        }
        double x = real(o);
        if (x <= 0) {
            throw domain();
        }
        return Maths.log(x);
    }

    /** An exactly rounded sum (Shewchuk's partials, as CPython's {@code math.fsum}). */
    private static double fsum(List<Object> items) {
        double[] partials = new double[Math.max(4, items.size() + 1)];
        int n = 0;
        for (Object o : items) {
            double x = real(o);
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials[i++] = lo;
                }
                x = hi;
            }
            partials[i++] = x;
            n = i;
        }
        double total = 0.0;
        for (int k = n - 1; k >= 0; k--) {
            total += partials[k];
        }
        return total;
    }
}
