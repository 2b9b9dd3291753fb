package seqplay.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The command-line entry point: {@code java -jar seqplay.jar COMMAND ...}.
 */
public final class Main {
    static final String VERSION = "0.1.0";

    private Main() {
    }

    public static void main(String[] args) {
        // Python 3 writes UTF-8 even under the C/POSIX locale (PEP 538/540); Java would write '?' for 한글 there.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs a command and returns the process exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            usage(out);
            return 0;
        }
        switch (args[0]) {
            case "version":
            case "--version":
                out.println("seqplay " + VERSION);
                return 0;
            case "serve":
                return SiteServer.serve(args, out, err);
            case "run":
            case "check":
                return Runner.main(args, out, err);
            case "lesson":
                return LessonCommand.main(args, out, err);
            default:
                err.println("seqplay: unknown command '" + args[0] + "'");
                usage(err);
                return 2;
        }
    }

    private static void usage(PrintStream out) {
        out.println("Sequential Playground " + VERSION);
        out.println("usage: java -jar seqplay.jar COMMAND");
        out.println("  version        print the version");
        out.println("  serve          serve the playground on 127.0.0.1 [--port N] [--dir PATH]");
        out.println("  run FILE.py    run a program as Python with Keras would [--seed N] [--lang ko|en]");
        out.println("  check FILE.py  print the checker's warnings for a program [--lang ko|en]");
        out.println("  lesson DIR     run a lesson's solution (or --starter) and grade its goals [--lang ko|en]");
    }
}
