package seqplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every lesson through the command-line runner, as CI promises: each solution meets its own goals and checks with
 * the lesson's seed, and each starter runs without an error.
 */
class LessonCommandTest {
    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> everySolutionPassesItsGoalsAndEveryStarterRuns() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("lessons"))) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory).sorted()::iterator) {
                String d = dir.toString();
                tests.add(DynamicTest.dynamicTest(dir.getFileName() + " solution", () -> {
                    Result r = run("lesson", d);
                    assertEquals(0, r.status(), r.out() + r.err());
                    assertTrue(r.out().endsWith("passed\n"), r.out());
                    assertTrue(!r.out().contains("✗"), r.out());
                }));
                tests.add(DynamicTest.dynamicTest(dir.getFileName() + " starter", () -> {
                    Result r = run("lesson", d, "--starter");
                    assertEquals(0, r.status(), r.out() + r.err());
                    // No error; a starter may diverge on purpose (lesson 2 before scaling), which earns a hint.
                    for (String line : r.err().lines().toList()) {
                        assertTrue(line.startsWith("Hint: The loss became "), r.err());
                    }
                }));
            }
        }
        assertTrue(tests.size() >= 16, "at least 8 lessons");
        return tests.stream();
    }

    @Test
    void aMissingLessonFolderIsReportedNotThrown() {
        Result r = run("lesson", "lessons/99-nothing");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("seqplay: "), r.err());
    }
}
