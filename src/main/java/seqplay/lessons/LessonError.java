package seqplay.lessons;

/**
 * A mistake in a lesson folder, located as {@code file:line:column: message} (line and column 1-based; 0 when
 * the mistake has no single place, such as a missing file).
 *
 * <pre>{@code
 * lessons/04-iris/lesson.json:7:3: unknown key "goal" (known keys: id, title, dataset, seed, hide, goals, checks, widgets)
 * }</pre>
 */
public final class LessonError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public LessonError(String file, int line, int column, String problem) {
        super(locate(file, line, column) + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String locate(String file, int line, int column) {
        if (line <= 0) {
            return file + ": ";
        }
        return file + ":" + line + ":" + column + ": ";
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without its location. */
    public String problem() {
        return problem;
    }
}
