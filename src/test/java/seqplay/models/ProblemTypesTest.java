package seqplay.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import seqplay.activations.Activations;
import seqplay.backend.Session;
import seqplay.callbacks.History;
import seqplay.initializers.Initializers;
import seqplay.layers.ActivationLayer;
import seqplay.layers.Dense;
import seqplay.layers.Input;
import seqplay.layers.Layer;
import seqplay.losses.Losses;
import seqplay.metrics.Metrics;
import seqplay.optimizers.Optimizers;
import seqplay.optimizers.SGD;
import seqplay.random.SeededRandom;
import seqplay.tensor.Tensor;
import seqplay.testing.ScriptedClock;
import seqplay.training.Engine;
import seqplay.training.FitOptions;
import seqplay.training.LossSpec;
import seqplay.training.MetricSpec;
import seqplay.training.ProgressSink;
import seqplay.utils.Categorical;

/** The seed's three problem types, trained with the real activation, loss, metric and optimizer tables. */
class ProblemTypesTest {
    static Dense dense(Session s, int units, String activation) {
        return new Dense(s.uniqueName("dense"), units, Activations.get(activation), true,
                Initializers.get("glorot_uniform"), Initializers.get("zeros"));
    }

    static void compile(Sequential m, String optimizer, String loss, String... metrics) {
        List<MetricSpec> specs = new java.util.ArrayList<>();
        for (String name : metrics) {
            specs.add(MetricSpec.named(name));
        }
        m.compile(Optimizers.get(optimizer), LossSpec.named(loss), specs, List.of(metrics));
    }

    private static History fit(Sequential m, Tensor x, Tensor y, int epochs) {
        return m.fit(x, y, FitOptions.defaults(epochs).withVerbose(0), ProgressSink.NONE, ScriptedClock.ticking(0));
    }

    @Test
    void linearRegressionLearnsTheLineWithMse() {
        Session s = new Session(1);
        SeededRandom r = new SeededRandom(2);
        int n = 200;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.uniform(-1, 1);
            y[i] = 3 * x[i] + 2 + 0.05 * r.nextGaussian();
        }
        Sequential m = new Sequential(s);
        m.add(new Input(new int[] {1}, null));
        m.add(dense(s, 1, "linear"));
        m.compile(new SGD(0.1, 0.0, false), LossSpec.named("mse"), List.of(), List.of());
        History h = fit(m, Tensor.matrix(n, 1, x), Tensor.vector(y), 60);
        List<Double> loss = h.history().get("loss");
        assertTrue(loss.get(0) > 1.0, "starts far from the line: " + loss.get(0));
        assertTrue(loss.get(loss.size() - 1) < 0.01, "ends near the noise level: " + loss.get(loss.size() - 1));
        List<Tensor> w = m.getWeights();
        assertEquals(3.0, w.get(0).get(0), 0.05);
        assertEquals(2.0, w.get(1).get(0), 0.05);
    }

    @Test
    void logisticRegressionUsesTheLogitsPathAndBinaryAccuracy() {
        Session s = new Session(3);
        SeededRandom r = new SeededRandom(4);
        int n = 300;
        double[] x = new double[n * 2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = r.nextGaussian();
            x[2 * i + 1] = r.nextGaussian();
            y[i] = x[2 * i] + x[2 * i + 1] > 0 ? 1 : 0;
        }
        Sequential m = new Sequential(s);
        m.add(new Input(new int[] {2}, null));
        m.add(dense(s, 1, "sigmoid"));
        m.compile(new seqplay.optimizers.Adam(0.05, 0.9, 0.999, 1e-7, false), LossSpec.named("binary_crossentropy"),
                List.of(MetricSpec.named("accuracy")), List.of("accuracy"));
        History h = m.fit(Tensor.matrix(n, 2, x), Tensor.vector(y), FitOptions.defaults(40).withVerbose(0)
                .withValidationSplit(0.2), ProgressSink.NONE, ScriptedClock.ticking(0));
        assertEquals(List.of("accuracy", "loss", "val_accuracy", "val_loss"), List.copyOf(h.history().keySet()));
        List<Double> acc = h.history().get("val_accuracy");
        assertTrue(acc.get(acc.size() - 1) >= 0.9, "a linear boundary is learnable: " + acc);
    }

    @Test
    void multiClassSoftmaxWithToCategoricalReachesHighAccuracy() {
        Session s = new Session(5);
        SeededRandom r = new SeededRandom(6);
        int n = 300;
        double[] x = new double[n * 2];
        double[] labels = new double[n];
        double[][] centers = {{0, 3}, {3, -2}, {-3, -2}};
        for (int i = 0; i < n; i++) {
            int c = i % 3;
            labels[i] = c;
            x[2 * i] = centers[c][0] + r.nextGaussian();
            x[2 * i + 1] = centers[c][1] + r.nextGaussian();
        }
        Tensor y = Categorical.toCategorical(Tensor.vector(labels), 3);
        Sequential m = new Sequential(s);
        m.add(new Input(new int[] {2}, null));
        m.add(dense(s, 8, "relu"));
        m.add(dense(s, 3, "softmax"));
        compile(m, "adam", "categorical_crossentropy", "accuracy");
        History h = fit(m, Tensor.matrix(n, 2, x), y, 60);
        List<Double> acc = h.history().get("accuracy");
        assertTrue(acc.get(acc.size() - 1) > 0.95, "three separated blobs: " + acc.get(acc.size() - 1));
        Tensor p = m.predict(Tensor.matrix(1, 2, new double[] {0, 3}), 32, 0, ProgressSink.NONE,
                ScriptedClock.ticking(0));
        assertEquals(3, p.cols());
        assertEquals(1.0, p.get(0) + p.get(1) + p.get(2), 1e-6, "softmax rows sum to one");
        assertTrue(p.get(0) > 0.9, "the first centre is class 0");
    }

    /**
     * The whole model's gradient (through relu, the sigmoid logits path of binary cross-entropy and both Dense
     * layers) against central differences of the batch loss.
     */
    @Test
    void modelGradientsThroughTheLogitsPathMatchNumericalGradients() {
        for (String[] setup : new String[][] {{"sigmoid", "binary_crossentropy", "1"},
                {"softmax", "categorical_crossentropy", "3"}, {"softmax", "sparse_categorical_crossentropy", "3"},
                {"tanh", "mse", "2"}}) {
            Session s = new Session(7);
            int units = Integer.parseInt(setup[2]);
            Sequential m = new Sequential(s);
            m.add(new Input(new int[] {3}, null));
            m.add(dense(s, 5, "relu"));
            m.add(dense(s, units, setup[0]));
            m.compile(new SGD(0.0, 0.0, false), LossSpec.named(setup[1]), List.of(), List.of());
            SeededRandom r = new SeededRandom(8);
            int rows = 6;
            double[] x = new double[rows * 3];
            for (int i = 0; i < x.length; i++) {
                x[i] = r.uniform(-2, 2);
            }
            boolean sparse = setup[1].startsWith("sparse");
            double[] y = new double[rows * (sparse ? 1 : units)];
            for (int i = 0; i < rows; i++) {
                if (sparse) {
                    y[i] = i % units;
                } else if (units == 1) {
                    y[i] = i % 2;
                } else if (setup[1].equals("mse")) {
                    y[i * units] = r.uniform(-1, 1);
                    y[i * units + 1] = r.uniform(-1, 1);
                } else {
                    y[i * units + (i % units)] = 1;
                }
            }
            Tensor yt = sparse ? Tensor.vector(y) : Tensor.matrix(rows, units, y);
            int labelCols = sparse ? 1 : units;
            List<Layer> layers = m.layers();
            m.predict(Tensor.matrix(rows, 3, x), 32, 0, ProgressSink.NONE, ScriptedClock.ticking(0));
            Engine engine = new Engine(layers, Losses.forCompile(setup[1], yt.shape(), new int[] {rows, units}),
                    m.optimizer(), List.of(), units, labelCols);
            engine.trainBatch(x, y, rows); // lr 0: gradients are filled, weights stay
            for (seqplay.backend.Variable v : m.variables()) {
                double[] w = v.value();
                double[] g = v.grad().clone();
                for (int i = 0; i < w.length; i++) {
                    double keep = w[i];
                    double h = 1e-6;
                    w[i] = keep + h;
                    double plus = engine.testBatch(x, y, rows);
                    w[i] = keep - h;
                    double minus = engine.testBatch(x, y, rows);
                    w[i] = keep;
                    double numeric = (plus - minus) / (2 * h);
                    assertEquals(numeric, g[i], 1e-6 * Math.max(1, Math.abs(numeric)),
                            setup[0] + "/" + setup[1] + " " + v.path() + "[" + i + "]");
                }
            }
            assertEquals(!setup[1].equals("mse"), engine.usesLogitsPath(), setup[1]);
        }
    }

    @Test
    void softmaxOverOneUnitWithBinaryCrossentropyStillTrainsButPredictsOne() {
        // spec §3.3 (c): the pre-softmax z is fed to the sigmoid cross-entropy, so the loss moves while every
        // prediction stays exactly 1.0 and accuracy equals the share of positive labels
        Session s = new Session(9);
        Sequential m = new Sequential(s);
        m.add(new Input(new int[] {2}, null));
        m.add(dense(s, 1, "softmax"));
        compile(m, "adam", "binary_crossentropy", "accuracy");
        double[] x = new double[64 * 2];
        double[] y = new double[64];
        SeededRandom r = new SeededRandom(10);
        for (int i = 0; i < 64; i++) {
            x[2 * i] = r.nextGaussian();
            x[2 * i + 1] = r.nextGaussian();
            y[i] = i < 33 ? 1 : 0;
        }
        seqplay.testing.RecordingSink sink = new seqplay.testing.RecordingSink();
        History h = m.fit(Tensor.matrix(64, 2, x), Tensor.vector(y), FitOptions.defaults(3).withVerbose(0), sink,
                ScriptedClock.ticking(0));
        assertEquals(List.of("UserWarning: You are using a softmax over axis -1 of a tensor of shape (32, 1). This "
                + "axis has size 1. The softmax operation will always return the value 1, which is likely not what you"
                + " intended. Did you mean to use a sigmoid instead?"), sink.lines);
        List<Double> loss = h.history().get("loss");
        assertTrue(!loss.get(0).equals(loss.get(2)), "the loss changes: " + loss);
        assertEquals(33 / 64.0, h.history().get("accuracy").get(2), 1e-7);
        Tensor p = m.predict(Tensor.matrix(64, 2, x), 32, 0, ProgressSink.NONE, ScriptedClock.ticking(0));
        for (int i = 0; i < 64; i++) {
            assertEquals(1.0, p.get(i));
        }
    }

    @Test
    void anActivationLayerAfterDenseAlsoCarriesTheLogits() {
        Session s = new Session(11);
        Sequential m = new Sequential(s);
        m.add(new Input(new int[] {2}, null));
        m.add(dense(s, 3, "linear"));
        m.add(new ActivationLayer(s.uniqueName("activation"), Activations.get("softmax")));
        Engine e = new Engine(m.layers(), Losses.get("categorical_crossentropy"), Optimizers.get("sgd"),
                List.of(Metrics.get("accuracy", new int[] {4, 3}, new int[] {4, 3})), 3, 3);
        assertTrue(e.usesLogitsPath());
    }
}
