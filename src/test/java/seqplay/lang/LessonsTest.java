package seqplay.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import seqplay.data.datasets.ClasspathDatasetSource;
import seqplay.data.pandas.DataFiles;
import seqplay.lang.check.Checker;

/** Every lesson's solution runs through the interpreter without an error; starters parse. */
class LessonsTest {
    @TestFactory
    Stream<DynamicTest> everyLessonSolutionRunsAndEveryStarterParses() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("lessons"))) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory).sorted()::iterator) {
                Path solution = dir.resolve("solution.py");
                Path starter = dir.resolve("starter.py");
                if (!Files.exists(solution)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                    String code = Files.readString(solution, StandardCharsets.UTF_8);
                    // The draw-a-digit lesson reads the learner's drawing, which the page provides as `drawn`.
                    String prelude = code.contains("drawn") ? "drawn = [[0] * 8 for _ in range(8)]\n" : "";
                    Run r = Run.of(prelude + code, Library.modules(new ClasspathDatasetSource(), new DataFiles()));
                    assertNull(r.error, () -> r.all());
                    assertTrue(r.out.toString().contains("Model: \""), r.out.toString());
                    assertEquals(List.of(), Checker.check(Program.parse(code, "lesson.py")).stream()
                            .map(w -> w.format("solution.py", "en")).toList());
                    if (Files.exists(starter)) {
                        Program p = Program.parse(Files.readString(starter, StandardCharsets.UTF_8), "starter.py");
                        assertNull(p.syntaxError(), () -> p.syntaxError().text());
                    }
                }));
            }
        }
        assertTrue(tests.size() >= 8);
        return tests.stream();
    }
}
