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
import seqplay.callbacks.History;

/**
 * One whole {@code fit} of each workload (W1–W3 of docs/performance.md), after warm-up fits. A fresh model per
 * invocation, so every measured fit starts from the same weights; data generation is outside the timing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FitBenchmark {
    @Param({"W1", "W2", "W3"})
    public String workload;

    private Workloads.Workload prepared;

    @Setup(Level.Invocation)
    public void prepare() {
        prepared = Workloads.create(workload, 1.0);
    }

    @Benchmark
    public History fit() {
        return prepared.fit();
    }
}
