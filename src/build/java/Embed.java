import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Build step (run by exec-maven-plugin, never shipped): writes the engine as classic scripts for file://.
 *
 * <p>From a page opened from disk, Chromium blocks fetch() of the .wasm and new Worker(file). So the page loads
 * one of these scripts with a plain script tag and starts the worker from a Blob of its text:
 * <ul>
 *   <li>{@code embedded-js.js}: {@code self.SEQPLAY_WORKER_SRC_JS} = TeaVM JS + worker-glue.js + boot call;</li>
 *   <li>{@code embedded-wasm.js}: {@code self.SEQPLAY_WORKER_SRC_WASM} = Wasm-GC runtime + worker-glue.js + boot
 *       call, and {@code self.SEQPLAY_WASM_B64} = the module in base64 (posted to the worker, decoded there).</li>
 * </ul>
 * Usage: {@code java Embed.java ENGINE_DIR}
 */
public final class Embed {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String glue = read(dir.resolve("worker-glue.js"));
        String js = read(dir.resolve("seqplay.js")) + "\n" + glue + "\nSeqplayGlue.bootJs();\n";
        write(dir.resolve("embedded-js.js"), "self.SEQPLAY_WORKER_SRC_JS=" + literal(js) + ";\n");
        String wasmWorker = read(dir.resolve("seqplay.wasm-runtime.js")) + "\n" + glue
                + "\nSeqplayGlue.bootWasmFromMessage();\n";
        String b64 = Base64.getEncoder().encodeToString(Files.readAllBytes(dir.resolve("seqplay.wasm")));
        write(dir.resolve("embedded-wasm.js"), "self.SEQPLAY_WORKER_SRC_WASM=" + literal(wasmWorker) + ";\n"
                + "self.SEQPLAY_WASM_B64=\"" + b64 + "\";\n");
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
