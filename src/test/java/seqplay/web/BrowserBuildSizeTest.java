package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps JDK parts out of the engine that would cost the site a fifth of its 1 MB budget for a few lines
 * (docs/performance.md): one {@code String.split} or {@code matches} brings java.util.regex into the TeaVM builds
 * (10% of the JS), one {@code String.format} brings java.util.Formatter with DecimalFormat and the CLDR locale
 * tables (11%), {@code Double.parseDouble} TeaVM's double synthesizer (and it is not correctly rounded there:
 * read numbers with {@code PyFloat.parse}). {@code BigDecimal} with {@code MathContext} and {@code RoundingMode}
 * cost about 4.5 KB of gzip in each build (1.5%); Python's exact number paths work on {@code BigInteger} instead
 * ({@code PyFloat.ratioToDouble}, {@code truncToBigInteger}, {@code roundHalfEven}, {@code compareExact}) and
 * float text comes from {@code PyFloat.layout}.
 *
 * <p>Code the worker never reaches is exempt: the command line, benchmarks, the lesson build (Markdown, folders)
 * and the cross-target checks.
 */
class BrowserBuildSizeTest {
    private static final Pattern HEAVY = Pattern.compile("String\\.format\\(|\\.formatted\\(|\\.split\\(|"
            + "\\.matches\\(|\\.replaceAll\\(|\\.replaceFirst\\(|\\bPattern\\.|\\bScanner\\b|Double\\.parseDouble\\("
            + "|Float\\.parseFloat\\(|\\bBigDecimal\\b|\\bMathContext\\b|\\bRoundingMode\\b");

    private static boolean exempt(Path p) {
        String s = p.toString().replace('\\', '/');
        return s.contains("/seqplay/cli/") || s.contains("/seqplay/bench/") || s.endsWith("/lessons/Markdown.java")
                || s.endsWith("/lessons/LessonsBuild.java") || s.endsWith("/lessons/LessonFolder.java")
                || s.matches(".*/seqplay/web/[A-Za-z]*Check\\.java");
    }

    /** The code without comments, string and char literals (which may mention these names freely). */
    static String code(String source) {
        StringBuilder sb = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                sb.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && source.charAt(i) != c) {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                sb.append(c).append(c);
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    @Test
    void commentsAndLiteralsAreNotCode() {
        assertEquals("x = \"\"; \ny = ''", code("x = \"a.split(b)\"; // s.split(c)\ny = '\\''"));
        assertEquals("a  b", code("a /* s.split(\",\") */ b"));
    }

    @Test
    void theEngineUsesNoJdkPartThatWouldBloatTheBrowserBuilds() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            files = s.filter(p -> p.toString().endsWith(".java") && !exempt(p)).sorted().toList();
        }
        for (Path f : files) {
            String[] lines = code(Files.readString(f)).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = HEAVY.matcher(lines[i]);
                if (m.find()) {
                    found.add(f + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
