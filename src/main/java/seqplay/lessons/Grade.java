package seqplay.lessons;

import java.util.List;

/**
 * A run graded against a lesson: passed when every goal and check passed.
 *
 * <p>{@link #toJson()} is what the worker posts to the page:
 * <pre>{@code
 * {"passed":false,
 *  "goals":[{"goal":"val_accuracy >= 0.9","passed":false,"actual":"val_accuracy = 0.8667"}],
 *  "checks":[{"check":{"outputActivation":"softmax"},"passed":true,
 *             "message":{"ko":"출력층 활성화 함수: softmax","en":"output activation: softmax"}}]}
 * }</pre>
 */
public record Grade(boolean passed, List<GoalResult> goals, List<CheckResult> checks) {
    public Grade {
        goals = List.copyOf(goals);
        checks = List.copyOf(checks);
    }

    public String toJson() {
        StringBuilder sb = new StringBuilder("{\"passed\":").append(passed).append(",\"goals\":[");
        for (int i = 0; i < goals.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(goals.get(i).toJson());
        }
        sb.append("],\"checks\":[");
        for (int i = 0; i < checks.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(checks.get(i).toJson());
        }
        return sb.append("]}").toString();
    }
}
