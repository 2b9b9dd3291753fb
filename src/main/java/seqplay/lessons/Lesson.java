package seqplay.lessons;

import java.util.List;

/**
 * One lesson as the site shows it: {@code lessons/<NN-slug>/} read and checked by {@link LessonFolder}.
 *
 * @param id        the slug, stable across renumbering ({@code linear-regression} for {@code 01-linear-regression})
 * @param number    {@code NN}, the position in the course
 * @param title     the title in Korean and English
 * @param summary   one line for the lesson list, or null
 * @param dataset   the built-in dataset the lesson is about (the page's dataset picker names), or null
 * @param seed      the seed the page runs the lesson's code with
 * @param hide      page controls to hide ({@code ui-<name>} classes)
 * @param widgets   extra widgets the lesson needs ({@code draw-digit})
 * @param rubric    goals and checks
 * @param markdown  {@code ko.md} and {@code en.md}
 * @param starter   {@code starter.py}
 * @param solution  {@code solution.py}
 */
public record Lesson(String id, int number, Text title, Text summary, String dataset, int seed, List<String> hide,
        List<String> widgets, Rubric rubric, Text markdown, String starter, String solution) {
    public Lesson {
        hide = List.copyOf(hide);
        widgets = List.copyOf(widgets);
    }

    /** Dataset names the page's picker offers ({@code webapp/js/datasets.js}). */
    public static final List<String> DATASETS = List.of("iris", "breast_cancer", "wine", "digits", "diabetes", "moons",
            "circles", "blobs", "regression");

    /**
     * Control names a lesson may hide: the page's {@code ui-<name>} classes ({@code docs/playground.md}) plus
     * {@code solution}, the lesson panel's "show solution" button.
     */
    public static final List<String> CONTROLS = List.of("mode", "examples", "dataset", "run-all", "run-step", "stop",
            "lang", "engine", "editor", "steps", "charts", "console", "chart-history", "chart-fit", "chart-boundary",
            "chart-confusion", "chart-network", "solution");

    /** Widgets the page provides to lessons. */
    public static final List<String> WIDGETS = List.of("draw-digit");

    /** The keys {@code lesson.json} may have. */
    public static final List<String> KEYS = List.of("id", "title", "summary", "dataset", "seed", "hide", "widgets",
            "goals", "checks");

    /**
     * This lesson as one element of {@code self.SEQPLAY_LESSONS}: the texts rendered to safe HTML, every string
     * escaped for a classic script.
     */
    public String toJson() {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"id\":").append(Json.quote(id));
        sb.append(",\"number\":").append(number);
        sb.append(",\"title\":").append(title.toJson());
        if (summary != null) {
            sb.append(",\"summary\":").append(summary.toJson());
        }
        sb.append(",\"dataset\":").append(dataset == null ? "null" : Json.quote(dataset));
        sb.append(",\"seed\":").append(seed);
        sb.append(",\"hide\":").append(strings(hide));
        sb.append(",\"widgets\":").append(strings(widgets));
        String rubricJson = rubric.toJson();
        sb.append(',').append(rubricJson, 1, rubricJson.length() - 1);
        sb.append(",\"html\":").append(new Text(Markdown.render(markdown.ko()), Markdown.render(markdown.en())).toJson());
        sb.append(",\"starter\":").append(Json.quote(starter));
        sb.append(",\"solution\":").append(Json.quote(solution));
        return sb.append('}').toString();
    }

    private static String strings(List<String> list) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(Json.quote(list.get(i)));
        }
        return sb.append(']').toString();
    }
}
