package seqplay.numpy;

/**
 * numpy's print options ({@code np.set_printoptions}); {@link #DEFAULT} holds numpy's defaults: precision 8,
 * threshold 1000, edgeitems 3, linewidth 75, suppress False.
 *
 * @param precision digits after the point (at most) for floats
 * @param threshold arrays with more elements are summarised with {@code ...}
 * @param edgeitems items kept at each end of a summarised axis
 * @param linewidth characters per line before wrapping
 * @param suppress  always positional notation, tiny values printed as zero
 */
public record PrintOptions(int precision, int threshold, int edgeitems, int linewidth, boolean suppress) {
    public static final PrintOptions DEFAULT = new PrintOptions(8, 1000, 3, 75, false);
}
