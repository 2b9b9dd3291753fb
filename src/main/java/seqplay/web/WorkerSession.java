package seqplay.web;

/**
 * One learner's engine inside the Web Worker: runs programs in time slices and queues protocol events.
 *
 * <p>The worker glue calls {@link #start}, then {@link #step} every slice until it returns something other than
 * {@link #RUNNING}, reading {@link #events()} after each slice. Everything here is plain Java, so it is tested on
 * the JVM; {@link WorkerMain} only exports it to JavaScript.
 */
public final class WorkerSession {
    public static final int RUNNING = 0;
    public static final int FINISHED = 1;
    public static final int FAILED = 2;
    public static final int STOPPED = 3;

    private final EventQueue events = new EventQueue();
    private String history = "null";
    private boolean failedStart;

    public EventQueue events() {
        return events;
    }

    /**
     * Starts a program. mode "all" runs the whole program in a fresh session; "step" runs one step's code in
     * the current session ({@code reset} starts a fresh one first). {@code firstLine} is the program line of
     * the code's first line, so errors point at the right line in the editor.
     */
    public void start(String code, String mode, int firstLine, boolean reset, String lang) {
        history = "null";
        // The interpreter (seqplay.lang) is not on main yet: report that honestly instead of pretending to run.
        Json e = events.event("error").name("exception").value("NotImplementedError")
                .name("message").value("this build of the playground has no interpreter yet")
                .name("text").value("NotImplementedError: this build of the playground has no interpreter yet\n");
        events.add(e);
        failedStart = true;
    }

    /** Runs for about budgetMs milliseconds; returns RUNNING, FINISHED, FAILED or STOPPED. */
    public int step(double budgetMs) {
        events.compact();
        return failedStart ? FAILED : FINISHED;
    }

    /** Asks the run to end after the current batch; the next step returns STOPPED. */
    public void stop() {
    }

    /** The History of the last fit as {"loss": {"$array": i}, ...}, or "null". */
    public String history() {
        return history;
    }

    /** Checker warnings for a program, as a JSON array of {line, column, endColumn, category, message, hint}. */
    public String check(String code) {
        return "[]";
    }

    /** A preview of a built-in dataset: {columns, rows, total, task, points, labels, xLabel, yLabel}. */
    public String dataset(String name) {
        return new Json().beginObject().name("error").value("no datasets in this build yet").endObject().toString();
    }

    public void setLang(String lang) {
    }
}
