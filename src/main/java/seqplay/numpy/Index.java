package seqplay.numpy;

/**
 * One item of a numpy subscript {@code x[i, 1:3, ::2, None, ..., idx, mask]}.
 *
 * <pre>{@code
 * x[:, 0]        ->  List.of(Index.all(), new Index.At(0))
 * x[x > 0]       ->  List.of(new Index.Array(mask))
 * }</pre>
 */
public sealed interface Index {
    /** An integer position (negative counts from the end); removes the axis. */
    record At(long index) implements Index {
    }

    /** A slice {@code start:stop:step}; {@code null} parts take Python's defaults. */
    record Slice(Long start, Long stop, Long step) implements Index {
    }

    /** {@code None} / {@code np.newaxis}: a new axis of length 1. */
    record NewAxis() implements Index {
    }

    /** {@code ...}: as many full slices as needed. */
    record Ellipsis() implements Index {
    }

    /** An integer array (positions) or a bool array (a mask). */
    record Array(NdArray array) implements Index {
    }

    /** {@code :}. */
    static Index all() {
        return new Slice(null, null, null);
    }
}
