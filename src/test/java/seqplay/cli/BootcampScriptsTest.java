package seqplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three problem types written as bootcamps write them (a bundled sklearn dataset, train_test_split, a scaler,
 * the seven steps, predict, an sklearn metric), run unchanged through the command-line runner.
 */
class BootcampScriptsTest {
    @ParameterizedTest
    @CsvSource({
        "iris_softmax.py, 'test accuracy: ([0-9.]+)', 0.9",
        "breast_cancer_sigmoid.py, 'test accuracy: ([0-9.]+)', 0.85",
        "diabetes_linear.py, 'R2: ([0-9.]+)', 0.3"})
    void scriptRunsFromDataToAnSklearnMetric(String script, String metric, double atLeast) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"run", "src/test/resources/seqplay/cli/bootcamp/" + script},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text + err.toString(StandardCharsets.UTF_8));
        assertTrue(text.startsWith("Model: \"sequential\"\n"), text);
        Matcher m = Pattern.compile(metric).matcher(text);
        assertTrue(m.find(), text);
        assertTrue(Double.parseDouble(m.group(1)) >= atLeast, metric + " in\n" + text);
    }
}
