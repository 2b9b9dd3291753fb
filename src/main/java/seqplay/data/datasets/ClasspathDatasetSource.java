package seqplay.data.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the bundled dataset files from the class path ({@code /seqplay/datasets/}). JVM hosts only: the browser
 * build has no class-path resources and passes its own {@link DatasetSource}.
 */
public final class ClasspathDatasetSource implements DatasetSource {
    private static final String ROOT = "/seqplay/datasets/";

    @Override
    public String read(String name) {
        try (InputStream in = ClasspathDatasetSource.class.getResourceAsStream(ROOT + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
