package seqplay.lessons;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads and validates lesson folders (build time, JVM only).
 *
 * <p>{@code lessons/<NN-slug>/} holds exactly {@code lesson.json}, {@code ko.md}, {@code en.md}, {@code starter.py}
 * and {@code solution.py}, all UTF-8. Every mistake is a {@link LessonError} naming the file (and line:column
 * inside {@code lesson.json}): an unknown key, a missing or mistyped value, a goal that does not parse, an unknown
 * check, dataset, control or widget, an {@code id} that is not the folder's slug.
 *
 * <pre>{@code
 * List<Lesson> course = LessonFolder.loadAll(Path.of("lessons"));
 * }</pre>
 */
public final class LessonFolder {
    /** The files of a lesson folder. */
    public static final List<String> FILES = List.of("lesson.json", "ko.md", "en.md", "starter.py", "solution.py");

    private LessonFolder() {
    }

    /** Every lesson under {@code root}, in course order; two lessons with one number or one id are an error. */
    public static List<Lesson> loadAll(Path root) throws IOException {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            s.filter(Files::isDirectory).sorted().forEach(dirs::add);
        }
        List<Lesson> lessons = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Path dir : dirs) {
            Lesson l = load(dir);
            String where = display(dir);
            if (!numbers.add(l.number())) {
                throw new LessonError(where, 0, 0, "another lesson already has the number " + two(l.number()));
            }
            if (!ids.add(l.id())) {
                throw new LessonError(where, 0, 0, "another lesson already has the id \"" + l.id() + "\"");
            }
            lessons.add(l);
        }
        return lessons;
    }

    /** One lesson folder. */
    public static Lesson load(Path dir) throws IOException {
        String name = dir.getFileName().toString();
        String where = display(dir);
        int dash = name.indexOf('-');
        if (dash != 2 || !Character.isDigit(name.charAt(0)) || !Character.isDigit(name.charAt(1))
                || !isSlug(name.substring(3))) {
            throw new LessonError(where, 0, 0, "a lesson folder is named NN-slug (two digits, a dash, then "
                    + "lower-case words joined by dashes), e.g. 01-linear-regression");
        }
        int number = Integer.parseInt(name.substring(0, 2));
        String slug = name.substring(3);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                String f = p.getFileName().toString();
                if (!FILES.contains(f)) {
                    throw new LessonError(where + "/" + f, 0, 0, "unexpected file in a lesson folder (a lesson has "
                            + String.join(", ", FILES) + ")");
                }
            }
        }
        for (String f : FILES) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new LessonError(where + "/" + f, 0, 0, "missing (a lesson has " + String.join(", ", FILES) + ")");
            }
        }
        String jsonFile = where + "/lesson.json";
        Json.Value root = Json.parse(read(dir.resolve("lesson.json"), jsonFile), jsonFile);
        Text markdown = new Text(nonEmpty(dir, "ko.md", where), nonEmpty(dir, "en.md", where));
        String starter = nonEmpty(dir, "starter.py", where);
        String solution = nonEmpty(dir, "solution.py", where);
        return parse(root, jsonFile, number, slug, markdown, starter, solution);
    }

    /** Validates a parsed {@code lesson.json} and builds the lesson. */
    static Lesson parse(Json.Value root, String file, int number, String slug, Text markdown, String starter,
            String solution) {
        if (!(root instanceof Json.Obj o)) {
            throw new LessonError(file, root.line(), root.column(), "lesson.json must hold an object; found a "
                    + root.kind());
        }
        for (String key : o.members().keySet()) {
            if (!Lesson.KEYS.contains(key)) {
                int[] at = o.keyPositions().get(key);
                throw new LessonError(file, at[0], at[1], "unknown key \"" + key + "\" (known keys: "
                        + String.join(", ", Lesson.KEYS) + ")");
            }
        }
        for (String key : List.of("id", "title", "dataset", "seed", "goals")) {
            if (!o.members().containsKey(key)) {
                throw new LessonError(file, o.line(), o.column(), "missing key \"" + key + "\"");
            }
        }
        Json.Value idValue = o.get("id");
        String id = string(idValue, file, "id");
        if (!id.equals(slug)) {
            throw new LessonError(file, idValue.line(), idValue.column(), "id \"" + id + "\" must be the folder's "
                    + "name without its number: \"" + slug + "\"");
        }
        Text title = text(o.get("title"), file, "title");
        Text summary = o.get("summary") == null ? null : text(o.get("summary"), file, "summary");
        Json.Value ds = o.get("dataset");
        String dataset = null;
        if (!(ds instanceof Json.Null)) {
            dataset = string(ds, file, "dataset");
            if (!Lesson.DATASETS.contains(dataset)) {
                throw new LessonError(file, ds.line(), ds.column(), "unknown dataset \"" + dataset + "\" (known: "
                        + String.join(", ", Lesson.DATASETS) + ", or null)");
            }
        }
        Json.Value seedValue = o.get("seed");
        if (!(seedValue instanceof Json.Num n) || !n.isIntegerLiteral() || n.value() < 0 || n.value() > Integer.MAX_VALUE) {
            throw new LessonError(file, seedValue.line(), seedValue.column(), "seed must be an integer from 0 to "
                    + Integer.MAX_VALUE);
        }
        int seed = (int) n.value();
        List<String> hide = names(o.get("hide"), file, "hide", Lesson.CONTROLS);
        List<String> widgets = names(o.get("widgets"), file, "widgets", Lesson.WIDGETS);
        Rubric rubric = Rubric.read(o, file);
        if (rubric.goals().isEmpty() && rubric.checks().isEmpty()) {
            Json.Value g = o.get("goals");
            throw new LessonError(file, g.line(), g.column(), "a lesson needs at least one goal or check (else it "
                    + "can never be passed)");
        }
        return new Lesson(id, number, title, summary, dataset, seed, hide, widgets, rubric, markdown, starter, solution);
    }

    private static String string(Json.Value v, String file, String key) {
        if (!(v instanceof Json.Str s) || s.value().isBlank()) {
            throw new LessonError(file, v.line(), v.column(), key + " must be a non-empty string; found "
                    + (v instanceof Json.Str ? "an empty one" : "a " + v.kind()));
        }
        return s.value();
    }

    private static Text text(Json.Value v, String file, String key) {
        if (!(v instanceof Json.Obj o)) {
            throw new LessonError(file, v.line(), v.column(), key + " must be an object {\"ko\": \"...\", \"en\": \"...\"}; "
                    + "found a " + v.kind());
        }
        for (String k : o.members().keySet()) {
            if (!k.equals("ko") && !k.equals("en")) {
                int[] at = o.keyPositions().get(k);
                throw new LessonError(file, at[0], at[1], "unknown key \"" + k + "\" in " + key + " (known: ko, en)");
            }
        }
        for (String lang : List.of("ko", "en")) {
            if (o.get(lang) == null) {
                throw new LessonError(file, v.line(), v.column(), key + " needs both \"ko\" and \"en\"; \"" + lang
                        + "\" is missing");
            }
        }
        return new Text(string(o.get("ko"), file, key + ".ko"), string(o.get("en"), file, key + ".en"));
    }

    private static List<String> names(Json.Value v, String file, String key, List<String> allowed) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof Json.Arr arr)) {
            throw new LessonError(file, v.line(), v.column(), key + " must be an array of names; found a " + v.kind());
        }
        for (Json.Value item : arr.items()) {
            String name = string(item, file, key + " item");
            if (!allowed.contains(name)) {
                throw new LessonError(file, item.line(), item.column(), "unknown " + (key.equals("hide") ? "control"
                        : "widget") + " \"" + name + "\" (known: " + String.join(", ", allowed) + ")");
            }
            if (out.contains(name)) {
                throw new LessonError(file, item.line(), item.column(), "\"" + name + "\" is listed twice in " + key);
            }
            out.add(name);
        }
        return out;
    }

    private static String nonEmpty(Path dir, String f, String where) throws IOException {
        String text = read(dir.resolve(f), where + "/" + f);
        if (text.isBlank()) {
            throw new LessonError(where + "/" + f, 0, 0, "the file is empty");
        }
        return text.replace("\r\n", "\n");
    }

    /** Strict UTF-8: a file with invalid bytes is an error naming it, not a page with U+FFFD in it. */
    static String read(Path p, String display) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new LessonError(display, 0, 0, "the file is not valid UTF-8");
        }
    }

    private static boolean isSlug(String s) {
        if (s.isEmpty() || s.startsWith("-") || s.endsWith("-") || s.contains("--")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String display(Path dir) {
        Path parent = dir.getParent();
        String name = dir.getFileName().toString();
        return parent == null || parent.getFileName() == null ? name : parent.getFileName() + "/" + name;
    }
}
