package seqplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteServerTest {
    @TempDir
    Path dir;

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void wasmIsServedAsApplicationWasmSoBrowsersCanCompileItWhileStreaming() {
        assertEquals("application/wasm", SiteServer.contentType("engine/seqplay.wasm"));
        assertEquals("text/javascript; charset=utf-8", SiteServer.contentType("worker-glue.js"));
        assertEquals("text/html; charset=utf-8", SiteServer.contentType("index.html"));
        assertEquals("text/css; charset=utf-8", SiteServer.contentType("playground.CSS"));
        assertEquals("application/octet-stream", SiteServer.contentType("LICENSE"));
    }

    @Test
    void servesFilesAndIndexHtmlForFolders() throws Exception {
        Files.writeString(dir.resolve("index.html"), "<p>hi</p>");
        Files.createDirectories(dir.resolve("engine"));
        Files.write(dir.resolve("engine/x.wasm"), new byte[] {0, 'a', 's', 'm'});
        try (SiteServer server = SiteServer.start(Map.of("/", dir), 0)) {
            HttpResponse<String> page = get(server.url());
            assertEquals(200, page.statusCode());
            assertEquals("<p>hi</p>", page.body());
            HttpResponse<String> wasm = get(server.url() + "engine/x.wasm");
            assertEquals("application/wasm", wasm.headers().firstValue("Content-Type").orElse(""));
            assertEquals(List.of("/", "/engine/x.wasm"), server.served());
        }
    }

    @Test
    void pathsOutsideTheFolderAndMissingFilesAre404() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("secret.txt"), "no");
        try (SiteServer server = SiteServer.start(Map.of("/", site), 0)) {
            assertEquals(404, get(server.url() + "../secret.txt").statusCode());
            assertEquals(404, get(server.url() + "%2e%2e/secret.txt").statusCode());
            assertEquals(404, get(server.url() + "missing.js").statusCode());
        }
    }

    @Test
    void theLongestMountPrefixWins() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("w.js"), "site");
        Files.writeString(b.resolve("w.js"), "test");
        try (SiteServer server = SiteServer.start(Map.of("/", a, "/__test__/", b), 0)) {
            assertEquals("site", get(server.url() + "w.js").body());
            assertEquals("test", get(server.url() + "__test__/w.js").body());
        }
    }

    @Test
    void serveWithoutABuiltSiteSaysHowToBuildIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SiteServer.serve(new String[] {"serve", "--dir", dir.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        assertEquals("seqplay serve: no site at " + dir.toAbsolutePath() + " (build it with: mvn package)\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void serveRejectsABadPort() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SiteServer.serve(new String[] {"serve", "--port", "http"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertEquals("seqplay serve: --port expects a number, got 'http'\n", err.toString(StandardCharsets.UTF_8));
    }
}
