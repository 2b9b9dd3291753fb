package seqplay.web;

import org.teavm.jso.JSExport;
import seqplay.bench.BenchData;
import seqplay.bench.Workloads;
import seqplay.callbacks.History;
import seqplay.tensor.Kernels;
import seqplay.training.Clock;
import seqplay.training.ProgressSink;

/**
 * The benchmark's entry (compiled by TeaVM to {@code target/teavm/bench/bench.js} and {@code bench.wasm}; never
 * part of the site): the workloads W1–W3 of {@link Workloads} and a tight kernel, driven by the benchmark page
 * ({@code bench/browser/}), which times each call with {@code performance.now()}.
 *
 * <p>The page prepares a workload (data and a fresh model, outside the timing), then times {@link #fit()} alone:
 *
 * <pre>{@code
 * prepare('W2', 1.0, 0);  const t0 = performance.now();  fit();  const ms = performance.now() - t0;
 * }</pre>
 */
public final class BenchMain {
    /** W3's largest product: a batch of 32 rows of 784 features times a (784, 128) kernel. */
    static final int PEAK_ROWS = 32;
    static final int PEAK_IN = 784;
    static final int PEAK_OUT = 128;

    private static Workloads.Workload prepared;
    private static int preparedVerbose;
    private static History last;
    private static int lines;

    /** Counts what a verbose fit prints (the page's console would show it). */
    private static final ProgressSink COUNTING = new ProgressSink() {
        @Override
        public void print(String line) {
            lines++;
        }

        @Override
        public void live(String line) {
            lines++;
        }

        @Override
        public void finish(String line) {
            lines++;
        }
    };
    private static double[] peakX;
    private static double[] peakW;
    private static double[] peakB;
    private static double[] peakZ;

    static {
        Kernels.preferNarrowTiles(true); // as in the playground's worker (WorkerMain)
    }

    private BenchMain() {
    }

    /**
     * Builds the workload's data and a fresh model (the same seeds every time); returns its training steps.
     * {@code verbose} is Keras' (0 silent; 1 the live progress bar, as a learner's {@code fit} runs by default:
     * its lines go to a sink that only counts them, timed by the platform clock).
     */
    @JSExport
    public static int prepare(String id, double scale, int verbose) {
        prepared = Workloads.create(id, scale);
        preparedVerbose = verbose;
        last = null;
        return prepared.steps();
    }

    /** Fits the prepared workload; returns the last epoch's loss. */
    @JSExport
    public static double fit() {
        last = preparedVerbose == 0 ? prepared.fit() : prepared.fit(preparedVerbose, COUNTING, Clock.SYSTEM);
        java.util.List<Double> loss = last.history().get("loss");
        return loss.get(loss.size() - 1);
    }

    /** The last fit's exact result ({@link Workloads.Workload#signature}), to compare with the JVM's. */
    @JSExport
    public static String signature() {
        return prepared.signature(last);
    }

    /** Progress lines (live and final) the verbose fits have printed so far. */
    @JSExport
    public static int printedLines() {
        return lines;
    }

    /** Floating-point operations of one fit of the prepared workload ({@link Workloads.Workload#flops}). */
    @JSExport
    public static double flops() {
        return prepared.flops();
    }

    /**
     * The workload's data as the page's own recipe ({@code bench-data.js}) must reproduce it: {@code part} 0 the
     * features, 1 the labels, flat and row-major.
     */
    @JSExport
    public static double[] data(String id, int rows, int part) {
        double[][] xy = switch (id) {
            case "W1" -> BenchData.line(rows, 11);
            case "W2" -> BenchData.moons(rows, 0.1, 12);
            case "W3" -> BenchData.uniformClasses(rows, 784, 10, 13);
            default -> throw new IllegalArgumentException("unknown workload " + id);
        };
        return xy[part];
    }

    /** Sets up the tight kernel's operands (outside the timing). */
    @JSExport
    public static void preparePeak() {
        peakX = new double[PEAK_ROWS * PEAK_IN];
        peakW = new double[PEAK_IN * PEAK_OUT];
        peakB = new double[PEAK_OUT];
        peakZ = new double[PEAK_ROWS * PEAK_OUT];
        for (int i = 0; i < peakX.length; i++) {
            peakX[i] = (i % 17) * 0.0625;
        }
        for (int i = 0; i < peakW.length; i++) {
            peakW[i] = ((i % 13) - 6) * 0.01;
        }
    }

    /**
     * The peak this runtime reaches on the training kernels: {@code reps} times W3's forward product
     * ({@code (32, 784) · (784, 128) + b}, the register-blocked {@link Kernels#affine} with the tiles the playground's worker uses) on operands that stay
     * in cache. Returns a checksum so that no runtime can skip the work.
     */
    @JSExport
    public static double peak(int reps) {
        double check = 0;
        for (int r = 0; r < reps; r++) {
            Kernels.affine(peakX, PEAK_ROWS, PEAK_IN, peakW, peakB, PEAK_OUT, peakZ);
            check = peakZ[r % peakZ.length] + check;
        }
        return check;
    }

    /** Floating-point operations of one {@link #peak} repetition (2 per multiply-add). */
    @JSExport
    public static double peakFlops() {
        return 2.0 * PEAK_ROWS * PEAK_IN * PEAK_OUT;
    }
}
