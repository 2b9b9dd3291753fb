package seqplay.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A static file server for the playground site on 127.0.0.1 (the JDK's {@code com.sun.net.httpserver}).
 *
 * <p>It sends the content types browsers insist on ({@code application/wasm} for WebAssembly streaming
 * compilation, {@code text/javascript} for scripts and workers), refuses paths outside its folders, answers
 * only GET and HEAD, and remembers the paths it served (tests use that to see what the page asked for).
 *
 * <pre>{@code
 * SiteServer server = SiteServer.start(Map.of("/", Path.of("target/site")), 0);
 * server.url();   // http://127.0.0.1:41234/
 * }</pre>
 */
public final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("py", "text/plain; charset=utf-8"));

    private final HttpServer server;
    private final List<String> served = new CopyOnWriteArrayList<>();

    private SiteServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Serves each folder under its URL prefix (longest prefix wins) on 127.0.0.1:port (0 picks a free port).
     */
    public static SiteServer start(Map<String, Path> mounts, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        SiteServer site = new SiteServer(http);
        Map<String, Path> roots = new LinkedHashMap<>();
        mounts.forEach((prefix, dir) -> roots.put(prefix, dir.toAbsolutePath().normalize()));
        http.createContext("/", exchange -> site.handle(exchange, roots));
        http.start();
        return site;
    }

    /** The content type for a file name, by extension; unknown kinds are octet streams. */
    static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private void handle(HttpExchange exchange, Map<String, Path> roots) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path;
            try {
                path = new URI(exchange.getRequestURI().toString()).getPath();
            } catch (URISyntaxException e) {
                path = null;
            }
            served.add(exchange.getRequestURI().toString());
            Path file = path == null ? null : resolve(roots, path);
            if (file == null) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            send(exchange, 200, contentType(file.getFileName().toString()), method.equals("HEAD") ? null : body);
        }
    }

    /** The file a URL path names, or null when it is missing or would leave its folder. */
    static Path resolve(Map<String, Path> roots, String path) {
        String prefix = null;
        for (String p : roots.keySet()) {
            if (path.startsWith(p) && (prefix == null || p.length() > prefix.length())) {
                prefix = p;
            }
        }
        if (prefix == null) {
            return null;
        }
        Path root = roots.get(prefix);
        String rest = path.substring(prefix.length());
        if (rest.isEmpty() || rest.endsWith("/")) {
            rest = rest + "index.html";
        }
        Path file = root.resolve(rest.startsWith("/") ? rest.substring(1) : rest).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return null;
        }
        return file;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
        if (body != null) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** Request targets served so far (path and query), in order. */
    public List<String> served() {
        return Collections.unmodifiableList(served);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * {@code serve [--port N] [--dir PATH]}: serves the site until the process is ended. The default folder
     * is {@code site/} next to the jar (that is, {@code target/site} after {@code mvn package}).
     */
    static int serve(String[] args, PrintStream out, PrintStream err) {
        int port = 8000;
        Path dir = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--port") || a.equals("--dir")) && i + 1 < args.length) {
                String v = args[++i];
                if (a.equals("--dir")) {
                    dir = Path.of(v);
                } else {
                    try {
                        port = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        err.println("seqplay serve: --port expects a number, got '" + v + "'");
                        return 2;
                    }
                }
            } else {
                err.println("seqplay serve: unknown argument '" + a + "'");
                err.println("usage: java -jar seqplay.jar serve [--port N] [--dir PATH]");
                return 2;
            }
        }
        if (dir == null) {
            dir = defaultSite();
        }
        if (!Files.isRegularFile(dir.resolve("index.html"))) {
            err.println("seqplay serve: no site at " + dir.toAbsolutePath() + " (build it with: mvn package)");
            return 1;
        }
        try {
            SiteServer server = start(Map.of("/", dir), port);
            out.println("Sequential Playground: " + server.url());
            out.println("Serving " + dir.toAbsolutePath().normalize() + " (Ctrl+C to stop)");
            out.flush();
            Thread.currentThread().join();
            return 0;
        } catch (IOException e) {
            err.println("seqplay serve: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + ")");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** site/ beside the jar or beside target/classes. */
    static Path defaultSite() {
        try {
            Path code = Path.of(SiteServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.toAbsolutePath().getParent().resolve("site");
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("target", "site");
        }
    }
}
