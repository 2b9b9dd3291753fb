package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The page's controls and the worker glue's mechanics, driven by the SCRIPTED worker (src/test/resources/site-test):
 * the real page and the real glue, with protocol events played back instead of training, for what the real engine
 * cannot be made to do on cue (an engine stuck inside one call, a progress line held for a while). What a real
 * run shows is tested with the real engine in PlaygroundEngineIT.
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
