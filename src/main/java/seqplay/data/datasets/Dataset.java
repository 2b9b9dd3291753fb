package seqplay.data.datasets;

import java.util.List;

/**
 * A loaded dataset before it is wrapped for the learner: row-major features and the targets.
 *
 * @param data         {@code rows × cols} features, row-major (float64 in sklearn)
 * @param classTarget  class labels (int64 in sklearn) for classification sets, else {@code null}
 * @param valueTarget  targets of a regression set (float64 in sklearn), else {@code null}
 * @param featureNames sklearn's {@code feature_names}
 * @param targetNames  sklearn's {@code target_names} (class names), or {@code null} when sklearn has none
 * @param descr        the {@code DESCR} text
 */
public record Dataset(String name, double[] data, int rows, int cols, long[] classTarget, double[] valueTarget,
        List<String> featureNames, List<String> targetNames, String descr) {
}
