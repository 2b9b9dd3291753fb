package seqplay.lang;

import seqplay.lang.runtime.Modules;

/** Runs a program to its end and keeps what it printed, for tests. */
public final class Run {
    public final StringBuilder out = new StringBuilder();
    public final StringBuilder err = new StringBuilder();
    /** The structured events (summary, dataframe, figure, ...) in the order they came. */
    public final java.util.List<RichEvent> events = new java.util.ArrayList<>();
    public final ErrorReport error;
    public final Execution execution;

    private Run(String code, Modules modules) {
        Output output = new Output() {
            private String live;

            @Override
            public void write(String text) {
                endLiveLine();
                out.append(text);
            }

            @Override
            public void writeError(String text) {
                err.append(text);
            }

            @Override
            public void liveLine(String text) {
                live = text;
            }

            @Override
            public void endLiveLine() {
                if (live != null) {
                    out.append(live).append('\n');
                    live = null;
                }
            }

            @Override
            public void rich(RichEvent event) {
                endLiveLine();
                events.add(event);
                out.append(event.text());
            }
        };
        Context ctx = new Context(output, modules);
        execution = Execution.start(Program.parse(code, "lesson.py"), ctx);
        while (execution.step(Integer.MAX_VALUE) == Execution.State.RUNNING) {
            // run to the end
        }
        error = execution.error();
        if (error != null) {
            err.append(error.text());
        }
    }

    public static Run of(String code) {
        return new Run(code, new Modules());
    }

    public static Run of(String code, Modules modules) {
        return new Run(code, modules);
    }

    /** Standard output followed by standard error, as a terminal shows a failed run. */
    public String all() {
        return out.toString() + err;
    }
}
