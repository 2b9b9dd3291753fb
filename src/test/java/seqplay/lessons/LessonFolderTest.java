package seqplay.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonFolderTest {
    static final Path COURSE = Path.of("lessons");

    @TempDir
    Path tmp;

    static final String GOOD_JSON = "{\n"
            + "  \"id\": \"first-steps\",\n"
            + "  \"title\": {\"ko\": \"첫걸음\", \"en\": \"First steps\"},\n"
            + "  \"dataset\": null,\n"
            + "  \"seed\": 1,\n"
            + "  \"hide\": [\"examples\"],\n"
            + "  \"goals\": [\"loss <= 0.05\"],\n"
            + "  \"checks\": [{\"outputUnits\": 1}]\n"
            + "}\n";

    private Path lesson(String folder, String json) throws IOException {
        Path dir = tmp.resolve("lessons").resolve(folder);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("lesson.json"), json, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ko.md"), "## 첫걸음\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("en.md"), "## First steps\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("starter.py"), "print(1)\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("solution.py"), "print(2)\n", StandardCharsets.UTF_8);
        return dir;
    }

    private String error(String json) throws IOException {
        Path dir = lesson("01-first-steps", json);
        return assertThrows(LessonError.class, () -> LessonFolder.load(dir)).getMessage();
    }

    @Test
    void aGoodFolderBecomesALesson() throws IOException {
        Lesson l = LessonFolder.load(lesson("01-first-steps", GOOD_JSON));
        assertEquals("first-steps", l.id());
        assertEquals(1, l.number());
        assertEquals(new Text("첫걸음", "First steps"), l.title());
        assertEquals(null, l.dataset());
        assertEquals(1, l.seed());
        assertEquals(List.of("examples"), l.hide());
        assertEquals(List.of(), l.widgets());
        assertEquals("loss <= 0.05", l.rubric().goals().get(0).source());
        assertEquals("{\"outputUnits\":1}", l.rubric().checks().get(0).toJson());
        assertEquals("print(1)\n", l.starter());
    }

    @Test
    void unknownKeysAreNamedWithTheirPosition() throws IOException {
        assertEquals("lessons/01-first-steps/lesson.json:2:3: unknown key \"goal\" (known keys: id, title, summary, "
                + "dataset, seed, hide, widgets, goals, checks)",
                error(GOOD_JSON.replace("\"id\": \"first-steps\",", "\"goal\": \"x\", \"id\": \"first-steps\",")));
        assertEquals("lessons/01-first-steps/lesson.json:3:47: unknown key \"fr\" in title (known: ko, en)",
                error(GOOD_JSON.replace("\"en\": \"First steps\"", "\"en\": \"First steps\", \"fr\": \"x\"")));
    }

    @Test
    void everyValueIsChecked() throws IOException {
        assertEquals("lessons/01-first-steps/lesson.json:1:1: missing key \"seed\"",
                error(GOOD_JSON.replace("  \"seed\": 1,\n", "")));
        assertEquals("lessons/01-first-steps/lesson.json:2:9: id \"first\" must be the folder's name without its "
                + "number: \"first-steps\"", error(GOOD_JSON.replace("\"first-steps\"", "\"first\"")));
        assertEquals("lessons/01-first-steps/lesson.json:4:14: unknown dataset \"mnist\" (known: iris, "
                + "breast_cancer, wine, digits, diabetes, moons, circles, blobs, regression, or null)",
                error(GOOD_JSON.replace("\"dataset\": null", "\"dataset\": \"mnist\"")));
        assertEquals("lessons/01-first-steps/lesson.json:5:11: seed must be an integer from 0 to 2147483647",
                error(GOOD_JSON.replace("\"seed\": 1", "\"seed\": 1.5")));
        assertEquals("lessons/01-first-steps/lesson.json:6:24: unknown control \"toolbar\" (known: mode, examples, "
                + "dataset, run-all, run-step, stop, lang, engine, editor, steps, charts, console, chart-history, "
                + "chart-fit, chart-boundary, chart-confusion, chart-network, solution)",
                error(GOOD_JSON.replace("[\"examples\"]", "[\"examples\", \"toolbar\"]")));
        assertEquals("lessons/01-first-steps/lesson.json:6:24: \"examples\" is listed twice in hide",
                error(GOOD_JSON.replace("[\"examples\"]", "[\"examples\", \"examples\"]")));
        assertEquals("lessons/01-first-steps/lesson.json:3:12: title needs both \"ko\" and \"en\"; \"en\" is missing",
                error(GOOD_JSON.replace(", \"en\": \"First steps\"", "")));
        assertEquals("lessons/01-first-steps/lesson.json:3:19: title.ko must be a non-empty string; found an empty one",
                error(GOOD_JSON.replace("\"첫걸음\"", "\"\"")));
        assertEquals("lessons/01-first-steps/lesson.json:7:21: bad goal \"loss <== 0.05\": expected a number or a "
                + "name but found '='", error(GOOD_JSON.replace("loss <= 0.05", "loss <== 0.05")));
        assertEquals("lessons/01-first-steps/lesson.json:7:12: a lesson needs at least one goal or check (else it "
                + "can never be passed)", error(GOOD_JSON.replace("[\"loss <= 0.05\"]", "[]")
                        .replace("[{\"outputUnits\": 1}]", "[]")));
        assertEquals("lessons/01-first-steps/lesson.json:1:1: lesson.json must hold an object; found a array",
                error("[]"));
        assertEquals("lessons/01-first-steps/lesson.json:9:1: expected ',' or '}' after an object member but found "
                + "end of file", error(GOOD_JSON.substring(0, GOOD_JSON.length() - 2)));
    }

    @Test
    void widgetsAreAClosedSet() throws IOException {
        String json = GOOD_JSON.replace("\"hide\"", "\"widgets\": [\"draw-digit\"],\n  \"hide\"");
        assertEquals(List.of("draw-digit"), LessonFolder.load(lesson("01-first-steps", json)).widgets());
        assertEquals("lessons/01-first-steps/lesson.json:6:15: unknown widget \"webcam\" (known: draw-digit)",
                error(GOOD_JSON.replace("\"hide\"", "\"widgets\": [\"webcam\"],\n  \"hide\"")));
    }

    @Test
    void theFolderItselfIsChecked() throws IOException {
        Path dir = lesson("1-first-steps", GOOD_JSON);
        assertEquals("lessons/1-first-steps: a lesson folder is named NN-slug (two digits, a dash, then lower-case "
                + "words joined by dashes), e.g. 01-linear-regression",
                assertThrows(LessonError.class, () -> LessonFolder.load(dir)).getMessage());
        Path extra = lesson("02-first-steps", GOOD_JSON);
        Files.writeString(extra.resolve("solutions.py"), "x");
        assertEquals("lessons/02-first-steps/solutions.py: unexpected file in a lesson folder (a lesson has "
                + "lesson.json, ko.md, en.md, starter.py, solution.py)",
                assertThrows(LessonError.class, () -> LessonFolder.load(extra)).getMessage());
        Path missing = lesson("03-first-steps", GOOD_JSON);
        Files.delete(missing.resolve("en.md"));
        assertEquals("lessons/03-first-steps/en.md: missing (a lesson has lesson.json, ko.md, en.md, starter.py, "
                + "solution.py)", assertThrows(LessonError.class, () -> LessonFolder.load(missing)).getMessage());
        Path empty = lesson("04-first-steps", GOOD_JSON);
        Files.writeString(empty.resolve("starter.py"), "  \n");
        assertEquals("lessons/04-first-steps/starter.py: the file is empty",
                assertThrows(LessonError.class, () -> LessonFolder.load(empty)).getMessage());
        Path latin1 = lesson("05-first-steps", GOOD_JSON);
        Files.write(latin1.resolve("ko.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        assertEquals("lessons/05-first-steps/ko.md: the file is not valid UTF-8",
                assertThrows(LessonError.class, () -> LessonFolder.load(latin1)).getMessage());
    }

    @Test
    void twoLessonsCannotShareANumberOrAnId() throws IOException {
        lesson("01-first-steps", GOOD_JSON);
        lesson("01-second-steps", GOOD_JSON.replace("first-steps", "second-steps"));
        assertEquals("lessons/01-second-steps: another lesson already has the number 01",
                assertThrows(LessonError.class, () -> LessonFolder.loadAll(tmp.resolve("lessons"))).getMessage());
    }

    // ---- the course in lessons/ ------------------------------------------------------------------------------

    @Test
    void theCourseHasEightOrMoreValidLessonsNumberedFromOne() throws IOException {
        List<Lesson> course = LessonFolder.loadAll(COURSE);
        assertTrue(course.size() >= 8, "lessons: " + course.size());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < course.size(); i++) {
            Lesson l = course.get(i);
            assertEquals(i + 1, l.number(), l.id());
            assertNotEquals(l.starter(), l.solution(), l.id() + ": the starter must leave something to do");
            assertTrue(l.solution().contains("keras.backend.clear_session()"), l.id());
            ids.add(l.id());
        }
        assertEquals(List.of("linear-regression", "feature-scaling", "logistic-regression", "multiclass-softmax",
                "hidden-layers", "overfitting", "optimizers", "draw-a-digit"), ids.subList(0, 8));
    }

    @Test
    void theActivationAndLossTableAppearsWhereItIsTaught() throws IOException {
        List<Lesson> course = LessonFolder.loadAll(COURSE);
        String multi = course.get(3).markdown().en();
        for (String row : List.of("`Dense(1, activation='sigmoid')` | `binary_crossentropy`",
                "`Dense(n_classes, activation='softmax')` | `categorical_crossentropy` | one-hot from `to_categorical`",
                "`sparse_categorical_crossentropy` | integers")) {
            assertTrue(multi.contains(row), row);
        }
        assertTrue(course.get(3).markdown().ko().contains("`sparse_categorical_crossentropy` | 정수"));
        assertTrue(course.get(2).markdown().ko().contains("| 이진 분류 (0/1) | `Dense(1, activation='sigmoid')` | "
                + "`binary_crossentropy` | `accuracy` |"));
    }

    @Test
    void theBuiltScriptIsOneClassicAsciiStatementWithoutAngleBrackets() throws IOException {
        List<Lesson> course = LessonFolder.loadAll(COURSE);
        String js = LessonsBuild.script(course);
        for (int i = 0; i < js.length(); i++) {
            char c = js.charAt(i);
            assertTrue(c == '\n' || (c >= 0x20 && c < 0x7f), "non-ASCII at " + i);
        }
        assertTrue(js.indexOf('<') < 0 && js.indexOf('>') < 0, "no < or > anywhere (no </script>, no <!--)");
        String prefix = "self.SEQPLAY_LESSONS = ";
        int start = js.indexOf(prefix) + prefix.length();
        assertTrue(js.endsWith("];\n"));
        Json.Arr arr = assertInstanceOf(Json.Arr.class,
                Json.parse(js.substring(start, js.length() - 2), "lessons.js"));
        assertEquals(course.size(), arr.items().size());
        Json.Obj first = assertInstanceOf(Json.Obj.class, arr.items().get(0));
        assertEquals(List.of("id", "number", "title", "summary", "dataset", "seed", "hide", "widgets", "goals",
                "checks", "html", "starter", "solution"), List.copyOf(first.members().keySet()));
        Json.Obj html = assertInstanceOf(Json.Obj.class, first.get("html"));
        assertEquals(Markdown.render(course.get(0).markdown().ko()),
                assertInstanceOf(Json.Str.class, html.get("ko")).value());
        assertEquals(course.get(0).solution(), assertInstanceOf(Json.Str.class, first.get("solution")).value());
        Json.Obj last = assertInstanceOf(Json.Obj.class, arr.items().get(7));
        assertEquals("[draw-digit]", List.of(((Json.Str) ((Json.Arr) last.get("widgets")).items().get(0)).value())
                .toString());
        // The rubric the page hands to the worker reads back as the same rubric.
        Rubric r = Rubric.read(last, "lessons.js");
        assertEquals(course.get(7).rubric().toJson(), r.toJson());
    }

    @Test
    void theBuildStepWritesTheFile() throws IOException {
        Path out = tmp.resolve("site/lessons/lessons.js");
        LessonsBuild.main(new String[] {COURSE.toString(), out.toString()});
        assertEquals(LessonsBuild.script(LessonFolder.loadAll(COURSE)), Files.readString(out));
    }
}
