package seqplay.lessons;

import java.util.ArrayList;
import java.util.List;

/**
 * What a lesson asks of a run: its goals (numbers the run must reach) and checks (how the model must be built).
 * A run passes when every goal and every check passes; a rubric with neither never passes (nothing to meet).
 *
 * <pre>{@code
 * Rubric r = Rubric.fromJson("{\"goals\": [\"val_accuracy >= 0.9\"], \"checks\": [{\"loss\": \"binary_crossentropy\"}]}");
 * Grade g = r.grade(runLog);
 * g.passed();   // true when the last fit's val_accuracy reached 0.9 with binary_crossentropy
 * }</pre>
 */
public record Rubric(List<Goal> goals, List<Check> checks) {
    public Rubric {
        goals = List.copyOf(goals);
        checks = List.copyOf(checks);
    }

    /**
     * Reads {@code {"goals": [...], "checks": [...]}}, the same shape as in {@code lesson.json} and in the site's
     * lesson list (the worker receives it from the page). Other keys are ignored here.
     */
    public static Rubric fromJson(String json) {
        Json.Value v = Json.parse(json, "rubric");
        if (!(v instanceof Json.Obj o)) {
            throw new LessonError("rubric", v.line(), v.column(), "expected an object with goals and checks");
        }
        return read(o, "rubric");
    }

    static Rubric read(Json.Obj o, String file) {
        List<Goal> goals = new ArrayList<>();
        Json.Value g = o.get("goals");
        if (g != null) {
            if (!(g instanceof Json.Arr arr)) {
                throw new LessonError(file, g.line(), g.column(), "goals must be an array of strings such as "
                        + "\"val_accuracy >= 0.9\"; found a " + g.kind());
            }
            for (Json.Value item : arr.items()) {
                goals.add(goal(item, file));
            }
        }
        List<Check> checks = new ArrayList<>();
        Json.Value c = o.get("checks");
        if (c != null) {
            if (!(c instanceof Json.Arr arr)) {
                throw new LessonError(file, c.line(), c.column(), "checks must be an array of objects such as "
                        + "{\"loss\": \"mse\"}; found a " + c.kind());
            }
            for (Json.Value item : arr.items()) {
                checks.add(Check.fromJson(item, file));
            }
        }
        return new Rubric(goals, checks);
    }

    private static Goal goal(Json.Value item, String file) {
        if (!(item instanceof Json.Str s)) {
            throw new LessonError(file, item.line(), item.column(), "a goal must be a string such as "
                    + "\"val_accuracy >= 0.9\"; found a " + item.kind());
        }
        try {
            return Goal.parse(s.value());
        } catch (Goal.GoalSyntaxError e) {
            // The column inside the expression plus the opening quote; goals hold no escapes in practice.
            throw new LessonError(file, s.line(), s.column() + e.column(), "bad goal \"" + s.value() + "\": "
                    + e.getMessage());
        }
    }

    /** Grades a run. */
    public Grade grade(RunLog run) {
        List<GoalResult> g = new ArrayList<>();
        boolean ok = !goals.isEmpty() || !checks.isEmpty();
        for (Goal goal : goals) {
            GoalResult r = goal.evaluate(run);
            g.add(r);
            ok &= r.passed();
        }
        List<CheckResult> c = new ArrayList<>();
        for (Check check : checks) {
            CheckResult r = check.evaluate(run);
            c.add(r);
            ok &= r.passed();
        }
        return new Grade(ok, g, c);
    }

    /** {@code {"goals":[...],"checks":[...]}} as the site's lesson list writes it. */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\"goals\":[");
        for (int i = 0; i < goals.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(Json.quote(goals.get(i).source()));
        }
        sb.append("],\"checks\":[");
        for (int i = 0; i < checks.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(checks.get(i).toJson());
        }
        return sb.append("]}").toString();
    }
}
