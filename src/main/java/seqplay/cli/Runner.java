package seqplay.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import seqplay.data.datasets.ClasspathDatasetSource;
import seqplay.data.pandas.DataFiles;
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
 * {@code run FILE.py [--seed N] [--lang ko|en]}: runs a program on the JVM and prints what Python with Keras 3
 * prints (summaries, the epoch log in its final, non-interactive form, prints); an error goes to standard error as
 * Python reports it, followed by the teaching hint, and the exit status is 1.
 * {@code check FILE.py [--lang ko|en]}: prints the checker's warnings ({@code lesson.py:7:11: warning: ...}).
 */
final class Runner {
    private Runner() {
    }

    static int main(String[] args, PrintStream out, PrintStream err) {
        String command = args[0];
        String file = null;
        long seed = -1;
        String lang = "en";
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--seed") && i + 1 < args.length) {
                try {
                    seed = Long.parseLong(args[++i]);
                } catch (NumberFormatException e) {
                    err.println("seqplay: --seed needs an integer, not '" + args[i] + "'");
                    return 2;
                }
            } else if (a.equals("--lang") && i + 1 < args.length) {
                lang = args[++i];
                if (!lang.equals("ko") && !lang.equals("en")) {
                    err.println("seqplay: --lang must be ko or en, not '" + lang + "'");
                    return 2;
                }
            } else if (file == null && !a.startsWith("--")) {
                file = a;
            } else {
                err.println("seqplay: unexpected argument '" + a + "'");
                return 2;
            }
        }
        if (file == null) {
            err.println("usage: java -jar seqplay.jar " + command + " FILE.py"
                    + (command.equals("run") ? " [--seed N]" : "") + " [--lang ko|en]");
            return 2;
        }
        String code;
        try {
            code = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Python's own wording when the script cannot be opened.
            err.println("python: can't open file '" + file + "': [Errno 2] No such file or directory");
            return 2;
        }
        Program program = Program.parse(code, file);
        if (command.equals("check")) {
            return check(program, file, lang, out, err);
        }
        Context ctx = new Context(new Console(out, err, lang), Library.modules(new ClasspathDatasetSource(),
                filesBeside(Path.of(file)))).seed(seed).language(lang);
        ErrorReport error = Execution.runToEnd(program, ctx);
        out.flush();
        if (error == null) {
            return 0;
        }
        err.print(error.text());
        String hint = error.hint(lang);
        if (hint != null) {
            err.println((lang.equals("ko") ? "힌트: " : "Hint: ") + hint);
        }
        err.flush();
        return 1;
    }

    /** The CSV files next to the script, for {@code pd.read_csv('name.csv')} as in a Colab folder. */
    private static DataFiles filesBeside(Path script) {
        DataFiles files = new DataFiles();
        Path dir = script.toAbsolutePath().getParent();
        if (dir == null) {
            return files;
        }
        try (java.util.stream.Stream<Path> list = Files.list(dir)) {
            for (Path p : (Iterable<Path>) list.filter(f -> f.toString().endsWith(".csv"))::iterator) {
                files.registerBytes(p.getFileName().toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            // No readable folder: read_csv reports the missing file as Python would.
        }
        return files;
    }

    private static int check(Program program, String file, String lang, PrintStream out, PrintStream err) {
        if (program.syntaxError() != null) {
            err.print(program.syntaxError().text());
            return 1;
        }
        for (Warning w : Checker.check(program)) {
            out.println(w.format(file, lang));
        }
        return 0;
    }

    /** A terminal without in-place redraws: a live line is printed once, in its final form. */
    static final class Console implements Output {
        private final PrintStream out;
        private final PrintStream err;
        private final String lang;
        private String live;

        Console(PrintStream out, PrintStream err, String lang) {
            this.out = out;
            this.err = err;
            this.lang = lang;
        }

        @Override
        public void write(String text) {
            endLiveLine();
            out.print(text);
        }

        @Override
        public void writeError(String text) {
            out.flush();
            err.print(text);
            err.flush();
        }

        @Override
        public void liveLine(String text) {
            live = text;
        }

        @Override
        public void endLiveLine() {
            if (live != null) {
                out.println(live);
                live = null;
            }
        }

        @Override
        public void rich(RichEvent event) {
            if (event.kind().equals("note")) {
                // A teaching note is not Python's output: it goes with the hints, on standard error.
                endLiveLine();
                writeError((lang.equals("ko") ? "힌트: " : "Hint: ") + event.data().get("message") + "\n");
                return;
            }
            write(event.text());
        }
    }
}
