package seqplay.training;

import seqplay.format.PyFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keras 3's progress bar: {@code 25/25 ━━━━━━━━━━━━━━━━━━━━ 3s 28ms/step - accuracy: 0.5475 - loss: 0.6975}.
 *
 * <p>Width 20, the done part {@code int(20 * current / target)} long; in-epoch updates (at most every 0.05 s)
 * show an ETA, the final one the elapsed time; time per step excludes the first step; metrics in the order they
 * first appeared (Keras' logs are sorted), {@code .4f} when |v| > 1e-3 else {@code .4e}. In-epoch values are the
 * step-weighted average of the logged values, the final line shows the epoch's values as they are (Keras treats
 * every metric as "stateless" here).
 *
 * <p>Keras note: Keras colours the bar with ANSI codes (green done part); the text here is plain and the page
 * colours the first {@link #doneWidth} characters of the bar itself.
 */
public final class ProgressBar {
    private static final int WIDTH = 20;
    private static final double INTERVAL = 0.05;

    private final int target;
    private final int verbose;
    private final Clock clock;
    private final ProgressSink sink;
    private final double start;
    private final List<String> order = new ArrayList<>();
    private final Map<String, double[]> values = new HashMap<>();
    private int seenSoFar;
    private double lastUpdate = Double.NEGATIVE_INFINITY;
    private double timeAfterFirstStep = Double.NaN;
    private int doneWidth;

    /**
     * @param target  the number of steps (batches) in the epoch
     * @param verbose 1 for the live bar, 2 for one line at the end
     */
    public ProgressBar(int target, int verbose, Clock clock, ProgressSink sink) {
        this.target = target;
        this.verbose = verbose;
        this.clock = clock;
        this.sink = sink;
        this.start = clock.seconds();
    }

    /** The number of bar characters drawn as done in the last line. */
    public int doneWidth() {
        return doneWidth;
    }

    /** Reports step {@code current} (1-based) with the logs so far; {@code finalize} ends the bar. */
    public void update(int current, Map<String, Double> logs, boolean finalize) {
        if (logs != null) {
            for (Map.Entry<String, Double> e : logs.entrySet()) {
                add(current, e.getKey(), e.getValue(), finalize);
            }
        }
        show(current, finalize);
    }

    /**
     * The same with the logs as parallel arrays (sorted keys), as the training loop reports every batch: between
     * the throttled redraws this costs a few additions and one clock reading.
     */
    public void update(int current, String[] keys, double[] logValues, boolean finalize) {
        for (int i = 0; i < keys.length; i++) {
            add(current, keys[i], logValues[i], finalize);
        }
        show(current, finalize);
    }

    private void add(int current, String k, double v, boolean finalize) {
        double[] acc = values.get(k);
        if (acc == null) {
            order.add(k);
        }
        if (finalize) {
            values.put(k, new double[] {v, 1});
        } else {
            int base = Math.max(current - seenSoFar, 1);
            if (acc == null) {
                values.put(k, new double[] {v * base, base});
            } else {
                acc[0] += v * base;
                acc[1] += base;
            }
        }
    }

    private void show(int current, boolean finalize) {
        seenSoFar = current;
        double now = clock.seconds();
        double perStep = estimateStepDuration(current, now);
        if (verbose == 1) {
            if (now - lastUpdate < INTERVAL && !finalize) {
                return;
            }
            StringBuilder line = new StringBuilder();
            int digits = Integer.toString(target).length();
            String count = Integer.toString(current);
            line.append(" ".repeat(Math.max(0, digits - count.length()))).append(count).append('/').append(target)
                    .append(' ');
            doneWidth = target > 0 ? (int) (WIDTH * ((double) current / target)) : 0;
            line.append("━".repeat(WIDTH));
            if (!finalize && target > 0) {
                line.append(' ').append(eta(perStep * (target - current)));
            } else {
                line.append(' ').append(PyFormat.format(now - start, ".0f")).append('s');
            }
            line.append(formatTime(perStep));
            appendMetrics(line, true);
            if (finalize) {
                sink.finish(line.toString());
            } else {
                sink.live(line.toString());
            }
        } else if (verbose == 2 && finalize && target > 0) {
            int digits = Integer.toString(target).length();
            String count = Integer.toString(current);
            StringBuilder line = new StringBuilder();
            line.append(" ".repeat(Math.max(0, digits - count.length()))).append(count).append('/').append(target)
                    .append(" - ").append(PyFormat.format(now - start, ".0f")).append("s -").append(formatTime(perStep));
            appendMetrics(line, false);
            sink.print(line.toString());
        }
        lastUpdate = now;
    }

    private void appendMetrics(StringBuilder line, boolean absolute) {
        for (String k : order) {
            double[] acc = values.get(k);
            double avg = acc[0] / Math.max(1, acc[1]);
            line.append(" - ").append(k).append(": ");
            // Keras' verbose=2 branch compares avg > 1e-3 without abs(): negative values print in e-notation there.
            boolean plain = absolute ? Math.abs(avg) > 1e-3 : avg > 1e-3;
            line.append(plain ? PyFormat.format(avg, ".4f") : PyFormat.format(avg, ".4e"));
        }
    }

    private static String eta(double seconds) {
        if (seconds > 3600) {
            int s = (int) seconds;
            return s / 3600 + ":" + two((s % 3600) / 60) + ":" + two(s % 60);
        }
        if (seconds > 60) {
            int s = (int) seconds;
            return s / 60 + ":" + two(s % 60);
        }
        return (int) seconds + "s";
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** Keras' {@code _format_time}: {@code " 3s/step"}, {@code " 28ms/step"}, {@code " 950us/step"}. */
    static String formatTime(double perStep) {
        if (perStep >= 1 || perStep == 0) {
            return " " + PyFormat.format(perStep, ".0f") + "s/step";
        }
        if (perStep >= 1e-3) {
            return " " + PyFormat.format(perStep * 1000.0, ".0f") + "ms/step";
        }
        return " " + PyFormat.format(perStep * 1000000.0, ".0f") + "us/step";
    }

    private double estimateStepDuration(int current, double now) {
        if (current == 0) {
            return 0;
        }
        double perStep;
        if (!Double.isNaN(timeAfterFirstStep) && current > 1) {
            perStep = (now - timeAfterFirstStep) / (current - 1);
        } else {
            perStep = (now - start) / current;
        }
        if (current == 1) {
            timeAfterFirstStep = now;
        }
        return perStep;
    }
}
