package seqplay.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import seqplay.testing.RecordingSink;
import seqplay.testing.ScriptedClock;

/** Expected lines are Keras 3.15 output quoted in the Keras reference (spec §7.2). */
class ProgressBarTest {
    private static Map<String, Double> logs(Object... kv) {
        TreeMap<String, Double> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Double) kv[i + 1]);
        }
        return m;
    }

    @Test
    void finalLineShowsElapsedSecondsTimePerStepAndSortedMetrics() {
        // created at 0; step 1 ends at 2.3 s (slow first step); the epoch ends at 2.972 s: (2.972-2.3)/24 = 28 ms
        RecordingSink sink = new RecordingSink();
        ProgressBar bar = new ProgressBar(25, 1, new ScriptedClock(0.0, 2.3, 2.972), sink);
        bar.update(1, logs("accuracy", 0.5, "loss", 0.7), false);
        bar.update(25, logs("accuracy", 0.5475, "loss", 0.6975, "val_accuracy", 0.54, "val_loss", 0.7084), true);
        assertEquals(List.of("25/25 ━━━━━━━━━━━━━━━━━━━━ 3s 28ms/step - accuracy: 0.5475 - loss: 0.6975"
                + " - val_accuracy: 0.5400 - val_loss: 0.7084"), sink.lines);
        assertEquals(20, bar.doneWidth());
    }

    @Test
    void liveLinesShowAnEtaAndPadTheStepCount() {
        RecordingSink sink = new RecordingSink();
        ProgressBar bar = new ProgressBar(25, 1, new ScriptedClock(0.0, 0.1, 0.2), sink);
        bar.update(1, logs("loss", 0.7374), false);
        bar.update(12, logs("loss", 0.7028), false);
        // step 1 took 0.1 s; steps 2..12 took 0.1 s → 9 ms/step, ETA 13 × 9 ms = 0.12 s → "0s"
        assertEquals(" 1/25 ━━━━━━━━━━━━━━━━━━━━ 2s 100ms/step - loss: 0.7374", sink.liveUpdates.get(0));
        assertEquals(9, bar.doneWidth());
        // in-epoch values are averaged over steps: (0.7374 × 1 + 0.7028 × 11) / 12 = 0.70568
        assertEquals("12/25 ━━━━━━━━━━━━━━━━━━━━ 0s 9ms/step - loss: 0.7057", sink.liveUpdates.get(1));
    }

    @Test
    void inEpochValuesAreStepWeightedAveragesButTheFinalLineShowsTheLogsAsGiven() {
        RecordingSink sink = new RecordingSink();
        ProgressBar bar = new ProgressBar(4, 1, ScriptedClock.ticking(1.0), sink);
        bar.update(1, logs("loss", 1.0), false);
        bar.update(3, logs("loss", 0.4), false);
        // (1.0 × 1 + 0.4 × 2) / 3 = 0.6; readings 0 (created), 1, 2: (2 - 1) / (3 - 1) = 500 ms per step
        assertEquals("3/4 ━━━━━━━━━━━━━━━━━━━━ 0s 500ms/step - loss: 0.6000", sink.liveUpdates.get(1));
        bar.update(4, logs("loss", 0.25), true);
        assertEquals("4/4 ━━━━━━━━━━━━━━━━━━━━ 3s 667ms/step - loss: 0.2500", sink.lines.get(0));
    }

    @Test
    void smallValuesUseScientificNotationAndZeroToo() {
        RecordingSink sink = new RecordingSink();
        ProgressBar bar = new ProgressBar(1, 1, new ScriptedClock(0, 0.0005), sink);
        bar.update(1, logs("accuracy", 0.0, "loss", 0.000512345), true);
        assertEquals("1/1 ━━━━━━━━━━━━━━━━━━━━ 0s 500us/step - accuracy: 0.0000e+00 - loss: 5.1234e-04",
                sink.lines.get(0));
    }

    @Test
    void verboseTwoPrintsOneLineAtTheEndWithoutAbsoluteValueTest() {
        RecordingSink sink = new RecordingSink();
        // with verbose=2 Keras' logger only calls the bar at the end: 0.16 s / 32 steps = 5 ms
        ProgressBar bar = new ProgressBar(32, 2, new ScriptedClock(0, 0.16), sink);
        bar.update(32, logs("accuracy", 0.593, "loss", 0.6752, "neg", -0.5), true);
        assertEquals(List.of("32/32 - 0s - 5ms/step - accuracy: 0.5930 - loss: 0.6752 - neg: -5.0000e-01"), sink.lines);
        assertEquals(List.of(), sink.liveUpdates);
    }

    @Test
    void timeFormatsSwitchBetweenSecondsMillisecondsAndMicroseconds() {
        assertEquals(" 2s/step", ProgressBar.formatTime(1.5));
        assertEquals(" 0s/step", ProgressBar.formatTime(0));
        assertEquals(" 28ms/step", ProgressBar.formatTime(0.028));
        assertEquals(" 950us/step", ProgressBar.formatTime(0.00095));
    }
}
