package seqplay.lang;

/**
 * Where a running program's output goes; the host implements it (the CLI prints, the web worker posts messages).
 *
 * <p>Four kinds of output:
 * <ul>
 *   <li>{@link #write}: standard output exactly as Python writes it ({@code print} passes its text with its
 *       {@code end}, usually a newline);</li>
 *   <li>{@link #writeError}: standard error, for warnings such as {@code UserWarning: ...} (error reports are
 *       not written here: they come back from {@link Execution#error()});</li>
 *   <li>{@link #liveLine} / {@link #endLiveLine}: a line that is replaced in place while it changes (Keras'
 *       progress bar) and then kept. A host without in-place updates may show only the final text;</li>
 *   <li>{@link #rich}: a structured event (a summary table, a DataFrame, a chart) that also carries its plain
 *       text: a host that does not know the event's kind writes {@link RichEvent#text()} instead.</li>
 * </ul>
 * Writes arrive in program order. A {@code write} while a live line is open comes after it: producers call
 * {@link #endLiveLine} first.
 */
public interface Output {
    /** Text for standard output, newlines included. */
    void write(String text);

    /** Text for standard error (warnings), newlines included. */
    void writeError(String text);

    /** Shows {@code text} as the current live line, replacing the previous one (no newline). */
    void liveLine(String text);

    /** Keeps the current live line as final output, followed by a newline. */
    void endLiveLine();

    /** A structured event; {@code event.text()} is what a plain console shows. */
    void rich(RichEvent event);

    /** An output that drops everything (for checks and benchmarks). */
    static Output discard() {
        return new Output() {
            @Override
            public void write(String text) {
            }

            @Override
            public void writeError(String text) {
            }

            @Override
            public void liveLine(String text) {
            }

            @Override
            public void endLiveLine() {
            }

            @Override
            public void rich(RichEvent event) {
            }
        };
    }
}
