package seqplay.bench;

import java.util.List;
import seqplay.activations.Activations;
import seqplay.backend.Session;
import seqplay.callbacks.History;
import seqplay.initializers.Initializers;
import seqplay.layers.Dense;
import seqplay.layers.Input;
import seqplay.models.Sequential;
import seqplay.optimizers.Adam;
import seqplay.tensor.Tensor;
import seqplay.training.Clock;
import seqplay.training.FitOptions;
import seqplay.training.LossSpec;
import seqplay.training.MetricSpec;
import seqplay.training.ProgressSink;

/**
 * The three benchmark workloads shared by the JMH suite, the browser benchmark page and the smoke test.
 *
 * <ul>
 * <li>W1: 1 feature, 1000 samples, y = 3x + 2 + noise; Dense(1); mse; 100 epochs.
 * <li>W2: two moons, 1000 × 2, noise 0.1; Dense(8, relu), Dense(8, relu), Dense(1, sigmoid); binary_crossentropy
 *     + accuracy; 100 epochs.
 * <li>W3: 10000 × 784 uniform in [0, 1), 10 classes one-hot; Dense(128, relu), Dense(10, softmax);
 *     categorical_crossentropy + accuracy; 1 epoch.
 * </ul>
 * All Adam (learning rate 0.001), batch 32, shuffle on. The data come from {@link BenchData}, a recipe simple
 * enough to repeat in JavaScript for TensorFlow.js. A {@code scale} below 1 shrinks rows and epochs for smoke runs.
 */
public final class Workloads {
    private Workloads() {
    }

    /** A workload's data, model and epoch count, ready to fit. */
    public record Workload(String id, Tensor x, Tensor y, Sequential model, int epochs) {
        /** Runs the fit silently; returns its History. */
        public History fit() {
            return fit(0, ProgressSink.NONE, Clock.SYSTEM);
        }

        /** Runs the fit with Keras' {@code verbose} (1: the live progress bar, as the playground shows it). */
        public History fit(int verbose, ProgressSink sink, Clock clock) {
            return model.fit(x, y, FitOptions.defaults(epochs).withBatchSize(32).withVerbose(verbose), sink, clock);
        }

        /**
         * The exact bits of a fit's result, comparable across the JVM, JavaScript and Wasm builds: each epoch's
         * loss as {@code Double.doubleToLongBits}, then {@code |} and a fingerprint of the final weights
         * ({@code f = 31·f + bits}, in {@code get_weights()} order). Rare scalar work, so {@code long} is fine here.
         */
        public String signature(History h) {
            StringBuilder sb = new StringBuilder();
            for (double v : h.history().get("loss")) {
                sb.append(Double.doubleToLongBits(v)).append(' ');
            }
            long f = 0;
            for (Tensor t : model.getWeights()) {
                for (double v : t.data()) {
                    f = f * 31 + Double.doubleToLongBits(v);
                }
            }
            return sb.toString().trim() + " | " + f;
        }

        /** Training steps (batches) in one fit. */
        public int steps() {
            return epochs * ((x.rows() + 31) / 32);
        }

        /**
         * Floating-point operations of one fit counted as 2 per multiply-add in the dense layers' three products
         * (forward, kernel gradient, input gradient except for the first layer).
         */
        public double flops() {
            double perSample = 0;
            int in = x.cols();
            boolean first = true;
            for (var layer : model.layers()) {
                int out = layer.outputDim(in);
                perSample += 2.0 * in * out * (first ? 2 : 3);
                first = false;
                in = out;
            }
            return perSample * x.rows() * epochs;
        }
    }

    /** W1, W2 or W3 at full size ({@code scale = 1}) or shrunk. */
    public static Workload create(String id, double scale) {
        Session session = new Session(7);
        switch (id) {
            case "W1": {
                int n = rows(1000, scale);
                double[][] xy = BenchData.line(n, 11);
                Sequential m = model(session, 1, new int[] {1}, new String[] {"linear"});
                compile(m, "mse", null);
                return new Workload(id, Tensor.matrix(n, 1, xy[0]), Tensor.matrix(n, 1, xy[1]), m, epochs(100, scale));
            }
            case "W2": {
                int n = rows(1000, scale);
                double[][] xy = BenchData.moons(n, 0.1, 12);
                Sequential m = model(session, 2, new int[] {8, 8, 1}, new String[] {"relu", "relu", "sigmoid"});
                compile(m, "binary_crossentropy", "accuracy");
                return new Workload(id, Tensor.matrix(n, 2, xy[0]), Tensor.matrix(n, 1, xy[1]), m, epochs(100, scale));
            }
            case "W3": {
                int n = rows(10000, scale);
                double[][] xy = BenchData.uniformClasses(n, 784, 10, 13);
                Sequential m = model(session, 784, new int[] {128, 10}, new String[] {"relu", "softmax"});
                compile(m, "categorical_crossentropy", "accuracy");
                return new Workload(id, Tensor.matrix(n, 784, xy[0]), Tensor.matrix(n, 10, xy[1]), m, 1);
            }
            default:
                throw new IllegalArgumentException("unknown workload " + id);
        }
    }

    private static int rows(int full, double scale) {
        return Math.max(32, (int) (full * scale));
    }

    private static int epochs(int full, double scale) {
        return Math.max(1, (int) (full * scale));
    }

    private static Sequential model(Session s, int features, int[] units, String[] activations) {
        Sequential m = new Sequential(s);
        m.add(new Input(new int[] {features}, null));
        for (int i = 0; i < units.length; i++) {
            m.add(new Dense(s.uniqueName("dense"), units[i], Activations.get(activations[i]), true,
                    Initializers.get("glorot_uniform"), Initializers.get("zeros")));
        }
        return m;
    }

    private static void compile(Sequential m, String loss, String metric) {
        m.compile(new Adam(0.001, 0.9, 0.999, 1e-7, false), LossSpec.named(loss),
                metric == null ? List.of() : List.of(MetricSpec.named(metric)),
                metric == null ? List.of() : List.of(metric));
    }
}
