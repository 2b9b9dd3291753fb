package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
import seqplay.cli.SiteServer;
import seqplay.lessons.LessonFolder;
import seqplay.lessons.LessonsBuild;

/**
 * Lessons in the page, driven by the SCRIPTED lesson worker (src/test/resources/site-test/scripted-lesson-worker.js):
 * the real page, glue and lessons.js, with protocol events played back and a made-up grade. These tests prove what
 * the page does with lessons (list, text, starter, per-lesson code, hidden controls, the rubric and seed sent with a
 * run, the grade shown, progress kept, the draw-digit pad, escaping); grading itself is the engine's (EngineIT).
 */
class LessonsPageIT {
    static final String LESSON_WORKER = "window.SEQPLAY_WORKER_URL = '/__test__/scripted-lesson-worker.js';";
    /** Script errors and engine messages, recorded from the page's first moment. */
    static final String RECORD = "window.__errors = []; window.addEventListener('error', function (e) {"
            + " window.__errors.push(String(e.message)); }); window.__engine = [];"
            + " document.addEventListener('DOMContentLoaded', function () { if (window.SP && SP.engine)"
            + " SP.engine.onMessage(function (m) { window.__engine.push(m); }); });";

    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start("en-US,en", LESSON_WORKER, Browser.RUN_EVENTS, RECORD);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshPage() {
        browser.openFresh("index.html");
        browser.waitForEngine();
    }

    private Object js(String script, Object... args) {
        return browser.js(script, args);
    }

    private String editorCode() {
        return (String) js("return document.getElementById('editor').env.editor.getValue()");
    }

    private void runAllAndWait() {
        js("window.__events = []; window.__engine = [];");
        browser.driver.findElement(By.id("run-all")).click();
        browser.waitFor("return __events.some(function (e) { return e.type === 'run-finished'; })");
    }

    private Map<?, ?> lastRunRequest() {
        return (Map<?, ?>) js("var e = __engine.filter(function (m) { return m.type === 'run-echo'; }).pop();"
                + " return e ? e.request : null");
    }

    private String lessonStarter(String dir) throws Exception {
        return Files.readString(Path.of("lessons", dir, "starter.py"), StandardCharsets.UTF_8);
    }

    private String lessonSolution(String dir) throws Exception {
        return Files.readString(Path.of("lessons", dir, "solution.py"), StandardCharsets.UTF_8);
    }

    private void openFromTheList(String id) {
        browser.driver.findElement(By.id("lessons-open")).click();
        browser.waitFor("return !document.getElementById('lesson-dialog').hidden");
        browser.driver.findElement(By.cssSelector("#lesson-list [data-lesson='" + id + "']")).click();
        browser.waitFor("return document.getElementById('lesson-dialog').hidden");
    }

    @Test
    void theLessonListOpensALessonWithItsTextStarterGoalsAndHiddenControls() throws Exception {
        assertEquals("Lessons 0/8", browser.driver.findElement(By.id("lessons-open")).getText());
        browser.driver.findElement(By.id("lessons-open")).click();
        List<?> items = (List<?>) js("return Array.from(document.querySelectorAll('#lesson-list .sp-lesson-item'))"
                + ".map(function (e) { return (e.querySelector('.sp-lesson-item-title') || e).textContent; })");
        assertEquals(9, items.size(), "free play and eight lessons: " + items);
        assertEquals("Free play (no lesson)", items.get(0));
        assertEquals("4. One of many classes: softmax and one-hot labels", items.get(4));
        browser.driver.findElement(By.cssSelector("#lesson-list [data-lesson='multiclass-softmax']")).click();

        assertEquals("Lesson 4 One of many classes: softmax and one-hot labels",
                browser.driver.findElement(By.id("lesson-title")).getText());
        assertEquals("One of many classes: softmax and one-hot labels",
                js("return document.querySelector('#lesson-body h2').textContent"));
        assertEquals(lessonStarter("04-multiclass-softmax"), editorCode());
        assertEquals(List.of("evaluate.accuracy >= 0.9", "input features: 4", "output units: 3",
                "output activation: softmax", "loss: categorical_crossentropy", "metric: accuracy"),
                js("return Array.from(document.querySelectorAll('#lesson-goals .sp-goal-text'))"
                        + ".map(function (e) { return e.textContent; })"));
        assertEquals(List.of("pending"), js("return Array.from(new Set(Array.from("
                + "document.querySelectorAll('#lesson-goals .sp-goal')).map(function (e) { return e.dataset.status; })))"));
        // "hide": ["examples", "chart-fit"]
        assertFalse(browser.driver.findElement(By.id("example-select")).isDisplayed());
        assertFalse(browser.driver.findElement(By.id("tab-fit")).isDisplayed());
        assertTrue(browser.driver.findElement(By.id("tab-boundary")).isDisplayed());
        assertTrue(browser.driver.findElement(By.id("dataset-open")).isDisplayed());
        // the lesson is remembered across a reload, and ?lesson= opens one directly
        browser.open("index.html");
        browser.waitForEngine();
        assertEquals("multiclass-softmax", js("return SP.lessons.current().id"));
        browser.open("index.html?lesson=hidden-layers");
        browser.waitForEngine();
        assertEquals(lessonStarter("05-hidden-layers"), editorCode());
        assertEquals(List.of(), js("return __errors"));
    }

    @Test
    void eachLessonKeepsTheLearnersOwnCodeAndFreePlayKeepsItsCode() throws Exception {
        js("SP.ui.setCode('print(\"my free play code\")\\n')");
        openFromTheList("linear-regression");
        assertEquals(lessonStarter("01-linear-regression"), editorCode());
        WebElement content = browser.driver.findElement(By.cssSelector("#editor .ace_scroller"));
        content.click();
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys(Keys.END).keyUp(Keys.CONTROL)
                .sendKeys("print('lesson one, my way')").perform();
        browser.waitFor("return (localStorage.getItem('seqplay.lesson.linear-regression.code') || '')"
                + ".indexOf(\"print('lesson one, my way')\") >= 0");
        openFromTheList("feature-scaling");
        assertEquals(lessonStarter("02-feature-scaling"), editorCode());
        openFromTheList("linear-regression");
        assertTrue(editorCode().endsWith("print('lesson one, my way')"), editorCode());
        browser.driver.findElement(By.id("lessons-open")).click();
        browser.driver.findElement(By.cssSelector("#lesson-list .sp-lesson-item:not([data-lesson])")).click();
        assertNull(js("return SP.lessons.current()"));
        assertEquals("print(\"my free play code\")\n", editorCode());
        assertTrue(browser.driver.findElement(By.id("lesson-panel")).getAttribute("hidden") != null);
        // "back to the starter" asks first, then replaces only this lesson's code
        openFromTheList("linear-regression");
        js("window.confirm = function () { return true; }");
        browser.driver.findElement(By.id("lesson-reset")).click();
        assertEquals(lessonStarter("01-linear-regression"), editorCode());
        assertEquals("print(\"my free play code\")\n", js("return localStorage.getItem('seqplay.code')"));
    }

    @Test
    void aRunCarriesTheRubricAndSeedAndAPassingGradeCompletesTheLesson() throws Exception {
        openFromTheList("linear-regression");
        runAllAndWait(); // the starter: 10 epochs, the scripted loss ends at 0.25
        Map<?, ?> request = lastRunRequest();
        assertEquals(42L, request.get("seed"));
        assertEquals(Map.of("id", "linear-regression", "goals", List.of("loss <= 0.06"),
                "checks", List.of(Map.of("inputFeatures", 1L), Map.of("outputUnits", 1L),
                        Map.of("outputActivation", "linear"), Map.of("loss", "mean_squared_error"))),
                request.get("lesson"));
        assertNull(request.get("inject"), "no drawing pad in this lesson");
        browser.waitFor("return document.querySelector('#lesson-goals .sp-goal').dataset.status === 'failed'");
        assertEquals("loss = 0.2500", js("return document.querySelector('#lesson-goals .sp-goal-detail').textContent"));
        assertEquals(Boolean.TRUE, js("return document.getElementById('lesson-complete').hidden"));
        assertNull(js("return localStorage.getItem('seqplay.progress')"));

        // the solution: 100 epochs, loss 1/31; every goal and check passes
        js("window.__liveSeen = false; new MutationObserver(function () {"
                + " if (/now: 0\\.\\d{4}/.test(document.getElementById('lesson-goals').textContent)) __liveSeen = true; })"
                + ".observe(document.getElementById('lesson-panel'), {childList: true, subtree: true});");
        js("SP.ui.setCode(arguments[0])", lessonSolution("01-linear-regression"));
        runAllAndWait();
        browser.waitFor("return !document.getElementById('lesson-complete').hidden");
        assertEquals(Boolean.TRUE, js("return __liveSeen"), "the goal showed the running loss during the fit");
        assertEquals(List.of("passed"), js("return Array.from(new Set(Array.from("
                + "document.querySelectorAll('#lesson-goals .sp-goal')).map(function (e) { return e.dataset.status; })))"));
        assertEquals("loss = 0.0323", js("return document.querySelector('#lesson-goals .sp-goal-detail').textContent"));
        assertTrue(browser.driver.findElement(By.id("lesson-complete")).getText()
                .startsWith("✓ Lesson complete! Every goal is met."));
        assertEquals("status", browser.driver.findElement(By.id("lesson-complete")).getAttribute("role"));
        assertEquals(Boolean.TRUE, js("return JSON.parse(localStorage.getItem('seqplay.progress'))"
                + "['linear-regression'].done"));
        assertEquals(List.of(Map.of("lesson", "linear-regression")), js("return __events.filter(function (e) {"
                + " return e.type === 'lesson-passed'; }).map(function (e) { return e.data; })"));
        assertEquals("Lessons 1/8", browser.driver.findElement(By.id("lessons-open")).getText());
        browser.driver.findElement(By.id("lessons-open")).click();
        assertEquals("✓ done", js("return document.querySelector(\"#lesson-list [data-lesson='linear-regression']"
                + " .sp-lesson-item-state\").textContent"));
        assertEquals("not yet", js("return document.querySelector(\"#lesson-list [data-lesson='feature-scaling']"
                + " .sp-lesson-item-state\").textContent"));
    }

    @Test
    void theDrawDigitPadCountsInkedPixelsPerBlockAndSendsThemWithTheRun() throws Exception {
        openFromTheList("draw-a-digit");
        WebElement pad = browser.driver.findElement(By.id("draw-pad"));
        assertEquals("application", pad.getAttribute("role"));
        // keyboard: the cursor starts at pixel (16, 16); Space inks a pen dot, the 3×3 pixels 15…17
        pad.click();
        js("SP.lessons.pad().clear()");
        pad.sendKeys(" ");
        assertEquals(grid(Map.of("3,3", 1L, "3,4", 2L, "4,3", 2L, "4,4", 4L)), js("return SP.lessons.pad().grid()"));
        // Delete clears; Enter lowers the pen and the arrows then draw
        pad.sendKeys(Keys.DELETE);
        assertEquals(grid(Map.of()), js("return SP.lessons.pad().grid()"));
        pad.sendKeys(Keys.ENTER, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ENTER);
        assertEquals("Pen lifted.", js("return document.getElementById('draw-status').textContent"));
        pad.sendKeys(Keys.ARROW_RIGHT);
        assertEquals("cursor 20, 17", js("return document.getElementById('draw-status').textContent"));
        // a dot at 16 and 17, 18: pixels x 15…19, y 15…17 (the ends are discs of radius 1.5)
        assertEquals(grid(Map.of("3,3", 1L, "3,4", 4L, "4,3", 2L, "4,4", 8L)), js("return SP.lessons.pad().grid()"));

        // a pointer stroke down the centre of pixel column 8, rows 2…29: columns 7, 8, 9 inked on rows 1…30
        js("SP.lessons.pad().clear()");
        js("var c = document.getElementById('draw-pad'), r = c.getBoundingClientRect();"
                + " function at(type, x, y) { c.dispatchEvent(new PointerEvent(type, {bubbles: true, button: 0,"
                + " pointerId: 1, clientX: r.left + x / 32 * r.width, clientY: r.top + y / 32 * r.height})); }"
                + " at('pointerdown', 8.5, 2.5); at('pointermove', 8.5, 15); at('pointermove', 8.5, 29.5);"
                + " at('pointerup', 8.5, 29.5);");
        Map<String, Long> stroke = new LinkedHashMap<>();
        long[] left = {3, 4, 4, 4, 4, 4, 4, 3};
        for (int row = 0; row < 8; row++) {
            stroke.put(row + ",1", left[row]);
            stroke.put(row + ",2", 2 * left[row]);
        }
        assertEquals(grid(stroke), js("return SP.lessons.pad().grid()"));
        assertEquals("8", js("return document.querySelectorAll('#draw-digit .sp-draw-grid td')[2 * 8 + 2].textContent"));

        js("window.__events = []; window.__engine = [];");
        browser.driver.findElement(By.id("draw-predict")).click();
        browser.waitFor("return __events.some(function (e) { return e.type === 'run-finished'; })");
        Map<?, ?> request = lastRunRequest();
        assertEquals(Map.of("drawn", grid(stroke)), request.get("inject"));
        assertEquals(8L, request.get("seed"));
        // a real mouse stroke inks something too
        js("SP.lessons.pad().clear()");
        new Actions(browser.driver).moveToElement(pad, -30, -40).clickAndHold().moveByOffset(0, 40)
                .moveByOffset(20, 30).release().perform();
        assertTrue(Integer.parseInt(pad.getAttribute("data-inked")) > 20, pad.getAttribute("data-inked"));
        assertEquals(List.of(), js("return __errors"));
    }

    /** 8 rows of 8 zeros with the given "row,column" cells set. */
    private static List<List<Long>> grid(Map<String, Long> cells) {
        List<List<Long>> rows = new java.util.ArrayList<>();
        for (int r = 0; r < 8; r++) {
            List<Long> row = new java.util.ArrayList<>();
            for (int c = 0; c < 8; c++) {
                row.add(cells.getOrDefault(r + "," + c, 0L));
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void withTheTallestLessonOpenThePageStillFits1366x768InBothLanguages() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            browser.open("index.html?lang=" + lang + "&lesson=draw-a-digit");
            browser.waitForEngine();
            assertEquals(List.of(1366L, 768L), js("return [document.documentElement.scrollWidth,"
                    + " document.documentElement.scrollHeight]"), lang);
            Map<?, ?> editor = (Map<?, ?>) js("var r = document.getElementById('code-pane').getBoundingClientRect();"
                    + " return {top: r.top, height: r.height}");
            assertTrue(((Number) editor.get("height")).doubleValue() >= 250, lang + ": editor " + editor);
            for (String id : List.of("draw-predict", "draw-clear", "draw-pad")) {
                assertEquals(Boolean.TRUE, js("var e = document.getElementById(arguments[0]), r = e.getBoundingClientRect();"
                        + " return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === e", id),
                        lang + ": " + id + " is not covered");
            }
        }
    }

    @Test
    void noLessonTextScrollsSidewaysAt1366x768() throws Exception {
        browser.open("index.html");
        List<?> ids = (List<?>) js("return self.SEQPLAY_LESSONS.map(function (l) { return l.id; })");
        assertEquals(8, ids.size());
        for (String lang : new String[] {"en", "ko"}) {
            for (Object id : ids) {
                browser.open("index.html?lang=" + lang + "&lesson=" + id);
                browser.waitFor("return document.querySelector('.sp-lesson-body .sp-lesson-text') !== null");
                assertEquals(Boolean.TRUE, js("var b = document.querySelector('.sp-lesson-body');"
                        + " return b.scrollWidth <= b.clientWidth"), lang + " " + id + ": the text scrolls sideways");
            }
        }
    }

    @Test
    void theLessonFollowsTheLanguageAndTheSolutionShowsOnlyWhenAsked() throws Exception {
        openFromTheList("logistic-regression");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("lang-select"))).selectByValue("ko");
        assertEquals("3강 예/아니오 분류: 로지스틱 회귀", browser.driver.findElement(By.id("lesson-title")).getText());
        assertEquals("ko", browser.driver.findElement(By.id("lesson-panel")).getAttribute("lang"));
        assertEquals("수업 0/8", browser.driver.findElement(By.id("lessons-open")).getText());
        assertEquals("입력 특성 수: 30",
                js("return document.querySelectorAll('#lesson-goals .sp-goal-text')[1].textContent"));
        assertEquals(0L, js("return document.querySelectorAll('.sp-solution').length"));
        browser.driver.findElement(By.id("lesson-solution")).click();
        assertEquals(lessonSolution("03-logistic-regression"),
                js("return document.querySelector('.sp-solution').textContent"));
        assertEquals(lessonStarter("03-logistic-regression"), editorCode(), "showing the solution keeps the code");
    }

    @Test
    void aPageAndALessonHideControlsByTheirNamesAndNothingElse() throws Exception {
        browser.open("index.html?hide=run-step,solution,share,not-a-control,console%7Bdisplay:none%7D");
        browser.waitForEngine();
        openFromTheList("optimizers");
        assertEquals("run-step solution share examples mode chart-fit",
                js("return document.documentElement.getAttribute('data-hidden')"));
        assertFalse(browser.driver.findElement(By.id("run-step")).isDisplayed());
        assertFalse(browser.driver.findElement(By.id("share-open")).isDisplayed());
        assertFalse(browser.driver.findElement(By.id("lesson-solution")).isDisplayed());
        assertTrue(browser.driver.findElement(By.id("run-all")).isDisplayed());
        assertTrue(browser.driver.findElement(By.id("console")).isDisplayed());
    }

    @Test
    void markupInALessonsTitleSummaryTextOrGradeNeverRuns() throws Exception {
        Path root = Files.createTempDirectory("seqplay-xss");
        Path dir = Files.createDirectories(root.resolve("lessons/01-xss-probe"));
        String img = "<img src=x onerror=\\\"window.__xss='%s'\\\">";
        Files.writeString(dir.resolve("lesson.json"), "{\n"
                + "  \"id\": \"xss-probe\",\n"
                + "  \"title\": {\"ko\": \"" + img.formatted("title-ko") + "<script>window.__xss='script'</script>\","
                + " \"en\": \"" + img.formatted("title-en") + "\"},\n"
                + "  \"summary\": {\"ko\": \"<svg onload=\\\"window.__xss='svg'\\\">\", \"en\": \""
                + img.formatted("summary") + "\"},\n"
                + "  \"dataset\": null,\n  \"seed\": 1,\n"
                + "  \"goals\": [\"loss <= 0.5\"],\n  \"checks\": [{\"outputUnits\": 1}]\n}\n");
        String md = "## Probe <script>window.__xss='md-script'</script>\n\n"
                + "<img src=x onerror=\"window.__xss='md-img'\"> and <iframe srcdoc=\"<script>parent.__xss='frame'</script>\">"
                + "</iframe>\n\n[click](javascript:window.__xss='link') [data](data:text/html,<script>x</script>)"
                + " <a href=\"javascript:window.__xss='a'\">a</a> &lt;img src=x onerror=alert(1)&gt;\n\n"
                + "```python\n</code></pre><img src=x onerror=\"window.__xss='fence'\">\n```\n";
        Files.writeString(dir.resolve("en.md"), md);
        Files.writeString(dir.resolve("ko.md"), md);
        Files.writeString(dir.resolve("starter.py"), "print('</script><script>window.__xss=\"starter\"</script>')\n");
        Files.writeString(dir.resolve("solution.py"), "print('<img src=x onerror=\"window.__xss=1\">')\n");
        Path out = root.resolve("site-lessons/lessons.js");
        Files.createDirectories(out.getParent());
        Files.writeString(out, LessonsBuild.script(LessonFolder.loadAll(root.resolve("lessons"))));

        Map<String, Path> mounts = new LinkedHashMap<>();
        mounts.put("/", Browser.SITE);
        mounts.put("/lessons/", out.getParent());
        mounts.put("/__test__/", Browser.TEST_RESOURCES);
        mounts.put("/__glue__/", Path.of("webapp/engine"));
        try (SiteServer probe = SiteServer.start(mounts, 0)) {
            browser.driver.get(probe.url() + "index.html?lesson=xss-probe");
            browser.waitForEngine();
            js("window.alert = window.confirm = window.prompt = function () { window.__xss = 'dialog'; };");
            assertEquals("xss-probe", js("return SP.lessons.current().id"));
            assertEquals("<img src=x onerror=\"window.__xss='title-en'\">",
                    js("return document.querySelector('#lesson-title .sp-lesson-name').textContent"));
            browser.driver.findElement(By.id("lessons-open")).click();
            assertEquals("<img src=x onerror=\"window.__xss='summary'\">", js("return document.querySelector("
                    + "\"#lesson-list [data-lesson='xss-probe'] .sp-lesson-item-summary\").textContent"));
            browser.driver.findElement(By.id("lesson-dialog-close")).click();
            browser.driver.findElement(By.id("lesson-solution")).click();
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("lang-select")))
                    .selectByValue("ko");
            runAllAndWait();
            browser.waitFor("return document.querySelectorAll('#lesson-goals .sp-goal')[1].dataset.status === 'passed'");
            assertEquals("<img src=x onerror=\"window.__xss='grade-ko'\">{\"outputUnits\":1}",
                    js("return document.querySelectorAll('#lesson-goals .sp-goal-text')[1].textContent"));
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("lang-select")))
                    .selectByValue("en");
            Thread.sleep(300); // an image error handler would have fired by now
            assertNull(js("return window.__xss === undefined ? null : window.__xss"));
            // the panel holds only the renderer's tags, and no link leaves for javascript: or data:
            assertEquals(List.of(), js("return Array.from(document.querySelectorAll('#lesson-panel *, #lesson-dialog *'))"
                    + ".filter(function (e) { return /^(SCRIPT|IMG|IFRAME|SVG|OBJECT|EMBED|STYLE)$/i.test(e.tagName)"
                    + " || Array.from(e.attributes).some(function (a) { return /^on/i.test(a.name); }); })"
                    + ".map(function (e) { return e.outerHTML; })"));
            assertEquals(List.of(), js("return Array.from(document.querySelectorAll('#lesson-panel a'))"
                    + ".map(function (a) { return a.getAttribute('href'); })"
                    + ".filter(function (h) { return !/^https?:|^[^:]*$/.test(h); })"));
            assertTrue(((String) js("return document.getElementById('lesson-body').textContent"))
                    .contains("<img src=x onerror=\"window.__xss='md-img'\">"), "raw HTML shows as text");
            assertEquals(List.of(), js("return __errors"));
        }
    }
}
