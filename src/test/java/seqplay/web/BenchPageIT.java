package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import seqplay.bench.Workloads;
import seqplay.testing.ExternalPrograms;

/**
 * The browser benchmark page ({@code bench/browser/}) in headless Chromium: the playground's Wasm-GC and JavaScript
 * builds of {@link BenchMain} and TensorFlow.js (cpu and wasm backends) on the workloads W1–W3.
 *
 * <p>In the normal test run it is a smoke test at tiny sizes (a few seconds), so the benchmark cannot rot: every
 * engine runs every workload, both playground builds reproduce the JVM's loss trajectory and final weights bit
 * for bit, and the page's data recipe ({@code bench-data.js}) reproduces {@code BenchData}.
 *
 * <p>With {@code -Dseqplay.bench=full} it is the benchmark itself (docs/performance.md; {@code bench/browser/run.sh}):
 * full sizes, the median of {@code -Dseqplay.bench.runs} (default 3) fits after a warm-up, the kernels' peak,
 * the playground page's time to interactive and the site's gzip size, printed as a table and written to
 * {@code target/bench/browser-bench.md}.
 */
class BenchPageIT {
    private static final Path BENCH = Path.of("bench/browser");
    private static final Path TFJS = BENCH.resolve("node_modules/@tensorflow/tfjs/dist/tf.min.js");
    /** Earlier builds of BenchMain (bench/browser/build-stage.sh), timed side by side with -Dseqplay.bench.stages. */
    private static final Path STAGES = Path.of("target/bench-stages");
    private static final String[] WORKLOADS = {"W1", "W2", "W3"};
    /** The smoke sizes: those WorkloadsSmokeTest pins. */
    private static final double[] SMOKE_SCALES = {0.05, 0.05, 0.01};

    private static boolean full() {
        return "full".equals(System.getProperty("seqplay.bench"));
    }

    private static Browser open() throws IOException {
        Path engine = ExternalPrograms.teavmOutput("bench/bench.wasm").getParent();
        ExternalPrograms.teavmOutput("bench/bench.js");
        Map<String, Path> mounts = new LinkedHashMap<>();
        mounts.put("/", BENCH);
        mounts.put("/engine/", engine);
        mounts.put("/site/", Browser.SITE);
        mounts.put("/stages/", STAGES);
        return Browser.start(mounts, "en-US,en");
    }

    private static boolean tfjsInstalled() {
        return Files.isRegularFile(TFJS);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(Browser b, String query, long timeoutSeconds) throws InterruptedException {
        b.open("index.html?" + query);
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (!Boolean.TRUE.equals(b.js("return window.__bench && window.__bench.done === true"))) {
            assertTrue(System.nanoTime() < deadline, "benchmark page did not finish in " + timeoutSeconds + " s: "
                    + b.js("return document.getElementById('log').textContent"));
            Thread.sleep(full() ? 1000 : 100);
        }
        return (Map<String, Object>) b.js("var s = window.__bench; return {info: s.info, results: s.results,"
                + " peaks: s.peaks, checks: s.checks, errors: s.errors, userAgent: s.userAgent,"
                + " hardwareConcurrency: s.hardwareConcurrency}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyEngineRunsTheTinyWorkloadsAndThePlaygroundBuildsMatchTheJvmBitForBit() throws Exception {
        assumeTrue(!full(), "the full benchmark runs instead");
        boolean tf = tfjsInstalled();
        String engines = tf ? "wasm,js,tfjs-cpu,tfjs-wasm" : "wasm,js";
        try (Browser b = open()) {
            Map<String, Object> r = run(b, "engines=" + engines + "&workloads=W1,W2,W3&scale=" + SMOKE_SCALES[0] + ","
                    + SMOKE_SCALES[1] + "," + SMOKE_SCALES[2] + "&runs=2&peak=2&check=1", 180);
            assertEquals(Map.of(), r.get("errors"));
            Map<String, Object> results = (Map<String, Object>) r.get("results");
            for (int w = 0; w < WORKLOADS.length; w++) {
                String id = WORKLOADS[w];
                Workloads.Workload jvm = Workloads.create(id, SMOKE_SCALES[w]);
                String expected = jvm.signature(jvm.fit());
                for (String engine : engines.split(",")) {
                    Map<String, Object> res = (Map<String, Object>) results.get(engine + ":" + id);
                    List<Number> times = (List<Number>) res.get("times");
                    List<Number> losses = (List<Number>) res.get("losses");
                    assertEquals(2, times.size(), engine + " " + id);
                    assertTrue(times.stream().allMatch(t -> t.doubleValue() >= 0), engine + " " + id + " " + times);
                    assertTrue(losses.stream().allMatch(l -> Double.isFinite(l.doubleValue())), engine + " " + losses);
                    if (!engine.startsWith("tfjs")) {
                        assertEquals(expected, res.get("signature"), engine + " " + id + " differs from the JVM");
                        assertEquals(Boolean.TRUE, res.get("sameEveryRun"), engine + " " + id);
                    }
                }
            }
            List<Object> checks = (List<Object>) r.get("checks");
            assertEquals(6, checks.size(), "data checks: 3 workloads in both playground builds");
            for (Object o : checks) {
                Map<String, Object> c = (Map<String, Object>) o;
                double xDiff = ((Number) c.get("xMaxDiff")).doubleValue();
                double yDiff = ((Number) c.get("yMaxDiff")).doubleValue();
                // uniforms are exact; Box–Muller noise goes through JavaScript's Math instead of Maths
                double allowed = c.get("id").equals("W3") ? 0.0 : 1e-12;
                assertTrue(xDiff <= allowed && yDiff <= allowed, "bench-data.js differs from BenchData: " + c);
            }
            Map<String, Object> peaks = (Map<String, Object>) r.get("peaks");
            for (String engine : engines.split(",")) {
                double gflops = ((Number) ((Map<String, Object>) peaks.get(engine)).get("gflops")).doubleValue();
                assertTrue(gflops > 0, engine + " peak " + gflops);
            }
            if (tf) {
                Map<String, Object> info = (Map<String, Object>) ((Map<String, Object>) r.get("info")).get("tfjs-wasm");
                assertEquals(Boolean.TRUE, info.get("simd"), "TensorFlow.js wasm backend without SIMD: " + info);
            }
        }
        if (!tf) {
            System.out.println("BenchPageIT: TensorFlow.js is not installed in bench/browser/node_modules"
                    + " (bench/browser/install.sh); only the playground's builds ran");
        }
    }

    // ---- the full benchmark ----------------------------------------------------------------------------------

    private static final String[] ENGINES = {"wasm", "js", "tfjs-cpu", "tfjs-wasm"};
    private static final String[] NAMES = {"playground Wasm", "playground JS", "TF.js cpu", "TF.js wasm"};

    @Test
    @SuppressWarnings("unchecked")
    void fullBenchmark() throws Exception {
        assumeTrue(full(), "the full benchmark: -Dseqplay.bench=full (bench/browser/run.sh)");
        assertTrue(tfjsInstalled(), "TensorFlow.js missing: run npm ci in bench/browser");
        int runs = Integer.getInteger("seqplay.bench.runs", 3);
        String engines = System.getProperty("seqplay.bench.engines", String.join(",", ENGINES));
        StringBuilder out = new StringBuilder();
        try (Browser b = open()) {
            // Two passes, the engines in opposite orders, so that a change of the machine's load between engines
            // weighs on all of them alike; each median is over the fits of both passes.
            Map<String, Object> r = run(b, "engines=" + engines + "&workloads=W1,W2,W3&scale=1&runs=" + runs
                    + "&peak=300", 3600);
            List<String> reversed = new ArrayList<>(List.of(engines.split(",")));
            Collections.reverse(reversed);
            Map<String, Object> r2 = run(b, "engines=" + String.join(",", reversed) + "&workloads=W1,W2,W3&scale=1"
                    + "&runs=" + runs + "&peak=300", 3600);
            Map<String, Object> results = (Map<String, Object>) r.get("results");
            Map<String, Object> results2 = (Map<String, Object>) r2.get("results");
            for (Map.Entry<String, Object> e : results.entrySet()) {
                Map<String, Object> second = (Map<String, Object>) results2.get(e.getKey());
                if (second != null) {
                    List<Object> times = new ArrayList<>((List<Object>) ((Map<String, Object>) e.getValue()).get("times"));
                    times.addAll((List<Object>) second.get("times"));
                    ((Map<String, Object>) e.getValue()).put("times", times);
                }
            }
            Map<String, Object> peaks = (Map<String, Object>) r.get("peaks");
            Map<String, Object> peaks2 = (Map<String, Object>) r2.get("peaks");
            for (Map.Entry<String, Object> e : peaks2.entrySet()) {
                Map<String, Object> first = (Map<String, Object>) peaks.get(e.getKey());
                double g2 = ((Number) ((Map<String, Object>) e.getValue()).get("gflops")).doubleValue();
                if (first == null || ((Number) first.get("gflops")).doubleValue() < g2) {
                    peaks.put(e.getKey(), e.getValue()); // the better of the two passes
                }
            }
            Map<String, Object> info = (Map<String, Object>) r.get("info");
            out.append("Browser: ").append(r.get("userAgent")).append(", navigator.hardwareConcurrency ")
                    .append(r.get("hardwareConcurrency")).append('\n');
            out.append("Machine: ").append(machine()).append('\n');
            for (String e : ENGINES) {
                if (info.containsKey(e)) {
                    out.append("Engine ").append(e).append(": ").append(info.get(e)).append('\n');
                }
            }
            if (!((Map<String, Object>) r.get("errors")).isEmpty() || !((Map<String, Object>) r2.get("errors")).isEmpty()) {
                out.append("ERRORS: ").append(r.get("errors")).append(r2.get("errors")).append('\n');
            }
            out.append(String.format(Locale.ROOT, "%nMedian fit time (ms) of %d fits: %d after a warm-up fit in each of"
                    + " two passes, the engines in opposite orders (all fits in brackets):%n%n", 2 * runs, runs));
            out.append("| workload | playground Wasm | playground JS | TF.js cpu | TF.js wasm | Wasm vs TF.js best"
                    + " | JS vs TF.js best |\n|---|---|---|---|---|---|---|\n");
            for (String w : WORKLOADS) {
                double[] med = new double[ENGINES.length];
                StringBuilder row = new StringBuilder("| " + w + " |");
                for (int e = 0; e < ENGINES.length; e++) {
                    Map<String, Object> res = (Map<String, Object>) results.get(ENGINES[e] + ":" + w);
                    if (res == null) {
                        med[e] = Double.NaN;
                        row.append(" – |");
                        continue;
                    }
                    List<Double> times = new ArrayList<>();
                    for (Object t : (List<Object>) res.get("times")) {
                        times.add(((Number) t).doubleValue());
                    }
                    med[e] = median(times);
                    row.append(String.format(Locale.ROOT, " **%s** (%s) |", ms(med[e]), join(times)));
                }
                double best = Math.min(nanToInf(med[2]), nanToInf(med[3]));
                row.append(String.format(Locale.ROOT, " %.1f× faster | %.2f× faster |%n", best / med[0], best / med[1]));
                out.append(row);
            }
            out.append(String.format(Locale.ROOT, "%nW3 throughput against each runtime's tight kernel (GFLOP/s):%n%n"));
            out.append("| engine | W3 GFLOP/s | kernel peak GFLOP/s | share of peak | kernel |\n|---|---|---|---|---|\n");
            for (int e = 0; e < ENGINES.length; e++) {
                Map<String, Object> res = (Map<String, Object>) results.get(ENGINES[e] + ":W3");
                Map<String, Object> peak = (Map<String, Object>) peaks.get(ENGINES[e]);
                if (res == null || peak == null) {
                    continue;
                }
                List<Double> times = new ArrayList<>();
                for (Object t : (List<Object>) res.get("times")) {
                    times.add(((Number) t).doubleValue());
                }
                double gflops = ((Number) res.get("flops")).doubleValue() / median(times) / 1e6;
                double p = ((Number) peak.get("gflops")).doubleValue();
                out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.0f %% | %s |%n", NAMES[e], gflops, p,
                        100 * gflops / p, peak.get("kernel")));
            }
            out.append(verbosePass(b, runs));
            String stages = System.getProperty("seqplay.bench.stages", "");
            if (!stages.isBlank()) {
                out.append(stagesPass(b, stages.split(","), runs));
            }
            out.append(pageTiming(b));
        }
        out.append(sizes());
        String text = out.toString();
        System.out.println(text);
        Path file = Path.of("target/bench/browser-bench.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @SuppressWarnings("unchecked")
    private static double medianOf(Map<String, Object> results, String key) {
        Map<String, Object> res = (Map<String, Object>) results.get(key);
        if (res == null) {
            return Double.NaN;
        }
        List<Double> times = new ArrayList<>();
        for (Object t : (List<Object>) res.get("times")) {
            times.add(((Number) t).doubleValue());
        }
        return median(times);
    }

    /** The playground's builds with verbose=1 (the live progress bar a learner's fit prints by default). */
    @SuppressWarnings("unchecked")
    private static String verbosePass(Browser b, int runs) throws InterruptedException {
        Map<String, Object> r = run(b, "engines=wasm:v1,js:v1&workloads=W1,W2,W3&scale=1&runs=" + runs + "&peak=0",
                3600);
        Map<String, Object> results = (Map<String, Object>) r.get("results");
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%nWith verbose=1 (Keras' live progress bar, the"
                + " default of a learner's fit; lines counted, not shown), median ms:%n%n| workload | playground Wasm"
                + " | playground JS |%n|---|---|---|%n"));
        for (String w : WORKLOADS) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", w, ms(medianOf(results, "wasm:v1:" + w)),
                    ms(medianOf(results, "js:v1:" + w))));
        }
        if (!((Map<String, Object>) r.get("errors")).isEmpty()) {
            sb.append("ERRORS: ").append(r.get("errors")).append('\n');
        }
        return sb.toString();
    }

    /**
     * Earlier builds against each other, alternating their fits in one worker per runtime so that all see the same
     * machine load: what each optimisation bought.
     */
    @SuppressWarnings("unchecked")
    private static String stagesPass(Browser b, String[] stages, int runs) throws InterruptedException {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%nBuilds side by side (fits alternating in one"
                + " worker; median ms, and speed-up over %s):%n", stages[0]));
        for (String kind : new String[] {"wasm", "js"}) {
            List<String> specs = new ArrayList<>();
            for (String st : stages) {
                specs.add(kind + "@" + st);
            }
            Map<String, Object> r = run(b, "engines=" + String.join("%7C", specs) + "&workloads=W1,W2,W3&scale=1&runs="
                    + runs + "&peak=0", 3600);
            Map<String, Object> results = (Map<String, Object>) r.get("results");
            sb.append(String.format(Locale.ROOT, "%n| %s | %s |%n|---|", kind, String.join(" | ", stages)));
            sb.append("---|".repeat(stages.length)).append('\n');
            for (String w : WORKLOADS) {
                double base = medianOf(results, specs.get(0) + ":" + w);
                sb.append("| ").append(w).append(" |");
                for (String spec : specs) {
                    double m = medianOf(results, spec + ":" + w);
                    sb.append(String.format(Locale.ROOT, " %s (%.2f×) |", ms(m), base / m));
                }
                sb.append('\n');
            }
            if (!((Map<String, Object>) r.get("errors")).isEmpty()) {
                sb.append("ERRORS: ").append(r.get("errors")).append('\n');
            }
        }
        return sb.toString();
    }

    /** The playground page's time to interactive (the page's own marks, as PageTimingIT reads them). */
    private static String pageTiming(Browser b) {
        if (!Files.isRegularFile(Browser.SITE.resolve("engine/seqplay.wasm"))) {
            return "\nThe playground page: not measured (no engine in " + Browser.SITE + "; run mvn package).\n";
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%nThe playground page (median of 5 loads over"
                + " http, same browser):%n%n| engine | time to interactive | engine ready |%n|---|---|---|%n"));
        for (String engine : new String[] {"wasm", "js"}) {
            List<Double> interactive = new ArrayList<>();
            List<Double> ready = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                b.open("site/index.html?engine=" + engine);
                b.waitForEngine();
                List<?> t = (List<?>) b.js("function at(n) { return performance.getEntriesByName(n)[0].startTime; }"
                        + " return [at('seqplay:interactive'), at('seqplay:engine-ready')]");
                interactive.add(((Number) t.get(0)).doubleValue());
                ready.add(((Number) t.get(1)).doubleValue());
            }
            sb.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms |%n", engine, median(interactive),
                    median(ready)));
        }
        return sb.toString();
    }

    /** Gzip (level 9) sizes: the whole site, and TensorFlow.js' scripts for comparison. */
    private static String sizes() throws IOException {
        long site = 0;
        List<Path> files;
        try (Stream<Path> s = Files.walk(Browser.SITE)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            site += gzip(Files.readAllBytes(f));
        }
        Path dist = BENCH.resolve("node_modules/@tensorflow");
        long tf = gzip(Files.readAllBytes(TFJS));
        long tfWasm = gzip(Files.readAllBytes(dist.resolve("tfjs-backend-wasm/dist/tf-backend-wasm.min.js")))
                + gzip(Files.readAllBytes(dist.resolve("tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm")));
        return String.format(Locale.ROOT, "%nGzip sizes (level 9): the whole playground site %.0f KB (%d files);"
                + " tf.min.js %.0f KB; TF.js wasm backend (script + SIMD module) %.0f KB.%n", site / 1000.0,
                files.size(), tf / 1000.0, tfWasm / 1000.0);
    }

    private static long gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out) {
            {
                def.setLevel(9);
            }
        }) {
            z.write(bytes);
        }
        return out.size();
    }

    private static String machine() {
        String cpu = "?";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
            String load = Files.readString(Path.of("/proc/loadavg")).trim();
            return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, load average " + load;
        } catch (IOException e) {
            return cpu;
        }
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static double nanToInf(double v) {
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    private static String ms(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String join(List<Double> v) {
        List<String> parts = new ArrayList<>();
        for (double d : v) {
            parts.add(ms(d));
        }
        return String.join(", ", parts);
    }
}
