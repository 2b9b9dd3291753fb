package seqplay.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import seqplay.errors.PyException;
import seqplay.tensor.Tensor;

class EarlyStoppingTest {
    /** A model whose "weights" are the epoch number they were taken at. */
    private static final class FakeContext implements TrainingContext {
        final List<String> printed = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        boolean stopped;
        double weight;
        Boolean accuracyDirection = true;

        @Override
        public List<Tensor> getWeights() {
            return List.of(Tensor.vector(weight));
        }

        @Override
        public void setWeights(List<Tensor> weights) {
            weight = weights.get(0).get(0);
        }

        @Override
        public void stopTraining() {
            stopped = true;
        }

        @Override
        public Boolean metricDirection(String name) {
            return name.equals("accuracy") ? accuracyDirection : null;
        }

        @Override
        public void print(String line) {
            printed.add(line);
        }

        @Override
        public void warn(String message) {
            warnings.add(message);
        }
    }

    private static Map<String, Double> logs(String key, double value) {
        Map<String, Double> m = new TreeMap<>();
        m.put("loss", 1.0);
        m.put(key, value);
        return m;
    }

    /** Runs epochs until the callback stops training; returns the number of epochs run. */
    private static int run(EarlyStopping es, FakeContext ctx, String key, double... values) {
        es.onTrainBegin(ctx);
        int epochs = 0;
        for (int e = 0; e < values.length && !ctx.stopped; e++) {
            ctx.weight = e;
            es.onEpochEnd(e, logs(key, values[e]));
            epochs++;
        }
        es.onTrainEnd(Map.of());
        return epochs;
    }

    @Test
    void patienceCountsEpochsWithoutImprovementOnValLoss() {
        FakeContext ctx = new FakeContext();
        EarlyStopping es = new EarlyStopping("val_loss", 0, 2, 1, "auto", null, false, 0);
        // best at epoch 1 (0.5); epochs 2 and 3 do not improve → stop at epoch index 3
        assertEquals(4, run(es, ctx, "val_loss", 0.9, 0.5, 0.6, 0.55, 0.1));
        assertEquals(List.of("Epoch 4: early stopping"), ctx.printed);
        assertEquals(3, es.stoppedEpoch());
    }

    @Test
    void patienceZeroStillNeverStopsAfterTheFirstEpoch() {
        FakeContext ctx = new FakeContext();
        EarlyStopping es = new EarlyStopping();
        assertEquals(2, run(es, ctx, "val_loss", 0.5, 0.7, 0.1));
        assertTrue(ctx.stopped);
        assertEquals(List.of(), ctx.printed, "verbose=0 prints nothing");
    }

    @Test
    void minDeltaMustBeExceededToCountAsImprovement() {
        FakeContext ctx = new FakeContext();
        EarlyStopping es = new EarlyStopping("val_loss", 0.1, 0, 0, "auto", null, false, 0);
        assertEquals(2, run(es, ctx, "val_loss", 1.0, 0.95, 0.5));
    }

    @Test
    void accuracyIsMaximisedAndRestoringTheBestWeightsIsAnnounced() {
        FakeContext ctx = new FakeContext();
        EarlyStopping es = new EarlyStopping("val_accuracy", 0, 1, 1, "auto", null, true, 0);
        assertEquals(3, run(es, ctx, "val_accuracy", 0.5, 0.8, 0.7, 0.9));
        assertEquals(List.of("Epoch 3: early stopping", "Restoring model weights from the end of the best epoch: 2."),
                ctx.printed);
        assertEquals(1.0, ctx.weight, "the weights of epoch index 1 are back");
    }

    @Test
    void autoModeCannotGuessTheDirectionOfAnUncompiledMetric() {
        FakeContext ctx = new FakeContext();
        ctx.accuracyDirection = null;
        EarlyStopping es = new EarlyStopping("val_accuracy", 0, 0, 0, "auto", null, false, 0);
        es.onTrainBegin(ctx);
        PyException e = assertThrows(PyException.class, () -> es.onEpochEnd(0, logs("val_accuracy", 0.5)));
        assertEquals("ValueError: EarlyStopping callback received monitor=val_accuracy, but Keras isn't able to "
                + "automatically determine whether that metric should be maximized or minimized. Pass `mode='max'` in"
                + " order to monitor based on the highest metric value, or pass `mode='min'` in order to use the "
                + "lowest value.", e.pythonLine());
    }

    @Test
    void aMissingMonitorWarnsWithTheAvailableKeys() {
        FakeContext ctx = new FakeContext();
        EarlyStopping es = new EarlyStopping();
        es.onTrainBegin(ctx);
        Map<String, Double> logs = new TreeMap<>(Map.of("accuracy", 0.5, "loss", 0.7));
        es.onEpochEnd(0, logs);
        assertEquals(List.of("Early stopping conditioned on metric `val_loss` which is not available. "
                + "Available metrics are: accuracy,loss"), ctx.warnings);
        assertFalse(ctx.stopped);
    }

    @Test
    void improvementsThatMissTheBaselineDoNotResetPatience() {
        // patience 3: epochs 0 and 1 improve but stay above the baseline 0.2, so wait reaches 3 at epoch 2
        assertTrue(stopsWithin(0.2, 0.9, 0.8, 0.85));
        assertFalse(stopsWithin(null, 0.9, 0.8, 0.85), "without a baseline, the improvements reset wait");
    }

    private static boolean stopsWithin(Double baseline, double... values) {
        FakeContext ctx = new FakeContext();
        EarlyStopping es = new EarlyStopping("loss", 0, 3, 0, "min", baseline, false, 0);
        es.onTrainBegin(ctx);
        for (int e = 0; e < values.length && !ctx.stopped; e++) {
            es.onEpochEnd(e, new TreeMap<>(Map.of("loss", values[e])));
        }
        return ctx.stopped;
    }
}
