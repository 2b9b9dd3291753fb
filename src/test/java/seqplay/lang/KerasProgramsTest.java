package seqplay.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import seqplay.activations.Activations;
import seqplay.backend.Session;
import seqplay.callbacks.History;
import seqplay.initializers.Initializers;
import seqplay.layers.Dense;
import seqplay.layers.Input;
import seqplay.lang.runtime.Py;
import seqplay.models.Sequential;
import seqplay.optimizers.Optimizers;
import seqplay.tensor.Tensor;
import seqplay.training.FitOptions;
import seqplay.training.LossSpec;
import seqplay.training.MetricSpec;
import seqplay.training.ProgressSink;
import seqplay.utils.Categorical;

/** The seed's three problem types, and the Keras mistakes learners make, run through the interpreter. */
class KerasProgramsTest {
    /** Runs with a clock frozen at 0, so the progress bar always reads {@code 0s 0us/step}... */
    static Run run(String code) {
        return Run.of(code, Library.modules());
    }

    private static List<Object> historyLoss(Run r, String name) {
        Object h = r.execution.globals().get(name);
        return Py.toList(Py.getItem(Py.getAttr(h, "history"), "loss"));
    }

    @Test
    void theSeedProgramsRunUnchangedAndPrintTheSummaryTheEpochsAndThePredictions() {
        for (String program : SeedPrograms.ALL) {
            Run r = run(program);
            assertNull(r.error, () -> r.all());
            String out = r.out.toString();
            assertTrue(out.startsWith("Model: \"sequential\"\n┏"), out);
            assertEquals(10, out.split("Epoch ").length - 1, out);
            assertTrue(out.contains("Epoch 10/10\n1/1 ━━━━━━━━━━━━━━━━━━━━ "), out);
        }
        assertTrue(run(SeedPrograms.MULTICLASS).out.toString().contains(" Total params: 15 (60.00 B)\n"));
        assertTrue(run(SeedPrograms.BINARY).out.toString().contains(" Total params: 33 (132.00 B)\n"));
    }

    @Test
    void modelLossIsWhatCompileWasGivenAsKerasKeepsIt() {
        Run r = run(String.join("\n",
                "from tensorflow import keras",
                "m = keras.models.Sequential([keras.layers.Input(shape=(2,)), keras.layers.Dense(1)])",
                "print(m.loss)",
                "m.compile(loss='mse', optimizer='adam')",
                "print(m.loss)",
                "bce = keras.losses.BinaryCrossentropy()",
                "m.compile(loss=bce, optimizer='adam')",
                "print(m.loss is bce)",
                "m.compile(optimizer='sgd')",
                "print(m.loss is bce)", ""));
        assertEquals("None\nmse\nTrue\nTrue\n", r.all());
    }

    @Test
    void theInterpreterTrainsExactlyAsTheCoreDoesWithTheSameSeed() {
        Run r = run(String.join("\n",
                "from tensorflow import keras",
                "from tensorflow.keras.utils import to_categorical",
                "x = [[5.1, 3.5, 1.4, 0.2], [7.0, 3.2, 4.7, 1.4], [6.3, 3.3, 6.0, 2.5], [4.9, 3.0, 1.4, 0.2],",
                "     [6.4, 3.2, 4.5, 1.5], [5.8, 2.7, 5.1, 1.9]]",
                "y = to_categorical([0, 1, 2, 0, 1, 2], 3)",
                "keras.backend.clear_session()",
                "model = keras.models.Sequential()",
                "model.add(keras.layers.Input(shape=(4,)))",
                "model.add(keras.layers.Dense(3, activation='softmax'))",
                "model.compile(loss='categorical_crossentropy', metrics=['accuracy'], optimizer='adam')",
                "h = model.fit(x, y, epochs=10, verbose=0)",
                ""));
        assertNull(r.error, () -> r.all());
        assertEquals("", r.out.toString());
        double[][] x = {{5.1, 3.5, 1.4, 0.2}, {7.0, 3.2, 4.7, 1.4}, {6.3, 3.3, 6.0, 2.5}, {4.9, 3.0, 1.4, 0.2},
            {6.4, 3.2, 4.5, 1.5}, {5.8, 2.7, 5.1, 1.9}};
        Tensor y = Categorical.toCategorical(Tensor.vector(0, 1, 2, 0, 1, 2), 3);
        Session s = new Session(Session.DEFAULT_SEED);
        Sequential m = new Sequential(s, s.uniqueName("sequential"));
        m.add(new Input(new int[] {4}, null));
        m.add(new Dense(s.uniqueName("dense"), 3, Activations.get("softmax"), true,
                Initializers.get("glorot_uniform"), Initializers.get("zeros")));
        m.compile(Optimizers.get("adam"), LossSpec.named("categorical_crossentropy"),
                List.of(MetricSpec.named("accuracy")), List.of("accuracy"));
        History h = m.fit(Tensor.of(x), y, FitOptions.defaults(10).withVerbose(0), ProgressSink.NONE, () -> 0.0);
        assertEquals(h.history().get("loss"), historyLoss(r, "h"));
        assertEquals(10, historyLoss(r, "h").size());
    }
}
