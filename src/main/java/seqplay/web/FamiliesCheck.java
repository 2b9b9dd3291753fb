package seqplay.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqplay.activations.Activation;
import seqplay.activations.Activations;
import seqplay.backend.Variable;
import seqplay.errors.PyException;
import seqplay.initializers.Initializers;
import seqplay.losses.Loss;
import seqplay.losses.Losses;
import seqplay.metrics.Metric;
import seqplay.metrics.Metrics;
import seqplay.optimizers.Adagrad;
import seqplay.optimizers.Adam;
import seqplay.optimizers.Optimizer;
import seqplay.optimizers.RMSprop;
import seqplay.optimizers.SGD;
import seqplay.random.SeededRandom;

/**
 * The cross-target lines of the numeric families: every activation forward and backward, every loss's value and
 * gradient on both paths, a few steps of every optimizer, metrics and seeded initializers, each
 * printed as exact bit patterns so the JVM, JavaScript and Wasm outputs can be diffed.
 */
final class FamiliesCheck {
    private FamiliesCheck() {
    }

    static void addLines(List<String> out) {
        activations(out);
        losses(out);
        optimizers(out);
        metrics(out);
        initializers(out);
    }

    private static String hex(double d) {
        return CrossTargetCheck.hex(d);
    }

    private static String hexAll(double[] values, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(' ').append(hex(values[i]));
        }
        return sb.toString();
    }

    private static void activations(List<String> out) {
        double[] xs = {-50.0, -6.0, -3.0, -1.0, -0.3, 0.0, 1e-9, 0.5, 2.9, 3.5, 7.0, 50.0};
        int n = xs.length;
        double[] gradOut = new double[n];
        for (int i = 0; i < n; i++) {
            gradOut[i] = 0.25 * i - 1.1;
        }
        for (String name : Activations.names()) {
            Activation f = Activations.get(name);
            // Row-wise functions see three rows of four; element-wise ones do not care about the split.
            int rows = 3;
            int cols = 4;
            double[] a = new double[n];
            double[] g = new double[n];
            f.forward(xs, a, rows, cols);
            f.backward(xs, a, gradOut, g, rows, cols);
            out.add("act " + name + hexAll(a, n));
            out.add("act' " + name + hexAll(g, n));
        }
    }

    private static void losses(List<String> out) {
        int rows = 3;
        int cols = 3;
        double[] yDense = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        double[] yReal = {1.5, -0.2, 3.0, 0.0, 2.2, 0.7, 4.0, -1.0, 0.05};
        double[] ySparse = {0, 2, 1};
        double[] probs = {0.7, 0.2, 0.1, 1e-9, 0.999999999, 0.3, 0.25, 0.25, 0.6};
        double[] real = {1.2, 0.4, 2.0, -0.3, 2.5, 0.1, 3.1, -2.0, 1e-8};
        double[] logits = {2.0, -1.0, 0.5, 30.0, -30.0, 0.0, 0.3, 0.1, -0.2};
        Map<String, Loss> all = new LinkedHashMap<>();
        for (String n : List.of("mse", "mae", "mape", "msle", "huber", "bce", "categorical_crossentropy",
                "sparse_categorical_crossentropy")) {
            all.put(n, Losses.get(n));
        }
        all.put("Huber(0.4)", Losses.create("Huber", Map.of("delta", 0.4)));
        all.put("BCE(ls)", Losses.create("BinaryCrossentropy", Map.of("label_smoothing", 0.2)));
        all.put("CCE(ls)", Losses.create("CategoricalCrossentropy", Map.of("label_smoothing", 0.1)));
        all.put("BCE(logits)", Losses.create("BinaryCrossentropy", Map.of("from_logits", true)));
        all.put("CCE(logits)", Losses.create("CategoricalCrossentropy", Map.of("from_logits", true)));
        all.put("SCCE(logits)", Losses.create("SparseCategoricalCrossentropy", Map.of("from_logits", true)));
        for (Map.Entry<String, Loss> e : all.entrySet()) {
            Loss loss = e.getValue();
            boolean sparse = loss instanceof seqplay.losses.SparseCategoricalCrossentropy;
            boolean regression = loss instanceof seqplay.losses.RegressionLoss;
            double[] y = sparse ? ySparse : (regression ? yReal : yDense);
            double[] p = regression ? real : probs;
            double[] values = new double[rows];
            double[] grad = new double[rows * cols];
            loss.perSample(y, p, values, rows, cols);
            loss.gradient(y, p, grad, rows, cols);
            out.add("loss " + e.getKey() + hexAll(values, rows));
            out.add("loss' " + e.getKey() + hexAll(grad, rows * cols));
            if (loss.usesLogitsPath()) {
                loss.perSampleFromLogits(y, logits, values, rows, cols);
                loss.gradientFromLogits(y, logits, grad, rows, cols);
                out.add("logits " + e.getKey() + hexAll(values, rows));
                out.add("logits' " + e.getKey() + hexAll(grad, rows * cols));
            }
        }
        PyException bad = Losses.labelOutOfRange(new double[] {1, 2.7, -0.5, 0}, 4, 2);
        out.add("label-error " + bad.pythonLine());
    }

    private static void optimizers(List<String> out) {
        Map<String, Optimizer> all = new LinkedHashMap<>();
        all.put("adam", new Adam());
        all.put("adam-amsgrad", new Adam(0.05, 0.9, 0.5, 1e-7, true));
        all.put("sgd", new SGD(0.1, 0.0, false));
        all.put("sgd-momentum", new SGD(0.1, 0.9, false));
        all.put("sgd-nesterov", new SGD(0.1, 0.9, true));
        all.put("rmsprop", new RMSprop());
        all.put("rmsprop-centered", new RMSprop(0.01, 0.8, 0.5, 1e-7, true));
        all.put("adagrad", new Adagrad(0.05, 0.1, 1e-7));
        double[] target = {0.3, -0.7, 1.1, 0.0, -0.2, 0.4};
        for (Map.Entry<String, Optimizer> e : all.entrySet()) {
            Variable kernel = new Variable("kernel", "s/d/kernel", new int[] {2, 2}, true);
            Variable bias = new Variable("bias", "s/d/bias", new int[] {2}, true);
            double[] start = {0.5, -1.0, 2.0, 0.0, 0.1, -0.3};
            System.arraycopy(start, 0, kernel.value(), 0, 4);
            System.arraycopy(start, 4, bias.value(), 0, 2);
            List<Variable> vars = new ArrayList<>();
            vars.add(kernel);
            vars.add(bias);
            for (int step = 0; step < 5; step++) {
                for (int i = 0; i < 6; i++) {
                    double theta = i < 4 ? kernel.value()[i] : bias.value()[i - 4];
                    double d = theta - target[i];
                    double g = d * d * d + 0.5 * d;
                    if (i < 4) {
                        kernel.grad()[i] = g;
                    } else {
                        bias.grad()[i - 4] = g;
                    }
                }
                e.getValue().apply(vars);
                out.add("opt " + e.getKey() + " " + step + hexAll(kernel.value(), 4) + hexAll(bias.value(), 2));
            }
        }
    }

    private static void metrics(List<String> out) {
        double[] y = {1, 0, 1, 1, 0, 0, 1, 1, 1, 0};
        double[] p = {0.9, 0.1, 0.8, 0.7, 0.6, 0.2, 0.3, 0.9, 0.4, 0.7};
        for (String name : List.of("accuracy", "mae", "mse", "mape", "msle", "root_mean_squared_error",
                "binary_crossentropy", "precision", "recall")) {
            Metric m = Metrics.get(name, new int[] {10}, new int[] {10, 1});
            m.update(y, p, 4, 1);
            m.update(new double[] {0, 0, 1, 1}, new double[] {0.6, 0.2, 0.3, 0.9}, 4, 1);
            m.update(new double[] {1, 0}, new double[] {0.4, 0.7}, 2, 1);
            out.add("metric " + name + " " + hex(m.result()));
        }
    }

    private static void initializers(List<String> out) {
        SeededRandom session = new SeededRandom(5);
        for (String name : List.of("glorot_uniform", "glorot_normal", "he_normal", "lecun_uniform", "random_normal",
                "truncated_normal", "orthogonal")) {
            double[] w = new double[12];
            Initializers.get(name).fill(w, new int[] {4, 3}, session);
            out.add("init " + name + hexAll(w, 12));
        }
    }
}
