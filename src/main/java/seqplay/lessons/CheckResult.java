package seqplay.lessons;

/**
 * One check against a run.
 *
 * @param check    the check as written, e.g. {@code {"outputActivation":"softmax"}}
 * @param passed   whether the model meets it
 * @param message  what the page shows, e.g. {@code 출력층 활성화 함수: softmax (지금: sigmoid)} /
 *                 {@code output activation: softmax (now: sigmoid)}; without the "now" part when it passes
 */
public record CheckResult(String check, boolean passed, Text message) {
    static CheckResult of(Check c, String expected, String actual, boolean passed) {
        Text label = Check.label(c.kind());
        String ko = label.ko() + ": " + expected + (passed ? "" : " (지금: " + actual + ")");
        String en = label.en() + ": " + expected + (passed ? "" : " (now: " + actual + ")");
        return new CheckResult(c.toJson(), passed, new Text(ko, en));
    }

    static CheckResult noModel(Check c, String expected) {
        Text label = Check.label(c.kind());
        return new CheckResult(c.toJson(), false, new Text(label.ko() + ": " + expected
                + " (아직 compile한 모델이 없습니다)", label.en() + ": " + expected + " (no compiled model yet)"));
    }

    String toJson() {
        return "{\"check\":" + check + ",\"passed\":" + passed + ",\"message\":" + message.toJson() + "}";
    }
}
