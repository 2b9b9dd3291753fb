package seqplay.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import seqplay.backend.Session;
import seqplay.models.Sequential;

class GoalTest {
    /** A run whose last fit logged these values per epoch. */
    static RunLog runWith(Map<String, List<Double>> history) {
        RunLog log = new RunLog();
        log.fitted(new Sequential(new Session()), List.of(), true, history.values().iterator().next().size(), history);
        return log;
    }

    static Map<String, List<Double>> history() {
        Map<String, List<Double>> h = new LinkedHashMap<>();
        h.put("accuracy", List.of(0.5, 0.75, 0.875));
        h.put("loss", List.of(0.9, 0.4, 0.5));
        // 27 of 30 right, as Keras logs it: float32(0.9) widened to a Python float.
        h.put("val_accuracy", List.of(0.6, 0.8, 0.8999999761581421));
        h.put("val_loss", List.of(1.0, 0.7, 0.6));
        return h;
    }

    static GoalResult eval(String goal) {
        return Goal.parse(goal).evaluate(runWith(history()));
    }

    @Test
    void aKeyReadsTheLastEpochOfTheLastFit() {
        GoalResult r = eval("loss <= 0.5");
        assertTrue(r.passed());
        assertEquals("loss = 0.5000", r.actual());
        assertNull(r.problem());
        assertFalse(eval("loss < 0.5").passed());
    }

    @Test
    void aThresholdIsComparedInFloat32LikeTheLoggedValue() {
        // val_accuracy holds float32(0.9); the 0.9 a teacher types means the same number.
        assertTrue(eval("val_accuracy >= 0.9").passed());
        assertTrue(eval("val_accuracy == 0.9").passed());
        assertFalse(eval("val_accuracy > 0.9").passed());
        assertTrue(eval("0.9 <= val_accuracy").passed());
    }

    @Test
    void minMaxAndFirstLookAtEveryEpoch() {
        assertEquals("min(loss) = 0.4000", eval("min(loss) < 0.45").actual());
        assertTrue(eval("min(loss) < 0.45").passed());
        assertTrue(eval("max(accuracy) >= 0.875").passed());
        assertTrue(eval("loss < first(loss)").passed());
        assertEquals("loss = 0.5000, first(loss) = 0.9000", eval("loss < first(loss)").actual());
        assertFalse(eval("val_loss > first(val_loss)").passed());
    }

    @Test
    void epochsRunAndFitsCountWhatTheRunDid() {
        RunLog log = runWith(history());
        log.fitted(new Sequential(new Session()), List.of("EarlyStopping"), true, 100,
                Map.of("loss", List.of(0.3, 0.2, 0.25, 0.26, 0.27)));
        GoalResult epochs = Goal.parse("epochs_run < 100").evaluate(log);
        assertTrue(epochs.passed());
        assertEquals("epochs_run = 5", epochs.actual());
        GoalResult fits = Goal.parse("fits >= 3").evaluate(log);
        assertFalse(fits.passed());
        assertEquals("fits = 2", fits.actual());
    }

    @Test
    void evaluateReadsTheLastEvaluateCall() {
        RunLog log = runWith(history());
        log.evaluated(Map.of("loss", 0.5, "accuracy", 0.25));
        log.evaluated(Map.of("loss", 0.2, "accuracy", 0.9666666388511658));
        GoalResult r = Goal.parse("evaluate.accuracy >= 0.95").evaluate(log);
        assertTrue(r.passed());
        assertEquals("evaluate.accuracy = 0.9667", r.actual());
        assertFalse(Goal.parse("evaluate.loss < 0.1").evaluate(log).passed());
    }

    @Test
    void tinyValuesShowInKerasExponentForm() {
        Map<String, List<Double>> h = Map.of("loss", List.of(0.00012345));
        assertEquals("loss = 1.2345e-04", Goal.parse("loss <= 0.05").evaluate(runWith(h)).actual());
    }

    @Test
    void aRunWithoutFitFailsWithAReasonInBothLanguages() {
        GoalResult r = Goal.parse("loss <= 0.05").evaluate(new RunLog());
        assertFalse(r.passed());
        assertEquals("", r.actual());
        assertEquals(new Text("아직 model.fit(...)으로 학습하지 않았습니다.",
                "The program has not trained with model.fit(...) yet."), r.problem());
    }

    @Test
    void aMissingValidationKeyAsksAboutValidationSplitAndMetrics() {
        Map<String, List<Double>> h = new LinkedHashMap<>();
        h.put("loss", List.of(0.3));
        GoalResult r = Goal.parse("val_accuracy >= 0.9").evaluate(runWith(h));
        assertFalse(r.passed());
        assertEquals("The last fit logged no val_accuracy (it logged: loss). Did you hold out validation data, "
                + "e.g. fit(..., validation_split=0.2)? Is accuracy in compile(metrics=[...])?", r.problem().en());
        assertEquals("마지막 학습의 기록에 val_accuracy 값이 없습니다 (있는 값: loss). fit(..., validation_split=0.2)처럼 "
                + "검증 데이터를 떼어 두었나요? compile(metrics=[...])에 accuracy를 넣었나요?", r.problem().ko());
        GoalResult m = Goal.parse("mae < 1").evaluate(runWith(h));
        assertEquals("The last fit logged no mae (it logged: loss). Is mae in compile(metrics=[...])?", m.problem().en());
    }

    @Test
    void evaluateWithoutAnEvaluateCallSaysSo() {
        GoalResult r = Goal.parse("evaluate.accuracy > 0.9").evaluate(runWith(history()));
        assertEquals("The program has not called model.evaluate(...) yet.", r.problem().en());
        RunLog log = runWith(history());
        log.evaluated(Map.of("loss", 0.2));
        assertEquals("model.evaluate(...) returned no accuracy (it returned: loss).",
                Goal.parse("evaluate.accuracy > 0.9").evaluate(log).problem().en());
    }

    @Test
    void spacesAreOptionalAndScientificNumbersWork() {
        assertTrue(eval("loss<=5e-1").passed());
        assertTrue(eval("loss != -1").passed());
    }

    static Stream<Arguments> badGoals() {
        return Stream.of(
            Arguments.of("val_acuracy >= 0.9", 1, "unknown name 'val_acuracy' (a log key such as loss, val_loss, "
                    + "accuracy, val_accuracy, mae; evaluate.<key>; min/max/first(<key>); epochs_run; fits)"),
            Arguments.of("accuracy = 0.9", 10, "'=' is assignment; compare with '==' (or '>=', '<=')"),
            Arguments.of("accuracy => 0.9", 10, "'=' is assignment; compare with '==' (or '>=', '<=')"),
            Arguments.of("accuracy", 9, "expected a comparison (<, <=, >, >=, ==, !=) but the goal ends"),
            Arguments.of("accuracy >= ", 13, "expected a number or a name but the goal ends"),
            Arguments.of("accuracy >= 0.9 and loss < 1", 17,
                    "unexpected 'a' after the comparison (one comparison per goal)"),
            Arguments.of("0.5 < 0.9", 1, "a goal must read something from the run, not compare two numbers"),
            Arguments.of("mean(loss) < 1", 1, "unknown function 'mean' (known: min, max, first)"),
            Arguments.of("min loss < 1", 4, "expected '(' after min, as in min(val_loss)"),
            Arguments.of("min(loss < 1", 10, "expected ')' to close min("),
            Arguments.of("evaluate.val_accuracy > 0.9", 10, "evaluate returns no val_ values; write evaluate.accuracy"),
            Arguments.of("evaluate accuracy > 0.9", 9, "expected '.' after evaluate, as in evaluate.accuracy"),
            Arguments.of("loss < 0.5x", 11, "unexpected 'x' in a number"),
            Arguments.of("loss < 1e", 10, "expected a digit in the exponent"),
            Arguments.of("loss < -", 8, "expected a number"),
            Arguments.of("loss < 'a'", 8, "expected a number or a name but found '''"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badGoals")
    void aBadGoalNamesItsColumnAndWhatIsWrong(String goal, int column, String message) {
        Goal.GoalSyntaxError e = assertThrows(Goal.GoalSyntaxError.class, () -> Goal.parse(goal));
        assertEquals(message, e.getMessage());
        assertEquals(column, e.column());
    }

    @Test
    void metricNamesAsLearnersTypeThemAreKeys() {
        for (String key : List.of("acc", "val_acc", "mae", "val_mse", "binary_accuracy", "root_mean_squared_error")) {
            assertEquals(key + " < 1", Goal.parse(key + " < 1").source());
        }
    }
}
