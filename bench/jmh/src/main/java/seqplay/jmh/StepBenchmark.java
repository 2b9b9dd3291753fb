package seqplay.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import seqplay.bench.Workloads;
import seqplay.training.Clock;
import seqplay.training.FitOptions;
import seqplay.training.FitRun;
import seqplay.training.ProgressSink;

/**
 * One training step (a batch of 32: forward, loss, backward, Adam) in steady state, for ms/step and, with
 * {@code -prof gc}, the allocation per step (expected ~0 B/op after warm-up).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class StepBenchmark {
    @Param({"W1", "W2", "W3"})
    public String workload;

    private Workloads.Workload prepared;
    private FitRun run;

    @Setup(Level.Trial)
    public void prepare() {
        prepared = Workloads.create(workload, 1.0);
        restart();
    }

    private void restart() {
        run = prepared.model().startFit(prepared.x(), prepared.y(),
                FitOptions.defaults(1_000_000).withBatchSize(32).withVerbose(0), ProgressSink.NONE, Clock.SYSTEM);
    }

    @Benchmark
    public boolean step() {
        return run.step(1);
    }
}
