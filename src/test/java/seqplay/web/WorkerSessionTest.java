package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import seqplay.data.datasets.BundledDatasets;
import seqplay.data.datasets.ClasspathDatasetSource;
import seqplay.data.pandas.DataFiles;
import seqplay.lang.Context;
import seqplay.lang.Execution;
import seqplay.lang.Library;
import seqplay.lang.Output;
import seqplay.lang.Program;
import seqplay.lang.RichEvent;
import seqplay.lessons.Json;
import seqplay.lessons.Json.Arr;
import seqplay.lessons.Json.Num;
import seqplay.lessons.Json.Obj;
import seqplay.lessons.Json.Str;
import seqplay.lessons.Json.Value;
import seqplay.lessons.Lesson;
import seqplay.lessons.LessonFolder;

/**
 * The engine behind the page, driven on the JVM the way the worker glue drives it: {@code start}, then
 * {@code step(16)} per slice, taking the events (and the arrays they reference) after each slice. The programs
 * are the page's seed programs for the three problem types and the learner's usual mistakes.
 */
class WorkerSessionTest {
    static final String MULTICLASS = String.join("\n",
            "from sklearn.datasets import load_iris",
            "from tensorflow import keras",
            "from tensorflow.keras.utils import to_categorical",
            "",
            "x, y = load_iris(return_X_y=True)",
            "y = to_categorical(y, 3)",
            "",
            "keras.backend.clear_session()",
            "model = keras.models.Sequential()",
            "model.add(keras.layers.Input(shape=(4,)))",
            "model.add(keras.layers.Dense(3, activation='softmax'))",
            "model.compile(loss='categorical_crossentropy', metrics=['accuracy'], optimizer='adam')",
            "model.summary()",
            "history = model.fit(x, y, epochs=10)",
            "y_pred = model.predict(x)",
            "");

    static final String BINARY = String.join("\n",
            "from sklearn.datasets import make_moons",
            "from tensorflow import keras",
            "",
            "x, y = make_moons(n_samples=200, noise=0.2, random_state=42)",
            "",
            "keras.backend.clear_session()",
            "model = keras.models.Sequential()",
            "model.add(keras.layers.Input(shape=(2,)))",
            "model.add(keras.layers.Dense(8, activation='relu'))",
            "model.add(keras.layers.Dense(1, activation='sigmoid'))",
            "model.compile(loss='binary_crossentropy', metrics=['accuracy'], "
                    + "optimizer=keras.optimizers.Adam(learning_rate=0.01))",
            "model.summary()",
            "history = model.fit(x, y, epochs=10)",
            "y_pred = model.predict(x)",
            "");

    static final String REGRESSION = String.join("\n",
            "import numpy as np",
            "from tensorflow import keras",
            "",
            "# y = 3x + 2 with a little noise",
            "np.random.seed(42)",
            "x = np.random.rand(100, 1) * 2",
            "y = 3 * x + 2 + np.random.randn(100, 1) * 0.2",
            "",
            "keras.backend.clear_session()",
            "model = keras.models.Sequential()",
            "model.add(keras.layers.Input(shape=(1,)))",
            "model.add(keras.layers.Dense(1))",
            "model.compile(loss='mse', optimizer=keras.optimizers.Adam(learning_rate=0.1))",
            "model.summary()",
            "history = model.fit(x, y, epochs=10)",
            "y_pred = model.predict(x)",
            "");

    /** What the worker glue does, on a clock the test controls. */
    static final class Driver {
        final double[] now = {0};
        final double msPerRead;
        final WorkerSession session;
        final List<Obj> events = new ArrayList<>();
        final Map<Integer, double[]> arrays = new HashMap<>();
        int slices;

        /** @param msPerRead how far the clock moves each time it is read (0: time stands still, one slice) */
        Driver(double msPerRead) {
            this.msPerRead = msPerRead;
            this.session = new WorkerSession(() -> now[0] += this.msPerRead);
            ClasspathDatasetSource source = new ClasspathDatasetSource();
            for (String f : BundledDatasets.FILES) {
                session.addDatasetFile(f, source.read(f));
            }
        }

        int run(RunRequest r) {
            events.clear();
            session.start(r);
            return resume();
        }

        /** Steps until the run ends, like the glue's slices; returns the final status. */
        int resume() {
            int status;
            do {
                status = session.step(16);
                slices++;
                collect();
            } while (status == WorkerSession.RUNNING);
            return status;
        }

        /** One slice. */
        int slice() {
            int status = session.step(16);
            slices++;
            collect();
            return status;
        }

        void collect() {
            Value v = Json.parse(session.events().take(), "events");
            for (Value e : ((Arr) v).items()) {
                resolve(e);
                events.add((Obj) e);
            }
        }

        /** Takes every referenced array now, as the glue does before the next slice. */
        void resolve(Value v) {
            if (v instanceof Obj o) {
                if (o.members().size() == 1 && o.get("$array") instanceof Num n) {
                    arrays.put((int) n.value(), session.events().takeArray((int) n.value()));
                    return;
                }
                o.members().values().forEach(this::resolve);
            } else if (v instanceof Arr a) {
                a.items().forEach(this::resolve);
            }
        }

        double[] array(Value ref) {
            return arrays.get((int) ((Num) ((Obj) ref).get("$array")).value());
        }

        /** Each event's type (charts with their kind). */
        List<String> types() {
            List<String> out = new ArrayList<>();
            for (Obj e : events) {
                out.add(type(e));
            }
            return out;
        }

        /** The types without progress lines and with runs of output merged, as the console sees them. */
        List<String> shape() {
            List<String> out = new ArrayList<>();
            for (String t : types()) {
                if (t.equals("live") || t.equals("output") && !out.isEmpty() && out.get(out.size() - 1).equals("output")) {
                    continue;
                }
                out.add(t);
            }
            return out;
        }

        List<Obj> ofType(String type) {
            List<Obj> out = new ArrayList<>();
            for (Obj e : events) {
                if (type(e).equals(type)) {
                    out.add(e);
                }
            }
            return out;
        }

        Obj first(String type) {
            List<Obj> all = ofType(type);
            return all.isEmpty() ? null : all.get(0);
        }

        Obj last(String type) {
            List<Obj> all = ofType(type);
            return all.isEmpty() ? null : all.get(all.size() - 1);
        }

        /** Standard output as the console shows it once the run is over. */
        String text() {
            StringBuilder sb = new StringBuilder();
            for (Obj e : ofType("output")) {
                sb.append(str(e, "text"));
            }
            return sb.toString();
        }

        /** The History of the last fit, from {@code history()} (what {@code done} carries). */
        Map<String, double[]> history() {
            Value h = Json.parse(session.history(), "history");
            Map<String, double[]> out = new java.util.LinkedHashMap<>();
            if (h instanceof Obj o) {
                resolve(o);
                for (Map.Entry<String, Value> e : o.members().entrySet()) {
                    out.put(e.getKey(), array(e.getValue()));
                }
            }
            return out;
        }
    }

    static String type(Obj e) {
        String t = str(e, "type");
        return t.equals("chart") ? t + ":" + str(e, "kind") : t;
    }

    static String str(Obj o, String key) {
        Value v = o.get(key);
        return v instanceof Str s ? s.value() : null;
    }

    static double num(Obj o, String key) {
        return ((Num) o.get(key)).value();
    }

    static List<String> strings(Value v) {
        List<String> out = new ArrayList<>();
        for (Value item : ((Arr) v).items()) {
            out.add(item instanceof Str s ? s.value() : String.valueOf(((Num) item).value()));
        }
        return out;
    }

    private static List<String> repeat(List<String> head, List<String> each, int times, List<String> tail) {
        List<String> out = new ArrayList<>(head);
        for (int i = 0; i < times; i++) {
            out.addAll(each);
        }
        out.addAll(tail);
        return out;
    }

    /** The epoch log Keras prints for ten epochs of {@code steps} batches, times left open. */
    private static Pattern tenEpochs(int steps, String metrics) {
        StringBuilder p = new StringBuilder();
        for (int e = 1; e <= 10; e++) {
            p.append("Epoch ").append(e).append("/10\n").append(steps).append('/').append(steps)
                    .append(" ━━━━━━━━━━━━━━━━━━━━ 0s \\d+(s|ms|us)/step").append(metrics).append('\n');
        }
        return Pattern.compile(p.toString());
    }

    // ---- the three seed programs ---------------------------------------------------------------------------

    @Test
    void multiclassSeedShowsTheSummaryTenEpochsAndTheConfusionMatrixInProgramOrder() {
        Driver d = new Driver(0);
        assertEquals(WorkerSession.FINISHED, d.run(RunRequest.all(MULTICLASS)));
        assertEquals(1, d.slices, "time stood still: one slice");
        assertEquals(repeat(List.of("model", "weights", "summary", "fit-start", "weights", "output"),
                List.of("epoch", "output"), 10, List.of("weights", "output", "chart:confusion")), d.shape());

        Obj model = d.first("model");
        assertEquals(4, num(model, "inputs"));
        Obj dense = (Obj) ((Arr) model.get("layers")).items().get(0);
        assertEquals("dense Dense 3 softmax 11", str(dense, "name") + " " + str(dense, "type") + " "
                + (int) num(dense, "units") + " " + str(dense, "activation") + " " + (int) num(dense, "line"));

        Obj summary = d.first("summary");
        assertTrue(str(summary, "text").startsWith("Model: \"sequential\"\n┏━"), str(summary, "text"));
        Obj row = (Obj) ((Arr) summary.get("rows")).items().get(0);
        assertEquals(List.of("dense", "Dense", "(None, 3)", "15"),
                List.of(str(row, "name"), str(row, "type"), str(row, "shape"), str(row, "params")));
        assertEquals(List.of(" Total params: 15 (60.00 B)", " Trainable params: 15 (60.00 B)",
                " Non-trainable params: 0 (0.00 B)"), strings(summary.get("totals")));
        assertFalse(d.text().contains("Model: \"sequential\""), "the summary is not also sent as output");

        Obj fitStart = d.first("fit-start");
        assertEquals(List.of(10.0, 5.0), List.of(num(fitStart, "epochs"), num(fitStart, "steps")));
        assertEquals(List.of("accuracy", "loss"), strings(fitStart.get("keys")));

        Matcher log = tenEpochs(5, " - accuracy: \\d\\.\\d{4} - loss: \\d\\.\\d{4}").matcher(d.text());
        assertTrue(log.lookingAt(), d.text());
        assertTrue(Pattern.matches("5/5 ━━━━━━━━━━━━━━━━━━━━ 0s \\d+(s|ms|us)/step\n", d.text().substring(log.end())),
                d.text().substring(log.end()));

        Obj confusion = d.first("chart:confusion");
        int total = 0;
        for (Value r : ((Arr) confusion.get("matrix")).items()) {
            for (Value c : ((Arr) r).items()) {
                total += (int) ((Num) c).value();
            }
        }
        assertEquals(150, total, "every iris flower is counted once");
        assertEquals(List.of("0.0", "1.0", "2.0"), strings(confusion.get("labels")));
    }

    @Test
    void epochEventsCarryTheHistoryBitForBit() {
        Driver d = new Driver(0);
        d.run(RunRequest.all(MULTICLASS));
        Map<String, double[]> history = d.history();
        assertEquals(List.of("accuracy", "loss"), new ArrayList<>(history.keySet()));
        List<Obj> epochs = d.ofType("epoch");
        assertEquals(10, epochs.size());
        for (int e = 0; e < 10; e++) {
            Obj logs = (Obj) epochs.get(e).get("logs");
            assertEquals(e + 1, num(epochs.get(e), "epoch"));
            assertEquals(10, num(epochs.get(e), "epochs"));
            assertEquals(history.get("loss")[e], num(logs, "loss"));
            assertEquals(history.get("accuracy")[e], num(logs, "accuracy"));
        }
    }

    @Test
    void watchingAFitNeverChangesItTheSameProgramPrintsTheSameHistoryAsTheCommandLine() {
        String program = BINARY + "print(history.history)\nprint(y_pred[:3])\n";
        // a clock that leaps a second per read: the pictures are redrawn after every batch
        Driver d = new Driver(1000);
        assertEquals(WorkerSession.FINISHED, d.run(RunRequest.all(program)));
        assertTrue(d.ofType("chart:boundary").size() > 10, "redrawn while training: " + d.types());
        StringBuilder cli = new StringBuilder();
        Output out = new Output() {
            @Override
            public void write(String t) {
                cli.append(t);
            }

            @Override
            public void writeError(String t) {
            }

            @Override
            public void liveLine(String t) {
            }

            @Override
            public void endLiveLine() {
            }

            @Override
            public void rich(RichEvent e) {
            }
        };
        Context ctx = new Context(out, Library.modules(new ClasspathDatasetSource(), new DataFiles()));
        assertNull(Execution.runToEnd(Program.parse(program, "main.py"), ctx));
        String printed = cli.substring(cli.indexOf("{'accuracy'"));
        assertTrue(d.text().endsWith(printed), d.text() + "\n---\n" + printed);
    }

    @Test
    void binarySeedDrawsTheDecisionBoundaryOverTheDataAtTheStartAndTheEndOfTheFit() {
        Driver d = new Driver(0);
        assertEquals(WorkerSession.FINISHED, d.run(RunRequest.all(BINARY)));
        assertEquals(repeat(List.of("model", "weights", "model", "weights", "summary", "fit-start", "weights",
                "chart:boundary", "output"), List.of("epoch", "output"), 10,
                List.of("weights", "chart:boundary", "output", "chart:confusion")), d.shape());
        Obj b = d.last("chart:boundary");
        assertEquals(40, num(b, "res"));
        assertEquals(2, num(b, "classes"));
        assertEquals(40 * 40, d.array(b.get("grid")).length, "one sigmoid output per cell");
        assertEquals(400, d.array(b.get("points")).length);
        assertEquals(200, d.array(b.get("labels")).length);
        double[] points = d.array(b.get("points"));
        assertTrue(num(b, "xmin") < points[0] && points[0] < num(b, "xmax"));
        assertTrue(Pattern.matches("Epoch 1/10\n7/7 ━━━━━━━━━━━━━━━━━━━━ 0s \\d+(s|ms|us)/step - accuracy: \\d\\.\\d{4}"
                + " - loss: \\d\\.\\d{4}\n(.|\n)*", d.text()), d.text());
        Obj confusion = d.first("chart:confusion");
        assertEquals(2, ((Arr) confusion.get("matrix")).items().size());
    }

    @Test
    void regressionSeedDrawsThePointsTheLineRSquaredAndTheFittedEquation() {
        Driver d = new Driver(0);
        assertEquals(WorkerSession.FINISHED, d.run(RunRequest.all(REGRESSION)));
        assertEquals(repeat(List.of("model", "weights", "summary", "fit-start", "weights", "chart:regression",
                "output"), List.of("epoch", "output"), 10,
                List.of("weights", "chart:regression", "output", "chart:regression")), d.shape());
        assertTrue(tenEpochs(4, " - loss: \\d+\\.\\d{4}").matcher(d.text()).lookingAt(), d.text());
        Obj fit = d.last("chart:regression");
        assertEquals(1, num(fit, "features"));
        assertEquals(100, d.array(fit.get("x")).length);
        assertEquals(Charts.CURVE, d.array(fit.get("curveY")).length);
        // the caption's numbers agree with the arrays they describe
        double[] y = d.array(fit.get("y"));
        double[] p = d.array(fit.get("predicted"));
        assertEquals(Charts.r2(seqplay.tensor.Tensor.matrix(100, 1, y), seqplay.tensor.Tensor.matrix(100, 1, p)),
                num(fit, "r2"));
        assertTrue(Pattern.matches("y = \\d\\.\\d{4}x \\+ \\d\\.\\d{4}", str(fit, "equation")), str(fit, "equation"));
    }

    // ---- errors, warnings, stop ----------------------------------------------------------------------------

    @Test
    void anErrorIsReportedAtItsLineAndColumnsWithItsHintsAndPythonsReport() {
        Driver d = new Driver(0);
        String code = "from tensorflow import keras\nmodel = keras.models.Sequential()\n"
                + "model.add(keras.layers.Input(shape=(4,)))\nmodel.add(keras.layers.Dense(3, activation='relux'))\n";
        assertEquals(WorkerSession.FAILED, d.run(RunRequest.all(code)));
        Obj e = d.last("error");
        assertEquals(List.of("ValueError", "Could not interpret activation function identifier: relux"),
                List.of(str(e, "exception"), str(e, "message")));
        assertEquals(List.of(4.0, 11.0, 52.0), List.of(num(e, "line"), num(e, "column"), num(e, "endColumn")),
                "the Dense(...) call");
        Obj hint = (Obj) e.get("hint");
        assertTrue(str(hint, "en").contains("relu"), str(hint, "en"));
        assertTrue(str(hint, "ko").contains("relu"), str(hint, "ko"));
        assertEquals("Traceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n"
                + "    model.add(keras.layers.Dense(3, activation='relux'))\n"
                + "              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
                + "ValueError: Could not interpret activation function identifier: relux\n", str(e, "text"));
    }

    @Test
    void aSyntaxErrorStopsTheRunBeforeAnythingRuns() {
        Driver d = new Driver(0);
        assertEquals(WorkerSession.FAILED, d.run(RunRequest.all("print('before')\nx = [1, 2\nprint(x)\n")));
        assertEquals(List.of("error"), d.types());
        Obj e = d.first("error");
        assertEquals("SyntaxError", str(e, "exception"));
        assertEquals(2, num(e, "line"));
    }

    @Test
    void checkerWarningsArriveBeforeTheRunInTheLearnersLanguage() {
        Driver d = new Driver(0);
        String code = BINARY.replace("activation='sigmoid'", "activation='softmax'");
        d.run(RunRequest.all(code).lang("ko"));
        assertEquals("warnings", d.types().get(0));
        Obj w = (Obj) ((Arr) d.first("warnings").get("items")).items().get(0);
        assertEquals("check.softmax_one_unit", str(w, "id"));
        assertEquals(10, num(w, "line"));
        assertEquals(str((Obj) w.get("texts"), "ko"), str(w, "message"));
        assertTrue(d.session.check(code).contains("\"id\":\"check.softmax_one_unit\""));
        assertEquals("[]", d.session.check(BINARY));
    }

    @Test
    void aFitWhoseLossBecameInfiniteEndsWithANoteAtItsLine() {
        Driver d = new Driver(0);
        d.run(RunRequest.all(seqplay.testing.LearnerPrograms.DIVERGING));
        List<Obj> warnings = d.ofType("warnings");
        assertEquals(1, warnings.size(), d.types().toString());
        assertTrue(((Json.Bool) warnings.get(0).get("note")).value());
        Obj w = (Obj) ((Arr) warnings.get(0).get("items")).items().get(0);
        assertEquals("loss-not-finite", str(w, "id"));
        assertEquals(9, num(w, "line"), "the line of model.fit");
        assertEquals(1, num(w, "column"));
        assertEquals(0, num(w, "endColumn"), "the whole line");
        assertEquals("The loss became inf in epoch 4: the weights grew without bound and training diverged. Lower "
                + "the learning rate (e.g. learning_rate=0.001) or scale the inputs with StandardScaler, then run "
                + "again.", str(w, "message"));
        assertTrue(str((Obj) w.get("texts"), "ko").startsWith("4번째 에포크의 손실이 inf입니다"));
        assertEquals("[inf, inf]\n", d.text(), "standard output stays what Keras prints");
        Driver fine = new Driver(0);
        fine.run(RunRequest.all(seqplay.testing.LearnerPrograms.DIVERGING.replace("learning_rate=1.0", "learning_rate=1e-7")));
        assertEquals(List.of(), fine.ofType("warnings"));
    }

    @Test
    void stopBetweenSlicesEndsTheFitKeepingTheEpochsItFinished() {
        Driver d = new Driver(1); // a slice is 16 reads of the clock: a few batches
        d.session.start(RunRequest.all(BINARY.replace("epochs=10", "epochs=200")));
        int status = WorkerSession.RUNNING;
        while (d.ofType("epoch").size() < 3 && status == WorkerSession.RUNNING) {
            status = d.slice();
        }
        d.session.stop();
        assertEquals(WorkerSession.STOPPED, d.slice(), "the next slice ends the run");
        int epochs = d.ofType("epoch").size();
        assertTrue(epochs >= 3 && epochs < 200, "epochs " + epochs);
        assertNull(d.first("error"), "a stop is not an error");
        assertEquals(epochs, d.history().get("loss").length, "the History keeps the finished epochs");
        List<String> types = d.types();
        assertTrue(types.lastIndexOf("weights") > types.lastIndexOf("epoch"), "the weights as the fit stopped");
    }

    // ---- seven-step mode -----------------------------------------------------------------------------------

    @Test
    void stepRunsShareOneSessionAndReportProgramLines() {
        Driver d = new Driver(0);
        String[] lines = MULTICLASS.split("\n");
        // data (lines 1-6), then each of the seven steps, as the page's cells cut the seed program
        int[][] steps = {{1, 7}, {8, 8}, {9, 9}, {10, 11}, {12, 12}, {13, 13}, {14, 14}, {15, 15}};
        for (int k = 0; k < steps.length; k++) {
            StringBuilder code = new StringBuilder();
            for (int l = steps[k][0]; l <= steps[k][1]; l++) {
                code.append(lines[l - 1]).append('\n');
            }
            assertEquals(WorkerSession.FINISHED, d.run(RunRequest.step(code.toString(), steps[k][0], k == 0)),
                    "step " + k + ": " + d.events);
            if (k == 3) {
                assertEquals(11, num((Obj) ((Arr) d.first("model").get("layers")).items().get(0), "line"));
            }
            if (k == 5) {
                assertEquals(List.of("summary"), d.types());
            }
        }
        assertEquals(List.of("output", "chart:confusion"), d.shape(), "predict after the fit of the step before");
        // a step that fails names its line in the program
        d.run(RunRequest.step("print(modle)\n", 16, false));
        Obj e = d.first("error");
        assertEquals(List.of("NameError", "16"), List.of(str(e, "exception"), String.valueOf((int) num(e, "line"))));
        assertEquals("name 'modle' is not defined. Did you mean: 'model'?", str(e, "message"));
        // reset: a fresh session knows nothing of the steps before
        d.run(RunRequest.step("print(model)\n", 1, true));
        assertEquals("name 'model' is not defined", str(d.first("error"), "message"));
    }

    // ---- notebook display, output batching, standard error -------------------------------------------------

    @Test
    void aCellsLastExpressionShowsItsValueAsColabDoes() {
        Driver d = new Driver(0);
        d.run(RunRequest.all("x = 5\nx * 2\n"));
        assertEquals("10\n", d.text());
        d.run(RunRequest.all("x = 5\nx * 2\nprint('a')\n"));
        assertEquals("a\n", d.text(), "only the last statement shows its value");
        d.run(RunRequest.all("'text'\n"));
        assertEquals("'text'\n", d.text(), "the repr, as IPython shows it");
        d.run(RunRequest.all("print('only')\n"));
        assertEquals("only\n", d.text(), "None is not shown");
    }

    @Test
    void printsOfOneSliceArriveAsOneOutputEvent() {
        Driver d = new Driver(0);
        d.run(RunRequest.all("for i in range(1000):\n    print(i)\n"));
        assertEquals(List.of("output"), d.types());
        assertEquals(1000, d.text().split("\n").length);
    }

    @Test
    void pythonWarningsGoToStandardErrorAsTheirOwnOutput() {
        Driver d = new Driver(0);
        d.run(RunRequest.all("from tensorflow import keras\nprint('a')\nmodel = keras.models.Sequential()\n"
                + "model.add(keras.layers.Dense(3, input_shape=(4,)))\nprint('b')\n"));
        List<Obj> outputs = d.ofType("output");
        assertEquals(3, outputs.size());
        assertEquals("stderr", str(outputs.get(1), "stream"));
        assertTrue(str(outputs.get(1), "text").startsWith("UserWarning: Do not pass an `input_shape`"), str(outputs.get(1), "text"));
        assertNull(str(outputs.get(2), "stream"));
    }

    // ---- data: bundled datasets, uploads, previews ---------------------------------------------------------

    @Test
    void aDatasetThePageHasNotSentIsExplainedNotCrashed() {
        WorkerSession bare = new WorkerSession(() -> 0);
        bare.start(RunRequest.all("from sklearn.datasets import load_iris\nx, y = load_iris(return_X_y=True)\n"));
        assertEquals(WorkerSession.FAILED, bare.step(16));
        String events = bare.events().take();
        assertTrue(events.contains("\"message\":\"the playground could not read its bundled dataset file iris.csv"
                + " (the page has not loaded it)\""), events);
    }

    @Test
    void anUploadedCsvIsReadByReadCsvAndShownAsATable() {
        Driver d = new Driver(0);
        byte[] csv = "name,score\nkim,90\nlee,85\n".getBytes(StandardCharsets.UTF_8);
        assertNull(d.session.addFile("scores.csv", csv, csv.length));
        d.run(RunRequest.all("import pandas as pd\ndf = pd.read_csv('scores.csv')\ndf\n"));
        Obj t = d.first("table");
        assertEquals(List.of("name", "score"), strings(t.get("columns")));
        assertEquals(List.of("0", "1"), strings(t.get("index")));
        assertEquals(List.of(List.of("kim", "90"), List.of("lee", "85")),
                List.of(strings(((Arr) t.get("rows")).items().get(0)), strings(((Arr) t.get("rows")).items().get(1))));
        assertEquals("  name  score\n0  kim     90\n1  lee     85", str(t, "text"));
        d.run(RunRequest.all("import pandas as pd\npd.read_csv('/content/scores.csv').shape\n"));
        assertEquals("(2, 2)\n", d.text(), "Colab's folder name works too");
    }

    @Test
    void aLongDataFrameIsCutAsPandasCutsItWithDotsAndAFooter() {
        Driver d = new Driver(0);
        d.run(RunRequest.all("import pandas as pd\nfrom sklearn.datasets import load_iris\n"
                + "d = load_iris()\npd.DataFrame(d.data, columns=d.feature_names)\n"));
        Obj t = d.first("table");
        List<Value> rows = ((Arr) t.get("rows")).items();
        assertEquals(11, rows.size(), "5 + the dots + 5");
        assertEquals(List.of("...", "...", "...", "..."), strings(rows.get(5)));
        assertEquals(List.of("0", "1", "2", "3", "4", "...", "145", "146", "147", "148", "149"), strings(t.get("index")));
        assertEquals("150 rows × 4 columns", str(t, "footer"));
    }

    @Test
    void anUploadOverTwentyMegabytesIsRefusedWithTheDataLayersMessage() {
        Driver d = new Driver(0);
        String refused = d.session.addFile("big.csv", new byte[0], 25 * 1048576.0);
        Obj o = (Obj) Json.parse(refused, "refused");
        assertEquals("ValueError", str(o, "exception"));
        assertEquals("'big.csv' is 25.0 MB; the playground reads CSV files up to 20 MB", str(o, "message"));
        assertTrue(o.get("hint") instanceof Obj);
        d.run(RunRequest.all("import pandas as pd\npd.read_csv('big.csv')\n"));
        assertEquals("FileNotFoundError", str(d.first("error"), "exception"), "a refused file is not there");
    }

    @Test
    void theDatasetPreviewShowsWhatTheLoaderLineLoads() {
        Driver d = new Driver(0);
        Obj p = (Obj) Json.parse(d.session.dataset("moons"), "preview");
        d.resolve(p);
        assertEquals(List.of("x0", "x1", "y"), strings(p.get("columns")));
        assertEquals(List.of("200", "binary", "x0", "x1"), List.of(String.valueOf((int) num(p, "total")),
                str(p, "task"), str(p, "xLabel"), str(p, "yLabel")));
        assertEquals(5, ((Arr) p.get("rows")).items().size());
        assertEquals(400, d.array(p.get("points")).length);
        // the table shows the rows as pandas prints them, the plot has the exact numbers
        d.run(RunRequest.all("import pandas as pd\nfrom sklearn.datasets import make_moons\n"
                + "x, y = make_moons(n_samples=200, noise=0.2, random_state=42)\n"
                + "df = pd.DataFrame(x, columns=['x0', 'x1'])\ndf['y'] = y\nprint(df.head())\nprint(x[0, 0])\n"));
        String[] printed = d.text().split("\n");
        List<String> row0 = strings(((Arr) p.get("rows")).items().get(0));
        assertEquals(List.of(printed[1].trim().split(" +")).subList(1, 4), row0);
        assertEquals(printed[6], seqplay.format.PyFloat.repr(d.array(p.get("points"))[0]));

        Obj iris = (Obj) Json.parse(d.session.dataset("iris"), "preview");
        assertEquals(List.of("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)", "y"),
                strings(iris.get("columns")));
        assertEquals(List.of("5.1", "3.5", "1.4", "0.2", "0"), strings(((Arr) iris.get("rows")).items().get(0)));
        assertEquals("multiclass", str(iris, "task"));
        Obj diabetes = (Obj) Json.parse(d.session.dataset("diabetes"), "preview");
        assertEquals(List.of("regression", "age", "y"), List.of(str(diabetes, "task"), str(diabetes, "xLabel"),
                str(diabetes, "yLabel")));
        assertNull(diabetes.get("labels"), "no classes to colour");
        assertEquals("no built-in dataset called mnist", str((Obj) Json.parse(d.session.dataset("mnist"), "x"),
                "error"));
    }

    @Test
    void thePreviewKnowsTheSameLoadersAsThePicker() throws IOException {
        String js = Files.readString(Path.of("webapp/js/datasets.js"));
        Matcher m = Pattern.compile("\\{name: '(\\w+)', module: '[\\w.]+', fn: '(\\w+)',\\s*call: '([^']*)'")
                .matcher(js);
        List<DatasetPreview.Loader> picker = new ArrayList<>();
        while (m.find()) {
            picker.add(new DatasetPreview.Loader(m.group(1), m.group(2), m.group(3)));
        }
        assertEquals(DatasetPreview.LOADERS, picker);
    }

    // ---- lessons -------------------------------------------------------------------------------------------

    @Test
    void aRunWithALessonIsGradedWhenItEnds() throws IOException {
        Lesson lesson = LessonFolder.load(Path.of("lessons/01-linear-regression"));
        String rubric = lesson.rubric().toJson();
        String lessonJson = "{\"id\":\"" + lesson.id() + "\"," + rubric.substring(1);
        Driver d = new Driver(0);
        d.run(RunRequest.all(lesson.solution()).seed(lesson.seed()).lesson(lessonJson));
        Obj r = d.last("lesson-result");
        assertEquals("lesson-result", d.types().get(d.types().size() - 1), "graded last");
        assertEquals("linear-regression", str(r, "lesson"));
        Obj grade = (Obj) r.get("grade");
        assertTrue(((Json.Bool) grade.get("passed")).value(), grade.toString());
        d.run(RunRequest.all(lesson.starter()).seed(lesson.seed()).lesson(lessonJson));
        assertFalse(((Json.Bool) ((Obj) d.last("lesson-result").get("grade")).get("passed")).value(),
                "the starter does not meet the goals yet");
        d.run(RunRequest.all("print(1)\n").lesson("{\"id\": \"x\", \"goals\": [\"loss <=\"]}"));
        assertTrue(str(d.last("lesson-result"), "error").startsWith("rubric:"), d.events.toString());
    }

    @Test
    void injectedValuesAreGlobalsOfTheRunWithoutAddingLines() {
        Driver d = new Driver(0);
        d.run(RunRequest.all("print(drawn[1][0] + 1, type(drawn[0][0]).__name__)\nprint(undefined)\n")
                .inject("{\"drawn\": [[1, 2], [3, 4]]}"));
        assertEquals("4 int\n", d.text());
        assertEquals(2, num(d.first("error"), "line"));
    }

    @Test
    void theSeedOfARequestSeedsTheSession() {
        Driver d = new Driver(0);
        String code = "import numpy as np\nprint(np.random.rand())\n";
        d.run(RunRequest.all(code).seed(7));
        String seven = d.text();
        d.run(RunRequest.all(code));
        String byDefault = d.text();
        d.run(RunRequest.all(code).seed(7));
        assertEquals(seven, d.text());
        assertFalse(seven.equals(byDefault), seven);
    }

    @Test
    void numbersCrossToThePageAsTheShortestTextThatReadsBackExactly() {
        double[] values = {0.1, 1.0 / 3, 2.5e-9, 1e22, 0.30000000000000004};
        for (double v : values) {
            assertEquals(v, ((Num) Json.parse(new seqplay.web.Json().value(v).toString(), "n")).value());
        }
        assertArrayEquals(new String[] {"0.1", "1e-09"}, new String[] {new seqplay.web.Json().value(0.1).toString(),
                new seqplay.web.Json().value(1e-9).toString()});
    }
}
