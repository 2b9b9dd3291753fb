package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAOutputStream;
import seqplay.random.SeededRandom;
import seqplay.testing.ExternalPrograms;

/**
 * webapp/engine/lzma.js (the worker's decoder for the Wasm module) against xz-java's encoder with the options
 * src/build/java/Embed.java uses, and with other properties the format allows: every byte comes back.
 */
class LzmaTest {
    @TempDir
    Path dir;

    private static byte[] pack(byte[] data, LZMA2Options options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LZMAOutputStream z = new LZMAOutputStream(out, options, data.length)) {
            z.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void theWorkersDecoderUnpacksWhatTheBuildPacks() throws Exception {
        SeededRandom r = new SeededRandom(7);
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        inputs.put("empty", new byte[0]);
        inputs.put("one-byte", new byte[] {42});
        byte[] noise = new byte[60000];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) r.nextInt(256);
        }
        inputs.put("noise", noise);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            text.append("model.add(keras.layers.Dense(").append(r.nextInt(64)).append(", activation='relu'))\n");
        }
        inputs.put("text", text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] runs = new byte[300000]; // long matches, repeated distances, zeros
        for (int i = 0; i < runs.length; i++) {
            runs[i] = (byte) (i % 5000 < 2500 ? 0 : (i % 7) * (i / 50000));
        }
        inputs.put("runs", runs);
        Path wasm = Path.of("target/teavm/worker/seqplay.wasm");
        if (Files.isRegularFile(wasm)) {
            inputs.put("engine", Files.readAllBytes(wasm));
        }
        LZMA2Options embed = new LZMA2Options(9);
        embed.setNiceLen(LZMA2Options.NICE_LEN_MAX);
        LZMA2Options other = new LZMA2Options(1);
        other.setLcLp(0, 2);
        other.setPb(0);
        LZMA2Options wide = new LZMA2Options(6);
        wide.setLcLp(4, 0);
        wide.setPb(4);
        List<String> expected = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
            for (LZMA2Options o : List.of(embed, other, wide)) {
                String name = e.getKey() + "-" + (k++ % 3);
                Files.write(dir.resolve(name + ".lzma"), pack(e.getValue(), o));
                Files.write(dir.resolve(name + ".raw"), e.getValue());
                expected.add(name + " ok");
            }
        }
        Path script = dir.resolve("check.js");
        Files.writeString(script, "const fs = require('fs');\n"
                + "eval(fs.readFileSync(process.argv[2], 'utf8') + '; global.SeqplayLzma = SeqplayLzma;');\n"
                + "const dir = process.argv[3];\n"
                + "for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.lzma')).sort()) {\n"
                + "  const out = SeqplayLzma.decode(new Uint8Array(fs.readFileSync(dir + '/' + f)));\n"
                + "  const raw = fs.readFileSync(dir + '/' + f.replace('.lzma', '.raw'));\n"
                + "  console.log(f.replace('.lzma', '') + (Buffer.from(out).equals(raw) ? ' ok' : ' differs'));\n"
                + "}\n");
        String out = ExternalPrograms.run(List.of("node", script.toString(),
                Path.of("webapp/engine/lzma.js").toAbsolutePath().toString(), dir.toString()), 120);
        expected.sort(null);
        assertEquals(String.join("\n", expected) + "\n", out);
    }
}
