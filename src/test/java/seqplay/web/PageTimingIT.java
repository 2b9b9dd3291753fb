package seqplay.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test: the page's time to interactive and the site's gzip size, for docs/performance.md.
 * Runs only with {@code -Dseqplay.measure=true}:
 * {@code mvn -B verify -Dit.test=PageTimingIT -Dseqplay.measure=true -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}
 */
class PageTimingIT {
    private static final int LOADS = 7;

    @Test
    void measureTimeToInteractiveAndSiteSize() throws Exception {
        assumeTrue(Boolean.getBoolean("seqplay.measure"), "a measurement: run with -Dseqplay.measure=true");
        System.out.println(siteSize());
        try (Browser b = Browser.start("en-US,en")) {
            for (String engine : new String[] {"wasm", "js"}) {
                List<Double> interactive = new ArrayList<>();
                List<Double> ready = new ArrayList<>();
                for (int i = 0; i < LOADS; i++) {
                    b.open("index.html?engine=" + engine);
                    b.waitForEngine();
                    List<?> t = (List<?>) b.js("function at(n) { return performance.getEntriesByName(n)[0].startTime; }"
                            + " return [at('seqplay:interactive'), at('seqplay:engine-ready')]");
                    interactive.add(((Number) t.get(0)).doubleValue());
                    ready.add(((Number) t.get(1)).doubleValue());
                }
                System.out.printf(Locale.ROOT, "MEASURE %s over http, %d loads: interactive median %.0f ms (min %.0f),"
                        + " engine ready median %.0f ms (min %.0f)%n", engine, LOADS, median(interactive),
                        Collections.min(interactive), median(ready), Collections.min(ready));
            }
        }
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    /** Raw and gzip (level 9) bytes of every file of the site, by folder. */
    static String siteSize() throws IOException {
        long raw = 0;
        long gz = 0;
        StringBuilder sb = new StringBuilder();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Browser.SITE)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            long g = gzip(bytes);
            raw += bytes.length;
            gz += g;
            sb.append(String.format(Locale.ROOT, "MEASURE %-40s %9d %9d%n", Browser.SITE.relativize(f), bytes.length, g));
        }
        sb.append(String.format(Locale.ROOT, "MEASURE %-40s %9d %9d%n", "total", raw, gz));
        return sb.toString();
    }

    static long gzip(byte[] bytes) throws IOException {
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
}
