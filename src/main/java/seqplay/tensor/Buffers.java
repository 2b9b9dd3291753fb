package seqplay.tensor;

/** Scratch arrays that grow to the largest batch seen and are then reused, so training steps allocate nothing. */
public final class Buffers {
    private Buffers() {
    }

    /** {@code current} when it holds at least {@code size} values, otherwise a new array of that size. */
    public static double[] ensure(double[] current, int size) {
        return current != null && current.length >= size ? current : new double[size];
    }
}
