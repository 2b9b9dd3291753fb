package seqplay.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import seqplay.backend.Session;
import seqplay.callbacks.History;
import seqplay.errors.PyException;
import seqplay.layers.Dense;
import seqplay.layers.Input;
import seqplay.tensor.Maths;
import seqplay.tensor.Tensor;
import seqplay.testing.Doubles;
import seqplay.testing.RecordingSink;
import seqplay.testing.ScriptedClock;
import seqplay.training.FitOptions;
import seqplay.training.FitRun;
import seqplay.training.LossSpec;
import seqplay.training.MetricSpec;
import seqplay.training.ProgressSink;

/** Training-loop mechanics with hand-checkable doubles (identity activation, MSE, plain SGD). */
class SequentialTest {
    private static Sequential linearModel(Session s, int features, double lr, double w0) {
        Sequential m = new Sequential(s);
        m.add(new Input(new int[] {features}, null));
        m.add(new Dense(s.uniqueName("dense"), 1, Doubles.IDENTITY, true, Doubles.constant(w0), Doubles.constant(0)));
        m.compile(Doubles.sgd(lr), LossSpec.of(Doubles.MSE), List.of(), List.of());
        return m;
    }

    private static Tensor column(double... v) {
        return Tensor.matrix(v.length, 1, v.clone());
    }

    @Test
    void oneFullBatchStepMatchesTheHandComputedUpdate() {
        Session s = new Session();
        Sequential m = linearModel(s, 1, 0.1, 0.0);
        FitOptions o = FitOptions.defaults(2).withBatchSize(2).withVerbose(0).withShuffle(false);
        History h = m.fit(column(1, 2), column(3, 5), o, ProgressSink.NONE, ScriptedClock.ticking(0.01));
        // epoch 1: predictions 0 → mse (9 + 25) / 2 = 17; dL/dpred = (pred - y) → [-3, -5];
        // dw = 1·-3 + 2·-5 = -13, db = -8 → w = 1.3, b = 0.8.
        // epoch 2: predictions [2.1, 3.4], errors [-0.9, -1.6] → mse (0.81 + 2.56) / 2 = 1.685
        assertEquals(List.of(17.0, Maths.roundToFloat32(1.685)), h.history().get("loss"));
        assertEquals(List.of(0, 1), h.epoch());
        assertEquals(1, h.steps());
    }

    @Test
    void epochLossIsTheBatchSizeWeightedMeanOfBatchLossesBeforeEachUpdate() {
        Session s = new Session();
        Sequential m = linearModel(s, 1, 0.0, 0.0); // lr 0: the weights never move
        double[] y = {1, 1, 1, 1, 2, 2, 2, 2, 4, 4};
        FitOptions o = FitOptions.defaults(1).withBatchSize(4).withVerbose(0).withShuffle(false);
        History h = m.fit(column(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), column(y), o, ProgressSink.NONE,
                ScriptedClock.ticking(0.01));
        // batches of 4, 4, 2 with losses 1, 4, 16: (4·1 + 4·4 + 2·16) / 10 = 5.2 (a plain mean of batches: 7)
        assertEquals(List.of(Maths.roundToFloat32(5.2)), h.history().get("loss"));
        assertEquals(3, h.steps());
    }

    @Test
    void validationSplitTakesTheLastRowsBeforeShuffling() {
        Session s = new Session();
        Sequential m = linearModel(s, 1, 0.0, 0.0);
        m.compile(Doubles.sgd(0), LossSpec.of(Doubles.MSE), List.of(MetricSpec.of(Doubles.mae("mae"))),
                List.of("mae"));
        double[] y = {1, 1, 1, 1, 1, 1, 1, 1, 3, 5};
        FitOptions o = FitOptions.defaults(1).withValidationSplit(0.2).withVerbose(0);
        History h = m.fit(column(new double[10]), column(y), o, ProgressSink.NONE, ScriptedClock.ticking(0.01));
        Map<String, List<Double>> hist = h.history();
        assertEquals(List.of("loss", "mae", "val_loss", "val_mae"), List.copyOf(hist.keySet()));
        assertEquals(1.0, hist.get("loss").get(0));
        assertEquals(17.0, hist.get("val_loss").get(0), "rows 8 and 9: (9 + 25) / 2");
        assertEquals(4.0, hist.get("val_mae").get(0));
    }

    @Test
    void tooSmallValidationSplitIsRejectedWithKerasMessage() {
        Sequential m = linearModel(new Session(), 1, 0.1, 0.0);
        // floor(1 × 0.8) = 0 training rows
        PyException e = assertThrows(PyException.class, () -> m.startFit(column(1), column(1),
                FitOptions.defaults(1).withValidationSplit(0.2), ProgressSink.NONE, ScriptedClock.ticking(0)));
        assertEquals("ValueError: Training data contains 1 samples, which is not sufficient to split it into a "
                + "validation and training set as specified by `validation_split=0.2`. Either provide more data, or"
                + " a different value for the `validation_split` argument.", e.pythonLine());
    }

    @Test
    void theLogShowsEpochHeadersOnlyForSeveralEpochs() {
        Session s = new Session();
        Sequential m = linearModel(s, 1, 0.1, 0.0);
        RecordingSink sink = new RecordingSink();
        m.fit(column(1, 2), column(3, 5), FitOptions.defaults(2).withShuffle(false), sink, ScriptedClock.ticking(0.5));
        assertEquals("Epoch 1/2", sink.lines.get(0));
        assertTrue(sink.lines.get(1).startsWith("1/1 ━━━━━━━━━━━━━━━━━━━━ "), sink.lines.get(1));
        assertTrue(sink.lines.get(1).endsWith(" - loss: 17.0000"), sink.lines.get(1));
        assertEquals("Epoch 2/2", sink.lines.get(2));
        RecordingSink one = new RecordingSink();
        linearModel(s, 1, 0.1, 0.0).fit(column(1, 2), column(3, 5), FitOptions.defaults(1), one,
                ScriptedClock.ticking(0.5));
        assertEquals(1, one.lines.size());
        assertFalse(one.lines.get(0).startsWith("Epoch"));
    }

    @Test
    void aFitCanBeSteppedInSlicesAndStoppedKeepingTheWeightsSoFar() {
        Session s = new Session();
        Sequential m = linearModel(s, 1, 0.05, 0.0);
        Tensor x = column(1, 2, 3, 4, 5, 6);
        Tensor y = column(2, 4, 6, 8, 10, 12);
        FitRun run = m.startFit(x, y, FitOptions.defaults(5).withBatchSize(2).withVerbose(0), ProgressSink.NONE,
                ScriptedClock.ticking(0.01));
        assertEquals(3, run.stepsPerEpoch());
        assertTrue(run.step(2), "two of three batches done");
        assertEquals(0, run.currentEpoch());
        assertTrue(run.step(2));
        assertEquals(1, run.currentEpoch(), "the first epoch ended after its third batch");
        double w = m.getWeights().get(0).get(0);
        assertTrue(w > 0, "training moved the weight");
        run.stop();
        assertFalse(run.step(10));
        assertTrue(run.isDone());
        assertTrue(run.wasInterrupted());
        assertEquals(List.of(0), run.history().epoch(), "the unfinished epoch is not recorded");
        assertEquals(w, m.getWeights().get(0).get(0), "stopping keeps the weights trained so far");
    }

    @Test
    void predictReturnsFloat32RoundedOutputsAndNeedsNoCompile() {
        Session s = new Session();
        Sequential m = new Sequential(s);
        m.add(new Input(new int[] {1}, null));
        m.add(new Dense("dense", 1, Doubles.IDENTITY, true, Doubles.constant(0.1), Doubles.constant(0)));
        Tensor p = m.predict(column(1, 3), 32, 0, ProgressSink.NONE, ScriptedClock.ticking(0));
        assertArrayEquals(new int[] {2, 1}, p.shape());
        assertEquals((double) (float) 0.1, p.get(0));
        assertEquals((double) (float) 0.30000000000000004, p.get(1));
    }

    @Test
    void predictPrintsAStepCounterLikeKeras() {
        Sequential m = linearModel(new Session(), 1, 0.1, 1.0);
        RecordingSink sink = new RecordingSink();
        m.predict(column(1, 2, 3), 32, 1, sink, new ScriptedClock(0, 0.036));
        assertEquals(List.of("1/1 ━━━━━━━━━━━━━━━━━━━━ 0s 36ms/step"), sink.lines);
    }

    @Test
    void evaluateReturnsLossThenMetricsInCompileOrder() {
        Session s = new Session();
        Sequential m = linearModel(s, 1, 0.1, 0.0);
        m.compile(Doubles.sgd(0.1), LossSpec.of(Doubles.MSE),
                List.of(MetricSpec.of(Doubles.mae("zmae")), MetricSpec.of(Doubles.mae("amae"))),
                List.of("zmae", "amae"));
        EvaluateResult r = m.evaluate(column(0, 0), column(1, 3), 32, 0, ProgressSink.NONE, ScriptedClock.ticking(0));
        assertEquals(List.of(5.0, 2.0, 2.0), r.asList());
        assertEquals(List.of("amae", "loss", "zmae"), List.copyOf(r.asDict().keySet()));
    }

    @Test
    void usingTheModelBeforeCompileFailsWithKerasMessage() {
        Session s = new Session();
        Sequential m = new Sequential(s);
        m.add(new Dense("dense", 1, Doubles.IDENTITY, true, Doubles.constant(0), Doubles.constant(0)));
        PyException e = assertThrows(PyException.class, () -> m.fit(column(1), column(1), FitOptions.defaults(1),
                ProgressSink.NONE, ScriptedClock.ticking(0)));
        assertEquals("ValueError: You must call `compile()` before using the model.", e.pythonLine());
        assertEquals("compile-first", e.hintId());
    }

    @Test
    void mismatchedSampleCountsFailWithKerasCardinalityMessage() {
        Sequential m = linearModel(new Session(), 1, 0.1, 0.0);
        PyException e = assertThrows(PyException.class, () -> m.fit(column(new double[64]), column(new double[50]),
                FitOptions.defaults(1), ProgressSink.NONE, ScriptedClock.ticking(0)));
        assertEquals("Data cardinality is ambiguous. Make sure all arrays contain the same number of samples.'x' "
                + "sizes: 64\n'y' sizes: 50\n", e.getMessage());
    }

    @Test
    void wrongFeatureCountFailsWithTheWrappedKeras3Message() {
        Sequential m = linearModel(new Session(), 4, 0.1, 0.0);
        Tensor x = Tensor.matrix(150, 3, new double[450]);
        PyException e = assertThrows(PyException.class, () -> m.fit(x, column(new double[150]),
                FitOptions.defaults(1), ProgressSink.NONE, ScriptedClock.ticking(0)));
        assertEquals("Exception encountered when calling Sequential.call().\n\n"
                + "Input 0 with name 'None' of layer 'dense' is incompatible with the layer: expected axis -1 of input "
                + "shape to have value 4, but received input with shape (None, 3)\n\n"
                + "Arguments received by Sequential.call():\n"
                + "  • inputs=tf.Tensor(shape=(None, 3), dtype=float32)\n"
                + "  • training=True\n"
                + "  • mask=None\n"
                + "  • kwargs=<class 'inspect._empty'>", e.getMessage());
        PyException p = assertThrows(PyException.class, () -> m.predict(Tensor.matrix(64, 3, new double[192]), 32, 0,
                ProgressSink.NONE, ScriptedClock.ticking(0)));
        assertTrue(p.getMessage().contains("received input with shape (32, 3)"), "64 rows divide into batches of 32");
        assertTrue(p.getMessage().contains("training=False"));
    }

    @Test
    void predictOnOneSampleWithoutTheBatchAxisFails() {
        Sequential m = linearModel(new Session(), 4, 0.1, 0.0);
        PyException e = assertThrows(PyException.class, () -> m.predict(Tensor.vector(1, 2, 3, 4), 32, 0,
                ProgressSink.NONE, ScriptedClock.ticking(0)));
        assertEquals("Invalid input shape for input Tensor(\"data:0\", shape=(4,), dtype=float32) with name "
                + "'keras_tensor' and path ''. Expected shape (None, 4), but input has incompatible shape (4,)",
                e.getMessage());
    }

    @Test
    void anEmptyModelCannotBeBuilt() {
        Session s = new Session();
        new Sequential(s);
        Sequential m = new Sequential(s);
        m.compile(Doubles.sgd(0.1), LossSpec.of(Doubles.MSE), List.of(), List.of());
        PyException e = assertThrows(PyException.class, () -> m.fit(column(1), column(1), FitOptions.defaults(1),
                ProgressSink.NONE, ScriptedClock.ticking(0)));
        assertEquals("Sequential model sequential_1 cannot be built because it has no layers. Call `model.add(layer)`.",
                e.getMessage());
    }

    @Test
    void aModelWithoutInputIsBuiltByItsFirstData() {
        Session s = new Session();
        Sequential m = new Sequential(s);
        m.add(new Dense("dense", 2, Doubles.IDENTITY, true, Doubles.constant(1), Doubles.constant(0)));
        assertFalse(m.isBuilt());
        PyException e = assertThrows(PyException.class, m::countParams);
        assertEquals("You tried to call `count_params` on layer 'sequential', but the layer isn't built. You can build"
                + " it manually via: `layer.build(input_shape)`.", e.getMessage());
        m.predict(Tensor.matrix(1, 3, new double[] {1, 2, 3}), 32, 0, ProgressSink.NONE, ScriptedClock.ticking(0));
        assertTrue(m.isBuilt());
        assertEquals(8, m.countParams());
    }

    @Test
    void setWeightsChecksCountAndShapesWithKerasMessages() {
        Sequential m = linearModel(new Session(), 2, 0.1, 0.0);
        PyException count = assertThrows(PyException.class, () -> m.setWeights(List.of(Tensor.zeros(2, 1))));
        assertEquals("You called `set_weights(weights)` on layer 'sequential' with a weight list of length 1, but the "
                + "layer was expecting 2 weights.", count.getMessage());
        PyException shape = assertThrows(PyException.class,
                () -> m.setWeights(List.of(Tensor.zeros(3, 1), Tensor.zeros(1))));
        assertEquals("Layer dense weight shape (2, 1) is not compatible with provided weight shape (3, 1).",
                shape.getMessage());
        m.setWeights(List.of(Tensor.matrix(2, 1, new double[] {5, 6}), Tensor.vector(7)));
        assertEquals(5 + 6 * 2 + 7, m.predict(Tensor.matrix(1, 2, new double[] {1, 2}), 32, 0, ProgressSink.NONE,
                ScriptedClock.ticking(0)).get(0));
    }

    @Test
    void layerNamesMustBeUniqueAndPopOnEmptyFails() {
        Session s = new Session();
        Sequential m = new Sequential(s);
        m.add(new Dense("dense", 2, Doubles.IDENTITY, true, Doubles.constant(1), Doubles.constant(0)));
        PyException e = assertThrows(PyException.class,
                () -> m.add(new Dense("dense", 2, Doubles.IDENTITY, true, Doubles.constant(1), Doubles.constant(0))));
        assertEquals("All layers added to a Sequential model should have unique names. Name 'dense' is already the "
                + "name of a layer in this model. Update the `name` argument to pass a unique name.", e.getMessage());
        assertEquals("dense", m.pop().name());
        assertEquals("IndexError: pop from empty list", assertThrows(PyException.class, m::pop).pythonLine());
    }

    @Test
    void modelsAndLayersAreNamedLikeKerasAndClearSessionRestartsTheCounters() {
        Session s = new Session();
        assertEquals("sequential", new Sequential(s).name());
        assertEquals("sequential_1", new Sequential(s).name());
        assertEquals("dense", s.uniqueName("dense"));
        assertEquals("dense_1", s.uniqueName("dense"));
        s.clearSession();
        assertEquals("sequential", new Sequential(s).name());
        assertEquals("dense", s.uniqueName("dense"));
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndTheSameTraining() {
        double[][] results = new double[2][];
        for (int run = 0; run < 2; run++) {
            Session s = new Session(42);
            Sequential m = new Sequential(s);
            m.add(new Input(new int[] {3}, null));
            m.add(new Dense(s.uniqueName("dense"), 4, Doubles.SQUARE, true, Doubles.UNIFORM, Doubles.UNIFORM));
            m.add(new Dense(s.uniqueName("dense"), 1, Doubles.IDENTITY, true, Doubles.UNIFORM, Doubles.UNIFORM));
            m.compile(Doubles.sgd(0.01), LossSpec.of(Doubles.MSE), List.of(), List.of());
            double[] x = new double[60];
            double[] y = new double[20];
            for (int i = 0; i < 60; i++) {
                x[i] = (i % 7) * 0.1;
            }
            for (int i = 0; i < 20; i++) {
                y[i] = i % 3;
            }
            History h = m.fit(Tensor.matrix(20, 3, x), column(y), FitOptions.defaults(3).withBatchSize(8)
                    .withVerbose(0), ProgressSink.NONE, ScriptedClock.ticking(0));
            results[run] = h.history().get("loss").stream().mapToDouble(Double::doubleValue).toArray();
        }
        assertArrayEquals(results[0], results[1]);
    }
}
