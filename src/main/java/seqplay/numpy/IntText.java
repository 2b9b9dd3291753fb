package seqplay.numpy;

/** Decimal text of an integer-valued double without {@code Double.toString} (whose output differs by target). */
final class IntText {
    private IntText() {
    }

    static String of(double v) {
        if (Math.abs(v) < 9.007199254740992E15) {
            return Long.toString((long) v);
        }
        return seqplay.format.PyFloat.truncToBigInteger(v).toString();
    }
}
