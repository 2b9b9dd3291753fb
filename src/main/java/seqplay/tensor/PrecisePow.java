package seqplay.tensor;

/**
 * {@code x^y} for finite {@code x > 0} and finite {@code y}, rounded once from about 100 correct bits: the same
 * double as a correctly rounded C {@code pow}, which Python's {@code **} and numpy's {@code power} call.
 *
 * <p>Why: computing {@code e^(y · ln x)} in plain doubles puts the half-ulp error of {@code ln x} into the exponent,
 * where {@code y · ln x} magnifies it; {@code 3.7 ** 2.2} then printed {@code ...267} where Colab prints
 * {@code ...263}. Here {@code ln x}, the product and {@code e^z} are carried as double-doubles (an unevaluated sum
 * {@code hi + lo} of two doubles, about 106 bits), so the one rounding at the end is the correct one unless the exact
 * power lies within about 2^-95 of a halfway point between two doubles. Results below 2^-1022 (subnormal) are
 * rounded twice and may be one ulp off.
 *
 * <p>Only IEEE basic operations, one operation per statement (so TeaVM's JavaScript printer cannot regroup them,
 * see TEAVM_ORDER in {@link Maths}): the result is bit-identical on the JVM, in JavaScript and in Wasm.
 *
 * <p>Not on the training path (Adam's bias corrections use {@link Maths#powInt}); it serves the interpreter's
 * {@code **}, {@code np.power} and pandas arithmetic, about 1,500 floating-point operations per call.
 */
final class PrecisePow {
    // ln 2 = LN2_HI + LN2_LO to 106 bits (LN2_HI is the double nearest ln 2).
    private static final double LN2_HI = 0.6931471805599453;
    private static final double LN2_LO = 2.3190468138462996e-17;
    private static final double INV_LN2 = 1.4426950408889634;
    private static final double SQRT2 = 1.4142135623730951;
    // Terms smaller than this fraction of the running sum no longer change a 106-bit result.
    private static final double NEGLIGIBLE = 1.0e-34;

    /** The register of the last double-double operation: its value is {@code h + l} with {@code |l| ≤ ulp(h)/2}. */
    private double h;
    private double l;

    private PrecisePow() {
    }

    /** {@code x^y} for finite {@code x > 0}, finite {@code y}; callers handle signs, zeros and special values. */
    static double pow(double x, double y) {
        if (x == 1.0) {
            return 1.0;
        }
        if (y >= 3.0 && y <= 64.0 && y == Math.floor(y)) {
            double exact = exactSmallPower(x, (int) y);
            if (exact == exact) {
                return exact;
            }
        }
        PrecisePow r = new PrecisePow();
        r.log(x);
        double estimate = y * r.h;
        if (estimate > 710.0) {
            return Double.POSITIVE_INFINITY;
        }
        if (estimate < -746.0) {
            return 0.0;
        }
        // z = y · ln x, both parts of ln x used: the low part matters once y · ln x is large.
        double lh = r.h;
        double ll = r.l;
        r.twoProd(y, lh);
        double cross = y * ll;
        double zl = r.l + cross;
        r.quickTwoSum(r.h, zl);
        return r.exp();
    }

    /**
     * x^n when it has at most 54 significant bits, else NaN. Those are the powers that can fall exactly halfway
     * between two doubles (262141.0 ** 3 = 18013780041269221), where only the exact value rounds to even as C
     * does; 106 correct bits cannot tell. With x = m · 2^-t for an odd integer m, x^n = m^n · 2^(-t·n), and m^n
     * below 2^54 is held exactly by a double-double, so one IEEE addition rounds it.
     */
    private static double exactSmallPower(double x, int n) {
        int t = 52 - Maths.exponent(x);
        double m = Maths.scalb(x, t); // an integer in [2^52, 2^53)
        double half = m * 0.5;
        while (half == Math.floor(half)) {
            m = half;
            t = t - 1;
            half = m * 0.5;
        }
        if (m > 134217728.0) { // m ≥ 2^27: m^n ≥ 2^54 for every n ≥ 2
            return Double.NaN;
        }
        PrecisePow r = new PrecisePow();
        double ph = m;
        double pl = 0.0;
        for (int i = 1; i < n; i++) {
            r.mul(ph, pl, m, 0.0);
            ph = r.h;
            pl = r.l;
            if (ph >= 18014398509481984.0) { // 2^54: more bits than a halfway case has
                return Double.NaN;
            }
        }
        double rounded = ph + pl;
        return Maths.scalb(rounded, -t * n);
    }

    /** (h, l) = ln x, from x = m · 2^k with m in [√½, √2) and ln m = 2 atanh((m − 1)/(m + 1)). */
    private void log(double x) {
        int k = Maths.exponent(x);
        double m = Maths.scalb(x, -k); // exact
        if (m > SQRT2) {
            m = m * 0.5;
            k = k + 1;
        }
        // s = (m − 1)/(m + 1): m − 1 is exact (Sterbenz), m + 1 kept exactly as a pair.
        double num = m - 1.0;
        twoSum(m, 1.0);
        divide(num, h, l);
        double sh = h;
        double sl = l;
        mul(sh, sl, sh, sl);
        double s2h = h;
        double s2l = l;
        // atanh s = s + s³/3 + s⁵/5 + ...; |s| ≤ 0.172, so s² ≤ 0.0295 and about 22 terms reach 2^-110.
        double powh = sh;
        double powl = sl;
        double sumh = sh;
        double suml = sl;
        for (int n = 3; ; n += 2) {
            mul(powh, powl, s2h, s2l);
            powh = h;
            powl = l;
            divideByDouble(powh, powl, n);
            double th = h;
            double tl = l;
            add(sumh, suml, th, tl);
            sumh = h;
            suml = l;
            double size = Math.abs(th);
            double bound = NEGLIGIBLE * Math.abs(sumh);
            if (size <= bound || n > 61) {
                break;
            }
        }
        double lnmh = sumh * 2.0; // exact
        double lnml = suml * 2.0;
        // k ln 2 as a pair: k · LN2_HI exactly by twoProd, plus k · LN2_LO.
        double kd = k;
        twoProd(kd, LN2_HI);
        double klh = h;
        double kll = kd * LN2_LO;
        double klo = l + kll;
        quickTwoSum(klh, klo);
        add(h, l, lnmh, lnml);
    }

    /** e^(h + l), rounded once; h within [−746, 710]. */
    private double exp() {
        double zh = h;
        double zl = l;
        double t = zh * INV_LN2;
        double kd = Math.floor(t + 0.5);
        int k = (int) kd;
        // r = z − k ln 2, |r| ≤ 0.35: the product k · LN2_HI exactly, then the low parts.
        twoProd(kd, LN2_HI);
        double ph = h;
        double pl = l;
        double pll = kd * LN2_LO;
        double pLow = pl + pll;
        add(zh, zl, -ph, -pLow);
        double rh = h;
        double rl = l;
        // e^r = 1 + r + r²/2! + ...; |r| ≤ 0.35, about 27 terms reach 2^-110.
        double termh = rh;
        double terml = rl;
        double sumh = rh;
        double suml = rl;
        for (int n = 2; ; n++) {
            mul(termh, terml, rh, rl);
            divideByDouble(h, l, n);
            termh = h;
            terml = l;
            add(sumh, suml, termh, terml);
            sumh = h;
            suml = l;
            double size = Math.abs(termh);
            double bound = NEGLIGIBLE * Math.abs(sumh);
            if (size <= bound || n > 40) {
                break;
            }
        }
        add(1.0, 0.0, sumh, suml);
        // h = fl(h + l) after normalisation: the single rounding to a double.
        return Maths.scalb(h, k);
    }

    // ---- double-double arithmetic (Dekker, Knuth); each statement one IEEE operation ----

    /** (h, l) = a + b exactly. */
    private void twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        double sa = s - bb;
        double ea = a - sa;
        double eb = b - bb;
        h = s;
        l = ea + eb;
    }

    /** (h, l) = a + b exactly, given |a| ≥ |b| or a = 0. */
    private void quickTwoSum(double a, double b) {
        double s = a + b;
        double t = s - a;
        h = s;
        l = b - t;
    }

    /** (h, l) = a · b exactly (barring overflow), with Dekker's split: no fma needed. */
    private void twoProd(double a, double b) {
        double p = a * b;
        double ac = a * 134217729.0; // 2^27 + 1
        double ad = ac - a;
        double ahi = ac - ad;
        double alo = a - ahi;
        double bc = b * 134217729.0;
        double bd = bc - b;
        double bhi = bc - bd;
        double blo = b - bhi;
        double e1 = ahi * bhi;
        double e2 = e1 - p;
        double e3 = ahi * blo;
        double e4 = e2 + e3;
        double e5 = alo * bhi;
        double e6 = e4 + e5;
        double e7 = alo * blo;
        h = p;
        l = e6 + e7;
    }

    /** (h, l) = (ah + al) + (bh + bl), accurate even when the sum cancels. */
    private void add(double ah, double al, double bh, double bl) {
        twoSum(ah, bh);
        double sh = h;
        double sl = l;
        twoSum(al, bl);
        double th = h;
        double tl = l;
        double u = sl + th;
        quickTwoSum(sh, u);
        double vh = h;
        double v = l + tl;
        quickTwoSum(vh, v);
    }

    /** (h, l) = (ah + al) · (bh + bl). */
    private void mul(double ah, double al, double bh, double bl) {
        twoProd(ah, bh);
        double ph = h;
        double pl = l;
        double c1 = ah * bl;
        double c2 = al * bh;
        double c = c1 + c2;
        double low = pl + c;
        quickTwoSum(ph, low);
    }

    /** (h, l) = (ah + al) / b for a double b. */
    private void divideByDouble(double ah, double al, double b) {
        double q1 = ah / b;
        twoProd(q1, b);
        double d1 = ah - h;
        double d2 = d1 - l;
        double rem = d2 + al;
        double q2 = rem / b;
        quickTwoSum(q1, q2);
    }

    /** (h, l) = a / (bh + bl) for a double a. */
    private void divide(double a, double bh, double bl) {
        double q1 = a / bh;
        twoProd(q1, bh);
        double d1 = a - h;
        double d2 = d1 - l;
        double q1bl = q1 * bl;
        double rem = d2 - q1bl;
        double q2 = rem / bh;
        quickTwoSum(q1, q2);
    }
}
