package seqplay.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A lesson run step by step: runs that share a context share variables; reports keep the editor's lines. */
class SessionTest {
    private static final class Text implements Output {
        final StringBuilder out = new StringBuilder();

        @Override
        public void write(String text) {
            out.append(text);
        }

        @Override
        public void writeError(String text) {
            out.append(text);
        }

        @Override
        public void liveLine(String text) {
        }

        @Override
        public void endLiveLine() {
        }

        @Override
        public void rich(RichEvent event) {
            out.append(event.text());
        }
    }

    @Test
    void laterStepsSeeTheVariablesAndModulesOfEarlierSteps() {
        Text t = new Text();
        Context ctx = new Context(t, Library.modules());
        assertNull(Execution.runToEnd(Program.parse("import numpy as np\nx = np.array([1, 2])\n", "lesson.py"), ctx));
        assertNull(Execution.runToEnd(Program.parse("y = x * 10\n", "lesson.py", 3), ctx));
        ErrorReport e = Execution.runToEnd(Program.parse("print(y)\nprint(z)\n", "lesson.py", 4), ctx);
        assertEquals("[10 20]\n", t.out.toString());
        assertEquals("Traceback (most recent call last):\n  File \"lesson.py\", line 5, in <module>\n"
                + "    print(z)\n          ^\nNameError: name 'z' is not defined\n", e.text());
        assertEquals("5:7", e.position());
        Text fresh = new Text();
        ErrorReport gone = Execution.runToEnd(Program.parse("print(y)\n", "lesson.py"),
                new Context(fresh, Library.modules()));
        assertEquals("NameError: name 'y' is not defined", gone.lastLine());
    }

    @Test
    void syntaxErrorsOfAStepNameTheEditorsLine() {
        Program p = Program.parse("model.add(Dense(3)\n", "lesson.py", 12);
        assertEquals("  File \"lesson.py\", line 12\n    model.add(Dense(3)\n             ^\n"
                + "SyntaxError: '(' was never closed\n", p.syntaxError().text());
    }

    @Test
    void deeplyNestedValuesRaiseRecursionErrorInsteadOfOverflowingTheStack() {
        Run r = Run.of("a = []\nfor i in range(5000):\n    a = [a]\nprint(a)\n");
        assertEquals("RecursionError: maximum recursion depth exceeded while getting the repr of an object",
                r.error.lastLine());
        Run eq = Run.of("a = []\nb = []\nfor i in range(5000):\n    a = [a]\n    b = [b]\nprint(a == b)\n");
        assertEquals("RecursionError: maximum recursion depth exceeded in comparison", eq.error.lastLine());
    }
}
