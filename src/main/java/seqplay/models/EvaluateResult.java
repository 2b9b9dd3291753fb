package seqplay.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code model.evaluate} computed: the loss and each compiled metric.
 *
 * <p>Keras 3 returns the scalar loss when no metrics were compiled, otherwise a list {@code [loss, m1, m2…]} in
 * compile order; {@code return_dict=True} gives a dict with sorted keys.
 *
 * @param values loss first, then the metrics in compile order
 */
public record EvaluateResult(LinkedHashMap<String, Double> values) {
    public double loss() {
        return values.get("loss");
    }

    /** {@code [loss, m1, m2…]}. */
    public List<Double> asList() {
        return new ArrayList<>(values.values());
    }

    /** {@code return_dict=True}: keys sorted as Keras 3 sorts its logs. */
    public Map<String, Double> asDict() {
        return new TreeMap<>(values);
    }

    /** Whether Keras would return a bare float (no metrics compiled). */
    public boolean isScalar() {
        return values.size() == 1;
    }
}
