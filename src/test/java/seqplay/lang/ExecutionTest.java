package seqplay.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import seqplay.errors.PyException;
import seqplay.lang.runtime.Modules;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyFunction;
import seqplay.lang.runtime.PyModule;

/** The resumable interpreter: slices, long tasks at statement level and inside expressions, stop, bugs. */
class ExecutionTest {
    /** A task of {@code total} units that records every step's budget. */
    static final class CountingTask implements LongTask {
        final int total;
        final int failAt;
        int done;
        boolean stopped;
        final List<Integer> budgets = new ArrayList<>();

        CountingTask(int total, int failAt) {
            this.total = total;
            this.failAt = failAt;
        }

        @Override
        public boolean step(int budget) {
            budgets.add(budget);
            if (stopped) {
                return true;
            }
            for (int i = 0; i < budget && done < total; i++) {
                done++;
                if (done == failAt) {
                    throw new PyException("ValueError", "failed at unit " + done, "lang.internal");
                }
            }
            return done >= total;
        }

        @Override
        public Object result() {
            return (long) done;
        }

        @Override
        public void stop() {
            stopped = true;
        }
    }

    private final List<CountingTask> tasks = new ArrayList<>();

    private Modules modules() {
        Modules m = new Modules();
        m.register("work", ctx -> new PyModule("work")
                .add("run", PyFunction.of("run(units, fail_at=-1)", a -> {
                    CountingTask t = new CountingTask(Py.toInt(a[0]), Py.toInt(a[1]));
                    tasks.add(t);
                    return t;
                })));
        return m;
    }

    private static final class Capture implements Output {
        final StringBuilder out = new StringBuilder();

        @Override
        public void write(String text) {
            out.append(text);
        }

        @Override
        public void writeError(String text) {
            out.append("[err]").append(text);
        }

        @Override
        public void liveLine(String text) {
            out.append("[live]").append(text);
        }

        @Override
        public void endLiveLine() {
        }

        @Override
        public void rich(RichEvent event) {
            out.append(event.text());
        }
    }

    private Execution start(String code, Capture out) {
        return Execution.start(Program.parse(code, "lesson.py"), new Context(out, modules()));
    }

    @Test
    void aStatementLevelTaskIsSteppedByLaterCallsAndItsResultAssigned() {
        Capture out = new Capture();
        Execution run = start("import work\nprint('before')\nh = work.run(10)\nprint('after', h)\n", out);
        assertEquals(Execution.State.RUNNING, run.step(100));
        assertEquals("before\n", out.out.toString());
        assertEquals(1, tasks.size());
        assertEquals(List.of(), tasks.get(0).budgets);
        assertEquals(Execution.State.RUNNING, run.step(4));
        assertEquals(Execution.State.RUNNING, run.step(4));
        assertEquals(8, tasks.get(0).done);
        assertEquals("before\n", out.out.toString());
        assertEquals(Execution.State.FINISHED, run.step(4));
        assertEquals(List.of(4, 4, 4), tasks.get(0).budgets);
        assertEquals("before\nafter 10\n", out.out.toString());
        assertNull(run.error());
    }

    @Test
    void tasksInsideForAndIfBodiesSuspendTheLoopAndResumeIt() {
        Capture out = new Capture();
        Execution run = start("import work\nfor i in range(3):\n    if i != 1:\n        r = work.run(2)\n"
                + "        print(i, r)\n    else:\n        work.run(5)\nprint('end')\n", out);
        int calls = 0;
        while (run.step(1) == Execution.State.RUNNING) {
            calls++;
        }
        assertNull(run.error());
        assertEquals("0 2\n2 2\nend\n", out.out.toString());
        assertEquals(3, tasks.size());
        assertEquals(List.of(1, 1), tasks.get(0).budgets);
        assertEquals(List.of(1, 1, 1, 1, 1), tasks.get(1).budgets);
        assertTrue(calls > 9, "each unit of every task took its own step call: " + calls);
    }

    @Test
    void aTaskInsideABiggerExpressionRunsToCompletionOnTheSpot() {
        Capture out = new Capture();
        Execution run = start("import work\nprint(work.run(7) + 1)\nx = [work.run(2)]\nprint(x)\n", out);
        assertEquals(Execution.State.FINISHED, run.step(10));
        assertEquals("8\n[2]\n", out.out.toString());
    }

    @Test
    void stopEndsTheTaskKeepingItsWorkThenTheProgramWithKeyboardInterrupt() {
        Capture out = new Capture();
        Execution run = start("import work\nh = work.run(100)\nprint('not reached')\n", out);
        run.step(10);
        run.step(10);
        assertEquals(10, tasks.get(0).done);
        run.stop();
        assertEquals(Execution.State.FAILED, run.step(10));
        assertTrue(tasks.get(0).stopped);
        assertEquals(10, tasks.get(0).done);
        assertEquals("", out.out.toString());
        ErrorReport e = run.error();
        assertEquals("KeyboardInterrupt", e.type());
        assertEquals("Traceback (most recent call last):\n  File \"lesson.py\", line 2, in <module>\n"
                + "    h = work.run(100)\n        ^^^^^^^^^^^^^\nKeyboardInterrupt\n", e.text());
        assertEquals("2:5", e.position());
        assertEquals(18, e.endColumn());
        assertEquals("실행을 멈췄습니다. 멈추기 전까지 학습된 가중치는 모델에 그대로 남아 있습니다.", e.hint("ko"));
    }

    @Test
    void stopBetweenStatementsInterruptsAtTheNextStatement() {
        Capture out = new Capture();
        Execution run = start("for i in range(10**9):\n    x = i\n", out);
        assertEquals(Execution.State.RUNNING, run.step(1000));
        run.stop();
        assertEquals(Execution.State.FAILED, run.step(1000));
        String text = run.error().text();
        assertTrue(text.equals("Traceback (most recent call last):\n  File \"lesson.py\", line 2, in <module>\n"
                + "    x = i\nKeyboardInterrupt\n") || text.equals("Traceback (most recent call last):\n"
                + "  File \"lesson.py\", line 1, in <module>\n    for i in range(10**9):\nKeyboardInterrupt\n"), text);
    }

    @Test
    void anErrorThrownByATaskIsLocatedAtTheCallThatStartedIt() {
        Capture out = new Capture();
        Execution run = start("import work\n\nresult = work.run(10, fail_at=7)\n", out);
        while (run.step(2) == Execution.State.RUNNING) {
            // drive it
        }
        assertEquals("Traceback (most recent call last):\n  File \"lesson.py\", line 3, in <module>\n"
                + "    result = work.run(10, fail_at=7)\n             ^^^^^^^^^^^^^^^^^^^^^^^\n"
                + "ValueError: failed at unit 7\n", run.error().text());
        assertEquals("lang.internal", run.error().hintId());
    }

    @Test
    void aJavaBugInBoundCodeBecomesALocatedSystemErrorNotACrash() {
        Modules m = new Modules();
        m.register("buggy", ctx -> new PyModule("buggy").add("boom", PyFunction.of("boom()", a -> {
            Object[] none = new Object[0];
            return none[1];
        })));
        Capture out = new Capture();
        Execution run = Execution.start(Program.parse("import buggy\nx = 1\ny = buggy.boom()\n", "lesson.py"),
                new Context(out, m));
        assertEquals(Execution.State.FAILED, run.step(100));
        ErrorReport e = run.error();
        assertEquals("SystemError", e.type());
        assertEquals(3, e.line());
        assertEquals(5, e.column());
        assertTrue(e.text().startsWith("Traceback (most recent call last):\n  File \"lesson.py\", line 3, in <module>\n"
                + "    y = buggy.boom()\n        ^^^^^^^^^^^^\nSystemError: internal error in the playground "
                + "(java.lang.ArrayIndexOutOfBoundsException"), e.text());
        assertEquals("lang.internal", e.hintId());
    }

    @Test
    void runsAreResumableOneStatementAtATime() {
        Capture out = new Capture();
        Execution run = start("a = 1\nprint(a)\nfor i in range(2):\n    print(i)\nprint('done')\n", out);
        List<String> seen = new ArrayList<>();
        while (run.step(1) == Execution.State.RUNNING) {
            seen.add(out.out.toString());
        }
        // One statement per call (a loop's next item counts as one); the call after the last statement
        // reports the end.
        assertEquals(List.of("", "1\n", "1\n", "1\n", "1\n0\n", "1\n0\n", "1\n0\n1\n", "1\n0\n1\ndone\n"),
                seen);
        assertEquals("1\n0\n1\ndone\n", out.out.toString());
    }

    @Test
    void syntaxWarningsGoToStandardErrorBeforeTheProgramRuns() {
        Capture out = new Capture();
        Execution run = start("x = 1\nprint(x is 1)\n", out);
        run.step(10);
        assertEquals("[err]lesson.py:2: SyntaxWarning: \"is\" with 'int' literal. Did you mean \"==\"?\n"
                + "  print(x is 1)\nTrue\n", out.out.toString());
    }
}
