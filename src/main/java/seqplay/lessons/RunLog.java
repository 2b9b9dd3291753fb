package seqplay.lessons;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqplay.callbacks.Callback;
import seqplay.callbacks.EarlyStopping;
import seqplay.callbacks.History;
import seqplay.losses.Loss;
import seqplay.models.EvaluateResult;
import seqplay.models.Sequential;
import seqplay.training.FitOptions;

/**
 * What one run of a learner's program did that a lesson grades: each {@code compile}, {@code fit} and
 * {@code evaluate}, in order.
 *
 * <p>The Keras bindings fill it; there is one per run, kept in the run's context under this class:
 * <pre>{@code
 * RunLog log = ctx.state(RunLog.class, RunLog::new);
 * log.compiled(model, lossArgument);            // in Sequential.compile, the loss as passed ('mse' or a Loss)
 * log.fitted(model, options, history);          // when fit starts (the History fills as it runs)
 * log.evaluated(model, result);                 // after model.evaluate(...)
 * }</pre>
 * and the host grades the run when it ends: {@code rubric.grade(ctx.state(RunLog.class, RunLog::new))}.
 */
public final class RunLog {
    /** A {@code model.compile(...)}: the loss as the learner named it, the optimizer's name, the metric names. */
    public record Compile(Sequential model, String loss, String optimizer, List<String> metrics) {
    }

    /**
     * A {@code model.fit(...)}.
     *
     * @param compile    the model's latest compile before this fit (null if none: fit then failed)
     * @param callbacks  class names of the callbacks passed, e.g. {@code EarlyStopping}
     * @param validation whether validation data was held out ({@code validation_split > 0} or {@code validation_data})
     * @param epochs     the {@code epochs} asked for
     * @param history    log key → value per epoch (may still be filling while the fit runs)
     */
    public record Fit(Sequential model, Compile compile, List<String> callbacks, boolean validation, int epochs,
            Map<String, List<Double>> history) {
    }

    private final List<Compile> compiles = new ArrayList<>();
    private final List<Fit> fits = new ArrayList<>();
    private final List<Map<String, Double>> evaluations = new ArrayList<>();

    /** Records {@code model.compile(loss=...)}; {@code loss} is the argument as passed: a name or a {@link Loss}. */
    public void compiled(Sequential model, Object loss) {
        String lossName = loss instanceof Loss l ? l.name() : loss == null ? null : loss.toString();
        String optimizer = model.optimizer() == null ? null : model.optimizer().name();
        compiles.add(new Compile(model, lossName, optimizer, List.copyOf(model.metricNames())));
    }

    /** Records {@code model.fit(...)} from the resolved options and the History it fills. */
    public void fitted(Sequential model, FitOptions options, History history) {
        List<String> names = new ArrayList<>();
        for (Callback c : options.callbacks()) {
            if (c instanceof EarlyStopping) {
                names.add("EarlyStopping");
            } else if (!(c instanceof History)) {
                names.add(c.getClass().getSimpleName());
            }
        }
        boolean validation = options.validationX() != null || options.validationSplit() > 0;
        fitted(model, names, validation, options.epochs(), history.history());
    }

    /** Records a fit from plain values (hosts and tests without a {@link FitOptions}). */
    public void fitted(Sequential model, List<String> callbacks, boolean validation, int epochs,
            Map<String, List<Double>> history) {
        fits.add(new Fit(model, compileOf(model), List.copyOf(callbacks), validation, epochs, history));
    }

    /** Records the values {@code model.evaluate(...)} returned, by name ({@code loss}, then the metrics). */
    public void evaluated(Sequential model, EvaluateResult result) {
        evaluated(result.values());
    }

    /** Records evaluate's values from a plain map. */
    public void evaluated(Map<String, Double> values) {
        evaluations.add(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    private Compile compileOf(Sequential model) {
        for (int i = compiles.size() - 1; i >= 0; i--) {
            if (compiles.get(i).model() == model) {
                return compiles.get(i);
            }
        }
        return null;
    }

    public List<Fit> fits() {
        return Collections.unmodifiableList(fits);
    }

    public List<Compile> compiles() {
        return Collections.unmodifiableList(compiles);
    }

    /** The run's last fit, or null. */
    public Fit lastFit() {
        return fits.isEmpty() ? null : fits.get(fits.size() - 1);
    }

    /** The last evaluate's values by name, or null. */
    public Map<String, Double> lastEvaluation() {
        return evaluations.isEmpty() ? null : evaluations.get(evaluations.size() - 1);
    }
}
