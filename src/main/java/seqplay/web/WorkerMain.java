package seqplay.web;

import org.teavm.jso.JSExport;

/**
 * The engine's exports to the Web Worker (compiled by TeaVM to JS and to Wasm-GC as the site's
 * {@code engine/seqplay.js} and {@code engine/seqplay.wasm}). Thin on purpose: strings, numbers and
 * {@code double[]} (which arrive as Float64Array, copied once) cross the boundary; the work is in
 * {@link WorkerSession}. The glue that calls these is {@code webapp/engine/worker-glue.js}.
 */
public final class WorkerMain {
    static final String VERSION = "0.1.0";
    private static final WorkerSession SESSION = new WorkerSession();

    static {
        // the browsers' 16 floating-point registers suit 2 × 4 tiles (seqplay.tensor.Kernels; same results)
        seqplay.tensor.Kernels.preferNarrowTiles(true);
    }

    private WorkerMain() {
    }

    @JSExport
    public static String version() {
        return VERSION;
    }

    @JSExport
    public static void start(String code, String mode, int firstLine, boolean reset, String lang) {
        SESSION.start(code, mode, firstLine, reset, lang);
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
    public static void setLang(String lang) {
        SESSION.setLang(lang);
    }
}
