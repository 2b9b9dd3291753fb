package seqplay.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import seqplay.backend.Variable;
import seqplay.errors.PyException;

class OptimizersTest {
    // ---------------------------------------------------------------- hand-derived trajectories on f(w) = w²

    /** Runs {@code steps} updates of one weight w (start 1) on f(w) = w², gradient 2w. */
    private static double[] minimiseSquare(Optimizer opt, int steps) {
        Variable w = new Variable("w", "w", new int[] {1}, true);
        w.value()[0] = 1.0;
        double[] path = new double[steps];
        for (int s = 0; s < steps; s++) {
            w.grad()[0] = 2 * w.value()[0];
            opt.apply(List.of(w));
            path[s] = w.value()[0];
        }
        return path;
    }

    private static void assertPath(double[] expected, double[] actual) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-14, "step " + (i + 1));
        }
    }

    @Test
    void sgdFollowsTheGradientByHand() {
        // w ← w − 0.1 · 2w = 0.8 w: 0.8, 0.64, 0.512, 0.4096, 0.32768
        assertPath(new double[] {0.8, 0.64, 0.512, 0.4096, 0.32768}, minimiseSquare(new SGD(0.1, 0.0, false), 5));
    }

    @Test
    void sgdWithMomentumByHand() {
        // m ← 0.9m − 0.1g; w ← w + m
        // g=2      m=−0.2              w=0.8
        // g=1.6    m=−0.18−0.16=−0.34  w=0.46
        // g=0.92   m=−0.306−0.092      w=0.062
        // g=0.124  m=−0.3582−0.0124    w=−0.3086
        // g=−0.6172 m=−0.33354+0.06172 w=−0.58042
        assertPath(new double[] {0.8, 0.46, 0.062, -0.3086, -0.58042}, minimiseSquare(new SGD(0.1, 0.9, false), 5));
    }

    @Test
    void sgdWithNesterovMomentumByHand() {
        // m ← 0.9m − 0.1g; w ← w + 0.9m − 0.1g
        // g=2         m=−0.2        w=1 − 0.18 − 0.2 = 0.62
        // g=1.24      m=−0.304      w=0.62 − 0.2736 − 0.124 = 0.2224
        // g=0.4448    m=−0.31808    w=0.2224 − 0.286272 − 0.04448 = −0.108352
        // g=−0.216704 m=−0.2646016  w=−0.108352 − 0.23814144 + 0.0216704 = −0.32482304
        // g=−0.64964608 m=−0.173176832 w=−0.32482304 − 0.1558591488 + 0.064964608 = −0.4157175808
        assertPath(new double[] {0.62, 0.2224, -0.108352, -0.32482304, -0.4157175808},
                minimiseSquare(new SGD(0.1, 0.9, true), 5));
    }

    @Test
    void adamsFirstStepMovesEachWeightByAboutTheLearningRate() {
        // t=1: m = 0.1g, v = 0.001g², α = lr·sqrt(0.001)/0.1, step = α·m/(sqrt v + ε) = lr·|g|/(|g| + ε/sqrt(0.001))
        Variable w = new Variable("kernel", "d/kernel", new int[] {4}, true);
        double[] start = {0.5, -0.3, 2.0, 0.0};
        double[] g = {3.0, -0.02, 1e-3, 0.0};
        System.arraycopy(start, 0, w.value(), 0, 4);
        System.arraycopy(g, 0, w.grad(), 0, 4);
        new Adam().apply(List.of(w));
        for (int i = 0; i < 4; i++) {
            double a = Math.abs(g[i]);
            double expected = a == 0 ? 0 : 0.001 * a / (a + 1e-7 / Math.sqrt(0.001));
            assertEquals(expected, Math.abs(start[i] - w.value()[i]), 1e-15, "weight " + i); // rounding of θ − step
        }
        assertEquals(0.001, start[0] - w.value()[0], 2e-9); // a gradient of 3 moves it by lr·(1 − 1.05e-6)
        assertEquals(0.0, w.value()[3] - start[3]);        // no gradient, no move
    }

    @Test
    void rmspropsFirstStepIsTheLearningRateOverTheRootOfOneMinusRho() {
        // v = 0.1g², step = lr·g / sqrt(0.1g² + ε) ≈ lr / sqrt(0.1) = 3.1623 lr
        double[] path = minimiseSquare(new RMSprop(0.01, 0.9, 0.0, 1e-7, false), 1);
        assertEquals(1.0 - 0.01 * 2 / Math.sqrt(0.4 + 1e-7), path[0], 1e-15);
    }

    @Test
    void adagradsFirstStepUsesTheInitialAccumulator() {
        // acc = 0.1 + 4, step = lr·2 / sqrt(4.1 + ε)
        double[] path = minimiseSquare(new Adagrad(0.1, 0.1, 1e-7), 1);
        assertEquals(1.0 - 0.1 * 2 / Math.sqrt(4.1 + 1e-7), path[0], 1e-15);
    }

    // ---------------------------------------------------------------- golden trajectories vs a re-implementation

    /**
     * A small fixed problem with two variables (a 2×2 kernel and a bias of 2) whose gradient is non-linear in the
     * weights: g = c·(θ − t)³ + (θ − t)/2, one entry starting at its target (gradient exactly 0).
     */
    private static final double[] TARGET = {0.3, -0.7, 1.1, 0.0, -0.2, 0.4};
    private static final double[] START = {0.5, -1.0, 2.0, 0.0, 0.1, -0.3};
    private static final double[] C = {1.0, 2.0, 0.5, 3.0, 1.5, 0.25};

    private static double gradientAt(int i, double theta) {
        double d = theta - TARGET[i];
        return C[i] * d * d * d + 0.5 * d;
    }

    /** The optimizer's trajectory over 8 steps: weights after each step, kernel then bias. */
    private static double[][] trajectory(Optimizer opt) {
        Variable kernel = new Variable("kernel", "s/d/kernel", new int[] {2, 2}, true);
        Variable bias = new Variable("bias", "s/d/bias", new int[] {2}, true);
        System.arraycopy(START, 0, kernel.value(), 0, 4);
        System.arraycopy(START, 4, bias.value(), 0, 2);
        List<Variable> vars = List.of(kernel, bias);
        double[][] out = new double[8][6];
        for (int s = 0; s < 8; s++) {
            for (int i = 0; i < 4; i++) {
                kernel.grad()[i] = gradientAt(i, kernel.value()[i]);
            }
            for (int i = 0; i < 2; i++) {
                bias.grad()[i] = gradientAt(4 + i, bias.value()[i]);
            }
            opt.apply(vars);
            System.arraycopy(kernel.value(), 0, out[s], 0, 4);
            System.arraycopy(bias.value(), 0, out[s], 4, 2);
        }
        return out;
    }

    /** A plain re-implementation of one update rule, written from the textbook formulas (one weight at a time). */
    interface Rule {
        double step(int i, double theta, double g, int t);
    }

    private static double[][] reference(Rule rule) {
        double[] theta = START.clone();
        double[][] out = new double[8][6];
        for (int s = 0; s < 8; s++) {
            for (int i = 0; i < 6; i++) {
                theta[i] = rule.step(i, theta[i], gradientAt(i, theta[i]), s + 1);
            }
            out[s] = theta.clone();
        }
        return out;
    }

    private static void assertSameTrajectory(double[][] expected, double[][] actual) {
        for (int s = 0; s < expected.length; s++) {
            for (int i = 0; i < 6; i++) {
                double e = expected[s][i];
                assertEquals(e, actual[s][i], 1e-12 * Math.max(1, Math.abs(e)), "step " + (s + 1) + " weight " + i);
            }
        }
        assertTrue(actual[7][0] != START[0], "the trajectory moved");
    }

    /**
     * Adam as Kingma & Ba write it, with bias-corrected moments m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ) and Keras' ε applied
     * before the correction ("epsilon hat": ε̂ = ε / sqrt(1−β₂ᵗ) in the corrected form).
     */
    private static Rule textbookAdam(double lr, double b1, double b2, double eps, boolean amsgrad) {
        double[] m = new double[6];
        double[] v = new double[6];
        double[] vMax = new double[6];
        return (i, theta, g, t) -> {
            m[i] = b1 * m[i] + (1 - b1) * g;
            v[i] = b2 * v[i] + (1 - b2) * g * g;
            vMax[i] = Math.max(vMax[i], v[i]);
            double mHat = m[i] / (1 - Math.pow(b1, t));
            double vHat = (amsgrad ? vMax[i] : v[i]) / (1 - Math.pow(b2, t));
            double epsHat = eps / Math.sqrt(1 - Math.pow(b2, t));
            return theta - lr * mHat / (Math.sqrt(vHat) + epsHat);
        };
    }

    @Test
    void adamMatchesTheTextbookFormulasOverEightSteps() {
        assertSameTrajectory(reference(textbookAdam(0.05, 0.9, 0.999, 1e-7, false)),
                trajectory(new Adam(0.05, 0.9, 0.999, 1e-7, false)));
    }

    @Test
    void amsgradMatchesTheTextbookFormulasOverEightSteps() {
        // β₂ = 0.5 makes v shrink after the gradients fall, so the running maximum matters
        double[][] expected = reference(textbookAdam(0.05, 0.9, 0.5, 1e-7, true));
        assertSameTrajectory(expected, trajectory(new Adam(0.05, 0.9, 0.5, 1e-7, true)));
        double[][] plain = reference(textbookAdam(0.05, 0.9, 0.5, 1e-7, false));
        assertTrue(Math.abs(plain[7][2] - expected[7][2]) > 1e-6, "amsgrad changes the trajectory");
    }

    @Test
    void sgdVariantsMatchTheirFormulasOverEightSteps() {
        assertSameTrajectory(reference((i, theta, g, t) -> theta - 0.1 * g), trajectory(new SGD(0.1, 0.0, false)));
        double[] vel = new double[6];
        assertSameTrajectory(reference((i, theta, g, t) -> {
            vel[i] = 0.8 * vel[i] - 0.1 * g;
            return theta + vel[i];
        }), trajectory(new SGD(0.1, 0.8, false)));
        double[] nv = new double[6];
        assertSameTrajectory(reference((i, theta, g, t) -> {
            nv[i] = 0.8 * nv[i] - 0.1 * g;
            return theta + 0.8 * nv[i] - 0.1 * g;
        }), trajectory(new SGD(0.1, 0.8, true)));
    }

    @Test
    void rmspropMatchesHintonsFormulasOverEightSteps() {
        double[] meanSquare = new double[6];
        assertSameTrajectory(reference((i, theta, g, t) -> {
            meanSquare[i] = 0.9 * meanSquare[i] + 0.1 * g * g;
            return theta - 0.01 * g / Math.sqrt(meanSquare[i] + 1e-7);
        }), trajectory(new RMSprop(0.01, 0.9, 0.0, 1e-7, false)));
    }

    @Test
    void centeredRmspropWithMomentumMatchesItsFormulasOverEightSteps() {
        double[] ms = new double[6];
        double[] mg = new double[6];
        double[] mom = new double[6];
        assertSameTrajectory(reference((i, theta, g, t) -> {
            ms[i] = 0.8 * ms[i] + 0.2 * g * g;
            mg[i] = 0.8 * mg[i] + 0.2 * g;
            double variance = ms[i] - mg[i] * mg[i];
            mom[i] = 0.5 * mom[i] + 0.01 * g / Math.sqrt(variance + 1e-7);
            return theta - mom[i];
        }), trajectory(new RMSprop(0.01, 0.8, 0.5, 1e-7, true)));
    }

    @Test
    void adagradMatchesDuchisFormulasOverEightSteps() {
        double[] acc = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1};
        assertSameTrajectory(reference((i, theta, g, t) -> {
            acc[i] += g * g;
            return theta - 0.05 * g / Math.sqrt(acc[i] + 1e-7);
        }), trajectory(new Adagrad(0.05, 0.1, 1e-7)));
    }

    @Test
    void theIterationCountsOnceAfterAllVariables() {
        // Both variables see step t = 1 in the first apply: the same as two optimizers with one variable each.
        Optimizer together = new Adam(0.05, 0.9, 0.999, 1e-7, false);
        double[][] joint = trajectory(together);
        assertEquals(8, together.iterations());
        double[][] single = reference(textbookAdam(0.05, 0.9, 0.999, 1e-7, false));
        assertSameTrajectory(single, joint);
    }

    // ---------------------------------------------------------------- state, slots, allocation

    @Test
    void slotsAreCreatedOnTheFirstApplyAndCountedForTheSummary() {
        Optimizer adam = Optimizers.get("adam");
        assertFalse(adam.isBuilt());
        minimiseSquare(adam, 1);
        assertTrue(adam.isBuilt());
        assertEquals(2, adam.slotsPerValue());
        assertEquals(3, new Adam(0.001, 0.9, 0.999, 1e-7, true).slotsPerValue());
        assertEquals(0, new SGD().slotsPerValue());
        assertEquals(1, new SGD(0.01, 0.9, false).slotsPerValue());
        assertEquals(1, new RMSprop().slotsPerValue());
        assertEquals(3, new RMSprop(0.001, 0.9, 0.5, 1e-7, true).slotsPerValue());
        assertEquals(1, new Adagrad().slotsPerValue());
        adam.reset();
        assertFalse(adam.isBuilt());
        assertEquals(0, adam.iterations());
    }

    @Test
    void stepsAfterTheFirstAllocateNothing() {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(bean.isThreadAllocatedMemorySupported());
        List<Variable> vars = new ArrayList<>();
        vars.add(new Variable("kernel", "d/kernel", new int[] {64, 32}, true));
        vars.add(new Variable("bias", "d/bias", new int[] {32}, true));
        for (Optimizer opt : List.of(new Adam(0.001, 0.9, 0.999, 1e-7, true), new SGD(0.01, 0.9, true),
                new RMSprop(0.001, 0.9, 0.5, 1e-7, true), new Adagrad())) {
            for (Variable v : vars) {
                java.util.Arrays.fill(v.grad(), 0.25);
            }
            for (int warm = 0; warm < 200; warm++) {
                opt.apply(vars);
            }
            long tid = Thread.currentThread().getId();
            long before = bean.getThreadAllocatedBytes(tid);
            for (int s = 0; s < 2000; s++) {
                opt.apply(vars);
            }
            long allocated = bean.getThreadAllocatedBytes(tid) - before;
            assertTrue(allocated < 4096, opt.name() + " allocated " + allocated + " bytes in 2000 steps");
        }
    }

    @Test
    void anOptimizerRefusesVariablesItWasNotBuiltWith() {
        Optimizer adam = Optimizers.get("adam");
        minimiseSquare(adam, 1);
        Variable other = new Variable("kernel", "sequential_1/dense_2/kernel", new int[] {4, 8}, true);
        PyException e = assertThrows(PyException.class, () -> adam.apply(List.of(other)));
        assertEquals("ValueError: Unknown variable: <Variable path=sequential_1/dense_2/kernel, shape=(4, 8), "
                + "dtype=float32>. This optimizer can only be called for the variables it was originally built with. "
                + "When working with a new set of variables, you should recreate a new optimizer instance.",
                e.pythonLine());
    }

    // ---------------------------------------------------------------- names, defaults, errors (spec §4.1)

    @Test
    void namesAreCaseInsensitiveAndGiveKerasDefaults() {
        Adam adam = assertInstanceOf(Adam.class, Optimizers.get("ADAM"));
        assertEquals(0.001, adam.learningRate());
        assertEquals(0.9, adam.beta1());
        assertEquals(0.999, adam.beta2());
        assertEquals(1e-7, adam.epsilon());
        assertFalse(adam.amsgrad());
        SGD sgd = assertInstanceOf(SGD.class, Optimizers.get("sgd"));
        assertEquals(0.01, sgd.learningRate());
        assertEquals(0.0, sgd.momentum());
        assertFalse(sgd.nesterov());
        RMSprop rms = assertInstanceOf(RMSprop.class, Optimizers.get("RMSprop"));
        assertEquals(0.001, rms.learningRate());
        assertEquals(0.9, rms.rho());
        assertEquals(0.0, rms.momentum());
        assertEquals(1e-7, rms.epsilon());
        assertFalse(rms.centered());
        Adagrad adagrad = assertInstanceOf(Adagrad.class, Optimizers.get("Adagrad"));
        assertEquals(0.001, adagrad.learningRate());
        assertEquals(0.1, adagrad.initialAccumulatorValue());
        assertEquals(1e-7, adagrad.epsilon());
        assertEquals("adam", adam.name());
        assertEquals("rmsprop", rms.name());
    }

    @Test
    void anUnknownOptimizerIsRejectedWithKerasMessage() {
        PyException e = assertThrows(PyException.class, () -> Optimizers.get("adamm"));
        assertEquals("ValueError: Could not interpret optimizer identifier: adamm", e.pythonLine());
        PyException lacking = assertThrows(PyException.class, () -> Optimizers.get("AdamW"));
        assertEquals("NotImplementedError: The optimizer 'AdamW' exists in Keras but is not supported in the "
                + "playground.", lacking.pythonLine());
    }

    @Test
    void keywordArgumentsBuildTheOptimizer() {
        Adam adam = assertInstanceOf(Adam.class, Optimizers.create("Adam",
                Map.of("learning_rate", 0.01, "amsgrad", true, "beta_1", 0.8)));
        assertEquals(0.01, adam.learningRate());
        assertTrue(adam.amsgrad());
        assertEquals(0.8, adam.beta1());
        SGD sgd = assertInstanceOf(SGD.class, Optimizers.create("SGD",
                Map.of("learning_rate", 0.1, "momentum", 0.9, "nesterov", true)));
        assertEquals(0.9, sgd.momentum());
        assertTrue(sgd.nesterov());
        assertEquals(List.of("learning_rate", "beta_1", "beta_2", "epsilon", "amsgrad", "weight_decay", "clipnorm",
                "clipvalue", "global_clipnorm", "use_ema", "ema_momentum", "ema_overwrite_frequency",
                "loss_scale_factor", "gradient_accumulation_steps", "name"), Optimizers.parameterNames("Adam"));
    }

    @Test
    void theLegacyLrArgumentIsRejectedAsKeras3Does() {
        PyException e = assertThrows(PyException.class, () -> Optimizers.create("Adam", Map.of("lr", 0.001)));
        assertEquals("ValueError: Argument(s) not recognized: {'lr': 0.001}", e.pythonLine());
        Map<String, Object> two = new LinkedHashMap<>();
        two.put("lr", 1e-05);
        two.put("momentun", 0.9);
        PyException both = assertThrows(PyException.class, () -> Optimizers.create("SGD", two));
        assertEquals("ValueError: Argument(s) not recognized: {'lr': 1e-05, 'momentun': 0.9}", both.pythonLine());
    }

    @Test
    void theLearningRateMustBeAPythonFloat() {
        PyException e = assertThrows(PyException.class, () -> Optimizers.create("Adam", Map.of("learning_rate", 1)));
        assertEquals("ValueError: Argument `learning_rate` should be float, or an instance of LearningRateSchedule, "
                + "or a callable (that takes in the current iteration value and returns the corresponding learning "
                + "rate value). Received instead: learning_rate=1", e.pythonLine());
    }

    @Test
    void sgdMomentumMustBeAFloatBetweenZeroAndOne() {
        for (Object bad : new Object[] {1.5, -0.1, 0}) {
            PyException e = assertThrows(PyException.class, () -> Optimizers.create("SGD", Map.of("momentum", bad)));
            assertEquals("ValueError: `momentum` must be a float between [0, 1].", e.pythonLine(), "momentum=" + bad);
        }
    }

    @Test
    void baseOptionsThePlaygroundLacksSaySo() {
        PyException e = assertThrows(PyException.class, () -> Optimizers.create("Adam", Map.of("clipnorm", 1.0)));
        assertEquals("NotImplementedError: Adam(clipnorm=...) is not supported in the playground.", e.pythonLine());
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("name", "my_adam");
        defaults.put("weight_decay", null);
        defaults.put("use_ema", false);
        assertEquals("adam", Optimizers.create("Adam", defaults).name()); // Keras' defaults are accepted
    }

    @Test
    void decayIsIgnoredWithKerasWarning() {
        BaseOptimizer opt = (BaseOptimizer) Optimizers.create("Adam", Map.of("decay", 1e-6));
        assertEquals(List.of("UserWarning: Argument `decay` is no longer supported and will be ignored."),
                opt.creationWarnings());
    }
}
