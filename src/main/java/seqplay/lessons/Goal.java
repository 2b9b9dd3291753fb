package seqplay.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import seqplay.format.PyFloat;
import seqplay.format.PyFormat;
import seqplay.metrics.Metrics;
import seqplay.tensor.Maths;

/**
 * A lesson goal: one comparison over what the learner's run produced.
 *
 * <pre>
 * goal       := operand comparator operand
 * comparator := "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!="
 * operand    := number | key | "evaluate." key | "min(" key ")" | "max(" key ")" | "first(" key ")"
 *             | "epochs_run" | "fits"
 * key        := "loss" | metric | "val_loss" | "val_" metric          (a log key of model.fit)
 * number     := ["-"] digits ["." digits] [("e"|"E") ["+"|"-"] digits]
 * </pre>
 *
 * <p>{@code key} is the final epoch's value in the logs of the run's last {@code fit} (what {@code history.history[key][-1]}
 * holds); {@code min(key)}, {@code max(key)}, {@code first(key)} look at every epoch of that fit;
 * {@code evaluate.key} is the value the run's last {@code model.evaluate(...)} returned under that name
 * ({@code loss} or a compiled metric); {@code epochs_run} counts the epochs the last fit ran (fewer than asked when
 * EarlyStopping stopped it); {@code fits} counts the {@code fit} calls of the run. A metric is any name
 * {@code compile(metrics=[...])} accepts ({@code accuracy}, {@code acc}, {@code mae}, ...): the log key is the string given.
 *
 * <p>Comparisons with a number are made in float32, the precision Keras computes and logs in: {@code val_accuracy >= 0.9}
 * passes for 27 of 30 right, whose logged value is float32(0.9) = 0.8999999761581421.
 *
 * <pre>{@code
 * Goal g = Goal.parse("val_accuracy >= 0.9");
 * g.evaluate(runLog)   // GoalResult(passed=true, actual="val_accuracy = 0.9333")
 * }</pre>
 */
public final class Goal {
    /** What an operand reads. */
    sealed interface Operand permits Literal, LastLog, Over, Evaluated, Counter {
    }

    record Literal(double value, String text) implements Operand {
    }

    /** {@code key}: the last epoch's value. */
    record LastLog(String key) implements Operand {
    }

    /** {@code min(key)}, {@code max(key)}, {@code first(key)}. */
    record Over(String function, String key) implements Operand {
    }

    /** {@code evaluate.key}. */
    record Evaluated(String key) implements Operand {
    }

    /** {@code epochs_run} or {@code fits}. */
    record Counter(String name) implements Operand {
    }

    static final List<String> COMPARATORS = List.of("<=", ">=", "==", "!=", "<", ">");

    private final String source;
    private final Operand left;
    private final String comparator;
    private final Operand right;

    private Goal(String source, Operand left, String comparator, Operand right) {
        this.source = source;
        this.left = left;
        this.comparator = comparator;
        this.right = right;
    }

    /** The expression as written. */
    public String source() {
        return source;
    }

    /**
     * Parses a goal.
     *
     * @throws GoalSyntaxError naming the 1-based character column of the mistake in the expression
     */
    public static Goal parse(String text) {
        Parser p = new Parser(text);
        p.skipSpace();
        Operand left = p.operand();
        p.skipSpace();
        String cmp = p.comparator();
        p.skipSpace();
        Operand right = p.operand();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "' after the comparison (one comparison per goal)");
        }
        if (left instanceof Literal && right instanceof Literal) {
            throw new GoalSyntaxError("a goal must read something from the run, not compare two numbers", 1);
        }
        return new Goal(text, left, cmp, right);
    }

    /** A mistake in a goal expression; {@link #column} is 1-based within the expression. */
    public static final class GoalSyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int column;

        GoalSyntaxError(String message, int column) {
            super(message);
            this.column = column;
        }

        public int column() {
            return column;
        }
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        GoalSyntaxError error(String message) {
            return new GoalSyntaxError(message, pos + 1);
        }

        void skipSpace() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }

        String comparator() {
            for (String c : COMPARATORS) {
                if (s.startsWith(c, pos)) {
                    pos += c.length();
                    return c;
                }
            }
            if (s.startsWith("=", pos)) {
                throw error("'=' is assignment; compare with '==' (or '>=', '<=')");
            }
            throw error(pos >= s.length() ? "expected a comparison (<, <=, >, >=, ==, !=) but the goal ends"
                    : "expected a comparison (<, <=, >, >=, ==, !=) but found '" + s.charAt(pos) + "'");
        }

        Operand operand() {
            if (pos >= s.length()) {
                throw error("expected a number or a name but the goal ends");
            }
            char c = s.charAt(pos);
            if (c == '-' || c == '.' || isDigit(c)) {
                return number();
            }
            if (!isNameStart(c)) {
                throw error("expected a number or a name but found '" + c + "'");
            }
            int start = pos;
            String name = name();
            if (pos < s.length() && s.charAt(pos) == '(') {
                if (!name.equals("min") && !name.equals("max") && !name.equals("first")) {
                    throw new GoalSyntaxError("unknown function '" + name + "' (known: min, max, first)", start + 1);
                }
                pos++;
                skipSpace();
                int keyAt = pos;
                if (pos >= s.length() || !isNameStart(s.charAt(pos))) {
                    throw error("expected a log key such as val_loss inside " + name + "(...)");
                }
                String key = name();
                checkKey(key, keyAt);
                skipSpace();
                if (pos >= s.length() || s.charAt(pos) != ')') {
                    throw error("expected ')' to close " + name + "(");
                }
                pos++;
                return new Over(name, key);
            }
            if (name.equals("evaluate")) {
                if (pos >= s.length() || s.charAt(pos) != '.') {
                    throw error("expected '.' after evaluate, as in evaluate.accuracy");
                }
                pos++;
                int keyAt = pos;
                if (pos >= s.length() || !isNameStart(s.charAt(pos))) {
                    throw error("expected a name after 'evaluate.', as in evaluate.accuracy");
                }
                String key = name();
                if (key.startsWith("val_")) {
                    throw new GoalSyntaxError("evaluate returns no val_ values; write evaluate." + key.substring(4),
                            keyAt + 1);
                }
                checkKey(key, keyAt);
                return new Evaluated(key);
            }
            if (name.equals("epochs_run") || name.equals("fits")) {
                return new Counter(name);
            }
            if (name.equals("min") || name.equals("max") || name.equals("first")) {
                throw error("expected '(' after " + name + ", as in " + name + "(val_loss)");
            }
            checkKey(name, start);
            return new LastLog(name);
        }

        void checkKey(String key, int at) {
            String base = key.startsWith("val_") ? key.substring(4) : key;
            if (!base.equals("loss") && !Metrics.isKnown(base)) {
                throw new GoalSyntaxError("unknown name '" + key + "' (a log key such as loss, val_loss, accuracy, "
                        + "val_accuracy, mae; evaluate.<key>; min/max/first(<key>); epochs_run; fits)", at + 1);
            }
        }

        String name() {
            int start = pos;
            while (pos < s.length() && (isNameStart(s.charAt(pos)) || isDigit(s.charAt(pos)))) {
                pos++;
            }
            return s.substring(start, pos);
        }

        Literal number() {
            int start = pos;
            if (s.charAt(pos) == '-') {
                pos++;
            }
            int digits = 0;
            while (pos < s.length() && isDigit(s.charAt(pos))) {
                pos++;
                digits++;
            }
            if (pos < s.length() && s.charAt(pos) == '.') {
                pos++;
                while (pos < s.length() && isDigit(s.charAt(pos))) {
                    pos++;
                    digits++;
                }
            }
            if (digits == 0) {
                pos = start;
                throw error("expected a number");
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos >= s.length() || !isDigit(s.charAt(pos))) {
                    throw error("expected a digit in the exponent");
                }
                while (pos < s.length() && isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            if (pos < s.length() && (isNameStart(s.charAt(pos)) || s.charAt(pos) == '.')) {
                throw error("unexpected '" + s.charAt(pos) + "' in a number");
            }
            String text = s.substring(start, pos);
            return new Literal(PyFloat.parse(text), text);
        }

        static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        static boolean isNameStart(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }
    }

    // ---- evaluation ------------------------------------------------------------------------------------------

    /** Evaluates the goal against a run. A value the run did not produce fails the goal with a message saying why. */
    public GoalResult evaluate(RunLog run) {
        List<String> shown = new ArrayList<>();
        Reading a = read(left, run, shown);
        if (a.missing != null) {
            return new GoalResult(source, false, "", a.missing);
        }
        Reading b = read(right, run, shown);
        if (b.missing != null) {
            return new GoalResult(source, false, "", b.missing);
        }
        double x = a.value;
        double y = b.value;
        // Keras logs float32 values; a threshold typed as 0.9 means float32(0.9) (see the class doc).
        if (left instanceof Literal) {
            x = Maths.roundToFloat32(x);
        }
        if (right instanceof Literal) {
            y = Maths.roundToFloat32(y);
        }
        boolean ok = compare(x, comparator, y);
        return new GoalResult(source, ok, String.join(", ", shown), null);
    }

    static boolean compare(double x, String cmp, double y) {
        switch (cmp) {
            case "<": return x < y;
            case "<=": return x <= y;
            case ">": return x > y;
            case ">=": return x >= y;
            case "==": return x == y;
            default: return x != y;
        }
    }

    private static final class Reading {
        double value;
        Text missing;
    }

    private static Reading read(Operand op, RunLog run, List<String> shown) {
        Reading r = new Reading();
        if (op instanceof Literal lit) {
            r.value = lit.value();
            return r;
        }
        if (op instanceof Counter c) {
            r.value = c.name().equals("fits") ? run.fits().size() : lastFitEpochs(run);
            shown.add(c.name() + " = " + (long) r.value);
            return r;
        }
        if (op instanceof Evaluated ev) {
            Map<String, Double> last = run.lastEvaluation();
            if (last == null) {
                r.missing = new Text("아직 model.evaluate(...)를 실행하지 않았습니다.",
                        "The program has not called model.evaluate(...) yet.");
                return r;
            }
            Double v = last.get(ev.key());
            if (v == null) {
                r.missing = new Text("model.evaluate(...)의 결과에 " + ev.key() + " 값이 없습니다 (있는 값: "
                        + String.join(", ", last.keySet()) + ").",
                        "model.evaluate(...) returned no " + ev.key() + " (it returned: "
                        + String.join(", ", last.keySet()) + ").");
                return r;
            }
            r.value = v;
            shown.add("evaluate." + ev.key() + " = " + show(v));
            return r;
        }
        String key = op instanceof LastLog ll ? ll.key() : ((Over) op).key();
        RunLog.Fit fit = run.lastFit();
        if (fit == null) {
            r.missing = new Text("아직 model.fit(...)으로 학습하지 않았습니다.",
                    "The program has not trained with model.fit(...) yet.");
            return r;
        }
        List<Double> values = fit.history().get(key);
        if (values == null || values.isEmpty()) {
            r.missing = missingKey(key, fit);
            return r;
        }
        if (op instanceof LastLog) {
            r.value = values.get(values.size() - 1);
            shown.add(key + " = " + show(r.value));
            return r;
        }
        String fn = ((Over) op).function();
        double v = values.get(0);
        for (double d : values) {
            if (fn.equals("min") ? d < v : fn.equals("max") && d > v) {
                v = d;
            }
        }
        r.value = v;
        shown.add(fn + "(" + key + ") = " + show(v));
        return r;
    }

    private static int lastFitEpochs(RunLog run) {
        RunLog.Fit fit = run.lastFit();
        if (fit == null) {
            return 0;
        }
        int n = 0;
        for (List<Double> v : fit.history().values()) {
            n = Math.max(n, v.size());
        }
        return n;
    }

    private static Text missingKey(String key, RunLog.Fit fit) {
        String have = String.join(", ", fit.history().keySet());
        if (key.startsWith("val_")) {
            return new Text("마지막 학습의 기록에 " + key + " 값이 없습니다 (있는 값: " + have + "). "
                    + "fit(..., validation_split=0.2)처럼 검증 데이터를 떼어 두었나요?"
                    + (key.equals("val_loss") ? "" : " compile(metrics=[...])에 " + key.substring(4) + "를 넣었나요?"),
                    "The last fit logged no " + key + " (it logged: " + have + "). Did you hold out validation data, "
                    + "e.g. fit(..., validation_split=0.2)?"
                    + (key.equals("val_loss") ? "" : " Is " + key.substring(4) + " in compile(metrics=[...])?"));
        }
        return new Text("마지막 학습의 기록에 " + key + " 값이 없습니다 (있는 값: " + have + "). "
                + "compile(metrics=[...])에 " + key + "를 넣었나요?",
                "The last fit logged no " + key + " (it logged: " + have + "). Is " + key
                + " in compile(metrics=[...])?");
    }

    /** Four decimals as in Keras' log, or Keras' exponent form for tiny values. */
    static String show(double v) {
        return PyFormat.format(v, Math.abs(v) > 1e-3 ? ".4f" : ".4e");
    }

    @Override
    public String toString() {
        return source;
    }
}
