package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The site's size budget (issue: total site ≤ 1 MB gzip), checked on every build so that a feature that breaks it
 * fails here rather than in a measurement nobody reruns. The sum counts every file of {@code target/site} at gzip
 * level 9, both engine builds included, although a visitor loads only one (docs/performance.md).
 */
class SiteBudgetIT {
    private static final long BUDGET = 1_000_000;

    @Test
    void theWholeSiteFitsInOneMegabyteOfGzip() throws IOException {
        assumeTrue(System.getProperty("skipTeavm") == null, "TeaVM compile skipped (-DskipTeavm)");
        assertTrue(Files.isRegularFile(Browser.SITE.resolve("engine/embedded-wasm.js")), "the engine was not built");
        List<Path> files;
        try (Stream<Path> s = Files.walk(Browser.SITE)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        long total = 0;
        StringBuilder parts = new StringBuilder();
        for (Path f : files) {
            long g = PageTimingIT.gzip(Files.readAllBytes(f));
            total += g;
            parts.append('\n').append(Browser.SITE.relativize(f)).append(' ').append(g);
        }
        assertTrue(total <= BUDGET, "the site is " + total + " B gzip, over the budget of " + BUDGET
                + " B (files left from older builds count too: mvn clean):" + parts);
    }
}
