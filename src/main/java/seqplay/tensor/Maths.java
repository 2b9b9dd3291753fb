package seqplay.tensor;

/**
 * Elementary functions built only from IEEE-754 basic operations (+, −, ×, ÷, sqrt, floor, comparisons).
 *
 * <p>Why not {@link Math}: on the JVM, in TeaVM's JavaScript build and in its Wasm-GC build, {@code Math.exp},
 * {@code log}, {@code tanh}, {@code pow}, {@code sin} come from three different libraries and differ in the last
 * digit. Basic operations are correctly rounded everywhere, so code made of them gives bit-identical results on
 * all three targets, and the same seed gives the same training history. Accuracy is within a couple of ulps,
 * far below the float32 precision Keras itself computes in.
 *
 * <p>No {@code long} arithmetic: TeaVM's JavaScript output emulates it and it is two orders of magnitude slower.
 *
 * <p>TEAVM_ORDER: TeaVM's JavaScript printer treats {@code +} and {@code *} as associative and drops the
 * parentheses of a right operand of the same precedence, so {@code a + (b + c)} runs as {@code (a + b) + c} and
 * {@code a * (b / c)} as {@code (a * b) / c}. In double code that must match the JVM bit for bit, a compound
 * operand of {@code +} or {@code *} is therefore written on the left: {@code (b + c) + a}. Both orders are the
 * same IEEE operation, because addition and multiplication are commutative.
 */
public final class Maths {
    private Maths() {
    }

    public static final double LN2 = 0.6931471805599453;
    // ln 2 split so that k * LN2_HI is exact for |k| < 2^11 (the low 11 bits of LN2_HI are zero).
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double SQRT2 = 1.4142135623730951;
    public static final double PI = 3.141592653589793;
    private static final double TWO_PI = 6.283185307179586;
    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;

    private static final int POW2_BIAS = 1074;
    /** POW2[k + 1074] = 2^k for k in [-1074, 1023], filled by exact doubling and halving. */
    private static final double[] POW2 = new double[1074 + 1024];

    static {
        POW2[POW2_BIAS] = 1.0;
        for (int k = 1; k <= 1023; k++) {
            POW2[POW2_BIAS + k] = POW2[POW2_BIAS + k - 1] * 2.0;
        }
        for (int k = 1; k <= 1074; k++) {
            POW2[POW2_BIAS - k] = POW2[POW2_BIAS - k + 1] * 0.5;
        }
    }

    /** 2^k for any int k (0 below the subnormal range, infinity above 1023). */
    public static double pow2(int k) {
        if (k > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        if (k < -1074) {
            return 0.0;
        }
        return POW2[POW2_BIAS + k];
    }

    /** x · 2^k, exact unless the result overflows or becomes subnormal. */
    public static double scalb(double x, int k) {
        // Split large shifts so that no intermediate power of two overflows or underflows.
        while (k > 1023) {
            x *= POW2[POW2_BIAS + 1023];
            k -= 1023;
        }
        while (k < -1022) {
            x *= POW2[POW2_BIAS - 1022];
            k += 1022;
            if (x == 0.0) {
                return x;
            }
        }
        return x * POW2[POW2_BIAS + k];
    }

    /**
     * The binary exponent e with 2^e ≤ |x| < 2^(e+1) for finite non-zero x (subnormals included), found by
     * binary search in the power table: no bit tricks, so no long arithmetic.
     */
    public static int exponent(double x) {
        double a = Math.abs(x);
        int lo = -1074;
        int hi = 1023;
        // Most arguments (log's, from losses and softmax) are near 1: search [-32, 32) first, six steps not eleven.
        if (a >= POW2[POW2_BIAS - 32] && a < POW2[POW2_BIAS + 32]) {
            if (a >= 1.0 && a < 2.0) {
                return 0;
            }
            lo = -32;
            hi = 31;
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >> 1;
            if (POW2[POW2_BIAS + mid] <= a) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** e^x. */
    public static double exp(double x) {
        if (x != x) {
            return x;
        }
        if (x > 709.782712893384) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -745.1332191019412) {
            return 0.0;
        }
        // x = k ln2 + r with |r| <= ln2 / 2, then e^x = 2^k e^r.
        double kd = Math.floor(x * INV_LN2 + 0.5);
        int k = (int) kd;
        double r = (x - kd * LN2_HI) - kd * LN2_LO;
        return scalb(expSmall(r), k);
    }

    /** e^r for |r| ≤ 0.35 by its Taylor series; the truncation error is below 1e-18. */
    private static double expSmall(double r) {
        double p = 1.0 / 6227020800.0; // 1/13!
        p = p * r + 1.0 / 479001600.0;
        p = p * r + 1.0 / 39916800.0;
        p = p * r + 1.0 / 3628800.0;
        p = p * r + 1.0 / 362880.0;
        p = p * r + 1.0 / 40320.0;
        p = p * r + 1.0 / 5040.0;
        p = p * r + 1.0 / 720.0;
        p = p * r + 1.0 / 120.0;
        p = p * r + 1.0 / 24.0;
        p = p * r + 1.0 / 6.0;
        p = p * r + 0.5;
        // 1 + (r + r^2 p): the small terms are summed first for accuracy (see TEAVM_ORDER in the class doc).
        return (r + r * r * p) + 1.0;
    }

    /** e^x − 1, accurate for small x. */
    public static double expm1(double x) {
        if (x != x) {
            return x;
        }
        if (Math.abs(x) < 0.35) {
            double p = 1.0 / 6227020800.0;
            p = p * x + 1.0 / 479001600.0;
            p = p * x + 1.0 / 39916800.0;
            p = p * x + 1.0 / 3628800.0;
            p = p * x + 1.0 / 362880.0;
            p = p * x + 1.0 / 40320.0;
            p = p * x + 1.0 / 5040.0;
            p = p * x + 1.0 / 720.0;
            p = p * x + 1.0 / 120.0;
            p = p * x + 1.0 / 24.0;
            p = p * x + 1.0 / 6.0;
            p = p * x + 0.5;
            return x + x * x * p;
        }
        return exp(x) - 1.0;
    }

    /** Natural logarithm. */
    public static double log(double x) {
        if (x != x || x < 0.0) {
            return Double.NaN;
        }
        if (x == 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        int e = exponent(x);
        double m = scalb(x, -e); // exact, m in [1, 2)
        if (m > SQRT2) {
            m *= 0.5;
            e += 1;
        }
        // log m = 2 atanh(s), s = (m-1)/(m+1), |s| <= 0.1716.
        double f = m - 1.0;
        double s = f / (2.0 + f);
        double z = s * s;
        double p = 1.0 / 23.0;
        p = p * z + 1.0 / 21.0;
        p = p * z + 1.0 / 19.0;
        p = p * z + 1.0 / 17.0;
        p = p * z + 1.0 / 15.0;
        p = p * z + 1.0 / 13.0;
        p = p * z + 1.0 / 11.0;
        p = p * z + 1.0 / 9.0;
        p = p * z + 1.0 / 7.0;
        p = p * z + 1.0 / 5.0;
        p = p * z + 1.0 / 3.0;
        // 2 atanh(s) = 2s + 2s z p with p = 1/3 + z/5 + z^2/7 + ...
        double logm = 2.0 * s + 2.0 * s * z * p;
        return (logm + e * LN2_LO) + e * LN2_HI;
    }

    /** log(1 + x), accurate for small x. */
    public static double log1p(double x) {
        if (x != x || x < -1.0) {
            return Double.NaN;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        double u = 1.0 + x;
        if (u == 1.0) {
            return x;
        }
        // The rounding error of 1 + x cancels: log(u) * x / (u - 1) (Goldberg's formula).
        return log(u) * x / (u - 1.0);
    }

    /** log base 10. */
    public static double log10(double x) {
        return log(x) / 2.302585092994046;
    }

    /** log base 2. */
    public static double log2(double x) {
        return log(x) / LN2;
    }

    /** Hyperbolic tangent. */
    public static double tanh(double x) {
        if (x != x) {
            return x;
        }
        double a = Math.abs(x);
        if (a > 22.0) {
            return x > 0 ? 1.0 : -1.0;
        }
        double t = expm1(2.0 * a);
        double r = t / (t + 2.0);
        return x < 0 ? -r : r;
    }

    /** The logistic function 1 / (1 + e^−x), computed without overflow. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + exp(-x));
        }
        double e = exp(x);
        return e / (1.0 + e);
    }

    /** log(1 + e^x), the stable form max(x, 0) + log1p(e^−|x|). */
    public static double softplus(double x) {
        if (x != x) {
            return x;
        }
        return Math.max(x, 0.0) + log1p(exp(-Math.abs(x)));
    }

    /** The error function. */
    public static double erf(double x) {
        if (x != x) {
            return x;
        }
        double a = Math.abs(x);
        if (a >= 6.0) {
            return x > 0 ? 1.0 : -1.0;
        }
        // erf(a) = 2/sqrt(pi) e^(-a^2) sum_n 2^n a^(2n+1) / (1*3*...*(2n+1)): all terms positive, no cancellation.
        double a2 = a * a;
        double term = a;
        double sum = a;
        for (int n = 1; n < 200; n++) {
            term = (2.0 * a2 / (2 * n + 1)) * term;
            double next = sum + term;
            if (next == sum) {
                break;
            }
            sum = next;
        }
        double r = TWO_OVER_SQRT_PI * exp(-a2) * sum;
        if (r > 1.0) {
            r = 1.0;
        }
        return x < 0 ? -r : r;
    }

    /** x^n for an int exponent, by repeated squaring. */
    public static double powInt(double x, int n) {
        if (n < 0) {
            if (n == Integer.MIN_VALUE) {
                return 1.0 / (powInt(x, Integer.MAX_VALUE) * x);
            }
            return 1.0 / powInt(x, -n);
        }
        double result = 1.0;
        double base = x;
        while (n > 0) {
            if ((n & 1) != 0) {
                result *= base;
            }
            n >>= 1;
            if (n > 0) {
                base *= base;
            }
        }
        return result;
    }

    /**
     * x^y with C99's {@code pow} semantics (which Python's {@code **} and numpy's {@code power} build on) and its
     * correctly rounded result: squares, reciprocals and square roots by one IEEE operation, every other power by
     * {@link PrecisePow}. Python's exceptions (0.0 to a negative power, overflow) are raised by the interpreter.
     */
    public static double pow(double x, double y) {
        if (y == 0.0 || x == 1.0) {
            return 1.0;
        }
        if (y != y || x != x) {
            return Double.NaN;
        }
        boolean yIsInt = y == Math.floor(y); // true for ±inf as well, handled below before it matters
        double halfY = y * 0.5;
        boolean yIsOdd = yIsInt && !Double.isInfinite(y) && halfY != Math.floor(halfY);
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return 1.0; // (-1) ** ±inf
            }
            return (ax < 1.0) == (y > 0) ? 0.0 : Double.POSITIVE_INFINITY;
        }
        if (x == 0.0 || Double.isInfinite(x)) {
            // ±0 and ±inf: the magnitude is 0 or inf, the sign survives only for odd integer powers of a negative.
            boolean big = (x == 0.0) == (y < 0);
            double r = big ? Double.POSITIVE_INFINITY : 0.0;
            boolean negative = yIsOdd && (x < 0 || 1.0 / x < 0);
            return negative ? -r : r;
        }
        if (x < 0 && !yIsInt) {
            return Double.NaN;
        }
        if (y == 1.0) {
            return x;
        }
        if (y == 2.0) {
            return x * x;
        }
        if (y == -1.0) {
            return 1.0 / x;
        }
        if (y == 0.5 && x > 0) {
            return Math.sqrt(x);
        }
        double r = PrecisePow.pow(Math.abs(x), y);
        return x < 0 && yIsOdd ? -r : r;
    }

    /** Sine. */
    public static double sin(double x) {
        return trig(x, false);
    }

    /** Cosine. */
    public static double cos(double x) {
        return trig(x, true);
    }

    // pi/2 = PIO2_1 + PIO2_2 + PIO2_2T: the first two parts end in 33 zero bits, so k * part is exact for
    // |k| < 2^20 and the reduction keeps its accuracy even when x lies close to a multiple of pi/2.
    private static final double PIO2_1 = 1.57079632673412561417e+00;
    private static final double PIO2_2 = 6.07710050630396597660e-11;
    private static final double PIO2_2T = 2.02226624879595063154e-21;
    private static final double TWO_OVER_PI = 6.36619772367581382433e-01;

    private static double trig(double x, boolean cosine) {
        if (x != x || Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (Math.abs(x) > 1.0e6) {
            // Keras note: lessons never need trigonometry of huge arguments; reduce in plain doubles.
            x = x - TWO_PI * Math.floor(x / TWO_PI);
        }
        double kd = Math.floor(x * TWO_OVER_PI + 0.5);
        double r = ((x - kd * PIO2_1) - kd * PIO2_2) - kd * PIO2_2T;
        int quadrant = ((int) kd) & 3;
        if (cosine) {
            quadrant = (quadrant + 1) & 3;
        }
        switch (quadrant) {
            case 0:
                return sinSmall(r);
            case 1:
                return cosSmall(r);
            case 2:
                return -sinSmall(r);
            default:
                return -cosSmall(r);
        }
    }

    /** sin r for |r| ≤ π/4 by its Taylor series. */
    private static double sinSmall(double r) {
        double z = r * r;
        double p = -1.0 / 1307674368000.0; // -1/15!
        p = p * z + 1.0 / 6227020800.0;
        p = p * z - 1.0 / 39916800.0;
        p = p * z + 1.0 / 362880.0;
        p = p * z - 1.0 / 5040.0;
        p = p * z + 1.0 / 120.0;
        p = p * z - 1.0 / 6.0;
        return r + r * z * p;
    }

    /** cos r for |r| ≤ π/4 by its Taylor series. */
    private static double cosSmall(double r) {
        double z = r * r;
        double p = 1.0 / 20922789888000.0; // 1/16!
        p = p * z - 1.0 / 87178291200.0;
        p = p * z + 1.0 / 479001600.0;
        p = p * z - 1.0 / 3628800.0;
        p = p * z + 1.0 / 40320.0;
        p = p * z - 1.0 / 720.0;
        p = p * z + 1.0 / 24.0;
        double hz = 0.5 * z;
        double w = 1.0 - hz;
        return (((1.0 - w) - hz) + z * z * p) + w;
    }

    /**
     * Rounds to the nearest float32 value (ties to even), returned as a double.
     *
     * <p>A plain {@code (float)} cast is not used: TeaVM's JavaScript build does not round casts to float, so the
     * same cast would print differently in the browser than on the JVM. Keras keeps every number in float32, so
     * values shown to the learner as Keras shows them (History entries, predictions) go through this.
     */
    public static double roundToFloat32(double x) {
        if (x != x || x == 0.0 || Double.isInfinite(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a >= 3.4028235677973366E38) { // halfway between FLT_MAX and 2^128 rounds up to infinity
            return x > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        int e = exponent(a);
        // ulp of a float32 with this exponent; below 2^-126 the spacing is fixed at 2^-149 (subnormals).
        int ulpExp = Math.max(e, -126) - 23;
        double scaled = scalb(a, -ulpExp); // exact: a power-of-two scaling
        double rounded = roundHalfEven(scaled);
        double r = scalb(rounded, ulpExp);
        return x < 0 ? -r : r;
    }

    /** Rounds to the nearest integer, ties to even, for |x| < 2^52. */
    public static double roundHalfEven(double x) {
        double big = 4503599627370496.0; // 2^52: adding it leaves no fraction bits, and IEEE rounds ties to even
        if (Math.abs(x) >= big) {
            return x;
        }
        return x >= 0 ? (x + big) - big : -((-x + big) - big);
    }
}
