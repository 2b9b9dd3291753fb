import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Build step (run by exec-maven-plugin, never shipped): writes the engine as the classic scripts the page loads.
 *
 * <p>A page opened from disk may not fetch() a .wasm nor start a worker from a file (Chromium: "cannot be accessed
 * from origin 'null'"), so the page loads one of these scripts with a plain script tag and starts the worker from a
 * Blob of its text, over http(s) as from file:// (one copy of each build in the site, one code path):
 * <ul>
 *   <li>{@code embedded-js.js}: {@code self.SEQPLAY_WORKER_SRC_JS} = lzma.js + js-boot.js, and
 *       {@code self.SEQPLAY_JS_LZMA_B64} = TeaVM JS + worker-glue.js + boot call, LZMA-packed (UTF-8) in base64: the
 *       page posts it to the worker, whose js-boot.js unpacks and runs it (330 KB gzip as a script, about 270 KB
 *       packed);</li>
 *   <li>{@code embedded-wasm.js}: {@code self.SEQPLAY_WORKER_SRC_WASM} = Wasm-GC runtime + lzma.js +
 *       worker-glue.js + boot call, and {@code self.SEQPLAY_WASM_LZMA_B64} = the module in the .lzma format
 *       (xz-java, preset 9), in base64, posted to the worker, which decodes it with lzma.js. LZMA packs the module
 *       a quarter smaller than gzip (278 KB against 374 KB here); browsers only gunzip natively. Base64 of
 *       compressed bytes costs about 1% once the server gzips it.</li>
 * </ul>
 * With two more arguments it also writes the bundled datasets (the files of {@code BundledDatasets.FILES}) as the
 * classic script {@code datasets.js}: {@code self.SEQPLAY_DATASETS = {"iris.csv": "...", ...}}. The page loads it
 * and hands the texts to the worker, whose {@code DatasetSource} reads them. A CSV made only of small integers
 * (the digits' pixels, 0..16) is written one letter per cell and rebuilt by the script as it loads: the same text,
 * 7 KB less gzip (EngineIT compares it with the file).
 * Usage: {@code java --class-path xz.jar Embed.java TEAVM_DIR GLUE_JS ENGINE_DIR [DATASETS_DIR DATASETS_JS]};
 * lzma.js and js-boot.js are read beside GLUE_JS.
 */
public final class Embed {
    public static void main(String[] args) throws IOException {
        Path teavm = Path.of(args[0]);
        String glue = read(Path.of(args[1]));
        Path dir = Path.of(args[2]);
        Files.createDirectories(dir);
        String js = read(teavm.resolve("seqplay.js")) + "\n" + glue + "\nSeqplayGlue.bootJs();\n";
        String lzmaJs = read(Path.of(args[1]).resolveSibling("lzma.js"));
        String jsBoot = lzmaJs + "\n" + read(Path.of(args[1]).resolveSibling("js-boot.js"));
        String jsB64 = Base64.getEncoder().encodeToString(lzma(js.getBytes(StandardCharsets.UTF_8)));
        write(dir.resolve("embedded-js.js"), "self.SEQPLAY_WORKER_SRC_JS=" + literal(jsBoot) + ";\n"
                + "self.SEQPLAY_JS_LZMA_B64=\"" + jsB64 + "\";\n");
        String wasmWorker = read(teavm.resolve("seqplay.wasm-runtime.js")) + "\n" + lzmaJs + "\n" + glue
                + "\nSeqplayGlue.bootWasmFromMessage();\n";
        String b64 = Base64.getEncoder().encodeToString(lzma(Files.readAllBytes(teavm.resolve("seqplay.wasm"))));
        write(dir.resolve("embedded-wasm.js"), "self.SEQPLAY_WORKER_SRC_WASM=" + literal(wasmWorker) + ";\n"
                + "self.SEQPLAY_WASM_LZMA_B64=\"" + b64 + "\";\n");
        if (args.length >= 5) {
            datasets(Path.of(args[3]), Path.of(args[4]));
        }
    }

    /** The .lzma format with the size in its header (no end marker), as webapp/engine/lzma.js reads it. */
    private static byte[] lzma(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.tukaani.xz.LZMA2Options options = new org.tukaani.xz.LZMA2Options(9);
        options.setNiceLen(org.tukaani.xz.LZMA2Options.NICE_LEN_MAX);
        try (org.tukaani.xz.LZMAOutputStream z = new org.tukaani.xz.LZMAOutputStream(out, options, bytes.length)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    /** Every .csv and descr/*.rst under {@code dir}, by their names relative to it. */
    private static void datasets(Path dir, Path out) throws IOException {
        StringBuilder sb = new StringBuilder("self.SEQPLAY_DATASETS={");
        java.util.List<Path> files;
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".rst")).sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            String name = dir.relativize(files.get(i)).toString().replace('\\', '/');
            String text = read(files.get(i));
            String letters = smallIntLetters(text);
            sb.append(i == 0 ? "\n" : ",\n").append(literal(name)).append(':');
            if (letters == null) {
                sb.append(literal(text));
            } else {
                sb.append("(function (s) { return s.split('\\n').map(function (l) { return l.split('').map(function (c)"
                        + " { return c.charCodeAt(0) - 65; }).join(','); }).join('\\n'); })(").append(literal(letters))
                        .append(')');
            }
        }
        Files.createDirectories(out.getParent());
        write(out, sb.append("\n};\n").toString());
    }

    /** Each cell as the letter 'A' + value, commas dropped; null unless every cell is an integer 0..25 as written. */
    static String smallIntLetters(String csv) {
        if (csv.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(csv.length() / 2);
        int cell = -1;
        for (int i = 0; i <= csv.length(); i++) {
            char c = i < csv.length() ? csv.charAt(i) : '\n';
            if (c >= '0' && c <= '9') {
                if (cell == 0) {
                    return null; // a leading zero would not come back
                }
                cell = cell < 0 ? c - '0' : cell * 10 + (c - '0');
                if (cell > 25) {
                    return null;
                }
            } else if (c == ',' || c == '\n') {
                if (cell < 0 && !(c == '\n' && (i == 0 || csv.charAt(i - 1) == '\n'))) {
                    return null; // an empty cell
                }
                if (cell >= 0) {
                    sb.append((char) ('A' + cell));
                }
                if (c == '\n' && i < csv.length()) {
                    sb.append('\n');
                }
                cell = -1;
            } else {
                return null;
            }
        }
        return sb.toString();
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static void write(Path p, String text) throws IOException {
        Files.writeString(p, text, StandardCharsets.UTF_8);
        System.out.println("[embed] " + p + " " + Files.size(p) + " bytes");
    }

    /** A JavaScript string literal in pure ASCII (the page's encoding cannot corrupt it). */
    static String literal(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }
}
