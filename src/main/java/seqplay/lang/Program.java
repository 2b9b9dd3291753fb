package seqplay.lang;

import java.util.List;
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

    private Program(Source source, List<Stmt> body, ErrorReport syntaxError) {
        this.source = source;
        this.body = body;
        this.syntaxError = syntaxError;
    }

    /** Parses {@code code}; {@code fileName} appears in reports ({@code File "lesson.py", line 3}). */
    public static Program parse(String code, String fileName) {
        Source source = new Source(fileName, code);
        try {
            return new Program(source, Parser.parse(source), null);
        } catch (SyntaxFailure f) {
            return new Program(source, List.of(), Reports.syntax(source, f));
        } catch (RuntimeException | StackOverflowError e) {
            return new Program(source, List.of(), Reports.internal(source, 1, 1, 2, e));
        }
    }

    public Source source() {
        return source;
    }

    /** The statements (empty when there is a syntax error). */
    public List<Stmt> body() {
        return body;
    }

    /** The syntax error, or null. */
    public ErrorReport syntaxError() {
        return syntaxError;
    }
}
