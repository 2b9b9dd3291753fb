package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import seqplay.lessons.Json;
import seqplay.testing.ExternalPrograms;

/**
 * Share links and exports, with the SCRIPTED lesson worker: a shared link restores code, lesson and seed in a
 * fresh browser and repeats the run (the scripted history depends on the code only; EngineLessonsIT repeats this
 * with the real engine, where the seed matters); the exported notebook is nbformat 4 and its code, joined, runs in
 * the command-line runner (the real interpreter), with the weights cell the worker wrote placed before predict.
 */
class ShareExportIT {
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start("en-US,en", LessonsPageIT.LESSON_WORKER, Browser.RUN_EVENTS, LessonsPageIT.RECORD,
                CAPTURE_DOWNLOADS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Every Blob handed to URL.createObjectURL (what the page downloads), by the page's own code. */
    static final String CAPTURE_DOWNLOADS = "window.__blobs = []; (function () { var orig = URL.createObjectURL;"
            + " URL.createObjectURL = function (b) { if (b instanceof Blob && !/javascript/.test(b.type))"
            + " window.__blobs.push(b); return orig.call(URL, b); }; })();";

    static String runAndWait(Browser b) {
        b.js("window.__events = []; window.__engine = [];");
        b.driver.findElement(By.id("run-all")).click();
        b.waitFor("return __events.some(function (e) { return e.type === 'run-finished'; })");
        return (String) b.js("var h = __events.filter(function (e) { return e.type === 'run-finished'; })[0].data.history;"
                + " return JSON.stringify(Object.keys(h).sort().map(function (k) { return [k, Array.from(h[k])]; }))");
    }

    /** The text of the n-th downloaded file. */
    static String download(Browser b, int index) {
        return (String) b.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " __blobs[" + index + "].text().then(done)");
    }

    private static final String MOONS = "from sklearn.datasets import make_moons\nfrom tensorflow import keras\n"
            + "x, y = make_moons(n_samples=100, noise=0.2, random_state=0)\n"
            + "keras.backend.clear_session()\nmodel = keras.models.Sequential()\n"
            + "model.add(keras.layers.Input(shape=(2,)))\nmodel.add(keras.layers.Dense(8, activation='relu'))\n"
            + "model.add(keras.layers.Dense(1, activation='sigmoid'))\n"
            + "model.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])\n"
            + "history = model.fit(x, y, epochs=6)\n";

    @Test
    void aSharedLinkRestoresCodeLessonSeedAndTheSameRunWithoutTouchingSavedCode() throws Exception {
        browser.openFresh("index.html?lesson=hidden-layers");
        browser.waitForEngine();
        String starter = (String) browser.js("return SP.state.code");
        browser.js("SP.ui.setCode(arguments[0])", MOONS);
        browser.waitFor("return localStorage.getItem('seqplay.lesson.hidden-layers.code') === SP.state.code");
        String history = runAndWait(browser);
        browser.driver.findElement(By.id("share-open")).click();
        browser.waitFor("return !document.getElementById('share-dialog').hidden && document.getElementById('share-url').value");
        String url = (String) browser.js("return document.getElementById('share-url').value");
        assertTrue(url.startsWith(browser.server.url() + "index.html#s=1"), url);
        assertTrue(url.length() < 900, "compressed: " + url.length() + " characters for " + MOONS.length());
        Map<?, ?> payload = (Map<?, ?>) browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " SP.share.decode(arguments[0]).then(done)", url.substring(url.indexOf("#s=") + 3));
        assertEquals(MOONS, payload.get("code"));
        assertEquals("hidden-layers", payload.get("lesson"));
        assertEquals("moons", payload.get("dataset"));
        assertEquals(Boolean.TRUE, payload.get("run"));
        long seed = (Long) payload.get("seed");
        assertEquals(seed, ((Map<?, ?>) browser.js("return __engine.filter(function (m) { return m.type === 'run-echo'; })"
                + "[0].request")).get("seed"));

        // a fresh browser: same code, lesson and seed, and the run repeats by itself
        try (Browser other = Browser.start("en-US,en", LessonsPageIT.LESSON_WORKER, Browser.RUN_EVENTS,
                LessonsPageIT.RECORD)) {
            other.driver.get(url);
            other.waitFor("return __events.some(function (e) { return e.type === 'run-finished'; })");
            assertEquals(MOONS, other.js("return SP.state.code"));
            assertEquals("hidden-layers", other.js("return SP.lessons.current().id"));
            Map<?, ?> request = (Map<?, ?>) other.js("return __engine.filter(function (m) { return m.type === 'run-echo'; })"
                    + "[0].request");
            assertEquals(seed, request.get("seed"));
            assertEquals("hidden-layers", ((Map<?, ?>) request.get("lesson")).get("id"));
            String again = (String) other.js("var h = __events.filter(function (e) { return e.type === 'run-finished'; })[0]"
                    + ".data.history; return JSON.stringify(Object.keys(h).sort().map(function (k) {"
                    + " return [k, Array.from(h[k])]; }))");
            assertEquals(history, again);
            assertEquals("", other.js("return location.hash"));
            assertEquals(List.of(), other.js("return __errors"));
        }

        // in the sharer's own browser the link shows the shared code, but the lesson's saved code stays
        browser.js("SP.ui.setCode(arguments[0]); SP.store.flush()", starter + "# mine\n");
        browser.driver.get(url.replace("#", "?lang=en#"));
        browser.waitFor("return window.SP && SP.lessons && SP.lessons.isShared()");
        assertEquals(MOONS, browser.js("return SP.state.code"));
        assertEquals(starter + "# mine\n", browser.js("return localStorage.getItem('seqplay.lesson.hidden-layers.code')"));
        // a reload keeps showing the shared code; opening the lesson from the list brings the learner's back
        browser.open("index.html");
        browser.waitForEngine();
        assertEquals(MOONS, browser.js("return SP.state.code"));
        assertEquals(Boolean.TRUE, browser.js("return SP.lessons.isShared()"));
        browser.driver.findElement(By.id("lessons-open")).click();
        browser.driver.findElement(By.cssSelector("#lesson-list [data-lesson='hidden-layers']")).click();
        assertEquals(starter + "# mine\n", browser.js("return SP.state.code"));
    }

    @Test
    void aBrokenLinkIsReportedAndChangesNothing() throws Exception {
        browser.openFresh("index.html");
        browser.waitForEngine();
        String code = (String) browser.js("return SP.state.code");
        browser.driver.get(browser.server.url() + "index.html?x=1#s=1AAAA-not-deflate");
        browser.waitFor("return document.getElementById('console').textContent.indexOf('could not be read') >= 0");
        assertEquals(code, browser.js("return SP.state.code"));
        assertEquals(Boolean.FALSE, browser.js("return SP.lessons.isShared()"));
    }

    private static final String LINE = "import numpy as np\nfrom tensorflow import keras\n\n"
            + "x = np.array([[0.0], [1.0], [2.0], [3.0]])\ny = 2 * x + 1\n\n"
            + "keras.backend.clear_session()\nmodel = keras.models.Sequential()\n"
            + "model.add(keras.layers.Input(shape=(1,)))\nmodel.add(keras.layers.Dense(1))\n"
            + "model.compile(loss='mse', optimizer=keras.optimizers.Adam(learning_rate=0.1))\n"
            + "model.summary()\nhistory = model.fit(x, y, epochs=3)\n"
            + "print(model.predict(np.array([[1.0]])))\n";

    @Test
    void theNotebookIsNbformat4AndItsJoinedCodeRunsInTheCommandLineRunnerWithTheWeights() throws Exception {
        browser.openFresh("index.html");
        browser.waitForEngine();
        browser.js("SP.ui.setCode(arguments[0])", LINE);
        runAndWait(browser);
        browser.js("window.__blobs = []");
        browser.driver.findElement(By.id("export-open")).click();
        browser.driver.findElement(By.id("export-py")).click();
        browser.driver.findElement(By.id("export-open")).click();
        browser.driver.findElement(By.id("export-ipynb")).click();
        browser.waitFor("return __blobs.length === 2");
        String py = download(browser, 0);
        String ipynb = download(browser, 1);
        assertEquals("# Exported from Sequential Playground; runs unchanged in Colab.\n\n" + LINE, py);

        Json.Obj nb = assertInstanceOf(Json.Obj.class, Json.parse(ipynb, "export.ipynb"));
        assertEquals(Set.of("cells", "metadata", "nbformat", "nbformat_minor"), nb.members().keySet());
        assertEquals(4.0, ((Json.Num) nb.get("nbformat")).value());
        assertTrue(((Json.Num) nb.get("nbformat_minor")).isIntegerLiteral());
        assertEquals(5.0, ((Json.Num) nb.get("nbformat_minor")).value());
        Json.Obj kernel = (Json.Obj) ((Json.Obj) nb.get("metadata")).get("kernelspec");
        assertEquals("python3", ((Json.Str) kernel.get("name")).value());
        assertEquals("Python 3", ((Json.Str) kernel.get("display_name")).value());
        assertEquals("python", ((Json.Str) kernel.get("language")).value());
        List<String> kinds = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (Json.Value v : ((Json.Arr) nb.get("cells")).items()) {
            Json.Obj cell = assertInstanceOf(Json.Obj.class, v);
            String type = ((Json.Str) cell.get("cell_type")).value();
            kinds.add(type);
            String id = ((Json.Str) cell.get("id")).value();
            assertTrue(id.matches("[a-zA-Z0-9_-]{1,64}"), id);
            ids.add(id);
            assertInstanceOf(Json.Obj.class, cell.get("metadata"));
            StringBuilder source = new StringBuilder();
            for (Json.Value line : ((Json.Arr) cell.get("source")).items()) {
                source.append(((Json.Str) line).value());
            }
            if (type.equals("code")) {
                assertEquals(Set.of("cell_type", "execution_count", "id", "metadata", "outputs", "source"),
                        cell.members().keySet());
                assertInstanceOf(Json.Null.class, cell.get("execution_count"));
                assertEquals(List.of(), ((Json.Arr) cell.get("outputs")).items());
                joined.append(source).append('\n');
            } else {
                assertEquals("markdown", type);
                assertEquals(Set.of("cell_type", "id", "metadata", "source"), cell.members().keySet());
            }
        }
        assertEquals(List.of("title", "step-0", "step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "weights",
                "step-7"), ids);
        assertEquals(ids.size(), Set.copyOf(ids).size(), "cell ids are unique");
        assertTrue(joined.toString().contains("# 6 Fit\nhistory = model.fit(x, y, epochs=3)\n"
                + "# The weights the playground trained: after this cell the predictions below match the playground's.\n"
                + "import numpy as np\nmodel.set_weights([\n    np.array([[0.5]]),\n    np.array([0.25]),\n])\n"),
                joined.toString());

        // the notebook's code, joined, runs in the real interpreter; predict uses the exported weights: 0.5 x + 0.25
        Path dir = Files.createTempDirectory("seqplay-export");
        Path file = dir.resolve("notebook.py");
        Files.writeString(file, joined.toString(), StandardCharsets.UTF_8);
        String out = ExternalPrograms.run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/seqplay.jar", "run", file.toString(), "--seed", "5"), 120);
        assertTrue(out.endsWith("\n[[0.75]]\n"), out);
        Path plain = dir.resolve("export.py");
        Files.writeString(plain, py, StandardCharsets.UTF_8);
        String trained = ExternalPrograms.run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/seqplay.jar", "run", plain.toString(), "--seed", "5"), 120);
        assertNotEquals(out.substring(out.lastIndexOf("\n[[")), trained.substring(trained.lastIndexOf("\n[[")),
                "without the weights cell the model predicts what its own training gives");
    }

    @Test
    void theDrawADigitExportDefinesTheDrawingSoItRunsOutsideThePlayground() throws Exception {
        browser.openFresh("index.html?lesson=draw-a-digit");
        browser.waitForEngine();
        browser.driver.findElement(By.id("draw-pad")).click();
        browser.js("SP.lessons.pad().clear()");
        browser.driver.findElement(By.id("draw-pad")).sendKeys(" ");
        browser.js("window.__blobs = []");
        browser.driver.findElement(By.id("export-open")).click();
        browser.driver.findElement(By.id("export-py")).click();
        browser.waitFor("return __blobs.length === 1");
        String py = download(browser, 0);
        String starter = Files.readString(Path.of("lessons/08-draw-a-digit/starter.py"), StandardCharsets.UTF_8);
        String drawn = "# The digit drawn in the playground (8×8, 0-16)\ndrawn = [\n"
                + "    [0, 0, 0, 0, 0, 0, 0, 0],\n    [0, 0, 0, 0, 0, 0, 0, 0],\n    [0, 0, 0, 0, 0, 0, 0, 0],\n"
                + "    [0, 0, 0, 1, 2, 0, 0, 0],\n    [0, 0, 0, 2, 4, 0, 0, 0],\n    [0, 0, 0, 0, 0, 0, 0, 0],\n"
                + "    [0, 0, 0, 0, 0, 0, 0, 0],\n    [0, 0, 0, 0, 0, 0, 0, 0],\n]\n";
        assertEquals("# Exported from Sequential Playground; runs unchanged in Colab.\n"
                + "# Lesson 8: Handwritten digits: draw one and let the model guess\n" + drawn + "\n" + starter, py);
        Path file = Files.createTempDirectory("seqplay-export").resolve("digit.py");
        Files.writeString(file, py, StandardCharsets.UTF_8);
        String out = ExternalPrograms.run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/seqplay.jar", "run", file.toString(), "--seed", "8"), 300);
        assertTrue(out.contains("\nYou drew a "), out);
        assertNull(browser.js("return __errors.length ? __errors : null"));
    }
}
