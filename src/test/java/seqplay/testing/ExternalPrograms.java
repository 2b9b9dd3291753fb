package seqplay.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Node and headless Chromium for tests that compare the browser builds with the JVM. */
public final class ExternalPrograms {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private ExternalPrograms() {
    }

    /**
     * Skips the calling test in a {@code -DskipTeavm} build, and otherwise insists the TeaVM output exists:
     * a normal build that forgot to compile it must fail, not skip.
     */
    public static Path teavmOutput(String relative) {
        assumeTrue(System.getProperty("skipTeavm") == null, "TeaVM compile skipped (-DskipTeavm)");
        Path p = Path.of("target/teavm").resolve(relative);
        assertTrue(Files.isRegularFile(p), "missing TeaVM output " + p.toAbsolutePath() + "; run mvn package");
        return p;
    }

    /** Runs a command, returns its standard output; fails the test on a non-zero exit or a timeout. */
    public static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        Path err = Files.createTempFile("seqplay-proc", ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.deleteIfExists(err);
        assertTrue(done, "timed out: " + command);
        assertEquals(0, p.exitValue(), "exit status of " + command + "\n" + stderr);
        return new String(out, StandardCharsets.UTF_8);
    }

    /** The flags that keep Debian's Chromium quiet and offline inside a sandboxed CI machine. */
    public static List<String> chromiumFlags(Path profileDir) {
        List<String> flags = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                // without this, headless Chromium tries Google's update and account services on its own
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profileDir));
        return flags;
    }
}
