package seqplay.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Programs run by CPython 3.12 and by the interpreter must print the same standard output and standard error,
 * byte for byte. The expected files are CPython's own output ({@code golden/generate.py} regenerates them).
 */
class GoldenTest {
    private static final Path DIR = Path.of("src/test/resources/seqplay/lang/golden");

    @TestFactory
    Stream<DynamicTest> everyGoldenProgramPrintsWhatCpythonPrints() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".py.txt")).sorted()::iterator) {
                String name = p.getFileName().toString().replace(".py.txt", "");
                List<String> cases = List.of(Files.readString(p, StandardCharsets.UTF_8).split("\n#====\n", -1));
                String expected = Files.readString(DIR.resolve(name + ".expected"), StandardCharsets.UTF_8);
                String[] blocks = expected.split("(?m)^#==== \\d+\n", -1);
                assertEquals(cases.size() + 1, blocks.length, name + ": regenerate the expected file");
                for (int i = 0; i < cases.size(); i++) {
                    String code = cases.get(i);
                    String[] parts = blocks[i + 1].split("#---- stderr\n", -1);
                    int index = i;
                    tests.add(DynamicTest.dynamicTest(name + " #" + i + ": " + firstLine(code), () -> {
                        Run r = Run.of(code);
                        assertEquals(parts[0] + "#---- stderr\n" + parts[1],
                                r.out + "#---- stderr\n" + r.err, name + " case " + index + ":\n" + code);
                    }));
                }
            }
        }
        assertTrue(tests.size() > 0);
        return tests.stream();
    }

    private static String firstLine(String code) {
        int nl = code.indexOf('\n');
        return nl < 0 ? code : code.substring(0, nl);
    }
}
