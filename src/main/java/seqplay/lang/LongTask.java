package seqplay.lang;

/**
 * An operation that takes a long time (a {@code fit}, an {@code evaluate} or {@code predict} on many rows),
 * done in slices so that the page stays responsive and a stop request is heard between slices.
 *
 * <p>A bound function returns a {@code LongTask} instead of its result. When the call is a whole statement
 * ({@code model.fit(x, y)}) or the right side of an assignment ({@code h = model.fit(x, y)}), even inside a
 * {@code for} or {@code if}, the interpreter suspends the program and the host's next {@link Execution#step}
 * calls advance the task; when it finishes, {@link #result()} is assigned and the program continues. Anywhere else
 * ({@code print(model.fit(x, y))}) the interpreter runs the task to completion on the spot.
 *
 * <p>A {@code PyException} thrown by {@link #step} is reported at the call that created the task.
 */
public interface LongTask {
    /** Does at most {@code budget} units of work (for fit: batches); returns true when the task is finished. */
    boolean step(int budget);

    /** The Python value of the finished operation (e.g. the History); {@code Py.NONE} when there is none. */
    Object result();

    /**
     * Asks the task to end early, keeping what it has done (a stopped fit keeps its trained weights). The next
     * {@link #step} must finish the task promptly and return true.
     */
    void stop();
}
