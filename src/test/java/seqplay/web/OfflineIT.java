package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import seqplay.cli.SiteServer;
import seqplay.testing.ExternalPrograms;

/**
 * Offline use: target/seqplay-offline.html is one self-contained file that runs a lesson from file:// with every
 * host name unresolvable, and speaks the embedding contract; the hosted site's service worker keeps it working
 * over http after the server is gone. Both need the TeaVM-built engine (skipped with -DskipTeavm).
 */
class OfflineIT {
    static final Path OFFLINE = Path.of("target/seqplay-offline.html");

    private static void needEngine() {
        assumeTrue(System.getProperty("skipTeavm") == null, "TeaVM compile skipped (-DskipTeavm)");
        assertTrue(Files.isRegularFile(OFFLINE), "mvn package did not write " + OFFLINE);
    }

    /** Chromium with NO host name resolvable (not even 127.0.0.1 is mapped: nothing but file:// can load). */
    private static ChromeDriver offlineChromium(Path profile, Path netLog) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ExternalPrograms.CHROMIUM.toString());
        List<String> flags = new ArrayList<>(ExternalPrograms.chromiumFlags(profile));
        flags.removeIf(f -> f.startsWith("--host-resolver-rules="));
        flags.add("--host-resolver-rules=MAP * ~NOTFOUND");
        flags.add("--window-size=1366,768");
        flags.add("--log-net-log=" + netLog);
        flags.add("--allow-file-access-from-files"); // only so that the host test page may frame the file
        options.addArguments(flags);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", Browser.RUN_EVENTS));
        return driver;
    }

    /** A figure's canvas in the console with ink on it (more than its white background). */
    static final String FIGURE_DRAWN = "var c = document.querySelector('#console .sp-figure canvas');"
            + " if (!c || !c.width) return false; var p = c.getContext('2d').getImageData(0, 0, c.width, c.height).data,"
            + " ink = 0; for (var i = 0; i < p.length; i += 4) if (p[i] < 200 || p[i + 2] < 200) ink++; return ink > 200;";

    private static Object waitFor(ChromeDriver d, String script, int seconds) {
        return new WebDriverWait(d, Duration.ofSeconds(seconds), Duration.ofMillis(50))
                .withMessage(() -> "timed out waiting for: " + script)
                .until(x -> {
                    Object v = ((JavascriptExecutor) x).executeScript(script);
                    return v == null || Boolean.FALSE.equals(v) ? null : v;
                });
    }

    @Test
    void theOfflineFileIsOneFileOfAtMostFiveMegabytesThatLoadsNothingElse() throws Exception {
        needEngine();
        long size = Files.size(OFFLINE);
        assertTrue(size <= 5L * 1024 * 1024, size + " bytes");
        String html = Files.readString(OFFLINE, StandardCharsets.UTF_8);
        String head = html.substring(0, html.indexOf("<script>"));
        assertFalse(head.contains("<link"), "a stylesheet left as a link");
        assertEquals(0, html.split("<script src=", -1).length - 1, "a script left as a file");
        for (String inlined : List.of("/* css/playground.css */", "/* vendor/ace/ace.js */", "/* lessons/lessons.js */",
                "/* engine/embedded-wasm.js */", "/* engine/embedded-js.js */", "/* js/app.js */")) {
            assertTrue(html.contains(inlined), inlined);
        }
        System.out.printf("MEASURE seqplay-offline.html %d bytes (%.2f MB)%n", size, size / 1048576.0);
    }

    @Test
    void theOfflineFileRunsALessonFromFileWithTheNetworkBlocked() throws Exception {
        needEngine();
        Path dir = Files.createTempDirectory("seqplay-offline");
        Path file = Files.copy(OFFLINE, dir.resolve("seqplay-offline.html"));  // alone: no site beside it
        Path profile = Files.createTempDirectory("seqplay-chromium");
        Path netLog = profile.resolve("netlog.json");
        String solution = Files.readString(Path.of("lessons/01-linear-regression/solution.py"), StandardCharsets.UTF_8);
        ChromeDriver d = offlineChromium(profile, netLog);
        try {
            d.get(file.toUri() + "?lesson=linear-regression&lang=en");
            waitFor(d, "return window.SP && SP.state.engine && !document.getElementById('run-all').disabled", 60);
            assertEquals("linear-regression", d.executeScript("return SP.lessons.current().id"));
            assertEquals("One neuron finds a line", d.executeScript("return document.querySelector('#lesson-body h2').textContent"));
            d.executeScript("SP.ui.setCode(arguments[0])", solution);
            d.findElement(By.id("run-all")).click();
            waitFor(d, "return __events.some(function (e) { return e.type === 'run-finished'; })", 120);
            assertEquals(Boolean.TRUE, d.executeScript("return __events.filter(function (e) {"
                    + " return e.type === 'run-finished'; })[0].data.ok"), (String) d.executeScript(
                    "return document.getElementById('console').innerText"));
            waitFor(d, "return !document.getElementById('lesson-complete').hidden", 10);
            assertEquals(List.of(Map.of("lesson", "linear-regression")), d.executeScript("return __events.filter("
                    + "function (e) { return e.type === 'lesson-passed'; }).map(function (e) { return e.data; })"));
            assertEquals(Boolean.TRUE, d.executeScript("return JSON.parse(localStorage.getItem('seqplay.progress'))"
                    + "['linear-regression'].done"));
            // a matplotlib figure draws from the file too (figures.js travels with the other scripts)
            d.executeScript("__events.length = 0; SP.ui.setCode(arguments[0])", "import matplotlib.pyplot as plt\n"
                    + "fig, ax = plt.subplots()\nax.plot([3, 1, 2], label='y')\nax.legend()\nplt.show()\n");
            d.findElement(By.id("run-all")).click();
            waitFor(d, "return __events.some(function (e) { return e.type === 'run-finished'; })", 60);
            waitFor(d, FIGURE_DRAWN, 10);
            assertEquals("Figure; line \"y\" (3 points)", d.executeScript("return document.querySelector("
                    + "'#console .sp-figure figcaption').textContent"));
        } finally {
            d.quit(); // completes the net log
        }
        // The page asked for nothing over the network (file:// and blob: loads do not even reach the network
        // stack), and of what Chromium itself tried (update and time services), no request got a response.
        List<String> urls = Browser.pageRequests(netLog);
        List<String> outside = urls.stream().filter(u -> !u.startsWith("file:") && !u.startsWith("blob:")
                && !u.startsWith("data:")).collect(Collectors.toList());
        assertEquals(List.of(), outside);
        String log = Files.readString(netLog);
        java.util.regex.Matcher type = java.util.regex.Pattern.compile("\"HTTP_TRANSACTION_READ_RESPONSE_HEADERS\":(\\d+)")
                .matcher(log);
        assertTrue(type.find(), "net log constants");
        assertFalse(java.util.regex.Pattern.compile("\"type\":" + type.group(1) + "[,}]").matcher(log).find(),
                "an HTTP response arrived");
        assertTrue(log.contains("ERR_NAME_NOT_RESOLVED") || log.contains("\"net_error\":-105"),
                "Chromium's own requests failed to resolve");
    }

    @Test
    void theOfflineFileSpeaksTheEmbeddingContractInAFrame() throws Exception {
        needEngine();
        Path dir = Files.createTempDirectory("seqplay-offline");
        Files.copy(OFFLINE, dir.resolve("seqplay-offline.html"));
        Files.writeString(dir.resolve("host.html"), "<!doctype html><meta charset=utf-8><title>host</title>"
                + "<iframe id=p src=\"seqplay-offline.html?embed=1&lang=en\" style=\"width:900px;height:600px\"></iframe>"
                + "<script>window.received = []; var f = document.getElementById('p');"
                + " addEventListener('message', function (e) { if (e.source === f.contentWindow) received.push(e.data); });"
                + "</script>", StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory("seqplay-chromium");
        ChromeDriver d = offlineChromium(profile, profile.resolve("netlog.json"));
        try {
            d.get(dir.resolve("host.html").toUri().toString());
            waitFor(d, "return received.some(function (m) { return m.type === 'seqplay:ready'; })", 60);
            d.executeScript("var w = document.getElementById('p').contentWindow;"
                    + " w.postMessage({type: 'seqplay:set-code', code: arguments[0]}, '*');"
                    + " w.postMessage({type: 'seqplay:run'}, '*');", EmbedLessonCode.CODE);
            waitFor(d, "return received.some(function (m) { return m.type === 'seqplay:run-finished'; })", 120);
            Map<?, ?> finished = (Map<?, ?>) d.executeScript("return received.filter(function (m) {"
                    + " return m.type === 'seqplay:run-finished'; })[0]");
            assertEquals(Boolean.TRUE, finished.get("ok"), finished.toString());
            assertEquals(EmbedLessonCode.epochs(), ((List<?>) ((Map<?, ?>) finished.get("history")).get("loss")).size());
            assertEquals((long) EmbedLessonCode.epochs(), d.executeScript("return received.filter(function (m) {"
                    + " return m.type === 'seqplay:epoch'; }).length"));
        } finally {
            d.quit();
        }
    }

    @Test
    void theHostedSiteKeepsWorkingOfflineAfterTheFirstVisit() throws Exception {
        needEngine();
        Map<String, Path> mounts = new LinkedHashMap<>();
        mounts.put("/", Browser.SITE);
        SiteServer server = SiteServer.start(mounts, 0);
        String url = server.url();
        String sw = Files.readString(Browser.SITE.resolve("sw.js"), StandardCharsets.UTF_8);
        String version = sw.replaceAll("(?s).*var VERSION = '([0-9a-f]{16})';.*", "$1");
        assertEquals(16, version.length(), "the build stamped sw.js");
        try (Browser b = Browser.start("en-US,en", Browser.RUN_EVENTS)) {
            b.driver.get(url + "index.html");
            b.waitForEngine();
            // installed (every file cached), active and controlling the page
            b.waitFor("return navigator.serviceWorker.controller !== null", Duration.ofSeconds(60));
            assertEquals(List.of("seqplay-" + version), b.driver.executeAsyncScript(
                    "var done = arguments[arguments.length - 1]; caches.keys().then(done)"));
            long cached = (Long) b.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + " caches.open('seqplay-" + version + "').then(function (c) { return c.keys(); })"
                    + ".then(function (k) { done(k.length); })");
            assertTrue(cached > 30, cached + " files cached");
            server.close();
            assertTrue(failsToConnect(url), "the server is gone");

            b.driver.get(url + "index.html?lesson=linear-regression");
            b.waitForEngine();
            assertEquals("One neuron finds a line",
                    b.js("return document.querySelector('#lesson-body h2').textContent"));
            b.js("SP.ui.setCode(arguments[0])",
                    Files.readString(Path.of("lessons/01-linear-regression/solution.py"), StandardCharsets.UTF_8));
            b.driver.findElement(By.id("run-all")).click();
            b.waitFor("return __events.some(function (e) { return e.type === 'lesson-passed'; })", Duration.ofSeconds(120));
        } finally {
            server.close();
        }
    }

    private static boolean failsToConnect(String url) {
        try {
            new java.net.URL(url).openStream().close();
            return false;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    /** A small regression the embedding tests run through the real engine. */
    static final class EmbedLessonCode {
        static final String CODE = "import numpy as np\nfrom tensorflow import keras\n"
                + "x = np.array([[0.0], [1.0], [2.0], [3.0]])\ny = 2 * x + 1\n"
                + "keras.backend.clear_session()\nmodel = keras.models.Sequential()\n"
                + "model.add(keras.layers.Input(shape=(1,)))\nmodel.add(keras.layers.Dense(1))\n"
                + "model.compile(loss='mse', optimizer=keras.optimizers.Adam(learning_rate=0.1))\n"
                + "history = model.fit(x, y, epochs=5)\n";

        static int epochs() {
            return 5;
        }
    }
}
