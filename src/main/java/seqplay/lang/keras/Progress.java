package seqplay.lang.keras;

import seqplay.lang.Context;
import seqplay.lang.Output;
import seqplay.training.Clock;
import seqplay.training.ProgressSink;

/** Keras' progress output (epoch lines, the live bar, warnings) written to the run's {@link Output}. */
final class Progress implements ProgressSink {
    private final Output out;

    private Progress(Output out) {
        this.out = out;
    }

    static ProgressSink to(Context ctx) {
        return new Progress(ctx.output());
    }

    /** The host's clock in the core's unit (seconds). */
    static Clock clock(Context ctx) {
        Context.Clock c = ctx.clock();
        return () -> c.millis() / 1000.0;
    }

    @Override
    public void print(String line) {
        out.endLiveLine();
        out.write(line + "\n");
    }

    @Override
    public void live(String line) {
        out.liveLine(line);
    }

    @Override
    public void finish(String line) {
        out.liveLine(line);
        out.endLiveLine();
    }

    @Override
    public void warning(String line) {
        out.writeError(line + "\n");
    }
}
