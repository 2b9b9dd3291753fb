package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real engine worker (seqplay.web.WorkerMain compiled by TeaVM): it starts as Wasm-GC over http, as JS when
 * forced, and both ways from file:// (embedded sources, Blob workers), and nothing leaves the page's origin.
 */
class EngineIT {
    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(System.getProperty("skipTeavm") == null, "TeaVM compile skipped (-DskipTeavm)");
        assertTrue(Files.isRegularFile(Browser.SITE.resolve("engine/embedded-wasm.js")), "the engine was not built");
        browser = Browser.start("en-US,en", Browser.RUN_EVENTS, Browser.LONG_TASKS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private String engineAt(String url) {
        browser.driver.get(url);
        browser.waitForEngine();
        return (String) browser.js("return SP.state.engine.kind + ' ' + SP.state.engine.version");
    }

    @Test
    void wasmEngineStartsOverHttp() {
        assertEquals("wasm " + WorkerMain.VERSION, engineAt(browser.server.url() + "index.html"));
        assertEquals("wasm", browser.js("return document.getElementById('engine-status').getAttribute('data-engine')"));
    }

    @Test
    void javascriptEngineStartsWhenForced() {
        assertEquals("js " + WorkerMain.VERSION, engineAt(browser.server.url() + "index.html?engine=js"));
    }

    @Test
    void wasmEngineStartsFromAFileUrl() {
        String file = Browser.SITE.toAbsolutePath().toUri() + "index.html";
        assertEquals("wasm " + WorkerMain.VERSION, engineAt(file));
    }

    @Test
    void javascriptEngineStartsFromAFileUrl() {
        String file = Browser.SITE.toAbsolutePath().toUri() + "index.html?engine=js";
        assertEquals("js " + WorkerMain.VERSION, engineAt(file));
    }

    @Test
    void theBundledDatasetsReachThePageAsTheirFilesSay() throws Exception {
        engineAt(browser.server.url() + "index.html");
        java.nio.file.Path dir = java.nio.file.Path.of("src/main/resources/seqplay/datasets");
        for (String name : List.of("digits.csv", "iris.csv", "breast_cancer.csv", "descr/digits.rst")) {
            String text = Files.readString(dir.resolve(name), java.nio.charset.StandardCharsets.UTF_8);
            // digits.csv travels one letter per pixel (Embed); the script rebuilds the very same text
            assertEquals(text, browser.js("return self.SEQPLAY_DATASETS[arguments[0]]", name), name);
        }
    }

    @Test
    void nothingIsRequestedOutsideThePagesOrigin() throws Exception {
        try (Browser own = Browser.start("en-US,en", Browser.RUN_EVENTS)) {
            own.open("index.html");
            own.waitForEngine();
            own.driver.findElement(org.openqa.selenium.By.id("run-all")).click();
            own.waitFor("return __events.some(function (e) { return e.type === 'run-finished'; })");
            own.driver.quit(); // completes the net log
            String origin = own.server.url();
            List<String> urls = Browser.pageRequests(own.netLog);
            assertTrue(urls.contains(origin + "engine/embedded-wasm.js"), urls.toString());
            assertTrue(urls.contains(origin + "datasets/datasets.js"), urls.toString());
            List<String> outside = urls.stream()
                    .filter(u -> !u.startsWith(origin) && !u.startsWith("blob:") && !u.startsWith("data:"))
                    .collect(Collectors.toList());
            assertEquals(List.of(), outside);
        }
    }
}
