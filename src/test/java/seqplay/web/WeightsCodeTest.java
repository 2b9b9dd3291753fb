package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import seqplay.data.datasets.ClasspathDatasetSource;
import seqplay.data.pandas.DataFiles;
import seqplay.errors.PyException;
import seqplay.lang.Context;
import seqplay.lang.ErrorReport;
import seqplay.lang.Execution;
import seqplay.lang.Library;
import seqplay.lang.Output;
import seqplay.lang.Program;
import seqplay.lang.RichEvent;
import seqplay.lessons.RunLog;
import seqplay.tensor.Tensor;

class WeightsCodeTest {
    private static final String TRAIN = "import numpy as np\n"
            + "from tensorflow import keras\n"
            + "x = np.array([[i / 20] for i in range(40)])\n"
            + "y = 3 * x + 2\n"
            + "keras.backend.clear_session()\n"
            + "model = keras.models.Sequential()\n"
            + "model.add(keras.layers.Input(shape=(1,)))\n"
            + "model.add(keras.layers.Dense(4, activation='relu'))\n"
            + "model.add(keras.layers.Dense(1))\n"
            + "model.compile(loss='mse', optimizer='adam')\n"
            + "history = model.fit(x, y, epochs=5, verbose=0)\n";
    private static final String PREDICT = "print(model.predict(np.array([[0.25], [1.0], [1.75]]), verbose=0))\n";

    /** A finished run: what it printed and its RunLog. */
    private record Result(String out, RunLog log) {
    }

    private static Result run(String code, long seed) {
        StringBuilder out = new StringBuilder();
        Output output = new Output() {
            @Override
            public void write(String text) {
                out.append(text);
            }

            @Override
            public void writeError(String text) {
                out.append(text);
            }

            @Override
            public void liveLine(String text) {
            }

            @Override
            public void endLiveLine() {
            }

            @Override
            public void rich(RichEvent event) {
                out.append(event.text());
            }
        };
        Context ctx = new Context(output, Library.modules(new ClasspathDatasetSource(), new DataFiles())).seed(seed);
        ErrorReport error = Execution.runToEnd(Program.parse(code, "export.py"), ctx);
        assertNull(error, () -> out + error.text());
        return new Result(out.toString(), ctx.state(RunLog.class, RunLog::new));
    }

    @Test
    void everyNumberIsPythonsReprInNestedListsOfTheWeightsShape() {
        Tensor kernel = Tensor.of(new double[][] {{0.5, -1.25, 0.1}, {1e-05, -0.0, 3.0}});
        Tensor bias = Tensor.vector(0.30000001192092896, Double.NaN, Double.NEGATIVE_INFINITY);
        assertEquals("net.set_weights([\n"
                + "    np.array([[0.5, -1.25, 0.1],\n"
                + "        [1e-05, -0.0, 3.0]]),\n"
                + "    np.array([0.30000001192092896, np.nan, -np.inf]),\n"
                + "])\n", WeightsCode.setWeights("net", List.of(kernel, bias)));
    }

    @Test
    void aNameThatIsNotAPythonIdentifierIsRefused() {
        PyException e = assertThrows(PyException.class,
                () -> WeightsCode.setWeights("model); import os", List.of(Tensor.vector(1.0))));
        assertEquals("not a Python name: 'model); import os'", e.getMessage());
    }

    @Test
    void aRunWithoutAFitHasNoWeightsToExport() {
        Result r = run("from tensorflow import keras\nmodel = keras.models.Sequential()\n"
                + "model.add(keras.layers.Input(shape=(2,)))\nmodel.add(keras.layers.Dense(1))\n", 1);
        assertNull(WeightsCode.forLastFit(r.log(), "model"));
    }

    @Test
    void theWorkerSessionAnswersWithTheLastFitsWeightsAndNothingBeforeAFit() {
        WorkerSession session = new WorkerSession();
        assertEquals("", session.weightsCode("model"));
        session.start(RunRequest.all(TRAIN).seed(7));
        while (session.step(1000) == WorkerSession.RUNNING) {
            session.events().take();
        }
        String code = session.weightsCode("model");
        Result trained = run(TRAIN, 7);
        assertEquals(WeightsCode.forLastFit(trained.log(), "model"), code, "the same seed trains the same weights");
        assertEquals("", session.weightsCode("model.x"));
    }

    @Test
    void anotherSeedsModelPredictsExactlyTheSameAfterSetWeights() {
        Result trained = run(TRAIN + PREDICT, 7);
        String code = WeightsCode.forLastFit(trained.log(), "model");
        // the same program with another seed trains other weights (so this test can fail) ...
        Result other = run(TRAIN + PREDICT, 99);
        assertNotEquals(trained.out(), other.out());
        // ... and predicts what the first run predicted once the exported weights are set
        Result restored = run(TRAIN + code + PREDICT, 99);
        assertEquals(trained.out(), restored.out());
        List<Tensor> a = trained.log().lastFit().model().getWeights();
        List<Tensor> b = restored.log().lastFit().model().getWeights();
        assertEquals(4, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).data(), b.get(i).data(), 0.0, "weight " + i + " restored bit for bit");
        }
    }
}
