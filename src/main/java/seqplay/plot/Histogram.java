package seqplay.plot;

/**
 * {@code np.histogram(x, bins=n, range=None)} as {@code plt.hist} uses it: {@code n} equal bins from the smallest
 * to the largest value, each half-open except the last, which includes its right edge.
 *
 * <pre>{@code
 * plt.hist([1, 2, 2, 3], bins=3)   # counts [1. 2. 1.], edges [1. 1.6667 2.3333 3.]
 * }</pre>
 */
public record Histogram(double[] counts, double[] edges) {
    /** The histogram of {@code values} (NaN left out) in {@code bins} bins over {@code range} or the data's span. */
    public static Histogram of(double[] values, int bins, double[] range) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        if (range != null) {
            lo = range[0];
            hi = range[1];
        } else {
            for (double v : values) {
                if (v == v) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (lo > hi) { // no values: numpy's default range
                lo = 0;
                hi = 1;
            }
        }
        if (lo == hi) { // numpy widens an empty span by half a unit each way
            lo -= 0.5;
            hi += 0.5;
        }
        double[] edges = new double[bins + 1];
        double step = (hi - lo) / bins;
        for (int i = 0; i <= bins; i++) {
            edges[i] = i == bins ? hi : lo + i * step; // numpy's linspace
        }
        double[] counts = new double[bins];
        for (double v : values) {
            if (!(v >= lo && v <= hi)) {
                continue;
            }
            int k = (int) ((v - lo) / (hi - lo) * bins);
            if (k == bins) {
                k--;
            }
            // the computed bin can be one off at an edge; the edges decide, as in numpy
            if (k > 0 && v < edges[k]) {
                k--;
            } else if (k < bins - 1 && v >= edges[k + 1]) {
                k++;
            }
            counts[k]++;
        }
        return new Histogram(counts, edges);
    }

    /** {@code density=True}: counts divided by (total × bin width), so the bars' area is 1. */
    public Histogram density() {
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        double[] d = new double[counts.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = counts[i] / (total * (edges[i + 1] - edges[i]));
        }
        return new Histogram(d, edges);
    }
}
