package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import seqplay.cli.SiteServer;
import seqplay.testing.ExternalPrograms;

/**
 * Headless Debian Chromium driven by Selenium, for the browser tests (failsafe, {@code *IT}).
 *
 * <p>Never Selenium Manager: the driver and the browser binary are set explicitly. The site is served from
 * {@code target/site} by {@link SiteServer} on 127.0.0.1; {@code /__test__/} serves the test-only resources
 * (the scripted worker). Every request Chromium makes, workers included, is written to a net log, so a test
 * can check that nothing left the page's origin.
 */
final class Browser implements AutoCloseable {
    static final Path SITE = Path.of(System.getProperty("seqplay.site", "target/site"));
    static final Path TEST_RESOURCES = Path.of("target/test-classes/site-test");

    /** Loaded before the page's scripts: the page starts the scripted worker instead of the engine. */
    static final String SCRIPTED_WORKER = "window.SEQPLAY_WORKER_URL = '/__test__/scripted-worker.js';";

    /** Records main-thread tasks over 50 ms (PerformanceObserver 'longtask') from the page's first moment. */
    static final String LONG_TASKS = "window.__longTasks = []; try { new PerformanceObserver(function (l) {"
            + " l.getEntries().forEach(function (e) { window.__longTasks.push(Math.round(e.duration)"
            + " + 'ms at ' + Math.round(e.startTime)); }); })"
            + ".observe({entryTypes: ['longtask']}); } catch (e) {}";

    /** Records the page's run events from the bus. */
    static final String RUN_EVENTS = "window.__events = []; document.addEventListener('DOMContentLoaded', function () {"
            + " if (window.SP && SP.bus) SP.bus.on('*', function (t, d) { if (t !== 'change')"
            + " window.__events.push({type: t, time: performance.now(), data: d}); }); });";

    final SiteServer server;
    final ChromeDriver driver;
    final Path netLog;
    private final Path profile;

    private Browser(SiteServer server, ChromeDriver driver, Path netLog, Path profile) {
        this.server = server;
        this.driver = driver;
        this.netLog = netLog;
        this.profile = profile;
    }

    /** A browser at 1366×768 with the given Accept-Language and scripts run before every page. */
    static Browser start(String acceptLanguage, String... preload) throws IOException {
        assertTrue(Files.isRegularFile(SITE.resolve("index.html")), "no site at " + SITE.toAbsolutePath()
                + "; run mvn package");
        Map<String, Path> mounts = new LinkedHashMap<>();
        mounts.put("/", SITE);
        mounts.put("/__test__/", TEST_RESOURCES);
        mounts.put("/__glue__/", Path.of("webapp/engine")); // the scripted worker runs behind the real glue
        return start(mounts, acceptLanguage, preload);
    }

    /** The same browser serving other folders (URL prefix → folder; the longest prefix wins). */
    static Browser start(Map<String, Path> mounts, String acceptLanguage, String... preload) throws IOException {
        SiteServer server = SiteServer.start(mounts, 0);
        Path profile = Files.createTempDirectory("seqplay-chromium");
        Path netLog = profile.resolve("netlog.json");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ExternalPrograms.CHROMIUM.toString());
        options.addArguments(ExternalPrograms.chromiumFlags(profile));
        options.addArguments("--window-size=1366,768", "--log-net-log=" + netLog, "--net-log-capture-mode=Default",
                "--lang=" + acceptLanguage.split(",")[0]);
        // Chromium's own services (autofill, time, updates, start page) must not reach out from a test machine:
        // no name resolves except the loopback server, and those services are switched off.
        options.addArguments("--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                "--disable-features=AutofillServerCommunication,NetworkTimeServiceQuerying,OptimizationHints,"
                        + "Translate,MediaRouter",
                "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability", "--no-pings",
                "--no-default-browser-check", "--disable-client-side-phishing-detection");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        // the viewport itself is 1366×768 (a window of that size would leave less for the page)
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1366, "height", 768, "deviceScaleFactor", 1, "mobile", false));
        for (String script : preload) {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
        }
        return new Browser(server, driver, netLog, profile);
    }

    static Browser scripted() throws IOException {
        return start("en-US,en", SCRIPTED_WORKER, RUN_EVENTS, LONG_TASKS);
    }

    void open(String pathAndQuery) {
        driver.get(server.url() + pathAndQuery);
    }

    /** Opens the page with an empty localStorage (each test starts from the seed program). */
    void openFresh(String pathAndQuery) {
        open(pathAndQuery);
        js("localStorage.clear()");
        open(pathAndQuery);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until the script returns a truthy value; fails with the message otherwise. */
    Object waitFor(String script, Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(20))
                .withMessage(() -> "timed out waiting for: " + script)
                .until(d -> {
                    Object v = ((JavascriptExecutor) d).executeScript(script);
                    return v == null || Boolean.FALSE.equals(v) || "".equals(v) ? null : v;
                });
    }

    Object waitFor(String script) {
        return waitFor(script, Duration.ofSeconds(20));
    }

    void waitForEngine() {
        waitFor("return window.SP && SP.state.engine && !document.getElementById('run-all').disabled");
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Screenshots for docs/ are written only when -Dseqplay.screenshots=DIR is given. */
    void screenshotForDocs(String name) throws IOException {
        String dir = System.getProperty("seqplay.screenshots");
        if (dir != null && !dir.isBlank()) {
            screenshot(Path.of(dir).resolve(name + ".png"));
        }
    }

    /**
     * URLs the PAGE asked for (its scripts, workers, fetches), from the net log; the log is complete once the
     * browser has quit. Requests Chromium starts itself (navigations typed by the test, browser services) carry
     * no initiator ("not an origin") and are left out.
     */
    static List<String> pageRequests(Path netLog) throws IOException {
        List<String> urls = new ArrayList<>();
        if (!Files.exists(netLog)) {
            return urls;
        }
        Matcher m = Pattern.compile("\"initiator\":\"([^\"]*)\""
                + "(?:,\"[a-z_]+\":(?:\"[^\"]*\"|[-0-9.]+|true|false))*?,\"url\":\"([^\"]+)\"")
                .matcher(Files.readString(netLog));
        while (m.find()) {
            if (!m.group(1).equals("not an origin")) {
                urls.add(m.group(2));
            }
        }
        return urls;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (RuntimeException alreadyGone) {
            // quit twice (a test may quit early to complete the net log)
        } finally {
            server.close();
        }
    }

    Path profile() {
        return profile;
    }
}
