package seqplay.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import seqplay.callbacks.History;

/**
 * The benchmark workloads at a tiny scale, in the normal test run so the benchmark cannot rot, and a pin of their
 * loss trajectories: a kernel optimisation must leave every bit of these numbers unchanged.
 */
class WorkloadsSmokeTest {
    @ParameterizedTest
    @CsvSource({"W1, 0.05", "W2, 0.05", "W3, 0.01"})
    void tinyWorkloadsTrainAndKeepTheirPinnedTrajectories(String id, double scale) {
        Workloads.Workload w = Workloads.create(id, scale);
        History h = w.fit();
        List<Double> loss = h.history().get("loss");
        assertTrue(loss.stream().allMatch(Double::isFinite), id + ": " + loss);
        String pinned = PINNED.get(id);
        String actual = w.signature(h);
        assertEquals(pinned, actual, id + " loss trajectory or final weights changed");
    }

    @ParameterizedTest
    @CsvSource({"W1, 1000, 1, 100, 1", "W2, 1000, 2, 100, 1", "W3, 10000, 784, 1, 10"})
    void fullSizeWorkloadsHaveTheDocumentedShapes(String id, int rows, int features, int epochs, int outputs) {
        Workloads.Workload w = Workloads.create(id, 1.0);
        assertEquals(rows, w.x().rows());
        assertEquals(features, w.x().cols());
        assertEquals(epochs, w.epochs());
        assertEquals(outputs, w.y().cols());
        assertEquals(epochs * ((rows + 31) / 32), w.steps());
    }

    private static final java.util.Map<String, String> PINNED = java.util.Map.of(
            "W1", "4617069015829839872 4617058536646508544 4617047415902437376 4617036215164600320 "
                    + "4617024860344811520 | -145953747914644108",
            "W2", "4604797952278396928 4604766229113077760 4604734297641844736 4604701428257128448 "
                    + "4604676446579851264 | -3878339586049959957",
            "W3", "4612722931443695616 | -8728737079119537078");
}
