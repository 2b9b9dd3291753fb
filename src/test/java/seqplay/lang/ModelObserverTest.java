package seqplay.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import seqplay.callbacks.History;
import seqplay.layers.Layer;
import seqplay.lessons.RunLog;
import seqplay.models.EvaluateResult;
import seqplay.models.ModelObserver;
import seqplay.models.Sequential;
import seqplay.tensor.Tensor;

/** The Keras bindings report to the host's observer and to the run log, with the program lines of model.add. */
class ModelObserverTest {
    @Test
    void bindingsReportLayersWithTheirLinesAndEveryFitEpochPredictionAndEvaluation() {
        List<String> seen = new ArrayList<>();
        ModelObserver observer = new ModelObserver() {
            @Override
            public void layerAdded(Sequential model, Layer layer, int line) {
                seen.add("add " + layer.name() + " @" + line);
            }

            @Override
            public void compiled(Sequential model) {
                seen.add("compile");
            }

            @Override
            public void fitStarted(Sequential model, Tensor x, Tensor y) {
                seen.add("fit " + x.rows());
            }

            @Override
            public void epochEnded(Sequential model, int epoch, Map<String, Double> logs) {
                seen.add("epoch " + epoch);
            }

            @Override
            public void fitEnded(Sequential model, History history) {
                seen.add("fit end " + history.epoch().size());
            }

            @Override
            public void predicted(Sequential model, Tensor x, Tensor prediction) {
                seen.add("predict " + prediction.rows());
            }

            @Override
            public void evaluated(Sequential model, Tensor x, Tensor y, EvaluateResult result) {
                seen.add("evaluate");
            }
        };
        String code = String.join("\n",
                "from tensorflow import keras",
                "x = [[0.0], [1.0], [2.0], [3.0]]",
                "y = [[1.0], [3.0], [5.0], [7.0]]",
                "model = keras.models.Sequential()",
                "model.add(keras.layers.Input(shape=(1,)))",
                "model.add(keras.layers.Dense(4, activation='relu'))",
                "model.add(keras.layers.Dense(1))",
                "model.compile(loss='mse', optimizer='adam')",
                "model.fit(x, y, epochs=2, verbose=0)",
                "model.predict(x, verbose=0)",
                "model.evaluate(x, y, verbose=0)",
                "");
        Context ctx = new Context(Output.discard(), Library.modules());
        ctx.state(ModelObserver.class, () -> observer);
        assertNull(Execution.runToEnd(Program.parse(code, "lesson.py"), ctx));
        assertEquals(List.of("add dense @6", "add dense_1 @7", "compile", "fit 4", "epoch 0", "epoch 1", "fit end 2",
                "predict 4", "evaluate"), seen);
        RunLog log = ctx.state(RunLog.class, RunLog::new);
        assertEquals(1, log.fits().size());
        assertEquals("mse", log.compiles().get(0).loss());
        assertEquals(List.of("loss"), List.copyOf(log.lastEvaluation().keySet()));
    }
}
