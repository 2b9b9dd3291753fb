package seqplay.lang.keras;

import seqplay.lang.LongTask;
import seqplay.training.FitRun;

/** {@code model.fit(...)} as a long task: each step trains at most {@code budget} batches. */
final class FitTask implements LongTask {
    private final FitRun run;
    private final Runnable onEnd;
    private boolean ended;

    /** @param onEnd runs once when the fit is over (finished or stopped) */
    FitTask(FitRun run, Runnable onEnd) {
        this.run = run;
        this.onEnd = onEnd;
    }

    @Override
    public boolean step(int budget) {
        // FitRun.step answers whether batches remain.
        boolean done = !run.step(Math.max(1, budget));
        if (done && !ended) {
            ended = true;
            onEnd.run();
        }
        return done;
    }

    @Override
    public Object result() {
        return new HistoryObject(run.history());
    }

    @Override
    public void stop() {
        run.stop();
        if (!ended) {
            run.step(1); // lets the run finish its callbacks (EarlyStopping's restore, History)
            ended = true;
            onEnd.run();
        }
    }
}
