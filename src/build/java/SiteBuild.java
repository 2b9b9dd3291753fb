import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Build step (run by exec-maven-plugin in {@code package}, never shipped): finishes the assembled site.
 *
 * <ol>
 *   <li>{@code SITE/js/*.js}, {@code SITE/css/*.css}: comments and indentation removed. The sources in webapp/ keep
 *       their comments (they say why); the site does not need them, and they were a fifth of the page's gzip
 *       size (docs/performance.md). Nothing else is rewritten: names, strings and line structure stay.</li>
 *   <li>{@code SITE/sw.js}: the service worker source with its version (a hash of every file it caches) and the
 *       list of files to cache on install, so a new build replaces the old cache.</li>
 *   <li>{@code OFFLINE}: the one-file offline playground. index.html with every stylesheet and script inlined, and
 *       before the page's scripts the ones it would otherwise load at run time (the embedded engine builds, the
 *       datasets), so that the file works when double-clicked with no network. Written only when those exist
 *       (not in a -DskipTeavm build, where a stale copy is deleted instead).</li>
 * </ol>
 * Usage: {@code java SiteBuild.java SITE_DIR SW_SOURCE OFFLINE_HTML [PRELOAD ...]}, PRELOAD being site-relative
 * paths such as {@code engine/embedded-wasm.js}.
 */
public final class SiteBuild {
    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\">");
    private static final Pattern SCRIPT = Pattern.compile("<script src=\"([^\"]+)\"></script>");
    /** Files the service worker does not cache: a demo page, and itself. */
    private static final List<String> NOT_CACHED = List.of("sw.js", "embed-example.html");

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        stripComments(site);
        serviceWorker(site, Path.of(args[1]));
        List<String> preload = List.of(args).subList(3, args.length);
        offline(site, Path.of(args[2]), preload);
    }

    // ------------------------------------------------------------------ comments out of the shipped scripts

    static void stripComments(Path site) throws IOException {
        long before = 0;
        long after = 0;
        for (String dir : List.of("js", "css")) {
            List<Path> files;
            try (Stream<Path> list = Files.list(site.resolve(dir))) {
                files = list.filter(p -> p.toString().endsWith("." + dir)).sorted().toList();
            }
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String out = dir.equals("js") ? Strip.js(text, f.toString()) : Strip.css(text, f.toString());
                before += text.length();
                after += out.length();
                Files.writeString(f, out, StandardCharsets.UTF_8);
            }
        }
        System.out.println("[site] comments stripped from js/ and css/: " + before + " -> " + after + " chars");
    }

    /**
     * A comment stripper that only needs to understand what can contain comment-like text: strings, regular
     * expression literals and (refused) template literals. Whether a slash starts a regular expression is decided
     * the usual way, by the token before it. Lines are then trimmed and blank ones dropped; no line is joined to
     * another, so automatic semicolon insertion sees the same line breaks.
     */
    static final class Strip {
        private static final List<String> BEFORE_REGEX_WORDS = List.of("return", "typeof", "case", "do", "else",
                "in", "of", "new", "delete", "void", "throw", "instanceof", "yield", "await");
        private static final String BEFORE_REGEX_PUNCT = "(,=:[!&|?{};+-*%<>~^";

        static String js(String src, String where) {
            StringBuilder out = new StringBuilder(src.length());
            int i = 0;
            int n = src.length();
            char last = 0; // last significant character (0: none; 'a' for any word)
            String lastWord = "";
            while (i < n) {
                char c = src.charAt(i);
                if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                    while (i < n && src.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                    int end = src.indexOf("*/", i + 2);
                    if (end < 0) {
                        throw new IllegalStateException(where + ": unterminated comment");
                    }
                    out.append(src.substring(i, end).indexOf('\n') >= 0 ? '\n' : ' ');
                    i = end + 2;
                } else if (c == '`') {
                    throw new IllegalStateException(where + ": template literals are not used in the page's scripts"
                            + " (the comment stripper would trim their lines)");
                } else if (c == '\'' || c == '"') {
                    int j = i + 1;
                    while (j < n && src.charAt(j) != c) {
                        if (src.charAt(j) == '\n') {
                            throw new IllegalStateException(where + ": string literal runs past its line");
                        }
                        j += src.charAt(j) == '\\' ? 2 : 1;
                    }
                    out.append(src, i, j + 1);
                    i = j + 1;
                    last = c;
                    lastWord = "";
                } else if (c == '/' && (last == 0 || BEFORE_REGEX_PUNCT.indexOf(last) >= 0
                        || BEFORE_REGEX_WORDS.contains(lastWord))) {
                    int j = i + 1;
                    boolean inClass = false;
                    while (true) {
                        char d = j < n ? src.charAt(j) : '\n';
                        if (d == '\n') {
                            throw new IllegalStateException(where + ": regular expression runs past its line");
                        }
                        if (d == '\\') {
                            j += 2;
                            continue;
                        }
                        if (d == '[') {
                            inClass = true;
                        } else if (d == ']') {
                            inClass = false;
                        } else if (d == '/' && !inClass) {
                            break;
                        }
                        j++;
                    }
                    j++;
                    while (j < n && Character.isLetter(src.charAt(j))) {
                        j++;
                    }
                    out.append(src, i, j);
                    i = j;
                    last = '/';
                    lastWord = "";
                } else if (Character.isJavaIdentifierPart(c)) {
                    int j = i;
                    while (j < n && Character.isJavaIdentifierPart(src.charAt(j))) {
                        j++;
                    }
                    lastWord = src.substring(i, j);
                    last = 'a';
                    out.append(lastWord);
                    i = j;
                } else {
                    out.append(c);
                    if (!Character.isWhitespace(c)) {
                        last = c;
                        lastWord = "";
                    }
                    i++;
                }
            }
            return trimLines(out);
        }

        static String css(String src, String where) {
            StringBuilder out = new StringBuilder(src.length());
            int i = 0;
            int n = src.length();
            while (i < n) {
                char c = src.charAt(i);
                if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                    int end = src.indexOf("*/", i + 2);
                    if (end < 0) {
                        throw new IllegalStateException(where + ": unterminated comment");
                    }
                    out.append(' ');
                    i = end + 2;
                } else if (c == '\'' || c == '"') {
                    int j = src.indexOf(c, i + 1);
                    if (j < 0) {
                        throw new IllegalStateException(where + ": unterminated string");
                    }
                    out.append(src, i, j + 1);
                    i = j + 1;
                } else {
                    out.append(c);
                    i++;
                }
            }
            return trimLines(out);
        }

        private static String trimLines(CharSequence text) {
            StringBuilder sb = new StringBuilder(text.length());
            for (String line : text.toString().split("\n")) {
                String t = line.strip();
                if (!t.isEmpty()) {
                    sb.append(t).append('\n');
                }
            }
            return sb.toString();
        }
    }

    // ------------------------------------------------------------------ service worker

    static void serviceWorker(Path site, Path source) throws IOException, NoSuchAlgorithmException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> !NOT_CACHED.contains(f)).sorted().forEach(files::add);
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String f : files) {
            sha.update(f.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(site.resolve(f)));
        }
        StringBuilder version = new StringBuilder();
        for (byte b : sha.digest()) {
            version.append(String.format(Locale.ROOT, "%02x", b & 0xff));
        }
        StringBuilder list = new StringBuilder("['./'");
        for (String f : files) {
            list.append(",\n  '").append(f.replace("\\", "\\\\").replace("'", "\\'")).append('\'');
        }
        list.append(']');
        String sw = Files.readString(source, StandardCharsets.UTF_8);
        sw = replaceOnce(sw, "var VERSION = 'dev';", "var VERSION = '" + version.substring(0, 16) + "';");
        sw = replaceOnce(sw, "var FILES = [];", "var FILES = " + list + ";");
        Files.writeString(site.resolve("sw.js"), sw, StandardCharsets.UTF_8);
        System.out.println("[site] sw.js version " + version.substring(0, 16) + ", " + files.size() + " files");
    }

    private static String replaceOnce(String text, String what, String with) {
        int at = text.indexOf(what);
        if (at < 0 || text.indexOf(what, at + 1) >= 0) {
            throw new IllegalStateException("sw.js must contain exactly one line: " + what);
        }
        return text.substring(0, at) + with + text.substring(at + what.length());
    }

    // ------------------------------------------------------------------ the one-file offline page

    static void offline(Path site, Path out, List<String> preload) throws IOException {
        for (String p : preload) {
            if (!Files.isRegularFile(site.resolve(p))) {
                Files.deleteIfExists(out);
                System.out.println("[site] no " + p + " (engine not built): " + out.getFileName() + " not written");
                return;
            }
        }
        String html = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
        // every file the page names must be one of the two forms replaced below
        if (count(html, "<script") != count(SCRIPT, html) || count(html, "<link") != count(STYLESHEET, html)) {
            throw new IllegalStateException("index.html has a <script> or <link> that is not <script src=\"...\">"
                    + "</script> or <link rel=\"stylesheet\" href=\"...\">: it cannot be inlined");
        }
        Matcher css = STYLESHEET.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (css.find()) {
            String text = read(site, css.group(1));
            if (text.toLowerCase(Locale.ROOT).contains("</style")) {
                throw new IllegalStateException(css.group(1) + " contains </style");
            }
            css.appendReplacement(sb, Matcher.quoteReplacement("<style>/* " + css.group(1) + " */\n" + text + "</style>"));
        }
        css.appendTail(sb);
        html = sb.toString();

        // the page loads these at run time; inline, they are marked so that it does not ask for the files
        StringBuilder pre = new StringBuilder("<script>self.SEQPLAY_INLINED = {");
        for (int i = 0; i < preload.size(); i++) {
            pre.append(i == 0 ? "" : ", ").append('"').append(preload.get(i)).append("\": true");
        }
        pre.append("};</script>\n");
        for (String p : preload) {
            pre.append(inlineScript(site, p)).append('\n');
        }
        int first = html.indexOf("<script src=\"");
        if (first < 0) {
            throw new IllegalStateException("index.html has no script");
        }
        html = html.substring(0, first) + pre + html.substring(first);

        Matcher js = SCRIPT.matcher(html);
        sb = new StringBuilder();
        while (js.find()) {
            js.appendReplacement(sb, Matcher.quoteReplacement(inlineScript(site, js.group(1))));
        }
        js.appendTail(sb);
        html = sb.toString();
        Files.writeString(out, html, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "[site] %s %d bytes (%.2f MB)%n", out, Files.size(out),
                Files.size(out) / 1048576.0);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    private static int count(Pattern p, String text) {
        return (int) p.matcher(text).results().count();
    }

    /**
     * A script element with the file's text. Inside a script element only {@code </script} ends it; {@code <!--} and
     * {@code <script} change how the HTML parser reads what follows. The first is escaped ({@code <\/script} means
     * the same in JavaScript strings, regular expressions and comments), the others fail the build.
     */
    private static String inlineScript(Path site, String path) throws IOException {
        String text = read(site, path);
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("<!--") || lower.contains("<script")) {
            throw new IllegalStateException(path + " contains <!-- or <script; it cannot be inlined safely");
        }
        text = Pattern.compile("</(script)", Pattern.CASE_INSENSITIVE).matcher(text).replaceAll("<\\\\/$1");
        return "<script>/* " + path + " */\n" + text + "\n</script>";
    }

    private static String read(Path site, String path) throws IOException {
        Path p = site.resolve(path).normalize();
        if (!p.startsWith(site.normalize())) {
            throw new IllegalStateException("outside the site: " + path);
        }
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
