package seqplay.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import seqplay.data.datasets.ClasspathDatasetSource;
import seqplay.data.pandas.DataFiles;
import seqplay.lang.Context;
import seqplay.lang.ErrorReport;
import seqplay.lang.Execution;
import seqplay.lang.Library;
import seqplay.lang.Program;
import seqplay.lang.runtime.PyList;
import seqplay.lessons.CheckResult;
import seqplay.lessons.Grade;
import seqplay.lessons.GoalResult;
import seqplay.lessons.Lesson;
import seqplay.lessons.LessonError;
import seqplay.lessons.LessonFolder;
import seqplay.lessons.RunLog;

/**
 * {@code lesson DIR [--starter] [--lang ko|en]}: runs a lesson's solution (or starter) with the lesson's seed, as
 * the page does, prints the program's output, then the lesson's goals and checks with ✓/✗. The exit status is 0
 * when the solution meets every goal and check (for a starter: when it runs without an error), else 1.
 */
final class LessonCommand {
    /**
     * The drawing the page would hand the draw-a-digit lesson: a "1" in load_digits' 0–16 grey levels, so the
     * program runs the same way on the command line.
     */
    static final int[][] SAMPLE_DRAWING = {
        {0, 0, 0, 6, 14, 0, 0, 0},
        {0, 0, 5, 16, 16, 0, 0, 0},
        {0, 0, 0, 12, 16, 0, 0, 0},
        {0, 0, 0, 8, 16, 0, 0, 0},
        {0, 0, 0, 8, 16, 0, 0, 0},
        {0, 0, 0, 8, 16, 0, 0, 0},
        {0, 0, 3, 12, 16, 4, 0, 0},
        {0, 0, 6, 16, 16, 12, 0, 0},
    };

    private LessonCommand() {
    }

    static int main(String[] args, PrintStream out, PrintStream err) {
        String dir = null;
        boolean starter = false;
        String lang = "en";
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--starter")) {
                starter = true;
            } else if (args[i].equals("--lang") && i + 1 < args.length) {
                lang = args[++i];
            } else if (dir == null) {
                dir = args[i];
            } else {
                err.println("seqplay: unexpected argument '" + args[i] + "'");
                return 2;
            }
        }
        if (dir == null) {
            err.println("usage: java -jar seqplay.jar lesson DIR [--starter] [--lang ko|en]");
            return 2;
        }
        Lesson lesson;
        try {
            lesson = LessonFolder.load(Path.of(dir));
        } catch (LessonError | IOException e) {
            err.println("seqplay: " + e.getMessage());
            return 2;
        }
        String file = Path.of(dir, starter ? "starter.py" : "solution.py").toString();
        Context ctx = new Context(new Runner.Console(out, err, lang),
                Library.modules(new ClasspathDatasetSource(), new DataFiles())).seed(lesson.seed()).language(lang);
        if (lesson.widgets().contains("draw-digit")) {
            ctx.bind("drawn", drawing(SAMPLE_DRAWING));
        }
        ErrorReport error = Execution.runToEnd(Program.parse(starter ? lesson.starter() : lesson.solution(), file), ctx);
        out.flush();
        if (error != null) {
            err.print(error.text());
            err.flush();
            return 1;
        }
        Grade grade = lesson.rubric().grade(ctx.state(RunLog.class, RunLog::new));
        boolean ko = lang.equals("ko");
        out.println(ko ? "--- 학습 목표: " + lesson.title().ko() : "--- Lesson goals: " + lesson.title().en());
        for (GoalResult g : grade.goals()) {
            String why = g.problem() == null ? "" : " — " + (ko ? g.problem().ko() : g.problem().en());
            out.println((g.passed() ? "✓ " : "✗ ") + g.goal() + " (" + g.actual() + ")" + why);
        }
        for (CheckResult c : grade.checks()) {
            out.println((c.passed() ? "✓ " : "✗ ") + (ko ? c.message().ko() : c.message().en()));
        }
        out.println(grade.passed() ? (ko ? "통과" : "passed") : (ko ? "아직 통과하지 못했습니다" : "not passed yet"));
        out.flush();
        return starter || grade.passed() ? 0 : 1;
    }

    /** Rows of grey levels as the Python list of lists the program reads. */
    static PyList drawing(int[][] grid) {
        List<Object> rows = new ArrayList<>();
        for (int[] row : grid) {
            List<Object> cells = new ArrayList<>();
            for (int v : row) {
                cells.add((long) v);
            }
            rows.add(new PyList(cells));
        }
        return new PyList(rows);
    }
}
