package seqplay.web;

import java.util.ArrayList;
import java.util.List;
import seqplay.lang.Context;
import seqplay.lang.ErrorReport;
import seqplay.lang.Execution;
import seqplay.lang.Library;
import seqplay.lang.Output;
import seqplay.lang.Program;
import seqplay.lang.RichEvent;
import seqplay.lang.check.Checker;
import seqplay.lang.check.Warning;

/**
 * Python programs run by the interpreter (values and their printing, f-strings, sets, sorting, errors with their
 * reports, a syntax error, the checker, a seeded Keras fit), whose output must be identical on the JVM, in
 * JavaScript and in Wasm. Part of {@link CrossTargetCheck}.
 */
final class LangCheck {
    private LangCheck() {
    }

    private static final String[] PROGRAMS = {
        String.join("\n",
                "print(1, 2.5, 1e-05, 1e16, 0.1 + 0.2, 1/3, 2 ** 100, -7 // 2, -7 % 3, 7.5 // 2, round(2.675, 2))",
                "print(f'{3.14159:.4f}|{1234567:,}|{0.25:.1%}|{x!r}' if False else f'{3.14159:>10.3e}|{255:#x}|{2.5:g}')",
                "print(set([5, 100, 3]), {(1, 2), (0, 1)}, hash(1.5), hash((1, 2)), sorted(['b', 'a', 'C']))",
                "print(repr('한글\\n'), 'abc'[::-1], [i * i for i in range(5) if i % 2], {k: v for k, v in zip('ab', [1, 2])})",
                "print(int('  42 '), float('1e-3'), '%5.2f|%d|%s' % (3.14159, 7, None), 'x'.join(['a', 'b']))",
                "import math",
                "print(math.sqrt(2), math.floor(-2.5), math.factorial(20), math.isclose(0.1 + 0.2, 0.3))",
                "print(undefined_name)",
                ""),
        String.join("\n",
                "data = [1, 2, 3]",
                "total = 0",
                "for d in data:",
                "    total += d",
                "print(total / (len(data) - 3))",
                ""),
        "x = [1, 2\nprint(x)\n",
        String.join("\n",
                "import numpy as np",
                "from tensorflow import keras",
                "from tensorflow.keras.utils import to_categorical",
                "keras.utils.set_random_seed(42)",
                "x = np.random.rand(8, 2)",
                "y = to_categorical([0, 1, 2, 0, 1, 2, 0, 1], 3)",
                "model = keras.models.Sequential()",
                "model.add(keras.layers.Input(shape=(2,)))",
                "model.add(keras.layers.Dense(4, activation='relu'))",
                "model.add(keras.layers.Dense(3, activation='softmax'))",
                "model.compile(loss='categorical_crossentropy', optimizer='adam', metrics=['accuracy'])",
                "model.summary()",
                "h = model.fit(x, y, epochs=3, batch_size=4, verbose=2)",
                "print(h.history['loss'])",
                "print(model.predict(x[:2], verbose=0))",
                "model.fit(x, [1, 2], epochs=1)",
                ""),
    };

    static List<String> lines() {
        List<String> out = new ArrayList<>();
        for (String code : PROGRAMS) {
            StringBuilder text = new StringBuilder();
            Output output = new Output() {
                private String live;

                @Override
                public void write(String t) {
                    endLiveLine();
                    text.append(t);
                }

                @Override
                public void writeError(String t) {
                    text.append(t);
                }

                @Override
                public void liveLine(String t) {
                    live = t;
                }

                @Override
                public void endLiveLine() {
                    if (live != null) {
                        text.append(live).append('\n');
                        live = null;
                    }
                }

                @Override
                public void rich(RichEvent event) {
                    write(event.text());
                }
            };
            Program program = Program.parse(code, "lesson.py");
            for (Warning w : Checker.check(program)) {
                text.append(w.format("lesson.py", "en")).append('\n');
            }
            Context ctx = new Context(output, Library.modules()).seed(7).clock(() -> 0.0);
            ErrorReport error = Execution.runToEnd(program, ctx);
            if (error != null) {
                text.append(error.text()).append(error.position()).append('-').append(error.endColumn()).append(' ')
                        .append(error.hintId()).append('\n');
            }
            for (String line : text.toString().split("\n")) {
                out.add("lang " + line);
            }
        }
        return out;
    }
}
