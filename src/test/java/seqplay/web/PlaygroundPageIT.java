package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The page's rendering and controls, driven by the SCRIPTED worker (src/test/resources/site-test): the real
 * page and the real worker glue, with protocol events played back instead of training. These tests prove the
 * page shows what the protocol carries; the engine's own runs are tested in EngineIT.
 */
class PlaygroundPageIT {
    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.scripted();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshPage() throws Exception {
        browser.openFresh("index.html");
        browser.waitForEngine();
    }

    private String consoleText() {
        return (String) browser.js("return document.getElementById('console').innerText");
    }

    private void setCode(String code) {
        browser.js("SP.ui.setCode(arguments[0])", code);
    }

    private void runAllAndWait() {
        browser.driver.findElement(By.id("run-all")).click();
        browser.waitFor("return __events.some(function (e) { return e.type === 'run-finished'; })");
    }

    private static final String SEED_MULTICLASS_MARKER = "model.add(keras.layers.Input(shape=(4,)))\n"
            + "model.add(keras.layers.Dense(3, activation='softmax'))\nmodel.fit(x, y, epochs=10)\n";

    private static final String MOONS_200_EPOCHS = "from sklearn.datasets import make_moons\n"
            + "from tensorflow import keras\n"
            + "x, y = make_moons(n_samples=200, noise=0.2, random_state=42)\n"
            + "keras.backend.clear_session()\n"
            + "model = keras.models.Sequential()\n"
            + "model.add(keras.layers.Input(shape=(2,)))\n"
            + "model.add(keras.layers.Dense(8, activation='relu'))\n"
            + "model.add(keras.layers.Dense(1, activation='sigmoid'))\n"
            + "model.compile(loss='binary_crossentropy', metrics=['accuracy'], optimizer='adam')\n"
            + "model.summary()\n"
            + "history = model.fit(x, y, epochs=200)\n";

    @Test
    void scriptedRunShowsTheSummaryTenEpochLinesAndDrawsTheLossChart() throws Exception {
        runAllAndWait();
        String text = consoleText();
        assertTrue(text.contains("Model: \"sequential\""), text);
        assertTrue(text.contains("│ dense (Dense)                        │ (None, 3)                   │              15 │"),
                text);
        for (int e = 1; e <= 10; e++) {
            assertTrue(text.contains("Epoch " + e + "/10\n"), "missing Epoch " + e + "/10 in\n" + text);
        }
        long finalLines = text.lines().filter(l -> l.startsWith("5/5 ━━━━━━━━━━━━━━━━━━━━")).count();
        assertEquals(10, finalLines, text);
        // the summary is also an HTML table
        assertEquals(List.of("dense (Dense)", "(None, 3)", "15"), browser.js(
                "return Array.from(document.querySelectorAll('.sp-summary table tbody td')).map(function (td) {"
                + " return td.textContent; })"));
        // the loss chart was drawn, with 10 epochs in its table alternative
        assertNotEquals(null, browser.js("return document.getElementById('chart-loss').getAttribute('data-drawn')"));
        browser.driver.findElement(By.cssSelector("#panel-history .sp-alt > summary")).click();
        browser.waitFor("return document.querySelectorAll('#alt-history tbody tr').length === 10");
        String aria = (String) browser.js("return document.getElementById('chart-loss').getAttribute('aria-label')");
        assertTrue(aria.startsWith("Loss curve: Epoch 10, "), aria);
        browser.screenshotForDocs("run-multiclass");
    }

    @Test
    void scriptedProgressLineIsReplacedInPlaceAndNeverPiles() throws Exception {
        browser.js("window.__maxLive = 0; new MutationObserver(function () {"
                + " __maxLive = Math.max(__maxLive, document.querySelectorAll('#console .sp-live').length); })"
                + ".observe(document.getElementById('console'), {childList: true, subtree: true});");
        runAllAndWait();
        assertEquals(1L, browser.js("return __maxLive"), "the live line was shown once at a time");
        assertEquals(0L, browser.js("return document.querySelectorAll('#console .sp-live').length"));
        assertFalse(consoleText().contains("1/5 ━"), "an in-epoch progress line stayed in the output");
    }

    @Test
    void scriptedErrorIsUnderlinedAtItsLineAndExplainedOnHover() throws Exception {
        setCode("from tensorflow import keras\nmodel = keras.models.Sequential()\n"
                + "model.add(keras.layers.Input(shape=(4,)))\nmodel.add(keras.layers.Dense(3, activation='relux'))\n");
        runAllAndWait();
        assertTrue(consoleText().contains("ValueError: Could not interpret activation function identifier: relux"));
        // the underline sits on line 4 (row 3), under 'relux'
        Map<?, ?> where = (Map<?, ?>) browser.js("var ed = document.getElementById('editor').env.editor;"
                + " var m = ed.session.getMarkers(true); var k = Object.keys(m).filter(function (i) {"
                + " return m[i].clazz === 'sp-mark-error'; })[0];"
                + " return {row: m[k].range.start.row, start: m[k].range.start.column, end: m[k].range.end.column,"
                + " text: ed.session.getTextRange(m[k].range)}");
        assertEquals(3L, where.get("row"));
        assertEquals("relux", where.get("text"));
        WebElement mark = browser.driver.findElement(By.cssSelector("#editor .sp-mark-error"));
        // move in from elsewhere: a pointer already resting there would send no mousemove
        new Actions(browser.driver).moveToElement(browser.driver.findElement(By.id("console")))
                .moveToElement(mark).perform();
        browser.waitFor("return !document.getElementById('hover-tip').hidden");
        String tip = (String) browser.js("return document.getElementById('hover-tip').innerText");
        assertTrue(tip.contains("Error · line 4"), tip);
        assertTrue(tip.contains("ValueError: Could not interpret activation function identifier: relux"), tip);
        assertTrue(tip.contains("Check the activation name"), tip);
        browser.screenshotForDocs("error-underline");
    }

    @Test
    void scriptedStopEndsAFitWithinTwoHundredMillisecondsWithoutKillingTheWorker() throws Exception {
        setCode(MOONS_200_EPOCHS);
        browser.driver.findElement(By.id("run-all")).click();
        browser.waitFor("return __events.filter(function (e) { return e.type === 'epoch'; }).length >= 3");
        Map<?, ?> r = (Map<?, ?>) browser.js("var t0 = performance.now(); document.getElementById('stop').click();"
                + " return {t0: t0}");
        browser.waitFor("return __events.some(function (e) { return e.type === 'run-finished'; })");
        Map<?, ?> finished = (Map<?, ?>) browser.js("return __events.filter(function (e) {"
                + " return e.type === 'run-finished'; })[0]");
        double elapsed = ((Number) finished.get("time")).doubleValue() - ((Number) r.get("t0")).doubleValue();
        assertTrue(elapsed <= 200, "stop took " + elapsed + " ms");
        assertEquals(Boolean.TRUE, ((Map<?, ?>) finished.get("data")).get("stopped"));
        long epochs = (Long) browser.js("return __events.filter(function (e) { return e.type === 'epoch'; }).length");
        assertTrue(epochs < 200, "the fit ran to the end: " + epochs);
        assertTrue(consoleText().contains("Stopped."));
        assertEquals(Boolean.FALSE, browser.js("return document.getElementById('run-all').disabled"));
    }

    @Test
    void scriptedEngineThatIgnoresStopIsReplacedAndThePageRecovers() throws Exception {
        setCode("# scripted: hang\nprint('never')\n");
        browser.driver.findElement(By.id("run-all")).click();
        browser.waitFor("return document.body.classList.contains('sp-running')");
        browser.driver.findElement(By.id("stop")).click();
        browser.waitFor("return __events.some(function (e) { return e.type === 'run-finished'; })");
        assertEquals(Boolean.TRUE, browser.js("return __events.filter(function (e) {"
                + " return e.type === 'run-finished'; })[0].data.stopped"));
        browser.waitForEngine(); // a fresh worker
        setCode(SEED_MULTICLASS_MARKER);
        browser.js("__events = []");
        runAllAndWait();
        assertTrue(consoleText().contains("Epoch 10/10"));
    }

    @Test
    void scriptedDataFrameIsShownAsATableWithItsPrintedTextOnRequest() throws Exception {
        setCode("import pandas as pd\ndf = pd.read_csv('iris.csv')\nprint(df.head())\n");
        runAllAndWait();
        assertEquals(List.of("", "sepal length (cm)", "target"), browser.js(
                "return Array.from(document.querySelectorAll('#console .sp-frame thead th')).map(function (t) {"
                + " return t.textContent; })"));
        assertEquals(List.of("0", "5.1", "0"), browser.js(
                "return Array.from(document.querySelectorAll('#console .sp-frame tbody tr:first-child > *'))"
                + ".map(function (t) { return t.textContent; })"));
        assertEquals("   sepal length (cm)  target\n0                5.1       0\n1                4.9       0\n",
                browser.js("return document.querySelector('#console .sp-frame details pre').textContent"));
    }

    @Test
    void ctrlEnterInTheEditorRunsEverything() throws Exception {
        browser.driver.findElement(By.cssSelector("#editor .ace_scroller")).click();
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        browser.waitFor("return __events.some(function (e) { return e.type === 'run-finished'; })");
        assertEquals("all", browser.js("return __events.filter(function (e) { return e.type === 'run-started'; })[0]"
                + ".data.mode"));
        assertEquals(Boolean.TRUE, browser.js("return SP.state.code === SP.seeds.multiclass"),
                "Ctrl+Enter must not insert a line");
    }

    @Test
    void typedCodeSurvivesAReload() throws Exception {
        WebElement content = browser.driver.findElement(By.cssSelector("#editor .ace_scroller"));
        content.click();
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys(Keys.END).keyUp(Keys.CONTROL)
                .sendKeys("print('kept after reload')").perform();
        assertTrue(((String) browser.js("return document.getElementById('editor').env.editor.getValue()"))
                .endsWith("print('kept after reload')"), "typing reached the editor");
        browser.waitFor("return (localStorage.getItem('seqplay.code') || '').indexOf(\"print('kept after reload')\") >= 0");
        browser.open("index.html");
        browser.waitForEngine();
        String code = (String) browser.js("return document.getElementById('editor').env.editor.getValue()");
        assertTrue(code.endsWith("print('kept after reload')"), code);
    }

    @Test
    void languageSwitchTranslatesThePageAndIsRemembered() throws Exception {
        assertEquals("Run all", browser.driver.findElement(By.cssSelector("#run-all [data-i18n]")).getText());
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("lang-select")))
                .selectByValue("ko");
        assertEquals("모두 실행", browser.driver.findElement(By.cssSelector("#run-all [data-i18n]")).getText());
        assertEquals("ko", browser.js("return document.documentElement.lang"));
        browser.waitFor("return localStorage.getItem('seqplay.lang') === 'ko'");
        browser.open("index.html");
        assertEquals("모두 실행", browser.driver.findElement(By.cssSelector("#run-all [data-i18n]")).getText());
    }

    @Test
    void sevenStepModeRunsOneStepAtATimeWithItsOutputUnderTheCell() throws Exception {
        browser.driver.findElement(By.id("mode-steps")).click();
        List<?> titles = (List<?>) browser.js("return Array.from(document.querySelectorAll('.sp-cell h3'))"
                + ".map(function (h) { return h.textContent; })");
        assertEquals(List.of("Data", "1 Clear the session", "2 Create the model", "3 Add layers", "4 Compile",
                "5 Summary", "6 Fit", "7 Predict"), titles);
        // each cell's editor numbers its lines as in the whole program
        assertEquals(List.of(1L, 8L, 9L, 10L, 12L, 13L, 14L, 15L), browser.js(
                "return Array.from(document.querySelectorAll('.sp-cell-editor')).map(function (e) {"
                + " return e.env.editor.getOption('firstLineNumber'); })"));
        for (int step = 0; step < 6; step++) { // data … summary
            browser.driver.findElement(By.id("run-step")).click();
            final int k = step;
            browser.waitFor("return document.querySelector('.sp-cell[data-step=\"" + k + "\"]')"
                    + ".getAttribute('data-status') === 'done'");
        }
        String summaryCell = (String) browser.js(
                "return document.querySelector('.sp-cell[data-step=\"5\"] .sp-cell-out').innerText");
        assertTrue(summaryCell.contains("Model: \"sequential\""), summaryCell);
        assertEquals("", browser.js("return document.querySelector('.sp-cell[data-step=\"6\"] .sp-cell-out').innerText"));
        // Shift+Enter in a cell runs the next step: the fit
        browser.driver.findElement(By.cssSelector(".sp-cell[data-step=\"6\"] .ace_scroller")).click();
        new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.ENTER).keyUp(Keys.SHIFT).perform();
        browser.waitFor("return document.querySelector('.sp-cell[data-step=\"6\"]').getAttribute('data-status') === 'done'");
        String fitCell = (String) browser.js(
                "return document.querySelector('.sp-cell[data-step=\"6\"] .sp-cell-out').innerText");
        assertTrue(fitCell.contains("Epoch 10/10"), fitCell);
        assertEquals(Boolean.TRUE, browser.js("return SP.state.code === SP.seeds.multiclass"),
                "Shift+Enter must not have changed the code");
        browser.screenshotForDocs("seven-steps");
    }

    @Test
    void networkDiagramAndCodeLinesPointAtEachOther() throws Exception {
        setCode(MOONS_200_EPOCHS.replace("epochs=200", "epochs=3"));
        runAllAndWait();
        browser.driver.findElement(By.id("tab-network")).click();
        browser.waitFor("return document.getElementById('chart-network').getAttribute('data-drawn')");
        assertEquals("Input 2 → dense 8 relu → dense_1 1 sigmoid",
                browser.js("return document.getElementById('chart-network').getAttribute('aria-label')"));
        // click the second layer's column: its code line (8) is highlighted and gets the cursor
        browser.js("var n = document.getElementById('chart-network'); var r = n.getBoundingClientRect();"
                + " n.dispatchEvent(new MouseEvent('click', {clientX: r.right - 46, clientY: r.top + 12, bubbles: true}))");
        Map<?, ?> hl = (Map<?, ?>) browser.js("var ed = document.getElementById('editor').env.editor;"
                + " var m = ed.session.getMarkers(false); var k = Object.keys(m).filter(function (i) {"
                + " return m[i].clazz === 'sp-mark-layer'; })[0];"
                + " return {row: k ? m[k].range.start.row : -1, cursor: ed.getCursorPosition().row}");
        assertEquals(7L, hl.get("row"));
        assertEquals(7L, hl.get("cursor"));
        // the cursor on the first Dense line highlights that layer in the diagram
        browser.js("document.getElementById('editor').env.editor.gotoLine(7, 0)");
        assertEquals(0L, browser.js("return SP.state.model && SP.state.model.layers[0].line === 7 ? 0 : -1"));
        browser.waitFor("return document.getElementById('chart-network') && true");
        // weights arrived as Float64Arrays and the hover text shows a value
        assertEquals(Boolean.TRUE, browser.js("return SP.state.weights[0].kernel instanceof Float64Array"));
        browser.screenshotForDocs("network");
    }

    @Test
    void binaryRunDrawsTheDecisionBoundaryAndTheConfusionMatrix() throws Exception {
        setCode(MOONS_200_EPOCHS.replace("epochs=200", "epochs=10") + "y_pred = model.predict(x)\n");
        runAllAndWait();
        browser.driver.findElement(By.id("tab-boundary")).click();
        browser.waitFor("return document.getElementById('chart-boundary').getAttribute('data-drawn')");
        browser.screenshotForDocs("boundary");
        browser.driver.findElement(By.id("tab-confusion")).click();
        browser.waitFor("return document.getElementById('chart-confusion').getAttribute('data-drawn')");
        assertEquals(2L, browser.js("return document.querySelectorAll('#alt-confusion tbody tr').length"));
        browser.screenshotForDocs("confusion");
    }

    @Test
    void regressionRunDrawsPointsThePredictionLineAndTheFittedEquation() throws Exception {
        browser.js("document.getElementById('example-select').value = 'regression';"
                + " document.getElementById('example-select').dispatchEvent(new Event('change'))");
        runAllAndWait();
        browser.driver.findElement(By.id("tab-fit")).click();
        browser.waitFor("return document.getElementById('chart-fit').getAttribute('data-drawn')");
        String caption = browser.driver.findElement(By.id("fit-caption")).getText();
        assertTrue(caption.matches("R² = 0\\.9000 · Fitted equation: y = 3\\.0000x \\+ 2\\.0000"), caption);
        browser.screenshotForDocs("regression");
    }

    @Test
    void datasetPickerPreviewsADatasetAndInsertsItsLoaderLine() throws Exception {
        browser.driver.findElement(By.id("dataset-open")).click();
        browser.waitFor("return !document.getElementById('dataset-dialog').hidden");
        browser.driver.findElement(By.xpath("//ul[@id='dataset-list']//button[text()='moons']")).click();
        browser.waitFor("return document.querySelectorAll('#dataset-table tbody tr').length === 3");
        browser.waitFor("return document.getElementById('dataset-scatter').getAttribute('data-drawn')");
        browser.screenshotForDocs("datasets");
        browser.driver.findElement(By.id("dataset-insert")).click();
        String code = (String) browser.js("return SP.state.code");
        assertTrue(code.startsWith("from sklearn.datasets import make_moons\nfrom tensorflow import keras\n"), code);
        assertTrue(code.contains("\nx, y = make_moons(n_samples=200, noise=0.2, random_state=42)\n"), code);
        assertFalse(code.contains("load_iris(return_X_y=True)"), code);
    }

    @Test
    void thePageNeverScrollsSidewaysAt1366x768() throws Exception {
        runAllAndWait();
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth"));
        browser.driver.findElement(By.id("mode-steps")).click();
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth"));
        assertEquals(List.of(1366L, 768L), browser.js("return [window.innerWidth, window.innerHeight]"));
    }

    @Test
    void everyControlHasANameAndCanBeReachedWithTheKeyboard() throws Exception {
        List<?> unnamed = (List<?>) browser.js("return Array.from(document.querySelectorAll('button, select, canvas'))"
                + ".filter(function (e) { return e.offsetParent !== null; })"
                + ".filter(function (e) { return !(e.getAttribute('aria-label') || e.textContent.trim()"
                + " || (e.labels && e.labels.length)); }).map(function (e) { return e.outerHTML.slice(0, 80); })");
        assertEquals(List.of(), unnamed);
        // Tab from the top reaches the run button and the editor
        browser.js("document.activeElement.blur()");
        List<String> reached = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            reached.add((String) browser.js("var a = document.activeElement; return a.id || a.className"));
        }
        assertTrue(reached.contains("run-all"), reached.toString());
        assertTrue(reached.stream().anyMatch(s -> s.contains("ace_scroller ace_keyboard-focus")), reached.toString());
    }

}
