package seqplay.lang.syntax;

import java.util.List;
import seqplay.lang.runtime.Op;

/** The statements of the playground's Python subset. */
public sealed interface Stmt {
    Span span();

    record ExprStmt(Expr value, Span span) implements Stmt {
    }

    /** {@code a = b = value}: every target receives the value, left to right. */
    record Assign(List<Expr> targets, Expr value, Span span) implements Stmt {
    }

    /** {@code target: annotation = value} (value may be null). */
    record AnnAssign(Expr target, Expr annotation, Expr value, Span span) implements Stmt {
    }

    record AugAssign(Expr target, Op op, Expr value, Span span, Span opSpan) implements Stmt {
    }

    /** {@code import a.b as c, d}. */
    record Import(List<Alias> names, Span span) implements Stmt {
    }

    /** {@code from module import a as b, c}; a name {@code *} imports everything public. */
    record ImportFrom(String module, List<Alias> names, Span span) implements Stmt {
    }

    record Alias(String name, String asName, Span span) {
    }

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {
    }

    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {
    }

    record Pass(Span span) implements Stmt {
    }

    record Break(Span span) implements Stmt {
    }

    record Continue(Span span) implements Stmt {
    }

    record Delete(List<Expr> targets, Span span) implements Stmt {
    }

    record Assert(Expr test, Expr message, Span span) implements Stmt {
    }
}
