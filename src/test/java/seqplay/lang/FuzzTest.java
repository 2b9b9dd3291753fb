package seqplay.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import seqplay.lang.runtime.Modules;
import seqplay.lang.syntax.Lexer;
import seqplay.lang.syntax.Source;
import seqplay.lang.syntax.Token;
import seqplay.random.SeededRandom;

/**
 * Generated and mutated programs (from the seed lessons and the golden programs: tokens deleted, duplicated,
 * swapped and inserted, characters garbled, lines re-indented, duplicated and cut): no Java exception may escape,
 * every failure must be a located Python-style report, and none may be an internal error.
 */
class FuzzTest {
    private static final int PROGRAMS = 100_000;
    private static final long SEED = 20240601L;
    private static final String[] JUNK = {"(", ")", "[", "]", "{", "}", ":", ",", "=", "==", ".", "*", "**", "-",
        "+", "/", "//", "%", "'", "\"", "\"\"\"", "f'{", "}", "\\", "#", "\t", "    ", "\n", "if", "else", "for", "in",
        "not", "and", "lambda", "def", "None", "True", "0", "1e-3", "1_0", "x", "model", "print", "“", "（", "\u00a0",
        "한", ";", "@", "!", "$", "?", "->", ":=", "...", "range(3)", "[1, 2]", "{'a': 1}", "0x", "1j", "b'x'"};

    private static List<String> corpus() throws IOException {
        List<String> out = new ArrayList<>(List.of(SeedPrograms.ALL));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/seqplay/lang/golden"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".py.txt")).sorted()::iterator) {
                for (String c : Files.readString(p, StandardCharsets.UTF_8).split("\n#====\n")) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static String mutate(String code, SeededRandom rnd) {
        List<String> pieces = new ArrayList<>();
        Lexer.Result lexed = Lexer.tokenize(new Source("f.py", code));
        int at = 0;
        String s = new Source("f.py", code).text();
        Source src = new Source("f.py", code);
        for (Token t : lexed.tokens()) {
            if (t.kind() == Token.Kind.INDENT || t.kind() == Token.Kind.DEDENT || t.kind() == Token.Kind.ENDMARKER
                    || t.text().isEmpty()) {
                continue;
            }
            int start = src.lineStart(t.line()) + t.column() - 1;
            if (start < at || start > s.length()) {
                continue;
            }
            pieces.add(s.substring(at, start));
            int end = Math.min(s.length(), start + t.text().length());
            pieces.add(s.substring(start, end));
            at = end;
        }
        pieces.add(s.substring(Math.min(at, s.length())));
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits && !pieces.isEmpty(); e++) {
            int i = rnd.nextInt(pieces.size());
            switch (rnd.nextInt(9)) {
                case 0:
                    pieces.remove(i);
                    break;
                case 1:
                    pieces.add(i, pieces.get(i));
                    break;
                case 2: {
                    int j = rnd.nextInt(pieces.size());
                    String t = pieces.get(i);
                    pieces.set(i, pieces.get(j));
                    pieces.set(j, t);
                    break;
                }
                case 3:
                    pieces.add(i, JUNK[rnd.nextInt(JUNK.length)]);
                    break;
                case 4: {
                    String p = pieces.get(i);
                    if (!p.isEmpty()) {
                        int k = rnd.nextInt(p.length());
                        pieces.set(i, p.substring(0, k) + p.substring(k + 1));
                    }
                    break;
                }
                case 5: {
                    String joined = String.join("", pieces);
                    int cut = joined.isEmpty() ? 0 : rnd.nextInt(joined.length());
                    pieces.clear();
                    pieces.add(joined.substring(0, cut));
                    break;
                }
                case 6: {
                    String[] lines = String.join("", pieces).split("\n", -1);
                    int l = rnd.nextInt(lines.length);
                    String indent = new String[] {"", " ", "  ", "    ", "\t", "        ", "   \t"}[rnd.nextInt(7)];
                    lines[l] = indent + lines[l].stripLeading();
                    pieces.clear();
                    pieces.add(String.join("\n", lines));
                    break;
                }
                case 7: {
                    String[] lines = String.join("", pieces).split("\n", -1);
                    List<String> ls = new ArrayList<>(List.of(lines));
                    int l = rnd.nextInt(ls.size());
                    if (rnd.nextInt(2) == 0) {
                        ls.add(l, ls.get(l));
                    } else {
                        ls.remove(l);
                    }
                    pieces.clear();
                    pieces.add(String.join("\n", ls));
                    break;
                }
                default: {
                    String p = pieces.get(i);
                    int k = p.isEmpty() ? 0 : rnd.nextInt(p.length() + 1);
                    String junk = JUNK[rnd.nextInt(JUNK.length)];
                    pieces.set(i, p.substring(0, k) + junk + p.substring(k));
                    break;
                }
            }
        }
        return String.join("", pieces);
    }

    private static void check(String code) {
        Program p;
        try {
            p = Program.parse(code, "lesson.py");
        } catch (Throwable t) {
            throw new AssertionError("parse threw " + t + " for:\n" + code, t);
        }
        Execution run;
        try {
            run = Execution.start(p, new Context(Output.discard(), new Modules()));
            for (int i = 0; i < 4 && run.step(40) == Execution.State.RUNNING; i++) {
                // a few slices are enough to exercise the interpreter on a mutant
            }
            if (run.state() == Execution.State.RUNNING) {
                run.stop();
                run.step(40);
                assertEquals(Execution.State.FAILED, run.state(), "a stopped run ends");
            }
        } catch (Throwable t) {
            throw new AssertionError("run threw " + t + " for:\n" + code, t);
        }
        ErrorReport e = run.error();
        if (e == null) {
            return;
        }
        if (e.type().equals("SystemError")) {
            fail("internal error for:\n" + code + "\n" + e.text());
        }
        int lines = p.source().lineCount();
        assertTrue(e.line() >= 1 && e.line() <= lines + 1, "line " + e.line() + " of " + lines + ":\n" + code);
        assertTrue(e.column() >= 1 && (e.endLine() > e.line() || e.endColumn() >= e.column()),
                e.position() + "-" + e.endLine() + ":" + e.endColumn() + ":\n" + code);
        assertTrue(e.text().startsWith("Traceback (most recent call last):\n  File \"lesson.py\", line " + e.line())
                || e.text().startsWith("  File \"lesson.py\", line " + e.line() + "\n"), e.text());
        assertTrue(e.text().endsWith(e.lastLine() + "\n"), e.text());
    }

    @Test
    void noMutantMakesTheInterpreterCrashOrReportWithoutALocation() throws IOException {
        List<String> corpus = corpus();
        SeededRandom rnd = new SeededRandom(SEED);
        for (String c : corpus) {
            check(c);
        }
        long t0 = System.nanoTime();
        for (int n = 0; n < PROGRAMS; n++) {
            String base = corpus.get(rnd.nextInt(corpus.size()));
            String mutant = mutate(base, rnd);
            if (rnd.nextInt(4) == 0) {
                mutant = mutate(mutant, rnd);
            }
            check(mutant);
        }
        System.out.println("FuzzTest: " + PROGRAMS + " mutants in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
}
