package seqplay.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import seqplay.errors.PyException;
import seqplay.lang.runtime.Args;
import seqplay.lang.runtime.Modules;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyFunction;
import seqplay.lang.runtime.PyInstance;
import seqplay.lang.runtime.PyModule;
import seqplay.lang.runtime.PyType;
import seqplay.lang.runtime.Signature;

/** The binding API other packages build on: signatures, classes, modules and imports. */
class BindingTest {
    private static String typeError(Signature s, Args a) {
        PyException e = assertThrows(PyException.class, () -> s.bind(a));
        return e.pythonLine();
    }

    @Test
    void signaturesRaiseCpythonsTypeErrorTexts() {
        Signature s = Signature.parse("to_categorical(x, num_classes=None)");
        assertEquals("TypeError: to_categorical() got an unexpected keyword argument 'num_class'",
                typeError(s, Args.of(1L).with("num_class", 3L)));
        assertEquals("TypeError: to_categorical() missing 1 required positional argument: 'x'",
                typeError(s, Args.of()));
        assertEquals("TypeError: to_categorical() takes from 1 to 2 positional arguments but 3 were given",
                typeError(s, Args.of(1L, 2L, 3L)));
        assertEquals("TypeError: to_categorical() got multiple values for argument 'x'",
                typeError(s, Args.of(1L).with("x", 2L)));
        Signature m = Signature.parse("Sequential.add(self, layer, rebuild=True)");
        assertEquals("TypeError: Sequential.add() takes from 2 to 3 positional arguments but 4 were given",
                typeError(m, Args.of(Py.NONE, 1L, 2L, 3L)));
        Signature three = Signature.parse("f(a, b, c, *, key, flag=False)");
        assertEquals("TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'",
                typeError(three, Args.of()));
        assertEquals("TypeError: f() missing 1 required keyword-only argument: 'key'",
                typeError(three, Args.of(1L, 2L, 3L)));
        assertEquals("TypeError: f() takes 3 positional arguments but 4 positional arguments (and 1 keyword-only "
                + "argument) were given", typeError(three, Args.of(1L, 2L, 3L, 4L).with("key", 1L)));
        Signature none = Signature.parse("g()");
        assertEquals("TypeError: g() takes 0 positional arguments but 1 was given", typeError(none, Args.of(1L)));
    }

    @Test
    void signaturesFillDefaultsAndCollectExtraArguments() {
        Object[] a = Signature.parse("f(x, *rest, y=2.5, z='s', **kw)")
                .bind(Args.of(1L, 2L, 3L).with("w", true));
        assertEquals("[1, (2, 3), 2.5, 's', {'w': True}]", Py.repr(new seqplay.lang.runtime.PyList(
                java.util.Arrays.asList(a))));
    }

    /** A tiny Java class exposed to Python. */
    static final class Counter extends PyInstance {
        static final PyType TYPE = PyType.builder("Counter", "demo.counters", Counter.class)
                .constructor("Counter.__init__(self, start=0)", a -> new Counter(Py.toInt(a[1])))
                .method("add", "Counter.add(self, n=1)", (self, a) -> {
                    self.value += Py.toInt(a[1]);
                    return self;
                })
                .property("value", self -> (long) self.value, (self, v) -> self.value = Py.toInt(v))
                .property("double", self -> 2L * self.value)
                .build();
        int value;

        Counter(int start) {
            value = start;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "<Counter value=" + value + ">";
        }
    }

    private static Run run(String code) {
        Modules m = new Modules();
        m.register("demo.counters", ctx -> new PyModule("demo.counters").add("Counter", Counter.TYPE)
                .add("make", PyFunction.of("make(n)", a -> new Counter(Py.toInt(a[0])))));
        m.alias("demo.c", "demo.counters");
        return Run.of(code, m);
    }

    @Test
    void javaClassesBehaveAsPythonClasses() {
        Run r = run("from demo.counters import Counter\nc = Counter(5)\nc.add().add(n=3)\nprint(c, c.value, c.double)\n"
                + "c.value = 1\nc.note = 'mine'\nprint(c.value, c.note, type(c), isinstance(c, Counter))\n"
                + "print(c.add)\n");
        assertEquals("<Counter value=9> 9 18\n1 mine <class 'demo.counters.Counter'> True\n"
                + "<bound method Counter.add of <Counter value=1>>\n", r.all());
    }

    @Test
    void misuseOfAJavaClassGetsPythonsMessages() {
        assertEquals("Traceback (most recent call last):\n  File \"lesson.py\", line 2, in <module>\n"
                + "    c = Counter(1, 2)\n        ^^^^^^^^^^^^^\n"
                + "TypeError: Counter.__init__() takes from 1 to 2 positional arguments but 3 were given\n",
                run("from demo.counters import Counter\nc = Counter(1, 2)\n").all());
        assertEquals("Traceback (most recent call last):\n  File \"lesson.py\", line 3, in <module>\n"
                + "    c.ad(1)\n    ^^^^\nAttributeError: 'Counter' object has no attribute 'ad'. Did you mean: 'add'?\n",
                run("from demo.counters import Counter\nc = Counter()\nc.ad(1)\n").all());
        assertEquals("Traceback (most recent call last):\n  File \"lesson.py\", line 3, in <module>\n"
                + "    c.double = 4\n    ^^^^^^^^\nAttributeError: property 'double' of 'Counter' object has no setter\n",
                run("from demo.counters import Counter\nc = Counter()\nc.double = 4\n").all());
    }

    @Test
    void everyImportSpellingReachesTheSameModule() {
        Run r = run("import demo.counters\nimport demo.counters as dc\nfrom demo import counters\n"
                + "from demo.c import make as mk, Counter\nimport demo.c\nfrom demo.counters import *\n"
                + "print(demo.counters is dc, counters is dc, demo.c is dc, mk(2), make(3), dc.Counter is Counter)\n"
                + "print(demo, dc)\n");
        assertEquals("True True True <Counter value=2> <Counter value=3> True\n"
                + "<module 'demo' (built-in)> <module 'demo.counters' (built-in)>\n", r.all());
    }

    @Test
    void importMistakesGetPythonsMessagesAndHints() {
        Run missing = run("import demo.countrs\n");
        assertEquals("Traceback (most recent call last):\n  File \"lesson.py\", line 1, in <module>\n"
                + "    import demo.countrs\nModuleNotFoundError: No module named 'demo.countrs'\n", missing.all());
        assertEquals("lang.module_missing", missing.error.hintId());
        Run stdlib = run("import random\n");
        assertEquals("Traceback (most recent call last):\n  File \"lesson.py\", line 1, in <module>\n"
                + "    import random\nModuleNotFoundError: No module named 'random'\n", stdlib.all());
        assertEquals("'random' is part of Python's standard library, but the playground does not include it. It "
                + "offers tensorflow/keras, numpy, pandas, sklearn, matplotlib and math; for random numbers use "
                + "np.random.", stdlib.error.hint("en"));
        Run name = run("from demo.counters import Countr\n");
        assertEquals("Traceback (most recent call last):\n  File \"lesson.py\", line 1, in <module>\n"
                + "    from demo.counters import Countr\nImportError: cannot import name 'Countr' from "
                + "'demo.counters' (unknown location). Did you mean: 'Counter'?\n", name.all());
        assertEquals("Module 'demo.counters' has no 'Countr'. Check the spelling and case, and which module it "
                + "comes from.", name.error.hint("en"));
    }

    @Test
    void nameErrorsSuggestAndExplain() {
        Run r = Run.of("model = 1\nprint(modle)\n");
        assertEquals("NameError: name 'modle' is not defined. Did you mean: 'model'?", r.error.lastLine());
        assertEquals("2:7", r.error.position());
        assertEquals(12, r.error.endColumn());
        Run np = Run.of("x = np.array([1])\n");
        assertEquals("NameError: name 'np' is not defined", np.error.lastLine());
        assertEquals("'np' usually comes from an import. Check that `import numpy as np` is at the top of your code.",
                np.error.hint("en"));
    }
}
