package seqplay.lessons;

/**
 * One goal checked against a run.
 *
 * @param goal    the expression as the lesson wrote it
 * @param passed  whether the run meets it
 * @param actual  the values read, e.g. {@code val_accuracy = 0.9333} (empty when one was missing)
 * @param problem why it could not be evaluated (no fit yet, a key not logged), or {@code null}
 */
public record GoalResult(String goal, boolean passed, String actual, Text problem) {
    String toJson() {
        return "{\"goal\":" + Json.quote(goal) + ",\"passed\":" + passed + ",\"actual\":" + Json.quote(actual)
                + (problem == null ? "" : ",\"problem\":" + problem.toJson()) + "}";
    }
}
