package seqplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the browser boundary thin: only {@code seqplay.web} may know TeaVM. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/seqplay");

    @Test
    void onlyTheWebPackageImportsTeavm() throws IOException {
        List<String> offenders = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(MAIN)) {
            for (Path p : (Iterable<Path>) paths.filter(f -> f.toString().endsWith(".java"))::iterator) {
                files++;
                if (p.startsWith(MAIN.resolve("web"))) {
                    continue;
                }
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (text.contains("org.teavm")) {
                    offenders.add(MAIN.relativize(p).toString());
                }
            }
        }
        assertTrue(files > 5, "the source tree was not found from " + Path.of("").toAbsolutePath());
        assertEquals(List.of(), offenders, "classes outside seqplay.web that mention org.teavm");
    }
}
