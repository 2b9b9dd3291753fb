package seqplay.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import seqplay.training.Clock;

/** A clock that returns the given readings in order, then keeps returning the last one. */
public final class ScriptedClock implements Clock {
    private final Deque<Double> readings = new ArrayDeque<>();
    private double last;

    public ScriptedClock(double... values) {
        for (double v : values) {
            readings.add(v);
        }
    }

    /** A clock advancing by {@code step} seconds per reading, from 0. */
    public static Clock ticking(double step) {
        double[] t = {-step};
        return () -> t[0] += step;
    }

    @Override
    public double seconds() {
        if (!readings.isEmpty()) {
            last = readings.poll();
        }
        return last;
    }
}
