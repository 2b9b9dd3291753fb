package seqplay.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import seqplay.activations.Activations;
import seqplay.backend.Session;
import seqplay.callbacks.EarlyStopping;
import seqplay.callbacks.History;
import seqplay.initializers.Initializers;
import seqplay.layers.ActivationLayer;
import seqplay.layers.Dense;
import seqplay.layers.Dropout;
import seqplay.layers.Input;
import seqplay.losses.Losses;
import seqplay.models.Sequential;
import seqplay.optimizers.Optimizers;
import seqplay.tensor.Tensor;
import seqplay.testing.ScriptedClock;
import seqplay.training.FitOptions;
import seqplay.training.LossSpec;
import seqplay.training.MetricSpec;
import seqplay.training.ProgressSink;

class RubricTest {
    private final Session session = new Session(7);

    private Dense dense(int units, String activation) {
        return new Dense(session.uniqueName("dense"), units, Activations.get(activation), true,
                Initializers.get("glorot_uniform"), Initializers.get("zeros"));
    }

    /** Input(4) → Dense(8, relu) → Dropout(0.2) → Dense(3, softmax), compiled with adam and the given loss. */
    private Sequential classifier(RunLog log, String loss, String... metrics) {
        Sequential m = new Sequential(session);
        m.add(new Input(new int[] {4}, null));
        m.add(dense(8, "relu"));
        m.add(new Dropout(session.uniqueName("dropout"), 0.2, session.random()));
        m.add(dense(3, "softmax"));
        List<MetricSpec> specs = new ArrayList<>();
        for (String name : metrics) {
            specs.add(MetricSpec.named(name));
        }
        m.compile(Optimizers.get("adam"), LossSpec.named(loss), specs, List.of(metrics));
        log.compiled(m, loss);
        return m;
    }

    private static Check check(String json) {
        return Check.fromJson(Json.parse(json, "lesson.json"), "lesson.json");
    }

    private static CheckResult run(String json, RunLog log) {
        return check(json).evaluate(log);
    }

    @Test
    void checksReadTheModelOfTheLastFitWithItsCompile() {
        RunLog log = new RunLog();
        Sequential m = classifier(log, "categorical_crossentropy", "acc");
        log.fitted(m, List.of("EarlyStopping"), true, 50, Map.of("loss", List.of(0.5)));
        assertTrue(run("{\"outputActivation\": \"softmax\"}", log).passed());
        assertTrue(run("{\"outputUnits\": 3}", log).passed());
        assertTrue(run("{\"inputFeatures\": 4}", log).passed());
        assertTrue(run("{\"loss\": \"categorical_crossentropy\"}", log).passed());
        assertTrue(run("{\"loss\": \"CategoricalCrossentropy\"}", log).passed());
        assertTrue(run("{\"optimizer\": \"adam\"}", log).passed());
        assertTrue(run("{\"optimizer\": \"Adam\"}", log).passed());
        assertTrue(run("{\"metric\": \"accuracy\"}", log).passed(), "acc and accuracy are one metric");
        assertTrue(run("{\"hasLayer\": \"Dropout\"}", log).passed());
        assertTrue(run("{\"minHiddenLayers\": 1}", log).passed());
        assertFalse(run("{\"minHiddenLayers\": 2}", log).passed());
        assertTrue(run("{\"hiddenActivation\": \"relu\"}", log).passed());
        assertTrue(run("{\"callback\": \"EarlyStopping\"}", log).passed());
        assertTrue(run("{\"validation\": true}", log).passed());
    }

    @Test
    void aFailedCheckSaysWhatTheModelHasInBothLanguages() {
        RunLog log = new RunLog();
        Sequential m = classifier(log, "mse");
        log.fitted(m, List.of(), false, 5, Map.of("loss", List.of(0.5)));
        CheckResult loss = run("{\"loss\": \"categorical_crossentropy\"}", log);
        assertFalse(loss.passed());
        assertEquals(new Text("손실 함수: categorical_crossentropy (지금: mse)",
                "loss: categorical_crossentropy (now: mse)"), loss.message());
        assertEquals("{\"loss\":\"categorical_crossentropy\"}", loss.check());
        CheckResult act = run("{\"outputActivation\": \"sigmoid\"}", log);
        assertEquals("output activation: sigmoid (now: softmax)", act.message().en());
        assertEquals("출력층 활성화 함수: sigmoid (지금: softmax)", act.message().ko());
        assertEquals("metric: accuracy (now: -)", run("{\"metric\": \"accuracy\"}", log).message().en());
        assertEquals("fit callback: EarlyStopping (now: -)", run("{\"callback\": \"EarlyStopping\"}", log).message().en());
        assertEquals("validation data: validation_split / validation_data (now: -)",
                run("{\"validation\": true}", log).message().en());
        assertEquals("layer used: Activation (now: Dense, Dropout, Dense)",
                run("{\"hasLayer\": \"Activation\"}", log).message().en());
        CheckResult passed = run("{\"outputUnits\": 3}", log);
        assertEquals(new Text("출력층 뉴런 수: 3", "output units: 3"), passed.message());
    }

    @Test
    void lossAliasesAreOneLoss() {
        RunLog log = new RunLog();
        Sequential m = new Sequential(session);
        m.add(new Input(new int[] {1}, null));
        m.add(dense(1, "linear"));
        m.compile(Optimizers.get("sgd"), LossSpec.named("MSE"), List.of(), List.of());
        log.compiled(m, "MSE");
        assertTrue(run("{\"loss\": \"mse\"}", log).passed(), "checks without a fit read the last compile");
        assertTrue(run("{\"loss\": \"mean_squared_error\"}", log).passed());
        assertTrue(run("{\"loss\": \"MeanSquaredError\"}", log).passed());
        assertFalse(run("{\"loss\": \"mae\"}", log).passed());
        assertTrue(run("{\"outputActivation\": \"linear\"}", log).passed());
        assertFalse(run("{\"minHiddenLayers\": 1}", log).passed());
        assertFalse(run("{\"hiddenActivation\": \"relu\"}", log).passed(), "no hidden layer: nothing uses relu");
        log.compiled(m, Losses.get("BinaryCrossentropy"));
        assertTrue(run("{\"loss\": \"binary_crossentropy\"}", log).passed(), "a loss object counts by its name");
    }

    @Test
    void anActivationLayerAfterTheLastDenseIsTheOutputActivationAndTrailingDropoutIsSkipped() {
        RunLog log = new RunLog();
        Sequential m = new Sequential(session);
        m.add(new Input(new int[] {2}, null));
        m.add(dense(3, "linear"));
        m.add(new ActivationLayer(session.uniqueName("activation"), Activations.get("softmax")));
        m.add(new Dropout(session.uniqueName("dropout"), 0.5, session.random()));
        m.compile(Optimizers.get("adam"), LossSpec.named("categorical_crossentropy"), List.of(), List.of());
        log.compiled(m, "categorical_crossentropy");
        assertTrue(run("{\"outputActivation\": \"softmax\"}", log).passed());
    }

    @Test
    void withoutACompiledModelEveryCheckFails() {
        CheckResult r = run("{\"outputUnits\": 1}", new RunLog());
        assertFalse(r.passed());
        assertEquals("output units: 1 (no compiled model yet)", r.message().en());
        assertEquals("출력층 뉴런 수: 1 (아직 compile한 모델이 없습니다)", r.message().ko());
    }

    @Test
    void aRealFitIsRecordedWithItsCallbacksValidationAndHistory() {
        RunLog log = new RunLog();
        Sequential m = new Sequential(session);
        m.add(new Input(new int[] {1}, null));
        m.add(dense(1, "linear"));
        m.compile(Optimizers.get("sgd"), LossSpec.named("mse"), List.of(MetricSpec.named("mae")), List.of("mae"));
        log.compiled(m, "mse");
        double[] x = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i] = i / 20.0;
            y[i] = 2 * x[i] + 1;
        }
        FitOptions options = FitOptions.defaults(30).withVerbose(0).withValidationSplit(0.25)
                .withCallbacks(List.of(new EarlyStopping("val_loss", 0, 2, 0, "auto", null, false, 0)));
        History h = m.fit(Tensor.matrix(20, 1, x), Tensor.vector(y), options, ProgressSink.NONE,
                ScriptedClock.ticking(0));
        log.fitted(m, options, h);
        RunLog.Fit fit = log.lastFit();
        assertEquals(List.of("EarlyStopping"), fit.callbacks());
        assertTrue(fit.validation());
        assertEquals(30, fit.epochs());
        assertEquals(h.history().get("val_loss"), fit.history().get("val_loss"));
        int epochs = h.history().get("loss").size();
        assertEquals("epochs_run = " + epochs, Goal.parse("epochs_run <= 30").evaluate(log).actual());
        List<Double> mae = h.history().get("mae");
        GoalResult g = Goal.parse("mae < first(mae)").evaluate(log);
        assertEquals(mae.get(mae.size() - 1) < mae.get(0), g.passed());
    }

    @Test
    void aRubricPassesOnlyWhenEveryGoalAndCheckPasses() {
        Rubric rubric = Rubric.fromJson("{\"goals\": [\"loss < 0.5\", \"fits >= 1\"], "
                + "\"checks\": [{\"outputActivation\": \"softmax\"}, {\"loss\": \"categorical_crossentropy\"}]}");
        RunLog log = new RunLog();
        Sequential m = classifier(log, "categorical_crossentropy", "accuracy");
        log.fitted(m, List.of(), false, 2, Map.of("loss", List.of(0.9, 0.4)));
        Grade g = rubric.grade(log);
        assertTrue(g.passed());
        assertEquals("{\"passed\":true,\"goals\":[{\"goal\":\"loss \\u003c 0.5\",\"passed\":true,\"actual\":"
                + "\"loss = 0.4000\"},{\"goal\":\"fits \\u003e= 1\",\"passed\":true,\"actual\":\"fits = 1\"}],"
                + "\"checks\":[{\"check\":{\"outputActivation\":\"softmax\"},\"passed\":true,\"message\":"
                + "{\"ko\":\"\\ucd9c\\ub825\\uce35 \\ud65c\\uc131\\ud654 \\ud568\\uc218: softmax\","
                + "\"en\":\"output activation: softmax\"}},{\"check\":{\"loss\":\"categorical_crossentropy\"},"
                + "\"passed\":true,\"message\":{\"ko\":\"\\uc190\\uc2e4 \\ud568\\uc218: categorical_crossentropy\","
                + "\"en\":\"loss: categorical_crossentropy\"}}]}", g.toJson());
        log.fitted(m, List.of(), false, 2, Map.of("loss", List.of(0.9, 0.6)));
        Grade failed = rubric.grade(log);
        assertFalse(failed.passed());
        assertFalse(failed.goals().get(0).passed());
        assertTrue(failed.goals().get(1).passed());
        assertTrue(Json.parse(failed.toJson(), "grade") instanceof Json.Obj, "the grade is strict JSON");
    }

    @Test
    void anEmptyRubricNeverPasses() {
        assertFalse(Rubric.fromJson("{}").grade(new RunLog()).passed());
    }

    @Test
    void theRubricRoundTripsThroughItsJson() {
        String json = "{\"goals\":[\"val_accuracy \\u003e= 0.9\"],\"checks\":[{\"minHiddenLayers\":1},"
                + "{\"validation\":true},{\"hasLayer\":\"Dropout\"}]}";
        assertEquals(json, Rubric.fromJson(json).toJson());
    }

    @Test
    void badChecksAreRejectedWithTheirPosition() {
        assertEquals("lesson.json:1:2: unknown check \"outputActivaton\" (known: outputActivation, outputUnits, "
                + "inputFeatures, loss, optimizer, metric, hasLayer, minHiddenLayers, hiddenActivation, callback, "
                + "validation)", badCheck("{\"outputActivaton\": \"softmax\"}"));
        assertEquals("lesson.json:1:22: unknown activation \"softmx\" (known: " + String.join(", ",
                Activations.names()) + ")", badCheck("{\"outputActivation\": \"softmx\"}"));
        assertEquals("lesson.json:1:10: unknown loss \"categorical_crossentropyy\"",
                badCheck("{\"loss\": \"categorical_crossentropyy\"}"));
        assertEquals("lesson.json:1:17: outputUnits takes an integer ≥ 1; found 0", badCheck("{\"outputUnits\": 0}"));
        assertEquals("lesson.json:1:17: outputUnits takes an integer ≥ 1; found 3.0",
                badCheck("{\"outputUnits\": 3.0}"));
        assertEquals("lesson.json:1:21: minHiddenLayers takes an integer ≥ 0; found \"1\"",
                badCheck("{\"minHiddenLayers\": \"1\"}"));
        assertEquals("lesson.json:1:14: hasLayer takes a layer class: Dense, Dropout or Activation; found \"Conv2D\"",
                badCheck("{\"hasLayer\": \"Conv2D\"}"));
        assertEquals("lesson.json:1:14: callback takes \"EarlyStopping\"; found \"ModelCheckpoint\"",
                badCheck("{\"callback\": \"ModelCheckpoint\"}"));
        assertEquals("lesson.json:1:16: validation takes true; found false", badCheck("{\"validation\": false}"));
        assertEquals("lesson.json:1:10: loss takes a string; found 3", badCheck("{\"loss\": 3}"));
        assertEquals("lesson.json:1:1: a check must have exactly one key; found 2 (loss, metric)",
                badCheck("{\"loss\": \"mse\", \"metric\": \"mae\"}"));
        assertEquals("lesson.json:1:1: a check must be an object with one key, such as {\"outputActivation\": "
                + "\"softmax\"}; found a string", badCheck("\"softmax\""));
        assertEquals("lesson.json:1:15: unknown optimizer \"adamw\" (known: adam, sgd, rmsprop, adagrad)",
                badCheck("{\"optimizer\": \"adamw\"}"));
    }

    private static String badCheck(String json) {
        return assertThrows(LessonError.class, () -> check(json)).getMessage();
    }

    @Test
    void aBadGoalInARubricPointsIntoTheString() {
        LessonError e = assertThrows(LessonError.class,
                () -> Rubric.fromJson("{\"goals\": [\"val_acc >= 0.9\", \"loss =< 1\"]}"));
        assertEquals("rubric:1:36: bad goal \"loss =< 1\": '=' is assignment; compare with '==' (or '>=', '<=')",
                e.getMessage());
        assertEquals("rubric:1:12: a goal must be a string such as \"val_accuracy >= 0.9\"; found a number",
                assertThrows(LessonError.class, () -> Rubric.fromJson("{\"goals\": [0.9]}")).getMessage());
        assertEquals("rubric:1:11: goals must be an array of strings such as \"val_accuracy >= 0.9\"; found a string",
                assertThrows(LessonError.class, () -> Rubric.fromJson("{\"goals\": \"loss < 1\"}")).getMessage());
    }
}
