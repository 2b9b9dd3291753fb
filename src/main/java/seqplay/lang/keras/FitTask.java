package seqplay.lang.keras;

import seqplay.lang.LongTask;
import seqplay.training.FitRun;

/** {@code model.fit(...)} as a long task: each step trains at most {@code budget} batches. */
final class FitTask implements LongTask {
    private final FitRun run;

    FitTask(FitRun run) {
        this.run = run;
    }

    @Override
    public boolean step(int budget) {
        // FitRun.step answers whether batches remain.
        return !run.step(Math.max(1, budget));
    }

    @Override
    public Object result() {
        return new HistoryObject(run.history());
    }

    @Override
    public void stop() {
        run.stop();
    }
}
