package seqplay.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;

/**
 * The engine's exports to the Web Worker (compiled by TeaVM to JS and to Wasm-GC as the site's
 * {@code engine/seqplay.js} and {@code engine/seqplay.wasm}). Thin on purpose: strings, numbers, {@code byte[]}
 * and {@code double[]} (typed arrays, copied once) cross the boundary; the work is in {@link WorkerSession}. The
 * glue that calls these is {@code webapp/engine/worker-glue.js}.
 */
public final class WorkerMain {
    static final String VERSION = "0.2.0";
    private static final WorkerSession SESSION = new WorkerSession(WorkerMain::now);

    static {
        // the browsers' 16 floating-point registers suit 2 × 4 tiles (seqplay.tensor.Kernels; same results)
        seqplay.tensor.Kernels.preferNarrowTiles(true);
    }

    private WorkerMain() {
    }

    /** The worker's clock: {@code System.nanoTime} would go through emulated longs in the JS build. */
    @JSBody(script = "return performance.now();")
    private static native double now();

    @JSExport
    public static String version() {
        return VERSION;
    }

    /**
     * Starts a run. {@code seed} is -1 for the default; {@code lesson} and {@code inject} are JSON text or empty
     * (docs/worker-protocol.md, {@code run}).
     */
    @JSExport
    public static void start(String code, String mode, int firstLine, boolean reset, String lang, double seed,
            String lesson, String inject) {
        SESSION.start(new RunRequest(code, "step".equals(mode), firstLine, reset, lang, (long) seed,
                lesson == null || lesson.isEmpty() ? null : lesson, inject == null || inject.isEmpty() ? null : inject));
    }

    @JSExport
    public static int step(double budgetMs) {
        return SESSION.step(budgetMs);
    }

    @JSExport
    public static void stop() {
        SESSION.stop();
    }

    @JSExport
    public static String takeEvents() {
        return SESSION.events().take();
    }

    @JSExport
    public static double[] takeArray(int index) {
        return SESSION.events().takeArray(index);
    }

    @JSExport
    public static String history() {
        return SESSION.history();
    }

    @JSExport
    public static String check(String code) {
        return SESSION.check(code);
    }

    @JSExport
    public static String dataset(String name) {
        return SESSION.dataset(name);
    }

    @JSExport
    public static void addDatasetFile(String name, String text) {
        SESSION.addDatasetFile(name, text);
    }

    /** Returns "" when accepted, else the refusal as JSON. */
    @JSExport
    public static String addFile(String name, byte[] bytes, double size) {
        String refused = SESSION.addFile(name, bytes, size);
        return refused == null ? "" : refused;
    }

    /** {@code NAME.set_weights([...])} for the last fit's model, or "" (the notebook export). */
    @JSExport
    public static String weightsCode(String name) {
        return SESSION.weightsCode(name);
    }

    @JSExport
    public static void setLang(String lang) {
        SESSION.setLang(lang);
    }
}
