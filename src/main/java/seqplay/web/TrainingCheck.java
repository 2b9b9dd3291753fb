package seqplay.web;

import java.util.ArrayList;
import java.util.List;
import seqplay.activations.Activations;
import seqplay.backend.Session;
import seqplay.callbacks.EarlyStopping;
import seqplay.callbacks.History;
import seqplay.initializers.Initializers;
import seqplay.layers.Dense;
import seqplay.layers.Dropout;
import seqplay.layers.Input;
import seqplay.models.Sequential;
import seqplay.models.Summary;
import seqplay.optimizers.Optimizers;
import seqplay.tensor.Tensor;
import seqplay.training.Clock;
import seqplay.training.FitOptions;
import seqplay.training.LossSpec;
import seqplay.training.MetricSpec;
import seqplay.training.ProgressSink;
import seqplay.utils.Categorical;

/**
 * Seeded training runs of the three problem types (regression, binary, multi-class with dropout and early
 * stopping), whose histories, predictions, summaries and progress text must come out identical on the JVM, in
 * JavaScript and in Wasm. Part of {@link CrossTargetCheck}.
 */
final class TrainingCheck {
    private TrainingCheck() {
    }

    static List<String> lines() {
        List<String> out = new ArrayList<>();
        run(out, "regression", 1, "linear", "mse", "sgd", null, false);
        run(out, "binary", 1, "sigmoid", "binary_crossentropy", "adam", "accuracy", false);
        run(out, "multiclass", 3, "softmax", "categorical_crossentropy", "rmsprop", "acc", true);
        run(out, "sparse", 3, "softmax", "sparse_categorical_crossentropy", "adagrad", "accuracy", false);
        return out;
    }

    private static void run(List<String> out, String tag, int units, String activation, String loss, String optimizer,
            String metric, boolean dropoutAndStopping) {
        Session s = new Session(2024);
        int n = 90;
        double[] x = new double[n * 2];
        double[] labels = new double[n];
        for (int i = 0; i < n; i++) {
            double a = s.random().uniform(-2, 2);
            double b = s.random().nextGaussian();
            x[2 * i] = a;
            x[2 * i + 1] = b;
            labels[i] = units == 1 ? (metric == null ? 3 * a - b + 0.5 : (a * b > 0 ? 1 : 0)) : (i % 3);
        }
        Tensor xt = Tensor.matrix(n, 2, x);
        Tensor yt = Tensor.vector(labels);
        if (loss.equals("categorical_crossentropy")) {
            yt = Categorical.toCategorical(yt, 3);
        }
        Sequential m = new Sequential(s);
        m.add(new Input(new int[] {2}, null));
        m.add(new Dense(s.uniqueName("dense"), 6, Activations.get("tanh"), true,
                Initializers.get("he_normal"), Initializers.get("zeros")));
        if (dropoutAndStopping) {
            m.add(new Dropout(s.uniqueName("dropout"), 0.25, s.random()));
        }
        m.add(new Dense(s.uniqueName("dense"), units, Activations.get(activation), true,
                Initializers.get("glorot_uniform"), Initializers.get("zeros")));
        List<MetricSpec> metrics = metric == null ? List.of() : List.of(MetricSpec.named(metric));
        m.compile(Optimizers.get(optimizer), LossSpec.named(loss), metrics, metric == null ? List.of() : List.of(metric));
        StringBuilder printed = new StringBuilder();
        ProgressSink sink = new ProgressSink() {
            @Override
            public void print(String line) {
                printed.append(line).append('|');
            }

            @Override
            public void live(String line) {
            }

            @Override
            public void finish(String line) {
                printed.append(line).append('|');
            }
        };
        double[] t = {0};
        Clock clock = () -> t[0] += 0.0137;
        FitOptions options = FitOptions.defaults(4).withBatchSize(16).withValidationSplit(0.2);
        if (dropoutAndStopping) {
            options = options.withCallbacks(List.of(new EarlyStopping("val_loss", 0, 1, 1, "auto", null, true, 0)));
        }
        History h = m.fit(xt, yt, options, sink, clock);
        for (var e : h.history().entrySet()) {
            StringBuilder sb = new StringBuilder("history ").append(tag).append(' ').append(e.getKey());
            for (double v : e.getValue()) {
                sb.append(' ').append(CrossTargetCheck.hex(v));
            }
            out.add(sb.toString());
        }
        Tensor p = m.predict(Tensor.matrix(2, 2, new double[] {0.5, -1, -1.5, 0.25}), 32, 0, ProgressSink.NONE, clock);
        StringBuilder sb = new StringBuilder("predict ").append(tag);
        for (double v : p.data()) {
            sb.append(' ').append(CrossTargetCheck.hex(v));
        }
        out.add(sb.toString());
        out.add("log " + tag + " " + printed);
        out.add("summary " + tag + " " + m.summary(Summary.DEFAULT_LINE_LENGTH).replace('\n', '|'));
    }
}
