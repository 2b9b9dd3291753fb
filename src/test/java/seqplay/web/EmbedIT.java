package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import seqplay.cli.SiteServer;

/**
 * The embedding contract (docs/embedding.md) between a host page on one origin and the playground on another:
 * the host (the shipped embed-example.html) drives the playground only with postMessage and gets its events;
 * commands from a foreign origin or from a window other than the parent are ignored; nothing sent runs as script.
 * The playground runs the SCRIPTED worker here, so the history checked is the scripted one (1 / (1 + 0.3 epoch));
 * the real engine's history through the same contract is checked in EngineLessonsIT.
 */
class EmbedIT {
    private static Browser browser;
    /** The playground's own origin, another port than the host's (browser.server). */
    private static SiteServer playground;
    private static SiteServer stranger;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start("en-US,en", LessonsPageIT.LESSON_WORKER, Browser.RUN_EVENTS, LessonsPageIT.RECORD);
        Map<String, java.nio.file.Path> mounts = new LinkedHashMap<>();
        mounts.put("/", Browser.SITE);
        mounts.put("/__test__/", Browser.TEST_RESOURCES);
        mounts.put("/__glue__/", Path.of("webapp/engine"));
        playground = SiteServer.start(mounts, 0);
        stranger = SiteServer.start(mounts, 0);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playground != null) {
            playground.close();
        }
        if (stranger != null) {
            stranger.close();
        }
    }

    private static String origin(SiteServer s) {
        return s.url().replaceAll("/$", "");
    }

    private Object js(String script, Object... args) {
        return browser.js(script, args);
    }

    private List<?> received(String type) {
        return (List<?>) js("var t = arguments[0]; return received.filter(function (m) { return m.type === t; })", type);
    }

    /** Runs a script inside the playground's frame and comes back to the host page. */
    private Object inFrame(String frameId, String script) {
        WebElement frame = browser.driver.findElement(By.id(frameId));
        browser.driver.switchTo().frame(frame);
        try {
            return browser.js(script);
        } finally {
            browser.driver.switchTo().defaultContent();
        }
    }

    private static final String CODE = "import numpy as np\nfrom tensorflow import keras\n"
            + "x = np.array([[0.0, 1.0], [1.0, 0.0]])\ny = np.array([0, 1])\n"
            + "keras.backend.clear_session()\nmodel = keras.models.Sequential()\n"
            + "model.add(keras.layers.Input(shape=(2,)))\n"
            + "model.add(keras.layers.Dense(2, activation='softmax'))\n"
            + "model.compile(loss='sparse_categorical_crossentropy', optimizer='adam', metrics=['accuracy'])\n"
            + "history = model.fit(x, y, epochs=4)\n";

    @Test
    void theExampleHostDrivesAnotherOriginsPlaygroundOnlyThroughPostMessage() throws Exception {
        browser.open("embed-example.html?playground=" + playground.url() + "embed.html");
        browser.waitFor("return received.some(function (m) { return m.type === 'seqplay:ready'; })");
        Map<?, ?> ready = (Map<?, ?>) received("seqplay:ready").get(0);
        assertEquals(Map.of("type", "seqplay:ready", "version", "scripted-test", "protocol", 1L), ready);
        browser.waitFor("return received.some(function (m) { return m.type === 'seqplay:resize' && m.height > 300; })");
        String src = (String) js("return document.getElementById('playground').src");
        assertEquals(playground.url() + "embed.html?lesson=linear-regression&lang=en&origin="
                + java.net.URLEncoder.encode(origin(browser.server), "UTF-8"), src);

        js("document.getElementById('code').value = arguments[0]", CODE);
        browser.driver.findElement(By.id("send-code")).click();
        browser.driver.findElement(By.id("run")).click();
        browser.waitFor("return received.some(function (m) { return m.type === 'seqplay:run-finished'; })");

        assertEquals(1, received("seqplay:run-started").size());
        List<?> epochs = received("seqplay:epoch");
        assertEquals(4, epochs.size());
        List<Double> loss = new ArrayList<>();
        List<Double> accuracy = new ArrayList<>();
        for (int e = 1; e <= 4; e++) {
            Map<?, ?> m = (Map<?, ?>) epochs.get(e - 1);
            assertEquals((long) e, m.get("epoch"));
            assertEquals(4L, m.get("epochs"));
            double l = 1 / (1 + 0.3 * e);
            loss.add(l);
            accuracy.add(1 - l / 2);
            assertEquals(Map.of("loss", l, "accuracy", 1 - l / 2), m.get("logs"));
        }
        assertTrue(received("seqplay:output").stream()
                .anyMatch(m -> "Epoch 1/4\n".equals(((Map<?, ?>) m).get("text"))), received("seqplay:output").toString());
        Map<?, ?> finished = (Map<?, ?>) received("seqplay:run-finished").get(0);
        assertEquals(Boolean.TRUE, finished.get("ok"));
        assertEquals(Map.of("loss", loss, "accuracy", accuracy), finished.get("history"));
        assertFalse(finished.containsKey("error"));
        // the example resized its iframe to the playground's height
        long height = (Long) ((Map<?, ?>) received("seqplay:resize").get(received("seqplay:resize").size() - 1))
                .get("height");
        assertEquals(Math.max(400, height) + "px", js("return document.getElementById('playground').style.height"));
        assertEquals(Math.max(400, height), ((Number) js("return document.getElementById('playground')"
                + ".clientHeight")).longValue());
        // a lesson passed inside the frame is reported too
        browser.driver.findElement(By.id("load-lesson")).click();
        js("document.getElementById('code').value = arguments[0]",
                java.nio.file.Files.readString(java.nio.file.Path.of("lessons/01-linear-regression/solution.py")));
        browser.driver.findElement(By.id("send-code")).click();
        browser.driver.findElement(By.id("run")).click();
        browser.waitFor("return received.some(function (m) { return m.type === 'seqplay:lesson-passed'; })");
        assertEquals(Map.of("type", "seqplay:lesson-passed", "lesson", "linear-regression"),
                received("seqplay:lesson-passed").get(0));
        assertEquals("Lesson \"linear-regression\" passed!", browser.driver.findElement(By.id("passed")).getText());
    }

    /** Replaces the example's iframe by one at the given URL (the example's own listener then ignores it). */
    private void frameAt(String url) {
        // Only the new frame's messages count: the removed frame's ready can still be on its way.
        js("var f = document.getElementById('playground'); f.remove(); var n;"
                + " window.__seen = []; window.addEventListener('message', function (e) {"
                + "   if (e.source === n.contentWindow && e.data && typeof e.data.type === 'string')"
                + "     window.__seen.push(e.origin + ' ' + e.data.type); });"
                + " n = document.createElement('iframe'); n.id = 'playground'; n.src = arguments[0];"
                + " document.body.insertBefore(n, document.body.firstChild);", url);
        browser.driver.switchTo().frame(browser.driver.findElement(By.id("playground")));
        try {
            browser.waitForEngine();
        } finally {
            browser.driver.switchTo().defaultContent();
        }
    }

    @Test
    void withOriginSetCommandsFromAnyOtherOriginAreIgnoredAndNoEventLeaves() throws Exception {
        // the playground accepts only the stranger's origin; the host page is on a third origin
        browser.open("embed-example.html");
        frameAt(playground.url() + "embed.html?origin=" + origin(stranger));
        js("var w = document.getElementById('playground').contentWindow;"
                + " w.postMessage({type: 'seqplay:set-code', code: 'print(1)'}, '*');"
                + " w.postMessage({type: 'seqplay:run'}, '*');");
        Thread.sleep(1000);
        assertEquals(List.of(), js("return __seen"), "events go only to the allowed origin");
        assertEquals(Boolean.FALSE, inFrame("playground", "return SP.state.code === 'print(1)'"));
        assertEquals(0L, inFrame("playground",
                "return __events.filter(function (e) { return e.type === 'run-started'; }).length"));
        // the same page allowed by origin= is obeyed and hears back
        frameAt(playground.url() + "embed.html?origin=" + origin(browser.server));
        browser.waitFor("return __seen.indexOf(arguments[0] + ' seqplay:ready') >= 0 || __seen.join()"
                .replace("arguments[0]", "'" + origin(playground) + "'"));
        assertTrue(((List<?>) js("return __seen")).contains(origin(playground) + " seqplay:ready"));
        js("document.getElementById('playground').contentWindow.postMessage("
                + "{type: 'seqplay:set-code', code: 'print(1)'}, arguments[0])", origin(playground));
        Thread.sleep(300);
        assertEquals(Boolean.TRUE, inFrame("playground", "return SP.state.code === 'print(1)'"));
    }

    @Test
    void withoutOriginOnlyTheParentWindowDrivesThePlayground() throws Exception {
        browser.open("embed-example.html");
        frameAt(playground.url() + "embed.html");
        // events reach the parent although it did not name its origin
        browser.waitFor("return __seen.indexOf('" + origin(playground) + " seqplay:ready') >= 0");
        // a sibling frame of the same page posting to the playground is not its parent
        js("var s = document.createElement('iframe'); s.id = 'sibling';"
                + " s.srcdoc = '<script>window.poke = function () { setTimeout(function () {"
                + " parent.document.getElementById(\"playground\").contentWindow.postMessage("
                + "{type: \"seqplay:set-code\", code: \"print(2)\"}, \"*\"); }); };</script>';"
                + " document.body.appendChild(s);");
        browser.waitFor("var s = document.getElementById('sibling').contentWindow; return s && s.poke");
        js("document.getElementById('sibling').contentWindow.poke()");
        Thread.sleep(500);
        assertEquals(Boolean.FALSE, inFrame("playground", "return SP.state.code === 'print(2)'"));
        // the parent itself is obeyed
        js("document.getElementById('playground').contentWindow.postMessage("
                + "{type: 'seqplay:set-code', code: 'print(3)'}, '*')");
        Thread.sleep(300);
        assertEquals(Boolean.TRUE, inFrame("playground", "return SP.state.code === 'print(3)'"));
    }

    @Test
    void nothingTheHostSendsIsEvaluatedAsScript() throws Exception {
        browser.open("embed-example.html?playground=" + playground.url() + "embed.html");
        browser.waitFor("return received.some(function (m) { return m.type === 'seqplay:ready'; })");
        String payload = "</script><img src=x onerror=\"window.__xss='code'\"><script>window.__xss='script'</script>";
        js("var w = document.getElementById('playground').contentWindow, o = arguments[1];"
                + " [{type: 'seqplay:set-code', code: arguments[0]},"
                + " {type: 'seqplay:load-lesson', lesson: '\"><img src=x onerror=\"window.__xss=1\">'},"
                + " {type: 'seqplay:set-lang', lang: '<img src=x onerror=\"window.__xss=2\">'},"
                + " {type: 'seqplay:eval', code: 'window.__xss = 3'},"
                + " {type: 'seqplay:set-code', code: {toString: 'window.__xss = 4'}},"
                + " 'seqplay:run', null, 42].forEach(function (m) { try { w.postMessage(m, o); } catch (e) {} });",
                payload, origin(playground));
        Thread.sleep(800);
        assertEquals(payload, inFrame("playground", "return document.getElementById('editor').env.editor.getValue()"));
        assertNull(inFrame("playground", "return window.__xss === undefined ? null : window.__xss"));
        assertEquals("en", inFrame("playground", "return document.documentElement.lang"));
        assertEquals("linear-regression", inFrame("playground", "return SP.lessons.current().id"));
        assertEquals(List.of(), inFrame("playground", "return __errors"));
    }

    @Test
    void embedHtmlIsTheCompactPlaygroundWithItsParameters() throws Exception {
        browser.openFresh("embed.html?lesson=feature-scaling&lang=ko&hide=run-step,export");
        browser.waitForEngine();
        assertTrue(((String) js("return location.search")).endsWith("&embed=1"), (String) js("return location.href"));
        assertEquals(Boolean.TRUE, js("return document.documentElement.classList.contains('sp-embed')"));
        assertEquals("feature-scaling", js("return SP.lessons.current().id"));
        assertEquals("ko", js("return document.documentElement.lang"));
        assertFalse(browser.driver.findElement(By.cssSelector(".sp-title")).isDisplayed());
        assertFalse(browser.driver.findElement(By.id("run-step")).isDisplayed());
        assertFalse(browser.driver.findElement(By.id("export-open")).isDisplayed());
        assertFalse(browser.driver.findElement(By.id("lessons-open")).isDisplayed());
        assertTrue(browser.driver.findElement(By.id("run-all")).isDisplayed());
        // code= shows the host's code without saving it over the learner's
        browser.open("embed.html?code=" + java.net.URLEncoder.encode("print('from the host')\n", "UTF-8"));
        browser.waitForEngine();
        assertEquals("print('from the host')\n", js("return SP.state.code"));
        js("SP.ui.setCode('print(2)\\n'); SP.store.flush()");
        assertNull(js("return localStorage.getItem('seqplay.code')"));
    }
}
