package seqplay.lang;

import java.util.List;
import seqplay.lang.syntax.CompileWarning;
import seqplay.lang.syntax.Parser;
import seqplay.lang.syntax.Source;
import seqplay.lang.syntax.Stmt;
import seqplay.lang.syntax.SyntaxFailure;

/**
 * A parsed program: its statements, or the syntax error that stopped parsing. Parsing never throws.
 *
 * <pre>{@code
 * Program p = Program.parse(code, "lesson.py");
 * if (p.syntaxError() != null) console.print(p.syntaxError().text());
 * }</pre>
 */
public final class Program {
    private final Source source;
    private final List<Stmt> body;
    private final ErrorReport syntaxError;
    private final List<CompileWarning> warnings;

    private Program(Source source, List<Stmt> body, ErrorReport syntaxError, List<CompileWarning> warnings) {
        this.source = source;
        this.body = body;
        this.syntaxError = syntaxError;
        this.warnings = warnings;
    }

    /** Parses {@code code}; {@code fileName} appears in reports ({@code File "lesson.py", line 3}). */
    public static Program parse(String code, String fileName) {
        return parse(code, fileName, 1);
    }

    /**
     * Parses a part of a file whose first line is line {@code firstLine} of the whole (one step of a lesson in the
     * editor), so that reports and warnings name the editor's line numbers.
     */
    public static Program parse(String code, String fileName, int firstLine) {
        // Blank lines are invisible to Python: padding with them shifts every position, and the reports still
        // quote the right source line.
        Source source = new Source(fileName, "\n".repeat(Math.max(0, firstLine - 1)) + code);
        try {
            Parser.Module m = Parser.parseModule(source);
            return new Program(source, m.body(), null, m.warnings());
        } catch (SyntaxFailure f) {
            return new Program(source, List.of(), Reports.syntax(source, f), List.of());
        } catch (RuntimeException | StackOverflowError e) {
            return new Program(source, List.of(), Reports.internal(source, 1, 1, 2, e), List.of());
        }
    }

    public Source source() {
        return source;
    }

    /** The statements (empty when there is a syntax error). */
    public List<Stmt> body() {
        return body;
    }

    /** The SyntaxWarnings CPython prints when compiling this program. */
    public List<CompileWarning> warnings() {
        return warnings;
    }

    /** The warnings as CPython prints them on standard error ({@code lesson.py:2: SyntaxWarning: ...}). */
    public String warningsText() {
        StringBuilder sb = new StringBuilder();
        for (CompileWarning w : warnings) {
            sb.append(source.name()).append(':').append(w.line()).append(": SyntaxWarning: ").append(w.message())
                    .append('\n');
            String line = source.line(w.line()).strip();
            if (!line.isEmpty()) {
                sb.append("  ").append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** The syntax error, or null. */
    public ErrorReport syntaxError() {
        return syntaxError;
    }
}
