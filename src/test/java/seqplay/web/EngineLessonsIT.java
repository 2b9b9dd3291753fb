package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import seqplay.cli.SiteServer;
import seqplay.data.datasets.ClasspathDatasetSource;
import seqplay.data.pandas.DataFiles;
import seqplay.lang.Context;
import seqplay.lang.ErrorReport;
import seqplay.lang.Execution;
import seqplay.lang.Library;
import seqplay.lang.Output;
import seqplay.lang.Program;
import seqplay.lang.RichEvent;
import seqplay.lessons.RunLog;
import seqplay.testing.ExternalPrograms;

/**
 * Lessons, embedding, sharing and export against the REAL engine (TeaVM Wasm-GC in the worker): the engine grades
 * a lesson run and the page completes the lesson; the drawn digit reaches the program; an embedding host receives
 * the history the JVM computes for the same code and seed, bit for bit; a shared link repeats the exact run in a
 * fresh browser; the exported notebook, run by the command-line runner with another seed, predicts exactly what the
 * playground predicted.
 */
class EngineLessonsIT {
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(System.getProperty("skipTeavm") == null, "TeaVM compile skipped (-DskipTeavm)");
        browser = Browser.start("en-US,en", Browser.RUN_EVENTS, LessonsPageIT.RECORD, ShareExportIT.CAPTURE_DOWNLOADS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static final Duration LONG = Duration.ofSeconds(120);

    private static String lessonFile(String dir, String file) throws Exception {
        return Files.readString(Path.of("lessons", dir, file), StandardCharsets.UTF_8);
    }

    private Object js(String script, Object... args) {
        return browser.js(script, args);
    }

    private void runAndWait() {
        js("window.__events = []; window.__engine = [];");
        browser.driver.findElement(By.id("run-all")).click();
        browser.waitFor("return __events.some(function (e) { return e.type === 'run-finished'; })", LONG);
    }

    /** The history of the program's last fit on the JVM, run as the worker runs it, with the given seed. */
    static Map<String, List<Double>> jvmHistory(String code, long seed) {
        Output quiet = new Output() {
            @Override
            public void write(String text) {
            }

            @Override
            public void writeError(String text) {
            }

            @Override
            public void liveLine(String text) {
            }

            @Override
            public void endLiveLine() {
            }

            @Override
            public void rich(RichEvent event) {
            }
        };
        Context ctx = new Context(quiet, Library.modules(new ClasspathDatasetSource(), new DataFiles())).seed(seed);
        ErrorReport error = Execution.runToEnd(Program.parse(code, "lesson.py"), ctx);
        assertNull(error, () -> error.text());
        return new TreeMap<>(ctx.state(RunLog.class, RunLog::new).lastFit().history());
    }

    /** Numbers from the page (Selenium gives integral values as Long) as doubles. */
    static Map<String, List<Double>> doubles(Object history) {
        Map<String, List<Double>> out = new TreeMap<>();
        ((Map<?, ?>) history).forEach((k, v) -> {
            List<Double> list = new ArrayList<>();
            for (Object x : (List<?>) v) {
                list.add(((Number) x).doubleValue());
            }
            out.put((String) k, list);
        });
        return out;
    }

    @Test
    void theEngineGradesALessonRunAndThePageCompletesTheLesson() throws Exception {
        browser.openFresh("index.html?lesson=multiclass-softmax");
        browser.waitForEngine();
        runAndWait(); // the starter: one sigmoid unit and binary_crossentropy on three classes
        browser.waitFor("return document.querySelector('#lesson-goals .sp-goal').dataset.status === 'failed'");
        assertEquals(Boolean.TRUE, js("return document.getElementById('lesson-complete').hidden"));
        List<?> texts = (List<?>) js("return Array.from(document.querySelectorAll('#lesson-goals .sp-goal-text'))"
                + ".map(function (e) { return e.textContent; })");
        assertTrue(texts.contains("output activation: softmax (now: sigmoid)"), texts.toString());

        js("SP.ui.setCode(arguments[0])", lessonFile("04-multiclass-softmax", "solution.py"));
        runAndWait();
        browser.waitFor("return !document.getElementById('lesson-complete').hidden");
        assertEquals(List.of("passed"), js("return Array.from(new Set(Array.from("
                + "document.querySelectorAll('#lesson-goals .sp-goal')).map(function (e) { return e.dataset.status; })))"));
        String actual = (String) js("return document.querySelector('#lesson-goals .sp-goal-detail').textContent");
        assertTrue(actual.startsWith("evaluate.accuracy = "), actual);
        assertEquals(Boolean.TRUE, js("return JSON.parse(localStorage.getItem('seqplay.progress'))"
                + "['multiclass-softmax'].done"));
        browser.screenshotForDocs("lesson-complete");
    }

    @Test
    void theDrawnDigitReachesTheProgramAsDrawn() throws Exception {
        browser.openFresh("index.html?lesson=draw-a-digit");
        browser.waitForEngine();
        js("SP.ui.setCode(arguments[0])", lessonFile("08-draw-a-digit", "solution.py")
                + "\nprint('drawn sum', sum(sum(r) for r in drawn), 'row 4', drawn[4])\n");
        browser.driver.findElement(By.id("draw-pad")).click();
        js("SP.lessons.pad().clear()");
        browser.driver.findElement(By.id("draw-pad")).sendKeys(" ");
        js("window.__events = [];");
        browser.driver.findElement(By.id("draw-predict")).click();
        browser.waitFor("return __events.some(function (e) { return e.type === 'run-finished'; })", LONG);
        String console = (String) js("return document.getElementById('console').innerText");
        assertTrue(console.contains("drawn sum 9 row 4 [0, 0, 0, 2, 4, 0, 0, 0]"), console);
        assertTrue(console.contains("You drew a "), console);
        browser.waitFor("return !document.getElementById('lesson-complete').hidden");
        // a 7 drawn with the pointer, for the docs' picture
        js("SP.lessons.pad().clear(); var c = document.getElementById('draw-pad'), r = c.getBoundingClientRect();"
                + " function at(type, x, y) { c.dispatchEvent(new PointerEvent(type, {bubbles: true, button: 0,"
                + " pointerId: 1, clientX: r.left + x / 32 * r.width, clientY: r.top + y / 32 * r.height})); }"
                + " at('pointerdown', 7, 6); at('pointermove', 25, 6); at('pointermove', 14, 28); at('pointerup', 14, 28);");
        js("window.__events = [];");
        browser.driver.findElement(By.id("draw-predict")).click();
        browser.waitFor("return __events.some(function (e) { return e.type === 'run-finished'; })", LONG);
        browser.screenshotForDocs("draw-digit");
    }

    @Test
    void anEmbeddingHostReceivesTheHistoryTheJvmComputesForTheSameCodeAndSeed() throws Exception {
        Map<String, Path> mounts = new LinkedHashMap<>();
        mounts.put("/", Browser.SITE);
        try (SiteServer playground = SiteServer.start(mounts, 0)) {
            browser.open("embed-example.html?lesson=linear-regression&playground=" + playground.url() + "embed.html");
            browser.waitFor("return received.some(function (m) { return m.type === 'seqplay:ready'; })", LONG);
            String code = OfflineIT.EmbedLessonCode.CODE;
            js("document.getElementById('code').value = arguments[0]", code);
            browser.driver.findElement(By.id("send-code")).click();
            browser.driver.findElement(By.id("run")).click();
            browser.waitFor("return received.some(function (m) { return m.type === 'seqplay:run-finished'; })", LONG);
            Map<?, ?> finished = (Map<?, ?>) js("return received.filter(function (m) {"
                    + " return m.type === 'seqplay:run-finished'; })[0]");
            assertEquals(Boolean.TRUE, finished.get("ok"));
            Map<String, List<Double>> expected = jvmHistory(code, 42); // the lesson's seed
            assertEquals(expected, doubles(finished.get("history")));
            List<?> epochs = (List<?>) js("return received.filter(function (m) { return m.type === 'seqplay:epoch'; })"
                    + ".map(function (m) { return m.logs.loss; })");
            assertEquals(expected.get("loss"), doubles(Map.of("loss", epochs)).get("loss"));
            assertNotEquals(jvmHistory(code, 43), expected, "the seed matters, so matching it means something");
        }
    }

    @Test
    void aSharedLinkRepeatsTheExactRunInAFreshBrowser() throws Exception {
        browser.openFresh("index.html?lesson=hidden-layers");
        browser.waitForEngine();
        String code = lessonFile("05-hidden-layers", "starter.py");
        runAndWait();
        String history = (String) js("return JSON.stringify(__events.filter(function (e) {"
                + " return e.type === 'run-finished'; })[0].data.history, function (k, v) {"
                + " return v instanceof Float64Array ? Array.from(v) : v; })");
        browser.driver.findElement(By.id("share-open")).click();
        browser.waitFor("return document.getElementById('share-url').value");
        String url = (String) js("return document.getElementById('share-url').value");
        try (Browser other = Browser.start("en-US,en", Browser.RUN_EVENTS)) {
            other.driver.get(url);
            other.waitFor("return __events.some(function (e) { return e.type === 'run-finished'; })", LONG);
            assertEquals(code, other.js("return SP.state.code"));
            assertEquals(history, other.js("return JSON.stringify(__events.filter(function (e) {"
                    + " return e.type === 'run-finished'; })[0].data.history, function (k, v) {"
                    + " return v instanceof Float64Array ? Array.from(v) : v; })"));
        }
    }

    @Test
    void anUploadedCsvIsKeptAcrossReloadsUntilTheLearnerClearsTheirData() throws Exception {
        browser.openFresh("index.html");
        browser.waitForEngine();
        browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " SP.userData.putFile('scores.csv', 'name,score\\nkim,3\\nlee,4\\n').then(done, done)");
        String code = "import pandas as pd\ndf = pd.read_csv('scores.csv')\nprint('total', df['score'].sum())\n";
        browser.open("index.html");
        browser.waitForEngine();
        js("SP.ui.setCode(arguments[0])", code);
        runAndWait();
        assertTrue(((String) js("return document.getElementById('console').innerText")).contains("total 7"),
                (String) js("return document.getElementById('console').innerText"));
        // progress too: then "clear my data" in the lesson list removes everything and reloads
        js("localStorage.setItem('seqplay.progress', '{\"linear-regression\": {\"done\": true}}')");
        browser.driver.findElement(By.id("lessons-open")).click();
        js("window.confirm = function () { return true; }; window.__beforeClear = true;");
        browser.driver.findElement(By.id("clear-data")).click();
        browser.waitFor("return window.__beforeClear === undefined && window.SP && SP.state.engine"
                + " && !document.getElementById('run-all').disabled", LONG);
        assertNull(js("return localStorage.getItem('seqplay.progress')"));
        assertEquals("Lessons 0/8", browser.driver.findElement(By.id("lessons-open")).getText());
        assertEquals(0L, browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " SP.userData.files().then(function (f) { done(f.length); })"));
        js("SP.ui.setCode(arguments[0])", code);
        runAndWait();
        assertTrue(((String) js("return document.getElementById('console').innerText"))
                .contains("FileNotFoundError: [Errno 2] No such file or directory: 'scores.csv'"));
    }

    private static final String PREDICT = "import numpy as np\nfrom tensorflow import keras\n\n"
            + "x = np.array([[i / 60, (i * 7 % 60) / 60] for i in range(60)])\ny = 3 * x[:, 0] - 2 * x[:, 1] + 1\n\n"
            + "keras.backend.clear_session()\nmodel = keras.models.Sequential()\n"
            + "model.add(keras.layers.Input(shape=(2,)))\nmodel.add(keras.layers.Dense(6, activation='tanh'))\n"
            + "model.add(keras.layers.Dense(1))\n"
            + "model.compile(loss='mse', optimizer=keras.optimizers.Adam(learning_rate=0.05))\n"
            + "model.summary()\nhistory = model.fit(x, y, epochs=20, verbose=0)\n"
            + "print('PREDICTED', model.predict(np.array([[0.1, 0.9], [0.5, 0.5], [0.9, 0.2]]), verbose=0).tolist())\n";

    @Test
    void theExportedNotebookPredictsInTheCommandLineRunnerWhatThePlaygroundPredicted() throws Exception {
        browser.openFresh("index.html");
        browser.waitForEngine();
        js("SP.ui.setCode(arguments[0])", PREDICT);
        runAndWait();
        String console = (String) js("return document.getElementById('console').innerText");
        String predicted = console.substring(console.indexOf("PREDICTED"), console.indexOf("\n", console.indexOf("PREDICTED")));
        js("window.__blobs = []");
        browser.driver.findElement(By.id("export-open")).click();
        browser.driver.findElement(By.id("export-ipynb")).click();
        browser.waitFor("return __blobs.length === 1", LONG);
        String ipynb = ShareExportIT.download(browser, 0);
        assertTrue(ipynb.contains("\"id\": \"weights\""), "the engine answered with the trained weights");
        StringBuilder joined = new StringBuilder();
        for (seqplay.lessons.Json.Value cell : ((seqplay.lessons.Json.Arr) ((seqplay.lessons.Json.Obj)
                seqplay.lessons.Json.parse(ipynb, "export.ipynb")).get("cells")).items()) {
            seqplay.lessons.Json.Obj c = (seqplay.lessons.Json.Obj) cell;
            if (((seqplay.lessons.Json.Str) c.get("cell_type")).value().equals("code")) {
                for (seqplay.lessons.Json.Value line : ((seqplay.lessons.Json.Arr) c.get("source")).items()) {
                    joined.append(((seqplay.lessons.Json.Str) line).value());
                }
                joined.append('\n');
            }
        }
        Path file = Files.createTempDirectory("seqplay-export").resolve("notebook.py");
        Files.writeString(file, joined.toString(), StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // another seed: the CLI trains other weights, then the weights cell puts the playground's back
        String out = ExternalPrograms.run(List.of(java, "-jar", "target/seqplay.jar", "run", file.toString(),
                "--seed", "99"), 120);
        assertTrue(out.contains(predicted + "\n"), predicted + "\n---\n" + out);
        Path without = file.resolveSibling("without-weights.py");
        Files.writeString(without, joined.toString().replaceAll("(?s)# The weights.*?\\n\\]\\)\\n", ""),
                StandardCharsets.UTF_8);
        String trained = ExternalPrograms.run(List.of(java, "-jar", "target/seqplay.jar", "run", without.toString(),
                "--seed", "99"), 120);
        assertTrue(trained.contains("PREDICTED ") && !trained.contains(predicted + "\n"), trained);
    }
}
