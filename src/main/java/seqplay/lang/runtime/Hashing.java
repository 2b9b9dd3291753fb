package seqplay.lang.runtime;

import java.math.BigInteger;

/** CPython's numeric hashes (modulo the Mersenne prime 2^61 − 1), so that {@code hash()} and set order match. */
final class Hashing {
    private static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private Hashing() {
    }

    static long hashInt(Object o) {
        long h;
        if (o instanceof Long && (Long) o != Long.MIN_VALUE) {
            long v = (Long) o;
            h = v >= 0 ? v % MODULUS : -((-v) % MODULUS);
        } else {
            BigInteger v = Ints.big(o);
            long m = v.abs().mod(BIG_MODULUS).longValue();
            h = v.signum() < 0 ? -m : m;
        }
        return h == -1 ? -2 : h;
    }

    static long hashDouble(double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (v == Math.floor(v) && Math.abs(v) < 9.0e18) {
            return hashInt((long) v);
        }
        if (v == Math.floor(v)) {
            return hashInt(seqplay.format.PyFloat.truncToBigInteger(v));
        }
        int e = seqplay.tensor.Maths.exponent(v) + 1;
        double m = Math.abs(v) / seqplay.tensor.Maths.pow2(e);
        if (m >= 1.0) {
            m /= 2;
            e++;
        }
        long sign = v < 0 ? -1 : 1;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | (x >>> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | (x >>> (61 - e));
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    static long hashString(String s) {
        long h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = h * 1000003L + s.charAt(i);
        }
        h ^= s.length();
        return h == -1 ? -2 : h;
    }
}
