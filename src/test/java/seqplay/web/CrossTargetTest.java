package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import seqplay.testing.ExternalPrograms;

/**
 * The same bytecode compiled by TeaVM must print exactly what the JVM prints: this is what makes a seeded run
 * reproduce in the browser.
 */
class CrossTargetTest {
    private static List<String> lines(String output) {
        List<String> lines = new ArrayList<>(Arrays.asList(output.split("\r?\n")));
        lines.removeIf(String::isBlank);
        return lines;
    }

    @Test
    void javascriptBuildPrintsTheJvmLines() throws Exception {
        Path js = ExternalPrograms.teavmOutput("check-js/check.js");
        String out = ExternalPrograms.run(List.of("node", "-e",
                "require(" + quote(js.toAbsolutePath().toString()) + ").main([])"), 60);
        assertEquals(CrossTargetCheck.lines(), lines(out));
    }

    @Test
    void wasmGcBuildPrintsTheJvmLines() throws Exception {
        Path wasm = ExternalPrograms.teavmOutput("check-wasm/check.wasm");
        Path dir = wasm.getParent();
        String page = "<!doctype html><meta charset=utf-8><pre id=out></pre>"
                + "<script src='check.wasm-runtime.js'></script><script>"
                + "const lines=[];console.log=(...a)=>lines.push(a.join(' '));"
                + "TeaVM.wasmGC.load('check.wasm').then(t=>{t.exports.main([]);"
                + "document.getElementById('out').textContent='BEGIN\\n'+lines.join('\\n')+'\\nEND';})"
                + ".catch(e=>{document.getElementById('out').textContent='ERROR '+e;});</script>";
        Files.writeString(dir.resolve("check.html"), page, StandardCharsets.UTF_8);
        HttpServer server = StaticServer.start(dir);
        try {
            Path profile = Files.createTempDirectory("seqplay-chromium");
            List<String> cmd = new ArrayList<>();
            cmd.add(ExternalPrograms.CHROMIUM.toString());
            cmd.addAll(ExternalPrograms.chromiumFlags(profile));
            cmd.add("--virtual-time-budget=20000");
            cmd.add("--dump-dom");
            cmd.add("http://127.0.0.1:" + server.getAddress().getPort() + "/check.html");
            String dom = ExternalPrograms.run(cmd, 120);
            int begin = dom.indexOf("BEGIN\n");
            int end = dom.indexOf("\nEND");
            assertTrue(begin >= 0 && end > begin, "the Wasm page did not finish: " + dom);
            String body = dom.substring(begin + 6, end).replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&");
            assertEquals(CrossTargetCheck.lines(), lines(body));
        } finally {
            server.stop(0);
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** A tiny static file server that sends the content types Wasm loading insists on. */
    static final class StaticServer {
        static HttpServer start(Path root) throws java.io.IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                byte[] body;
                int status = 200;
                if (file.startsWith(root) && Files.isRegularFile(file)) {
                    body = Files.readAllBytes(file);
                } else {
                    body = "not found".getBytes(StandardCharsets.UTF_8);
                    status = 404;
                }
                String name = file.getFileName() == null ? "" : file.getFileName().toString();
                String type = name.endsWith(".wasm") ? "application/wasm"
                        : name.endsWith(".js") ? "text/javascript"
                        : name.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream";
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        }
    }
}
