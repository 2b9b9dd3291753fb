package seqplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import seqplay.testing.LearnerPrograms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunnerTest {
    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private Result main(String code, String... args) throws IOException {
        Path file = dir.resolve("lesson.py");
        Files.writeString(file, code, StandardCharsets.UTF_8);
        String[] full = new String[args.length + 1];
        full[0] = args[0];
        full[1] = file.toString();
        System.arraycopy(args, 1, full, 2, args.length - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(full, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8).replace(file.toString(), "lesson.py"));
    }

    @Test
    void runPrintsTheProgramsOutputAndExitsWithZero() throws IOException {
        Result r = main("import numpy as np\nx = np.array([[1.0, 2.0]])\nprint(x * 2, f'{0.5:.2f}')\n", "run");
        assertEquals(new Result(0, "[[2. 4.]] 0.50\n", ""), r);
    }

    @Test
    void anErrorGoesToStandardErrorWithTheHintInTheChosenLanguageAndExitStatusOne() throws IOException {
        Result r = main("model = 1\nprint('start')\nprint(modle)\n", "run", "--lang", "ko");
        assertEquals(1, r.status());
        assertEquals("start\n", r.out());
        assertEquals("Traceback (most recent call last):\n  File \"lesson.py\", line 3, in <module>\n"
                + "    print(modle)\n          ^^^^^\nNameError: name 'modle' is not defined. Did you mean: 'model'?\n"
                + "힌트: 'modle'라는 이름이 아직 없습니다. 철자(대소문자 포함)를 확인하고, 이 줄보다 위에서 값을 대입하거나 "
                + "import했는지 확인하세요. 셀을 나눠 실행했다면 앞 단계를 먼저 실행해야 합니다.\n", r.err());
    }

    @Test
    void theSeedMakesRunsRepeatable() throws IOException {
        String code = "from tensorflow import keras\nkeras.utils.set_random_seed(3)\nimport numpy as np\n"
                + "print(np.random.rand(2))\nm = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])\n"
                + "print(m.get_weights()[0].sum())\n";
        Result a = main(code, "run", "--seed", "5");
        Result b = main(code, "run", "--seed", "5");
        assertEquals(0, a.status(), a.err());
        assertEquals(a, b);
    }

    @Test
    void aFitWhoseLossBecameInfinitePrintsKerasOutputAndAHintOnStandardError() throws IOException {
        Result en = main(LearnerPrograms.DIVERGING, "run");
        assertEquals(new Result(0, "[inf, inf]\n", "Hint: The loss became inf in epoch 4: the weights grew without "
                + "bound and training diverged. Lower the learning rate (e.g. learning_rate=0.001) or scale the inputs "
                + "with StandardScaler, then run again.\n"), en);
        Result ko = main(LearnerPrograms.DIVERGING, "run", "--lang", "ko");
        assertEquals("힌트: 4번째 에포크의 손실이 inf입니다: 가중치가 끝없이 커져 학습이 발산했습니다. 학습률을 낮추거나"
                + "(예: learning_rate=0.001) 입력을 StandardScaler로 스케일링한 뒤 다시 실행하세요.\n", ko.err());
        Result fine = main(LearnerPrograms.DIVERGING.replace("learning_rate=1.0", "learning_rate=1e-7"), "run");
        assertEquals("", fine.err());
    }

    @Test
    void checkPrintsWarningsOnly() throws IOException {
        Result r = main("from tensorflow import keras\nmodel = keras.Sequential()\nmodel.add(keras.Input(shape=(2,)))\n"
                + "model.add(keras.layers.Dense(1, activation='softmax'))\n", "check");
        assertEquals(0, r.status());
        assertTrue(r.out().endsWith("lesson.py:4:11: warning: A softmax over a single unit always outputs 1.0, so "
                + "nothing is learned. For two classes use activation='sigmoid'.\n"), r.out());
    }

    @Test
    void aMissingFileIsReportedAsPythonReportsIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"run", "nope.py"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertEquals("python: can't open file 'nope.py': [Errno 2] No such file or directory\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
